package org.ypsa.hub.domain.intake;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.Referral;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer "Planned" to a referral's same-day question is no emergency (invented wordings, issue 14, stop 37). */
class PlannedAnswerTest {
    @Test
    void aPlannedAnswerToTheSameDayQuestionIsANonEmergencyReferral() {
        assertThat(ReferralTypeWords.variant("Referral form\nIs a placement needed same day\tPlanned\n", "Planned", "Referral"))
                .isEqualTo(Referral.NON_EMERGENCY);
        assertThat(ReferralTypeWords.variant("Referral form\n", "Planned move", "Referral")).isEqualTo(Referral.NON_EMERGENCY);
        // an unplanned move is no planned one: the form's other words decide
        assertThat(ReferralTypeWords.variant("Same-day referral form\n", "Unplanned", "Referral")).isEqualTo(Referral.EMERGENCY);
    }
}
