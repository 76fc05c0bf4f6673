package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slip of the keyboard is one slip from the form's word as people spell it, not as it is stemmed ("happend" for
 * "happened", stemmed "happen"), or from two words of one wording run together ("birthdtae" for "birth date"); it
 * keeps that spelling's last letter, and a word two of the form's words are that close to, or a short one, is no slip.
 */
class SlipsOfSpelledAndRunTogetherWordsTest {
    private final LabelMatcher incident = new LabelMatcher(FormLibrary.shipped().form("safeguarding-incident"));

    @Test
    void aSlipOfAWordAsSpelledIsThatWord() {
        assertThat(incident.mistyped("happend")).isEqualTo("happened");
        assertThat(incident.withSlipsMended("what happend")).isEqualTo("what happened");
    }

    @Test
    void aSlipOfTwoWordsOfAWordingRunTogetherIsThoseWords() {
        assertThat(incident.mistyped("birthdtae")).isEqualTo("birth date");
        assertThat(incident.rankedAllowingTypos("birthdtae of y.p.").get(0).fieldId()).isEqualTo("date-of-birth");
    }

    @Test
    void shortWordsAndWordsOfOtherEndingsAreNoSlips() {
        assertThat(incident.mistyped("tm")).isNull(); // "tme" is "time" since stop 39 (MistypedLabelsTest)
        assertThat(incident.mistyped("happens")).isNull(); // stemmed as the form's own "happen": known, no slip
        assertThat(incident.mistyped("hapless")).isNull();
    }
}
