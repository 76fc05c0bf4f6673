package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label asking for the professionals or agencies involved with the young person names no one person's name, phone
 * or email (stop 47: a referral's "professionals involved" row, a list of roles, was read as the referrer's name).
 * Wordings invented for the test.
 */
class ProfessionalsInvolvedTest {
    private final LabelMatcher referral = new LabelMatcher(FormLibrary.shipped().form("referral"));
    private final LabelMatcher intelligence = new LabelMatcher(FormLibrary.shipped().form("intelligence-submission"));

    @ParameterizedTest
    @ValueSource(strings = {"Professionals involved (name / agency)", "Other professionals currently involved",
        "Practitioners involved with the family (names)"})
    void theProfessionalsInvolvedAreNoOnePersonsDetails(String label) {
        assertThat(referral.match(label).map(LabelMatcher.Match::fieldId).orElse(""))
                .isNotIn("referrer-name", "social-worker-name", "referrer-phone", "referrer-email", "social-worker-email");
    }

    @Test
    void aFieldWordedWithInvolvedAndTheReferringProfessionalStillAre() {
        assertThat(intelligence.match("People involved")).hasValueSatisfying(m -> assertThat(m.fieldId()).isEqualTo("persons"));
        assertThat(referral.match("Referring professional")).hasValueSatisfying(m -> assertThat(m.fieldId()).isEqualTo("referrer-name"));
    }
}
