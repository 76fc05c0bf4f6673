package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk label's small words say which way the risk goes, and it must be the field's way: the risk the young person
 * poses to others is never read as the risk others pose to them (issue 14). Wordings invented for the test.
 */
class RiskDirectionTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void theWordsBeforeThePartySayWhichWayTheRiskGoes() {
        assertThat(Direction.of("Harm to staff from the YP")).contains(Direction.OUTWARD);
        assertThat(Direction.of("Danger posed by adults to the young person")).contains(Direction.INWARD);
        assertThat(Direction.of("Harm to themselves")).contains(Direction.SELF);
        assertThat(Direction.of("Risk to self and to others")).as("two ways: no one direction").isEmpty();
        assertThat(Direction.of("Exploitation concerns")).isEmpty();
    }

    @Test
    void aRiskTheYoungPersonPosesIsNeverTheRiskFromOthers() {
        assertThat(referral.match("Harm to other people from the YP")).contains(ReferralField.RISK_TO_OTHERS);
        assertThat(referral.match("Danger posed by adults to the young person")).contains(ReferralField.RISK_FROM_OTHERS);
        assertThat(referral.match("Risk from others")).contains(ReferralField.RISK_FROM_OTHERS);
    }

    @Test
    void theOneAVerbOfHarmTakesAsItsObjectIsTheOneHarmed() {
        // tuned15 routed the answer to "Who may harm YP (family, peers, adults)" as the young person's risk to self
        assertThat(Direction.of("Who may harm YP (family, peers, adults)")).contains(Direction.INWARD);
        assertThat(Direction.of("Anyone likely to exploit the young person")).contains(Direction.INWARD);
        assertThat(Direction.of("Could the YP harm others?")).contains(Direction.OUTWARD);
        assertThat(Direction.of("Likely to harm self")).contains(Direction.SELF);
        assertThat(referral.match("Who may harm YP (family, peers, adults)")).isNotEqualTo(
                java.util.Optional.of(ReferralField.RISK_TO_SELF));
    }
}
