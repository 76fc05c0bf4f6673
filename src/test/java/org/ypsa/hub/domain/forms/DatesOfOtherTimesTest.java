package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date of what is now or was, or of an end, is not the date accommodation is needed (round tuneP: a referral's
 * "Start date of current placement" was routed as the date needed). The label is left unplaced (the sender is told of
 * it) rather than read as the date needed.
 */
class DatesOfOtherTimesTest {
    private final LabelMatcher referral = new LabelMatcher(FormLibrary.shipped().form("referral"));

    @ParameterizedTest
    @ValueSource(strings = {"Start date of current placement", "Placement end date", "Date of last review",
            "Previous placement start date", "Tenancy expiry date"})
    void aDateOfAnotherTimeIsNotTheDateNeeded(String label) {
        assertThat(referral.match(label)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date accommodation required", "Start date", "Move in date", "Date needed"})
    void theDateNeededsOwnWordingsStillAre(String label) {
        assertThat(referral.match(label)).hasValueSatisfying(m -> assertThat(m.fieldId()).isEqualTo("date-needed"));
    }
}
