package org.ypsa.hub.domain.intake;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.Referral;

import static org.assertj.core.api.Assertions.assertThat;

/** A referral type written as a tick list is the answer marked, not the first one named. */
class TickListAnswersTest {
    @Test
    void aReferralWhoseTickListMarksPlannedIsNotAnEmergency() {
        assertThat(ReferralTypeWords.variant("Referral form\nEmergency / planned (tick)\n", "[ ] Emergency [\u2713] Planned",
                "Referral")).isEqualTo(Referral.NON_EMERGENCY);
    }

    @Test
    void aReferralWhoseTickListMarksEmergencyIsAnEmergency() {
        assertThat(ReferralTypeWords.variant("Referral form\n", "[x] Emergency [ ] Planned", "Referral"))
                .isEqualTo(Referral.EMERGENCY);
    }
}
