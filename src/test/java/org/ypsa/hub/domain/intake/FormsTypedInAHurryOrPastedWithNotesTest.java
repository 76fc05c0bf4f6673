package org.ypsa.hub.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestIntake;

/**
 * Forms typed in a hurry on a phone, all in small letters, or pasted from a template with a notes column (stop 68,
 * tuned30): a numbered label ended by its dash with a yes or no after it keeps its answer whole, capitals in it or not,
 * and a yes after the dash is the answer even over the sender's name; a note beside an answer in a pasted "Question |
 * Answer | Notes" table is a remark, not part of a date. People and wordings are ours.
 */
class FormsTypedInAHurryOrPastedWithNotesTest {
    private final Intake intake = TestIntake.shipped();

    private Referral routedReferral(String from, String subject, String body) {
        return TestIntake.routed(intake.handle(TestIntake.mail(from, subject, "2026-12-03T09:00:00Z", body)),
                Referral.class);
    }

    @Test
    void aNumberedLabelEndedByItsDashWithAYesOrNoAfterItKeepsItsAnswerWhole() {
        Referral r = routedReferral("sam.okafor@council.test", "emergency referral", """
                Q1 emergency or non emergency - emergency
                Q2 full name - Tyler Brennan
                Q3 date of birth - 03/05/2009
                Q4 legal status - looked after s20
                Q5 UASC - yes
                Q6 parent - no
                Q7 referrer name - Sam Okafor
                Q7a role - social worker
                Q7b team - UASC Team
                Q8 email - sam.okafor@council.test
                Q9 FGC offered - no, no family in UK
                Q10 reason for referral - hotel booking ends 12 noon today and the hotel will not extend
                Q11 immediate safety concern - two adult men have been waiting outside for him offering work
                Q12 date needed - 03.12.2026
                Q13 consent - yes, explained via interpreter

                Sam Okafor
                Social Worker, UASC Team""");
        assertThat(r.familyGroupConference().offered()).isFalse();
        assertThat(r.consent()).isTrue();
    }

    @Test
    void aNoteBesideAnAnswerInAPastedTableIsARemarkNotPartOfTheDate() {
        Referral r = routedReferral("femi.oyelaran@council.test", "RE: referral form", String.join("\n",
                "Hi, pasted the form in below as the attachment keeps bouncing.", "",
                "Question\tAnswer\tNotes",
                "Emergency or non-emergency\tNon-emergency\t",
                "Young person's full name\tJade Akinola\t",
                "Date of birth\t15/12/2008\tturns 18 on the 15th",
                "Legal status\tLooked after (s20)\t",
                "Referrer name\tFemi Oyelaran\t", "Role\tSocial Worker\t", "Organisation / team\tChildren in Care Team 1\t",
                "Email\tfemi.oyelaran@council.test\t",
                "FGC offered (Y/N)\tY\t",
                "Date FGC offered\t26/11/2026\tfamily declined to attend",
                "Reason for referral\tHer residential placement has ended and the B&B is not suitable.\t",
                "Date accommodation needed\t10/12/2026\t",
                "Consent to referral and information sharing\tY\t", "", "Femi"));
        assertThat(r.youngPerson().dateOfBirth()).isEqualTo("2008-12-15");
        assertThat(r.familyGroupConference().date()).isEqualTo("2026-11-26");
    }

    @Test
    void anEmptyLabelOverALineTypedWithItsLabelInTwoLanguagesIsLeftEmpty() {
        Referral r = routedReferral("carys.morgan@council.test", "Emergency referral", String.join("\n",
                "Math o atgyfeiriad / Type of referral: BRYS / EMERGENCY",
                "Enw llawn / Young person's full name: Ffion Haf Beynon",
                "Dyddiad geni / Date of birth: 02.05.09",
                "Statws cyfreithiol / Legal status: Child in need",
                "Ydy'r person ifanc yn rhiant? / Is the young person a parent?: Na / No",
                "Enw'r atgyfeiriwr / Referrer name: Carys Morgan", "Swydd / Role: Social Worker",
                "Sefydliad neu dim / Organisation or team: Cwm Glas Assessment Team",
                "E-bost / Email: carys.morgan@council.test",
                "Cynigiwyd Cynhadledd Grwp Teulu? / Family Group Conference offered?: Na / No - emergency, no time",
                "Dyddiad y Gynhadledd / Date of FGC: ",
                "Dargyfeirio - teulu, ffrindiau, cyfryngu / Diversion explored (family & friends, mediation): Aunt "
                        + "contacted 03.12.26 - cannot take her. Mediation with mum not safe at present.",
                "Rheswm dros atgyfeirio / Reason for referral: Ffion was hit by mum's partner last night and told not "
                        + "to come back.",
                "Pryder diogelwch uniongyrchol / Immediate safety concern: She has nowhere safe to sleep tonight.",
                "Dyddiad mae angen llety / Date accommodation needed: 04.12.26",
                "Caniatad / Consent to referral and information sharing: Ie / Yes", "", "Carys"));
        assertThat(r.familyGroupConference().offered()).isFalse();
        assertThat(r.familyGroupConference().date()).isNull();
    }
}
