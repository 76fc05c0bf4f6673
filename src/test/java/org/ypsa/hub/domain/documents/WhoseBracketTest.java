package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** A bracket after a label saying whose the field is. */
class WhoseBracketTest {

    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void aBracketSayingWhoseTheFieldIsIsPartOfTheLabelUnderAnotherPartysHeading() {
        String heading = "Part 1 - The young person";
        assertThat(REFERRAL.matchUnder("Full name (you, the referrer)", heading)).contains(ReferralField.REFERRER_NAME);
        assertThat(REFERRAL.matchUnder("Name (referrer)", heading)).contains(ReferralField.REFERRER_NAME);
        assertThat(REFERRAL.matchUnder("Name (if not the referrer)", heading)).isNotEqualTo(java.util.Optional.of(ReferralField.REFERRER_NAME));
    }
}
