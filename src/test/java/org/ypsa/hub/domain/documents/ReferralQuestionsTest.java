package org.ypsa.hub.domain.documents;

import java.util.List;
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
    void aPartyNamedByWhatTheFormConcernsIsThatPartyNotAConcern() {
        FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");
        assertThat(mash.match("Young person this notice concerns")).contains(MashField.NAME);
        assertThat(mash.match("Young person the form is about:")).contains(MashField.NAME);
        assertThat(REFERRAL.match("Young person this referral relates to")).contains(ReferralField.FULL_NAME);
        // the noun is still the concerns
        assertThat(mash.match("Concerns")).contains(MashField.CONCERNS);
        assertThat(mash.match("Any welfare concerns?")).contains(MashField.CONCERNS);
    }

    @Test
    void aQuestionWhoIsHomelessOrWhomTheFormIsAboutAsksTheNameNotTheHousingStatus() {
        FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");
        assertThat(mash.match("Who has become homeless?")).contains(MashField.NAME);
        assertThat(mash.match("Who is at risk of homelessness:")).contains(MashField.NAME);
        assertThat(mash.match("Who has presented to the council?")).contains(MashField.NAME);
        assertThat(mash.match("Who is this referral for?")).contains(MashField.NAME);
        assertThat(REFERRAL.match("Who does the form concern?")).contains(ReferralField.FULL_NAME);
        // a question about the housing itself still asks the status
        assertThat(mash.match("Is the young person homeless or at risk of it?")).contains(MashField.STATUS);
        Map<MashField, String> f = mash.read(text("Who has become homeless?\nOwain Pryce\n"
                + "Homeless tonight or at risk?\nHomeless\n")).values();
        assertThat(f).containsEntry(MashField.NAME, "Owain Pryce");
    }

    @Test
    void aQuestionWhyABedIsNeededTodayAsksTheSafetyConcernNotTheReason() {
        assertThat(REFERRAL.match("Why is a room required tonight?")).contains(ReferralField.SAFETY_CONCERN);
        assertThat(REFERRAL.match("Reason the placement is needed today")).contains(ReferralField.SAFETY_CONCERN);
        // why accommodation is needed at all is the referral's reason
        assertThat(REFERRAL.match("Why does the young person need accommodation?")).contains(ReferralField.REASON);
        Map<ReferralField, String> f = REFERRAL.read(text("Why does the young person need accommodation?\n"
                + "Relationship with stepfather has broken down.\nWhy is a room required tonight?\n"
                + "Locked out after a row and sleeping in a car.\n")).values();
        assertThat(f).containsEntry(ReferralField.SAFETY_CONCERN, "Locked out after a row and sleeping in a car.")
                .containsEntry(ReferralField.REASON, "Relationship with stepfather has broken down.");
    }

    @Test
    void aQuestionWhyItMustHappenTodayOrWhatTheRiskIsIfNotAsksTheSafetyConcern() {
        assertThat(REFERRAL.match("Why does this have to happen today?")).contains(ReferralField.SAFETY_CONCERN);
        assertThat(REFERRAL.match("What is the risk if the YP is not placed today?")).contains(ReferralField.SAFETY_CONCERN);
        assertThat(REFERRAL.match("Why does this need a same-day response?")).contains(ReferralField.SAFETY_CONCERN);
        // a why without today is the reason; today without why or risk is no safety concern
        assertThat(REFERRAL.match("Why is the referral being made?")).isNotEqualTo(java.util.Optional.of(ReferralField.SAFETY_CONCERN));
        assertThat(REFERRAL.match("Age today")).isNotEqualTo(java.util.Optional.of(ReferralField.SAFETY_CONCERN));
    }

    @Test
    void aQuestionWhetherTheYoungPersonHasChildrenAsksWhetherTheyAreAParent() {
        assertThat(REFERRAL.match("Does the YP have any children?")).contains(ReferralField.PARENT);
        assertThat(REFERRAL.match("Has the young person got a baby?")).contains(ReferralField.PARENT);
    }

    @Test
    void aLabelInTwoPartsJoinedByDashesIsTheFieldItsSecondPartNames() {
        Map<ReferralField, String> f = REFERRAL.read(text("Young person being referred - full name - Nia TREVENNA\n"
                + "Health - risk to self details - Cut her arm last week and will not talk about it.\n"
                + "Referral type - Emergency - same day\n")).values();
        assertThat(f).containsEntry(ReferralField.RISK_TO_SELF, "Cut her arm last week and will not talk about it.")
                .containsEntry(ReferralField.FULL_NAME, "Nia TREVENNA");
        // a second part naming the first part's field is its value
        assertThat(f.get(ReferralField.VARIANT)).startsWith("Emergency");
    }

    @Test
    void aDateNeededWrittenWithoutItsYearOutranksWordsPlacedOnTheSameField() {
        LabelledDocument doc = new LabelledDocument("form.docx", "", List.of(
                new LabelledDocument.Entry("Planned move request", "housing for care leavers", "paragraph 1"),
                new LabelledDocument.Entry("Full name", "Nia Trevenna", "table row 1"),
                new LabelledDocument.Entry("Move-in date wanted", "12/03 (Fri)", "table row 2")));
        assertThat(REFERRAL.read(doc).values()).containsEntry(ReferralField.DATE_NEEDED, "12/03 (Fri)");
    }

    @Test
    void theWorkerHoldingTheCaseIsTheAllocatedWorker() {
        assertThat(REFERRAL.match("Case holding practitioner")).contains(ReferralField.SOCIAL_WORKER_NAME);
        assertThat(REFERRAL.match("Caseholder's email")).contains(ReferralField.SOCIAL_WORKER_EMAIL);
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

    @Test
    void whereTheYoungPersonWillSpendTonightIsTheImmediateSafetyConcern() {
        assertThat(REFERRAL.match("Where will the YP stay tonight?")).contains(ReferralField.SAFETY_CONCERN);
        assertThat(REFERRAL.match("Where will the young person sleep tonight")).contains(ReferralField.SAFETY_CONCERN);
        assertThat(REFERRAL.match("Where is the young person staying now?")).contains(ReferralField.CURRENT_ADDRESS);
    }

    @Test
    void whatAQuestionAsksAfterItsQuestionMarkIsNoAnswerToIt() {
        java.util.Map<ReferralField, String> f = REFERRAL.read(text("Unaccompanied asylum seeker? If yes, give details\nNO\n"
                + "Is the young person a parent? If so, please say how many children\nNo\n")).values();
        assertThat(f).containsEntry(ReferralField.UASC, "NO").containsEntry(ReferralField.PARENT, "No");
    }

    @Test
    void aTickThatARequestIsAnEmergencyIsNoImmediateSafetyConcernAndTheConcernIsReadUnderItsOwnLabel() {
        java.util.Map<ReferralField, String> f = REFERRAL.read(text("Is this an emergency placement request? Please tick:\n"
                + "Yes\n\nCurrent safety (emergency requests only)\nWithout a bed tonight Jo will be on the street.\n")).values();
        assertThat(f).containsEntry(ReferralField.SAFETY_CONCERN, "Without a bed tonight Jo will be on the street.");
        assertThat(REFERRAL.read(text("Is this an emergency placement request? Please tick: Yes\n")).values())
                .doesNotContainEntry(ReferralField.SAFETY_CONCERN, "Yes");
    }

    @Test
    void aQuestionWhetherTheFormIsAnEmergencyAsksItsKindNotTheSafetyConcern() {
        assertThat(REFERRAL.match("Is this an emergency placement request? Please tick")).contains(ReferralField.VARIANT);
        assertThat(REFERRAL.match("Is it an emergency referral")).contains(ReferralField.VARIANT);
        // why it is one, or whether there is a concern, still asks the concern
        assertThat(REFERRAL.match("Why is this an emergency?")).contains(ReferralField.SAFETY_CONCERN);
        assertThat(REFERRAL.match("Is there an immediate safety concern?")).contains(ReferralField.SAFETY_CONCERN);
        Map<ReferralField, String> f = REFERRAL.read(text("Is this an emergency placement request? Please tick:\nYes\n\n"
                + "Current safety (emergency requests only)\nWithout a bed tonight she will sleep in the bus station.\n")).values();
        assertThat(f).containsEntry(ReferralField.VARIANT, "Yes")
                .containsEntry(ReferralField.SAFETY_CONCERN, "Without a bed tonight she will sleep in the bus station.");
    }

    @Test
    void aTitleCallingTheFormARequestOverItsLabelsIsNoAnswer() {
        // "Urgent" is a wording of the concern: the title's first word is no label, the rest no concern
        Map<ReferralField, String> f = REFERRAL.read(text("Hello team -\n\nUrgent Request for Supported Housing (16-25)\n\n"
                + "Full name:\nIfan Cole\n\nCurrent safety (emergency requests only)\n"
                + "Without a bed tonight he will sleep in the bus station.\n")).values();
        assertThat(f).containsEntry(ReferralField.SAFETY_CONCERN, "Without a bed tonight he will sleep in the bus station.");
    }
}
