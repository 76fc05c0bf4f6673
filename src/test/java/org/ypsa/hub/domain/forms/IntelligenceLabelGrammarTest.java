package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intelligence submissions' labels as partners write them (issue 14): a question in the passive, a question's word
 * alone with its hint, a list of question words after a dash. Wordings invented for these tests.
 */
class IntelligenceLabelGrammarTest {
    private final FieldCatalog<IntelligenceField> intel = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");

    @Test
    void whatWasSeenOrHeardInThePassiveIsTheInformationAndWhenItWasSeenIsTheTime() {
        assertThat(intel.match("What was witnessed or heard")).contains(IntelligenceField.INFORMATION);
        assertThat(intel.match("What has been noticed")).contains(IntelligenceField.INFORMATION);
        assertThat(intel.match("When was this seen or heard")).contains(IntelligenceField.WHEN);
    }

    @Test
    void questionWordsListedAfterADashSayWhatToCoverNotWhatIsAsked() {
        assertThat(intel.match("What was observed - who, when, where")).contains(IntelligenceField.INFORMATION);
        assertThat(intel.match("WHAT HAS BEEN SEEN - WHO / WHAT / WHERE")).contains(IntelligenceField.INFORMATION);
        assertThat(LabelMatcher.beforeAListOfQuestionWords("Where - as exact as you can")).isEmpty();
    }

    @Test
    void aQuestionsWordAloneIsReadWithItsBracketedHint() {
        assertThat(intel.match("Who (names, ages, descriptions)")).contains(IntelligenceField.PERSONS);
        // "Who" and "What" alone are the police's who / what / where / when of a report (stop 67); "Which" alone asks nothing
        assertThat(intel.match("Which")).isEmpty();
    }

    @Test
    void aPartyThenAVerbInIngAtTheLabelsEndIsThatParty() {
        // "Organisation sharing" was read as the information ("information to share") by its last word
        assertThat(intel.match("Organisation sharing")).contains(IntelligenceField.AGENCY);
        assertThat(intel.match("Organisation sharing the information")).contains(IntelligenceField.AGENCY);
    }
}
