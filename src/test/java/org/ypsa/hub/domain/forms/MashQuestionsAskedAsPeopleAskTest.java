package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MASH request's questions as a council words them (stop 71, tuned23 t23-mash-003): whether the young person has had
 * a social worker before is whether they are known to social care, and "roofless tonight" is homeless now. Wordings
 * invented for the test.
 */
class MashQuestionsAskedAsPeopleAskTest {
    private final LabelMatcher mash = new LabelMatcher(FormLibrary.shipped().form("mash-referral"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Has the YP had a social worker before?            | known
            Did she ever have a social worker?                | known
            Roofless tonight or at risk in the coming weeks?  | status
            """)
    void aQuestionIsPlacedByWhatItAsks(String label, String field) {
        assertThat(mash.match(label)).map(LabelMatcher.Match::fieldId).contains(field);
    }
}
