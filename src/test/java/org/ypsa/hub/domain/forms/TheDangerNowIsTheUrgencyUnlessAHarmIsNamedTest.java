package org.ypsa.hub.domain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.forms.QuestionAsked.What;

/**
 * A question of the danger now ("What is the immediate risk to the YP?") asks why a referral cannot wait, so that an
 * emergency referral keeps its safety concern; one naming a harm beside it ("Current concerns re exploitation") asks
 * that harm, read both ways (the review of stop 56 on fix60's widened urgency).
 */
class TheDangerNowIsTheUrgencyUnlessAHarmIsNamedTest {

    @ParameterizedTest(name = "{0} asks {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What is the immediate risk to the YP?          | URGENCY
            Current safety concerns                        | URGENCY
            Is there any immediate danger to her tonight?  | URGENCY
            Present risks                                  | URGENCY
            Current concerns re exploitation               | EXPLOITATION
            Present risk of self-harm?                     | HARM_TO_SELF
            Immediate worries about drug or alcohol use    | SUBSTANCE
            Current risk of violence towards staff         | HARM_TO_OTHERS
            Any current offending or court dates?          | OFFENDING
            """)
    void aLabelAsks(String label, What asked) {
        assertThat(QuestionAsked.of(label)).get().extracting(QuestionAsked.Asked::what).isEqualTo(asked);
    }
}
