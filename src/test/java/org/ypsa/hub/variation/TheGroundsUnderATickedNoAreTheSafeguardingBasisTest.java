package org.ypsa.hub.variation;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC.md: a referral without the young person's consent carries the safeguarding basis for sharing it. Stop 72
 * (tuned32 w10-ref-08): the social worker wrote the grounds under the ticked box in the answer's own cell ("☐ Yes ☒ No"
 * over "Harvey refused to sign. Sharing without consent under s.17/s.47 Children Act 1989 ..."); the lines under the
 * yes or no were cut as another field's, and the referral was refused for a basis it held.
 */
class TheGroundsUnderATickedNoAreTheSafeguardingBasisTest {
    @Test
    void aReferralWithTheGroundsUnderItsTickedNoIsRoutedWithThemAsItsBasis() throws Exception {
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned32/mail/w10-ref-08.eml"));
        Referral r = TestIntake.routed(o, Referral.class);
        assertThat(r.consent()).isFalse();
        assertThat(r.safeguardingBasis()).contains("s.17/s.47 Children Act 1989");
    }
}
