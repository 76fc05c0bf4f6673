package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form is known by what makes it that form, its required fields and its own title, not by a heading or a subject
 * that holds a few words of another form's title (issue 14, round tuneS). Wordings invented for the test.
 */
class FormKnownByItsOwnFieldsTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String from, String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<k@test>", from, subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    private static final String RISK = """
            Referral reference: YPSA-ABCDE-12345
            Provider: Key2
            Young person: Jordan Ellis
            Risk we are unable to manage: Fire setting in two previous placements.
            Why it cannot be managed: No waking night staff at the scheme.
            What would enable us to manage it: Waking night cover and a fire risk assessment.
            """;

    @Test
    void aRiskConcernHeadedWithTheWordsReferralAndFormIsStillARiskConcern() {
        Outcome o = handle("returns@key2.provider.test", "Provider response for referral YPSA-ABCDE-12345",
                "Hi,\n\nReferral declined on risk - provider form\n\n" + RISK);
        assertThat(o.formType()).isEqualTo(FormType.RISK_CONCERN);
    }

    @Test
    void aReplySubjectNamingTheReferralFormDoesNotMakeTheRiskConcernUnderItAReferral() {
        Outcome o = handle("returns@key2.provider.test", "Re: Referral form for JE", "Hi,\n\n" + RISK);
        assertThat(o.formType()).isEqualTo(FormType.RISK_CONCERN);
    }

    @Test
    void aMashReferralHeadedJointAssessmentReferralIsAMashReferralNotTheAssessmentAndReferralForm() {
        Outcome o = handle("a.desouza@housing.council.test", "Referral to MASH HG", """
                Hi - sending this over,

                Joint assessment referral - homeless 16/17

                Young person's name: Harri Gwynne
                Date of birth: 31/10/2009
                Presented at: Vale Housing Options
                Is the young person homeless or threatened?: Homeless
                Has mediation with the family been attempted?: Yes
                Welfare and safeguarding concerns: Has disclosed that mum's partner hits him.
                Known to social care: Y
                Parent or guardian - name and number: Sian Gwynne (mother) 07700 900355
                """);
        assertThat(o.formType()).isEqualTo(FormType.MASH_REFERRAL);
    }

    @Test
    void aShortLineOverASentenceIsThatAnswersLabelNotAHeadingThatChangesTheLabelsAfterIt() {
        Outcome o = handle("a.desouza@housing.council.test", "Referral to MASH HG", """
                MASH referral

                Young person's name: Harri Gwynne
                Date of birth: 31/10/2009
                Where living
                No fixed abode - last at 90 Tanners Yard, Abingdon OX14 6LF
                Presented at: Vale Housing Options
                Is the young person homeless or threatened?: Homeless
                Has mediation with the family been attempted?: No
                Known to social care: N
                Parent or guardian - name and number: Sian Gwynne (mother) 07700 900355
                """);
        assertThat(o).isInstanceOf(Outcome.Routed.class);
        MashReferral m = (MashReferral) ((Outcome.Routed) o).fields();
        assertThat(m.presentingAgency()).isEqualTo("Vale Housing Options");
        assertThat(m.address()).isNotEqualTo("Vale Housing Options");
    }

    @Test
    void anIntelligenceFormWithVehiclesAndAHandlingCodeButNoInformationIsRefusedAsIntelligenceNotAsAReferral() {
        Outcome o = handle("a.reed@yjs.council.test", "Community information", """
                Community information form
                Submitting organisation name: Youth Justice Service
                Person sending this in: Alex Reed
                Your position: YJS officer
                Number to call you on: 01865 111111
                Location of events: Car park behind Tanners Yard, Banbury
                Vehicle reg(s): black Audi A3, partial reg OU22
                Grade (if known): B2
                Handling instruction: C
                """);
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(o.formType()).isEqualTo(FormType.INTELLIGENCE_SUBMISSION);
    }

    @Test
    void aBilingualSignOffEndsTheFormSoTheSignaturesJobTitleIsNoAnswer() {
        Outcome o = handle("returns@a2dominion.provider.test", "Provider response", """
                Hi,

                Ref (as on referral): YPSA-QDTWH-875NV
                Provider that is declining: A2D
                Identified risk we cannot safely manage: Repeated absconding.
                Reason it can't be managed: No staff on site from 11pm.

                Cofion / regards from the team,
                A2 Dominion Returns
                Support Worker (nights)
                """);
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(o.formType()).isEqualTo(FormType.RISK_CONCERN);
    }
}
