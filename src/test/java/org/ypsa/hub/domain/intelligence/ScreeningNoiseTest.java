package org.ypsa.hub.domain.intelligence;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A form's blanks and the sender's covering words are not danger; danger said next to them still is. */
class ScreeningNoiseTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @ValueSource(strings = {"Grading, if the agency grades: not known at present",
            "Vehicles linked - not known at present", "Handling code: unknown at the moment",
            "As promised, here is the information. Please let me know if anything is missing.",
            "Shout if any details are missing from the form.", "Tell me if something seems to be missing."})
    void aFieldNotKnownAtPresentOrAskingWhetherAnythingIsMissingIsNotUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Let me know if anything is missing. Jade is missing and is with two older men now.",
            "Vehicle not known at present. He is at the flat with a knife right now.",
            "Sam is missing and we do not know where she is.", "Her phone is not known at present and she is missing.",
            "Her whereabouts are not known at present.", "Whereabouts currently unknown at present."})
    void dangerNextToABlankOrACoveringLineIsStillUrgent(String text) {
        assertThat(Screening.screen(text, TODAY).urgent()).isTrue();
    }
}
