package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels of police reports and case-system prints (stop 48, police48): a hint naming what the one "by" whom something
 * was done is, a question asking why, what would keep a placement, hints telling the writer to answer there. Wordings
 * invented for the test.
 */
class HintsSayingWhoAndWhyTest {
    private final LabelMatcher intelligence = new LabelMatcher(FormLibrary.shipped().form("intelligence-submission"));
    private final LabelMatcher referral = new LabelMatcher(FormLibrary.shipped().form("referral"));
    private final LabelMatcher risk = new LabelMatcher(FormLibrary.shipped().form("risk-concern"));

    @ParameterizedTest
    @ValueSource(strings = {"Submitted by (agency)", "Submitted by (organisation) (fill in)", "Completed by (agency):"})
    void aHintNamingAnotherFieldAfterWordsAskingByWhomAsksThatField(String label) {
        assertThat(intelligence.match(label)).map(LabelMatcher.Match::fieldId).contains("agency");
    }

    @Test
    void wordsAskingByWhomWithoutSuchAHintStillAskTheWorker() {
        assertThat(intelligence.match("Submitted by")).map(LabelMatcher.Match::fieldId).contains("worker");
        assertThat(intelligence.match("Submitted by (in full)")).map(LabelMatcher.Match::fieldId).contains("worker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Why the YP needs a placement", "3.2 Why does the young person need a placement?"})
    void aQuestionAskingWhyNeverNamesADate(String label) {
        assertThat(referral.match(label)).map(LabelMatcher.Match::fieldId).contains("reason");
    }

    @ParameterizedTest
    @ValueSource(strings = {"What would keep the placement", "2.3 What could help us sustain this placement?",
            "What would keep the placement going:"})
    void whatWouldKeepThePlacementAsksWhatWouldHelp(String label) {
        assertThat(risk.match(label)).map(LabelMatcher.Match::fieldId).contains("resources");
    }

    @ParameterizedTest
    @ValueSource(strings = {"YP considered for placement", "Housing Support Officer"})
    void wordsOfAPlacementOrOfSupportAloneAreNotWhatWouldHelp(String label) {
        assertThat(risk.match(label).map(LabelMatcher.Match::fieldId)).isNotEqualTo(java.util.Optional.of("resources"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What would keep the YP safe tonight?", "What would keep the young person safe until a bed is found"})
    void whatWouldKeepTheYoungPersonSafeAsksTheSafetyNotWhatWouldHelp(String label) {
        assertThat(referral.match(label)).map(LabelMatcher.Match::fieldId).contains("safety-concern");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Handling code (record here)", "Grade (complete)", "Vehicles seen (record here):"})
    void aBracketTellingTheWriterToAnswerThereIsAHint(String label) {
        assertThat(Instructions.endsInAHint(label)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tick one box per question where boxes are shown.", "Please mark the relevant box for each question",
            "Grey boxes - no need to tick, just write your answer.", "Shaded cells: type your answers in the white boxes",
            "Just write your answers beside each question", "No need to sign - just write the answer in each box.",
            "Type in the boxes to the right of each question.", "Please write in the white spaces"})
    void howToMarkTheFormsBoxesIsForTheWholeFormAndNoAnswer(String text) {
        // under a section heading asking why ("4. Why a placement is needed"), it is no reason for the referral
        assertThat(Instructions.isForTheWholeForm(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Answer given by the young person", "Answer", "Missing - write the address she gave", "Staff wrote the answers on the log"})
    void aLabelOrAnAnswerSayingWriteIsNoInstructionForTheBoxes(String text) {
        assertThat(Instructions.isForTheWholeForm(text)).isFalse();
    }
}
