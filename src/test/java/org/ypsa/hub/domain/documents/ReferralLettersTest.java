package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral sent as a letter (stop 48, docx-letter and body-letter): the service's name, the date, "Dear Brokerage,",
 * a subject line, then each question as a heading with its answer on the line under it, no mark and no blank line
 * between them. Wordings invented for the test.
 */
class ReferralLettersTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static Map<ReferralField, String> read(String body) {
        return REFERRAL.read(TextDocuments.bodyLines(body)).values();
    }

    private static final String OPENING = "Riverside Youth Hub\n12 Mill Lane, Abingdon\n3 February 2027\n";

    /** A letter's headings and answers after its opening, its salutation and one sentence. */
    private static Map<ReferralField, String> readLetter(String headingsAndAnswers) {
        return read(OPENING + "Dear Brokerage,\nPlease find the details below.\n" + headingsAndAnswers);
    }

    @Test
    void anAnswerOpeningWithALabelsWordsUnderAHeadingIsItsAnswer() {
        Map<ReferralField, String> f = readLetter("Referring worker\nGethin Moss\n"
                + "Referrer's role\nSenior Practitioner\n"
                + "Referrer team\nYouth Justice Service\nReferrer email\ng.moss@council.test\n"
                + "Is the young person safe tonight\n"
                + "Ffion is staying at an address linked to older men and wants to leave.\n"
                + "Self-harm\nNone known.\n");
        assertThat(f).containsEntry(ReferralField.ORGANISATION, "Youth Justice Service")
                .containsEntry(ReferralField.SAFETY_CONCERN,
                        "Ffion is staying at an address linked to older men and wants to leave.");
        assertThat(f.get(ReferralField.OFFENDING)).isNullOrEmpty();
    }

    @Test
    void headingsInCapitalsOverAnswersInSmallLettersEachHaveTheirAnswer() {
        Map<ReferralField, String> f = readLetter("NAME OF PERSON REFERRING\n"
                + "Gethin Moss\nPOSITION\nYOS Officer\nREFERRING ORGANISATION NAME\n"
                + "Vale Council\n");
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "YOS Officer")
                .containsEntry(ReferralField.ORGANISATION, "Vale Council");
    }

    @Test
    void aLetterSubjectUnderItsSalutationIsNoLabel() {
        Map<ReferralField, String> f = read(OPENING + "Dear Brokerage,\nSupported Housing Referral - URGENT\n"
                + "Please find the details below.\nReferral reason\nFfion's aunt can no longer have her to stay.\n"
                + "Date of birth\n4/5/2009\n");
        assertThat(f).containsEntry(ReferralField.REASON, "Ffion's aunt can no longer have her to stay.");
    }

    @Test
    void aQuestionOpeningWithWhyIsOneLabelOverItsAnswer() {
        Map<ReferralField, String> f = readLetter("Why the YP has to leave home\n"
                + "Ffion's aunt can no longer have her to stay and she has nowhere to go.\n"
                + "Date of birth\n4/5/2009\n");
        assertThat(f).containsEntry(ReferralField.REASON,
                "Ffion's aunt can no longer have her to stay and she has nowhere to go.");
    }

    @Test
    void aLabelJoinedByOrToAnotherWordingGoesOnOverItsAnswer() {
        Map<ReferralField, String> f = readLetter("Your name\nGethin Moss\n"
                + "Your team or service (as at today)\nEarly Help Team (North)\n"
                + "Secure email for you\ng.moss@council.test\n");
        assertThat(f).containsEntry(ReferralField.ORGANISATION, "Early Help Team (North)");
        Map<ReferralField, String> capitals = readLetter("YOUR NAME\nGethin Moss\n"
                + "YOUR TEAM OR SERVICE (AS AT TODAY)\nEarly Help Team (North)\n"
                + "SECURE EMAIL FOR YOU\ng.moss@council.test\n");
        assertThat(capitals).containsEntry(ReferralField.ORGANISATION, "Early Help Team (North)");
    }

    @Test
    void anAnswerUnderALabelThatNamesItsFieldIsNoPartOfTheLabel() {
        Map<ReferralField, String> f = readLetter("Efforts to divert from care\n"
                + "A stay with her aunt for two weeks, ended after a row.\n"
                + "Referral reason (summary)\nMum has asked her to leave and there is no family option.\n"
                + "Date of birth\n4/5/2009\n");
        assertThat(f).containsEntry(ReferralField.REASON, "Mum has asked her to leave and there is no family option.");
    }

    @Test
    void whyTheYoungPersonNeedsAPlacementAsksTheReasonNotTheDateNeeded() {
        // the question with no mark, its answer after a blank line: the question is read whole as the reason's
        // label ("why the young person needs" is a wording of the reason), so its own words are never its answer
        Map<ReferralField, String> f = readLetter("Why the young person needs a placement\n\n"
                + "Mum has asked her to leave after a row about money\n\nDate of birth\n4/5/2009\n");
        assertThat(f.getOrDefault(ReferralField.REASON, "")).doesNotContain("needs a placement");
        f = readLetter("Why the YP needs a placement *\n"
                + "Mum has asked her to leave after a row about money.\n"
                + "What has led to this request *\nMum has asked her to leave after a row about money.\n"
                + "Needed by (date)\n4/5/2027\n");
        assertThat(f).containsEntry(ReferralField.REASON, "Mum has asked her to leave after a row about money.");
        assertThat(REFERRAL.ranked("Why the young person needs a placement").get(0).getKey())
                .isEqualTo(ReferralField.REASON);
        assertThat(REFERRAL.ranked("What has led to this request").get(0).getKey()).isEqualTo(ReferralField.REASON);
    }
}
