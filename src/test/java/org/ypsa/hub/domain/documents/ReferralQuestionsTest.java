package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referral questions as staff word them (issue 14, round 11): whom a question says may harm whom, a team's name, who
 * is referred, a long question with its answer after the question mark, and two cells that each hold a label and its
 * answer. Wordings invented for the test.
 */
class ReferralQuestionsTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static LabelledDocument text(String body) {
        return TextDocuments.bodyLines(body);
    }

    @Test
    void aQuestionWhetherOthersMayHarmTheYoungPersonAsksTheRiskFromOthers() {
        assertThat(REFERRAL.match("Might someone else hurt the young person?")).contains(ReferralField.RISK_FROM_OTHERS);
        assertThat(REFERRAL.match("Is the young person likely to harm others?")).contains(ReferralField.RISK_TO_OTHERS);
    }

    @Test
    void aTeamsNameIsTheTeamNotAPersonsName() {
        assertThat(REFERRAL.match("Department name (referrer)")).contains(ReferralField.ORGANISATION);
    }

    @Test
    void whoIsBeingReferredIsTheYoungPerson() {
        assertThat(REFERRAL.match("Who is being referred?")).contains(ReferralField.FULL_NAME);
    }

    @Test
    void aQuestionWhoTheFormIsAboutOrWhoNeedsThePlaceAsksTheYoungPersonsName() {
        FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");
        assertThat(mash.match("Who is the child?")).contains(MashField.NAME);
        assertThat(REFERRAL.match("Who is the young person?")).contains(ReferralField.FULL_NAME);
        assertThat(REFERRAL.match("Who needs the accommodation?")).contains(ReferralField.FULL_NAME);
        assertThat(REFERRAL.match("Who requires a placement:")).contains(ReferralField.FULL_NAME);
        // the address beside the question is no name: the name is the answer to the question
        Map<MashField, String> f = mash.read(text("Who is the child?\nOwain Pryce\n"
                + "Current address\n4 Heol Fawr, Anytown, AB1 2CD\n")).values();
        assertThat(f).containsEntry(MashField.NAME, "Owain Pryce");
    }

    @Test
    void lowerCaseWordsAfterANameLabelEndTheLabelNotStartTheName() {
        // a person's name is written with capitals: "referred" after "Name of the young person" ends the label, and
        // the name is on the next line
        FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");
        Map<MashField, String> f = mash.read(text("Name of the young person referred\nOwain Pryce\n"
                + "Current address\n4 Heol Fawr, Anytown, AB1 2CD\n")).values();
        assertThat(f).containsEntry(MashField.NAME, "Owain Pryce");
    }

    @Test
    void aLongQuestionEndsAtItsQuestionMark() {
        Map<ReferralField, String> f = REFERRAL.read(text("Full name: Nia Trevenna\n"
                + "Does the young person know about this referral and agree to us sharing their details with providers? Yes\n"))
                .values();
        assertThat(f).containsEntry(ReferralField.CONSENT, "Yes");
    }

    @Test
    void twoCellsEachHoldingALabelAndItsAnswerAreTwoEntries() {
        Map<ReferralField, String> f = REFERRAL.read(Tables.table("Social worker's email: none",
                "Has a family group conference been offered? Yes")).values();
        assertThat(FieldValues.yesNo(f.get(ReferralField.FGC_OFFERED))).contains(true);
        assertThat(f.get(ReferralField.SOCIAL_WORKER_EMAIL)).isNotEqualTo("Has a family group conference been offered? Yes");
    }

    @Test
    void anUnmarkedLineBetweenTwoQuestionsIsTheFirstOnesAnswerThoughItStartsLikeALabel() {
        // "CAMHS" starts like a label of the mental-health field; between two numbered questions it is an answer
        Map<ReferralField, String> f = REFERRAL.read(text("7 Your team or service\nCAMHS Outreach Team\n"
                + "8 Referrer's email\nsam.ng@council.test\n")).values();
        assertThat(f).containsEntry(ReferralField.ORGANISATION, "CAMHS Outreach Team");
        assertThat(LabelShapes.answerBetweenQuestions("CAMHS Outreach Team", "8 Referrer's email")).isTrue();
        assertThat(LabelShapes.answerBetweenQuestions("DATE IT HAPPENED", "3 March 2027")).isFalse();
        assertThat(LabelShapes.answerBetweenQuestions("Jo Bloggs", "4 March 2027")).isFalse();
    }

    @Test
    void whatTheSenderWantsThePoliceToKnowIsTheInformation() {
        FieldCatalog<org.ypsa.hub.domain.intelligence.IntelligenceField> intel =
                FieldCatalog.shipped(org.ypsa.hub.domain.intelligence.IntelligenceField.class, "intelligence-submission");
        assertThat(intel.match("What would you like police to be aware of?"))
                .contains(org.ypsa.hub.domain.intelligence.IntelligenceField.INFORMATION);
    }
}
