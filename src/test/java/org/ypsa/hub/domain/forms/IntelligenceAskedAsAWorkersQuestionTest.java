package org.ypsa.hub.domain.forms;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 49 (prose49): an intelligence form asks its questions as one person asks another - "What do you do?" is the
 * worker's role, "What do you want to pass on?" the information, "Who told you?" the source - in English,
 * Welsh or both. Our own yardstick, written before any
 * corpus failure was read; wordings invented for this test.
 */
class IntelligenceAskedAsAWorkersQuestionTest {
    private final FieldCatalog<IntelligenceField> intel = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");

    private static final List<Yardstick.Row> TABLE = Yardstick.rows(
            "What do you do?|ROLE",
            "What is your job?|ROLE",
            "What's your role?|ROLE",
            "Job role|ROLE",
            "What do you want to pass on?|INFORMATION",
            "What would you like to share?|INFORMATION",
            "What would you like to tell the police?|INFORMATION",
            "What did you see or hear?|INFORMATION",
            "WHAT DO YOU WANT TO PASS ON (FACTS ONLY)|INFORMATION",
            // read since stop 50 (rules50): a bracketed hint naming the agency keeps "From (agency)" the agency
            "Where did this come from?|SOURCE",
            "Where from|SOURCE",
            // not yet: "How did you find out?" - its "out" made "I have set out below ..." a label (t21, stop 50)
            "How did you hear about this?|SOURCE",
            "Who told you?|SOURCE",
            "Where was it?|LOCATION",
            "Which organisation are you from?|AGENCY",
            "Who are you?|WORKER");

    @Test
    void aWorkersQuestionAsksItsField() {
        var read = Yardstick.read("intelligence questions read", TABLE,
                Yardstick.placedOn(intel));
        assertThat(read.misses()).isEmpty();
    }

    /** Stop 71 (tuned24 t24-intel-008): a question of who sends the form asks the worker, whatever it sends. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Who's sending us this intel (name)?",
        "Who is sending this information?", "Who’s completing this form?", "Who is sharing this intelligence?"})
    void aQuestionOfWhoSendsTheFormAsksTheWorker(String label) {
        assertThat(intel.match(label)).contains(IntelligenceField.WORKER);
    }

    @org.junit.jupiter.api.Test
    void aLettersOpeningIsNoSourceLabel() {
        assertThat(intel.match("I have set out below what I know")).isEmpty();
        assertThat(intel.match("I have set out below")).isEmpty();
        assertThat(intel.match("I have set out below the information we hold")).isNotEqualTo(
                java.util.Optional.of(IntelligenceField.SOURCE));
    }
}
