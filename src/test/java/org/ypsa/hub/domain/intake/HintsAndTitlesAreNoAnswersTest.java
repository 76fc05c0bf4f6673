package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety (issue 14): a form's title over its labels and a label's hint after a dash ("Where - as exact as you can")
 * are the form's own words, never an answer. tuned15 routed a risk concern whose risk was "Placement Escalation
 * Notice", an intelligence submission whose information was "what, who, where" and a MASH referral whose address was
 * "incl. postcode". Forms and wordings invented for the test.
 */
class HintsAndTitlesAreNoAnswersTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome mail(String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<h@test>", "manager@key2.provider.test", "Form attached",
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    private static <T> T routed(Outcome o, Class<T> fields) {
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        return fields.cast(((Outcome.Routed) o).fields());
    }

    @Test
    void aFormsTitleInCapitalisedWordsIsNoAnswerThoughItsFirstWordIsALabel() {
        RiskConcern risk = routed(mail("Hello,\nForm below.\nRisk to Tenancy Warning Notice\nForm\n"
                + "Our ref no:\tBRK/2026/0312\nProvider - sending:\tKey2 Futures\nYoung person living with us\tTomos Reed\n"
                + "Risk identified - describe\tHe has threatened staff with a knife twice this week.\n"
                + "Why you cannot manage - explain\tWe have no staff at night.\n"
                + "Support that would help - list\tA waking night worker.\nThanks\n"), RiskConcern.class);
        assertThat(risk.riskUnableToManage()).isEqualTo("He has threatened staff with a knife twice this week.");
    }

    @Test
    void aHintAfterALabelsDashIsNoAnswerWhenTheAnswerIsOnTheLineUnderIt() {
        IntelligenceSubmission intel = routed(mail(INTEL_OPENING + "Where - as exact as you can\n14 Mill Lane, Thame, OX9 3AB\n"
                + "Information - who, what, when\nA man in a grey car has been giving residents lifts late at night.\n"
                + "Source: Staff\nThanks\n"), IntelligenceSubmission.class);
        assertThat(intel.location()).isEqualTo("14 Mill Lane, Thame, OX9 3AB");
        assertThat(intel.information()).isEqualTo("A man in a grey car has been giving residents lifts late at night.");
        MashReferral mash = routed(mail("Hello,\nMASH referral: homeless 16/17 year old\nYoung person: Tomos Reed\n"
                + "Date of birth: 03/04/2010\nHome address - including post code\n12 Elm Road, Witney, OX28 1AA\n"
                + "Referring agency: Youth Justice Service\nHomeless or threatened: homeless\nMediation tried (Y/N): no\n"
                + "Concerns: He has nowhere to stay tonight.\nKnown to social care: yes\nParent contact: Jo Reed 07700 900123\n"
                + "Thanks\n"), MashReferral.class);
        assertThat(mash.address()).isEqualTo("12 Elm Road, Witney, OX28 1AA");
    }

    @Test
    void wordsAfterALabelsDashAreTheAnswerWhenALabelFollowsThem() {
        IntelligenceSubmission intel = routed(mail(INTEL_OPENING + "Where - outside the station at Thame\n"
                + "Information - a man in a grey car has been giving residents lifts late at night\n"
                + "Source: Staff\nThanks\n"), IntelligenceSubmission.class);
        assertThat(intel.location()).isEqualTo("outside the station at Thame");
        assertThat(intel.information()).startsWith("a man in a grey car");
    }

    @Test
    void aChoicesLabelWithAHintAfterItsDashNeverTakesTheGuidanceUnderItAsItsAnswer() throws Exception {
        // missing1 m-t8-sg-021a (its severity left out) was routed "Critical" from the guidance under its label
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<s@test>", "manager@key2.provider.test",
                "Incident report", Instant.parse("2026-11-30T12:00:00Z"), "Form attached.", List.of(
                        FormVariationsTest.pdfOfLines("incident.pdf", "Provider safeguarding incident report",
                                "Provider: Key2 Futures", "Property ref: K2F-CHE-01", "Name of YP Alys Penberthy",
                                "Date and time it happened: 27/11/2026 13:05", "Type of event:",
                                "Main category: Police involvement",
                                "Severity \u2013 provider assessment  ", "High and critical are sent on",
                                "What happened: Police searched the flat with a warrant.",
                                "Immediate actions taken: Manager on call told.")), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Rejected.class);
    }

    private static final String INTEL_OPENING = "Hi,\nIntelligence sharing form\nAgency submitting: Key2 Futures\n"
            + "Your name: Dara Quinn\nYour role: Case Manager\nYour email: d.quinn@key2.provider.test\n"
            + "When seen: 12/11/2026 15:10\n";
}
