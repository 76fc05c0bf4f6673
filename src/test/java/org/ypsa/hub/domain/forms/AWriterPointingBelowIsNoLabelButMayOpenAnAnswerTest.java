package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer saying what follows is set out below (stop 51, review51): one rule in {@link Instructions}, with the
 * instructions for the whole form, that no such sentence is a label on any form, whatever field its words name. It is
 * kept out of {@link Instructions#isForTheWholeForm}, which also tells a free-text value that is no answer: an account
 * may open with such a sentence. Wordings invented for the test.
 */
class AWriterPointingBelowIsNoLabelButMayOpenAnAnswerTest {
    private final LabelMatcher referral = new LabelMatcher(FormLibrary.shipped().form("referral"));
    private final LabelMatcher risk = new LabelMatcher(FormLibrary.shipped().form("risk-concern"));

    @ParameterizedTest
    @ValueSource(strings = {"I have set out below what has been happening", "We've listed the details below:",
        "I have written the information as follows", "We have outlined the risk underneath",
        "I have provided the reasons below", "Fill in every section, please."})
    void isNoLabelOnAnyForm(String text) {
        assertThat(Instructions.isNoLabel(text)).isTrue();
        assertThat(referral.match(text)).isEmpty();
        assertThat(risk.match(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have set out below what has been happening.\nHe left the house at 9pm and did not return.",
        "We have listed the details below: two fires in his room since Monday"})
    void anAnswerOpeningWithItIsStillAnAnswer(String value) {
        assertThat(Instructions.isForTheWholeForm(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Risk we are unable to manage", "What has been happening?", "Details of what was set out",
        "Information listed below the table"})
    void aLabelIsNoSuchSentence(String label) {
        assertThat(Instructions.isNoLabel(label)).isFalse();
    }
}
