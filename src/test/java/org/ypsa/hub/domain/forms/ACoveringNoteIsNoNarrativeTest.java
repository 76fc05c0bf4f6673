package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A covering note's words tell nothing of their own (stop 64): read where a narrative should be - "Hi, intel form
 * attached. Thanks" gave "form attached. Thanks," as the intelligence of a form whose box was left empty - they are no
 * narrative, so the form is told its narrative is missing. Words that tell something are narrative whatever they hold.
 */
class ACoveringNoteIsNoNarrativeTest {

    @ParameterizedTest
    @ValueSource(strings = {"form attached. Thanks,", "see attached", "Details below, kind regards", "Report enclosed - cheers",
        "please find attached", "it is attached, thx", "form attached. Thanks, Amber", "Details below. Kind regards, Sam Okoro"})
    void aCoveringNoteIsNoNarrative(String words) {
        assertThat(FieldType.narrative(words)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Form attached to the fridge door listed the names of three men who visit",
        "Man seen attached to the back of a moped on Elm Road", "Information is attached as requested by the sergeant"})
    void wordsThatTellSomethingAreNarrative(String words) {
        assertThat(FieldType.narrative(words)).isTrue();
    }
}
