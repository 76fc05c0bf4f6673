package org.ypsa.hub.domain.referrals;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

class RiskConcernValidatorTest {
    private final RiskConcernValidator validator = new RiskConcernValidator(TestDirectory.shipped());

    private static Map<RiskField, String> complete() {
        Map<RiskField, String> f = new EnumMap<>(RiskField.class);
        f.put(RiskField.REFERRAL_REFERENCE, "YPSA-7K2M9-QX4AB");
        f.put(RiskField.PROVIDER, "Response");
        f.put(RiskField.RISK, "Fire setting");
        f.put(RiskField.REASON, "No waking night staff");
        f.put(RiskField.RESOURCES, "Waking night cover for four weeks");
        return f;
    }

    @Test
    void aConcernWithAllThreePartsIsAccepted() {
        var v = validator.validate(complete(), "RE: referral", "returns@response.provider.test");
        assertThat(v.isValid()).isTrue();
        assertThat(v.value().providerId()).isEqualTo("response");
    }

    @Test
    void eachMissingPartIsNamed() {
        var f = complete();
        f.remove(RiskField.RESOURCES);
        f.put(RiskField.REASON, " ");
        var v = validator.validate(f, "RE: referral", "returns@response.provider.test");
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Reason the risk cannot be managed",
                "Resources or support that would enable the risk to be managed");
    }

    @Test
    void theReferralReferenceMayComeFromTheSubject() {
        var f = complete();
        f.remove(RiskField.REFERRAL_REFERENCE);
        var v = validator.validate(f, "RE: [YPSA-ABCDE-12345] Referral", "returns@response.provider.test");
        assertThat(v.value().referralReference()).isEqualTo("YPSA-ABCDE-12345");
    }
}
