package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** The form is recognised from its content, in the files LibreOffice made, whatever the mailbox. */
class IntakeRecognitionTest {
    private static final String SOCIAL_WORKER = "r.okafor@council.test";
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String from, String subject, String body, String... files) {
        List<InboundMail.Attachment> attachments = java.util.Arrays.stream(files).map(f -> {
            byte[] b = Fixtures.bytes("referrals/" + f);
            String type = f.endsWith(".pdf") ? "application/pdf" : f.endsWith(".doc") ? "application/msword"
                    : f.endsWith(".odt") ? "application/vnd.oasis.opendocument.text"
                    : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            return new InboundMail.Attachment(f, type, b, OriginalStore.sha256(b));
        }).toList();
        return intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", from, subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, attachments, false));
    }

    private static Referral referral(Outcome o) {
        assertThat(o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(FormType.REFERRAL);
        return (Referral) ((Outcome.Routed) o).fields();
    }

    @Test
    void wordTableReferralIsReadWithEveryField() {
        Referral r = referral(handle(SOCIAL_WORKER, "Referral - YPSA", "", "referral-nonemergency-table.docx"));
        assertThat(r.variant()).isEqualTo(Referral.NON_EMERGENCY);
        assertThat(r.youngPerson().fullName()).isEqualTo("Tamsin Ellery-Vance");
        assertThat(r.youngPerson().dateOfBirth()).isEqualTo("2009-03-14");
        assertThat(r.youngPerson().legalStatus()).isEqualTo("Looked after");
        assertThat(r.youngPerson().preferredLocality()).isEqualTo("Cherwell");
        assertThat(r.referrer().organisation()).isEqualTo("Children We Care For Team (North)");
        assertThat(r.socialWorkerOrPa().email()).isEqualTo("d.fairweather-lusk@council.test");
        assertThat(r.familyGroupConference().date()).isEqualTo("2026-10-12");
        assertThat(r.risks().fromOthers()).contains("police information notice");
        assertThat(r.dateNeeded()).isEqualTo("2026-12-18");
        assertThat(r.pathway()).isEqualTo("16/17 Shared (in-house)");
    }

    @Test
    void fourColumnEmergencyFormIsRecognisedAsEmergencyFromItsTitle() {
        Referral r = referral(handle("j.pemberton-quaile@council.test", "URGENT emergency referral", "",
                "referral-emergency-table-4col.docx"));
        assertThat(r.isEmergency()).isTrue();
        assertThat(r.youngPerson().fullName()).isEqualTo("Corwin Ashdale-Pryce");
        assertThat(r.ageOnDateNeeded()).isEqualTo(19);
        assertThat(r.pathway()).isEqualTo("18+");
        assertThat(r.immediateSafetyConcern()).isNotBlank();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {".doc", ".odt"})
    void anEmergencyReferralOnAnOldWord97FormOrSavedByLibreOfficeIsReadAsOnItsDocx(String saved) {
        Referral r = referral(handle("j.pemberton-quaile@council.test", "URGENT emergency referral", "",
                "referral-emergency-table-4col" + saved));
        assertThat(r).isEqualTo(referral(handle("j.pemberton-quaile@council.test", "URGENT emergency referral", "",
                "referral-emergency-table-4col.docx")));
        assertThat(r.isEmergency()).isTrue();
        assertThat(r.youngPerson().fullName()).isEqualTo("Corwin Ashdale-Pryce");
        assertThat(r.pathway()).isEqualTo("18+");
    }

    @Test
    void fillablePdfFormIsReadFromItsFields() {
        Referral r = referral(handle("h.brackenbury@council.test", "Referral", "", "referral-nonemergency-form.pdf"));
        assertThat(r.youngPerson().fullName()).isEqualTo("Orla Quenby-Marsh");
        assertThat(r.youngPerson().dateOfBirth()).isEqualTo("2009-09-09");
        assertThat(r.dateNeeded()).isEqualTo("2027-01-08");
    }

    @Test
    void plainPdfOfTheEmergencyFormIsReadFromItsText() {
        Referral r = referral(handle("j.pemberton-quaile@council.test", "Referral", "", "referral-emergency-table.pdf"));
        assertThat(r.isEmergency()).isTrue();
        assertThat(r.youngPerson().dateOfBirth()).isEqualTo("2007-08-02");
        assertThat(r.dateNeeded()).isEqualTo("2026-12-01");
    }

    @Test
    void referralTooOldAndWithoutFamilyGroupConferenceListsBothProblems() {
        Outcome o = handle(SOCIAL_WORKER, "Referral", "", "referral-nonemergency-no-fgc.docx");
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("Date of birth", "Family Group Conference offered");
    }

    @Test
    void riskConcernWithItsRiskAssessmentIsRecognisedNotTakenForAReferral() {
        Outcome o = handle("returns@response.provider.test", "RE: [YPSA-7K2M9-QX4AB] Referral", "",
                "risk-concern.docx", "risk-assessment.pdf");
        assertThat(o.formType()).isEqualTo(FormType.RISK_CONCERN);
        RiskConcern rc = (RiskConcern) ((Outcome.Routed) o).fields();
        assertThat(rc.referralReference()).isEqualTo("YPSA-7K2M9-QX4AB");
        assertThat(rc.providerId()).isEqualTo("response");
    }

    @Test
    void riskConcernMissingAPartIsRejectedNamingThePart() {
        Outcome o = handle("returns@response.provider.test", "RE: referral", "", "risk-concern-missing-part.docx");
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).extracting(Problem::field)
                .containsExactly("Resources or support that would enable the risk to be managed");
    }

    @Test
    void anUntitledIncidentInTheBodyIsNotIntelligenceForItsYoungPersonsNameAndAHowQuestion() {
        Outcome o = handle("k.morgan@key2.provider.test", "Report from the project", """
                Morning,

                Report from the provider below

                Provider making the report:
                Key2

                Where does the YP live? (property)
                K2F-CHE-01

                YP name (full) *
                Ffion Rees-Moran

                Date of birth of YP:
                03.02.2009

                YP's LCS number *
                5512093

                Name of allocated SW / PA:
                Gareth Pugh

                Worker's e-mail (SW/PA)
                g.pugh@council.test

                The incident
                When did it happen? *
                approx 21:40 on 2026-11-29

                What kind of incident?
                Property damage

                How serious was it?
                Medium

                Account of events
                Ffion broke a window in the lounge after an argument on the phone. Nobody was hurt.

                What did staff do?
                Spoke with Ffion, arranged a repair.
                """);
        assertThat(o.formType()).isEqualTo(FormType.SAFEGUARDING_INCIDENT);
    }
}
