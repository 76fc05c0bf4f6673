package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

import static org.ypsa.hub.domain.intake.FormVariationsTest.docxTable;
import static org.ypsa.hub.domain.intake.FormVariationsTest.pdfOfLines;

/**
 * Whole forms in layouts and wordings of their own: a title line with a colon, a title above PDF lines, labels
 * as questions in a Word table, a date needed written "today 30/11/2026". Each is routed as its form.
 */
class OtherLayoutsTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Object routed(FormType type, String from, String body, InboundMail.Attachment... a) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", from, "Form",
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(a), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(type);
        return ((Outcome.Routed) o).fields();
    }

    @Test
    void anIncidentNotificationInAWordTableWithItsOwnWordingsIsRouted() throws Exception {
        var si = (SafeguardingIncident) routed(FormType.SAFEGUARDING_INCIDENT, "returns@stonewater.provider.test", "", docxTable("i.docx", "Incident notification form",
                new String[] {"Reporting provider", "Stonewater"},
                new String[] {"Scheme / property", "STW-WOX-01"},
                new String[] {"Name of young person", "Jo Bright"},
                new String[] {"D.O.B", "12.04.2007"},
                new String[] {"Allocated SW/PA", "Sam Lee"},
                new String[] {"SW/PA email", "s.lee@council.test"},
                new String[] {"Date of incident", "3rd December 2026"},
                new String[] {"Time of incident", "11.15am"},
                new String[] {"Nature of incident", "Police involvement"},
                new String[] {"Risk level", "Medium"},
                new String[] {"Details of incident", "Police attended after a neighbour complaint."},
                new String[] {"Actions taken", "Manager informed."},
                new String[] {"Police log number", "-"}));
        assertThat(si.incidentAt()).isEqualTo("2026-12-03T11:15");
        assertThat(si.category()).isEqualTo("Police involvement");
        assertThat(si.socialWorkerEmail()).isEqualTo("s.lee@council.test");
        assertThat(si.policeReference()).isNull();
    }

    @Test
    void anIntelligenceFormAskingQuestionsIsRouted() throws Exception {
        var s = (IntelligenceSubmission) routed(FormType.INTELLIGENCE_SUBMISSION, "returns@stonewater.provider.test", "", docxTable("p.docx", "Partnership Agency Intelligence Sharing Submission",
                new String[] {"Agency", "Stonewater"},
                new String[] {"Name of worker", "Pat Doe"},
                new String[] {"Job title", "Housing officer"},
                new String[] {"E-mail", "p.doe@stonewater.provider.test"},
                new String[] {"Tel", "07700 900111"},
                new String[] {"When was this seen or heard?", "Last Tuesday around 3pm"},
                new String[] {"Where?", "Car park behind the scheme"},
                new String[] {"Who is involved?", "Unknown males, late teens"},
                new String[] {"Vehicle(s)", "Black Golf"},
                new String[] {"What have you seen or heard?", "Packages being passed through a car window to residents."},
                new String[] {"How do you know this?", "Staff saw it"},
                new String[] {"Handling code", "P"}));
        assertThat(s.information()).startsWith("Packages being passed");
        assertThat(s.location()).isEqualTo("Car park behind the scheme");
        assertThat(s.source()).isEqualTo("Staff saw it");
    }

    @Test
    void aTitleLineAbovePdfTextDoesNotTakeTheNextLinesLabel() throws Exception {
        var m = (MashReferral) routed(FormType.MASH_REFERRAL, "p.venn@housing.council.test", "", pdfOfLines("m.pdf",
                "MASH referral - 16/17 year old homeless or at risk",
                "Young person's name Kit Barlow",
                "Date of birth 02.03.2010",
                "Address 9 Brook Street, Stockport",
                "Presenting agency Housing Options",
                "Homeless or threatened with homelessness Threatened",
                "Mediation attempted Yes",
                "Welfare or safeguarding concerns Parental conflict",
                "Known to social care No",
                "Parent or guardian contact Mother, 07700 900222"));
        assertThat(m.youngPersonName()).isEqualTo("Kit Barlow");
        assertThat(m.homelessOrThreatened()).isEqualTo("threatened");
    }

    @Test
    void aTitleWithAColonDoesNotTakeTheProviderFromTheTableUnderIt() throws Exception {
        var rc = (RiskConcern) routed(FormType.RISK_CONCERN, "returns@key2.provider.test", "", docxTable("r.docx", "Provider response: risk we cannot manage",
                new String[] {"Brokerage ref", "BRK-2026-0417"},
                new String[] {"Provider", "Key2 Futures"},
                new String[] {"Identified risk", "Arson history"},
                new String[] {"Reason the risk cannot be managed", "No sprinklers at the property"},
                new String[] {"What would enable you to manage it?", "Sprinkler system and waking night"}));
        assertThat(rc.providerId()).isEqualTo("key2-futures");
        assertThat(rc.referralReference()).isEqualTo("BRK-2026-0417");
    }

    @Test
    void anEmergencyReferralNeededTodayIsRouted() {
        var r = (Referral) routed(FormType.REFERRAL, "r.okafor@council.test", """
                EMERGENCY REFERRAL - Supported Accommodation
                Young person: Lee Marsh
                Date of Birth: 5th June 2008
                Legal Status: CLA
                Referrer: Rita Okafor
                Job title: Social worker
                Team: Emergency Duty Team
                Immediate safety concern: Thrown out tonight, nowhere to sleep.
                Reason for referral: Family breakdown after argument.
                Date required: today 30/11/2026
                Consent to share: Y
                """);
        assertThat(r.isEmergency()).isTrue();
        assertThat(r.dateNeeded()).isEqualTo("2026-11-30");
        assertThat(r.youngPerson().legalStatus()).isEqualTo("Looked after");
    }
}
