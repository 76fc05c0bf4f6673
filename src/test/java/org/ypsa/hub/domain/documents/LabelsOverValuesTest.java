package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row of labels over a row of their values (issue 14, round 11): values that read like labels of the field above
 * them, or only loosely like another's, are still values; a section heading decides a short label in the row.
 * Wordings invented for the test.
 */
class LabelsOverValuesTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");

    @Test
    void aValueThatReadsLikeALabelOfTheFieldAboveItIsStillItsValue() {
        // "Leaving Care Team" reads like a team's label, "Senior Practitioner" loosely like a worker's
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable("Referrer name\tReferrer job title:\tTeam / service:",
                "Ros Penhale\tSenior Practitioner\tLeaving Care Team")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Ros Penhale")
                .containsEntry(ReferralField.REFERRER_ROLE, "Senior Practitioner")
                .containsEntry(ReferralField.ORGANISATION, "Leaving Care Team");
    }

    @Test
    void aRowUnderLabelsThatHoldsAnotherFieldsWordingIsARowOfLabelsToo() {
        // "Referrer role | Social Worker" then "Team | Leaving Care": label | value rows, not labels over values
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable("Referrer role\tSocial Worker",
                "Team\tLeaving Care")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "Social Worker")
                .containsEntry(ReferralField.ORGANISATION, "Leaving Care");
    }

    @Test
    void aShortLabelInARowIsReadUnderItsSectionHeading() {
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable("Young person's full name\tDate of birth",
                "Nia Trevenna\t2/2/2010", "Part 2: Referrer", "Full name\tJob title (referrer)",
                "Ros Penhale\tSenior Practitioner")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Nia Trevenna")
                .containsEntry(ReferralField.REFERRER_NAME, "Ros Penhale");
    }

    @Test
    void aRowUnderLabelsThatIsALabelWithAValueOfItsTypeIsNoRowOfValues() {
        // "Worker's post | Social Worker" over "Email of the submitter | ros@...": both rows are label | value
        Map<IntelligenceField, String> f = INTELLIGENCE.read(Tables.wordTable("Name of the worker\tRos Penhale",
                "Worker's post\tSocial Worker", "Email address of the submitter (work)\tros.penhale@council.test"))
                .values();
        assertThat(f).containsEntry(IntelligenceField.WORKER, "Ros Penhale")
                .containsEntry(IntelligenceField.ROLE, "Social Worker")
                .containsEntry(IntelligenceField.EMAIL, "ros.penhale@council.test");
    }

    @Test
    void twoLabelsOverTheirAnswersAmongRowsOfLabelAndValueAreStillLabelsOverAnswers() {
        // a template of boxes, two to a row, among wide rows of a label and its answer
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable(
                "Referrer name\tReferrer role", "Gwen Askew\tLeaving Care PA",
                "Your email\tYour phone", "gwen.askew@council.test\t01632 960 118",
                "Reason for referral\tHer placement ends on the 18th and there is nowhere to go.",
                "Diversion explored\tFamily asked; her aunt cannot have her.",
                "Support needs\tBudgeting and a college place.")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Gwen Askew")
                .containsEntry(ReferralField.REFERRER_ROLE, "Leaving Care PA")
                .containsEntry(ReferralField.REFERRER_EMAIL, "gwen.askew@council.test");
    }

    @Test
    void aSecondLabelTypedWithItsColonIsNoAnswerOfTheFirst() {
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable(
                "Preferred area\tLegal status:", "Banbury or Bicester\tLooked after (s20)",
                "Reason for referral\tHer placement ends on the 18th and there is nowhere to go.",
                "Diversion explored\tFamily asked; her aunt cannot have her.",
                "Support needs\tBudgeting and a college place.")).values();
        assertThat(f).containsEntry(ReferralField.PREFERRED_LOCALITY, "Banbury or Bicester")
                .containsEntry(ReferralField.LEGAL_STATUS, "Looked after (s20)");
    }

    @Test
    void aHeadingThatListsItsSectionsFieldsLeavesEachLabelItsOwnField() {
        String heading = "REASON FOR REFERRAL / IMMEDIATE SAFETY";
        assertThat(REFERRAL.matchUnder("Reason for referral", heading)).contains(ReferralField.REASON);
        assertThat(REFERRAL.matchUnder("Immediate safety concern", heading)).contains(ReferralField.SAFETY_CONCERN);
        assertThat(REFERRAL.matchUnder("Name", "Referrer details")).contains(ReferralField.REFERRER_NAME);
    }

    @Test
    void theRowUnderConsentAskedAsIfNotIsTheBasisForSharingNotTheReasonForReferral() {
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable(
                "Reason for referral\tHer tenancy ends on Friday and she has nowhere to go.",
                "Consent to referral\tNo", "If no consent, safeguarding reason\tShe is at risk of serious harm.")).values();
        assertThat(f).containsEntry(ReferralField.REASON, "Her tenancy ends on Friday and she has nowhere to go.")
                .containsEntry(ReferralField.SAFEGUARDING_BASIS, "She is at risk of serious harm.");
    }

    @Test
    void aQuestionAndALabelHoldingAYesWordAreLabelsOverTheirAnswers() {
        // "offered" is a yes in an answer ("FGC offered"), never in a question or a longer label naming a field
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable(
                "Family Group Conference offered?\tDate FGC offered / held",
                "\u2612 Yes \u2610 No\tOffered 28/10/2026, held 12/11/2026",
                "Reason for referral\tShe cannot stay at home any longer.", "Support needs\tBudgeting.",
                "Diversion\tHer aunt was asked.")).values();
        assertThat(f).containsEntry(ReferralField.FGC_DATE, "Offered 28/10/2026, held 12/11/2026");
        assertThat(FieldValues.yesNo("Family Group Conference offered?")).isEmpty();
        assertThat(FieldValues.yesNo("FGC offered")).contains(true);
    }
}
