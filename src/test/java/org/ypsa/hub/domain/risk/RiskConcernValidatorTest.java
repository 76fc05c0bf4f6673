package org.ypsa.hub.domain.risk;

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
    void aPartThatIsOnlyAProvidersNameIsMissing() {
        var f = complete();
        f.put(RiskField.RISK, "Response Housing");
        var v = validator.validate(f, "RE: referral", "returns@response.provider.test");
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Risk unable to manage");
    }

    @Test
    void theReferralReferenceMayComeFromTheSubject() {
        var f = complete();
        f.remove(RiskField.REFERRAL_REFERENCE);
        var v = validator.validate(f, "RE: [YPSA-ABCDE-12345] Referral", "returns@response.provider.test");
        assertThat(v.value().referralReference()).isEqualTo("YPSA-ABCDE-12345");
    }

    @Test
    void aBrokerageReferenceIsAcceptedForARiskConcern() {
        var f = complete();
        f.put(RiskField.REFERRAL_REFERENCE, "BRK/2026/0312");
        var v = validator.validate(f, "Risk concern", "returns@response.provider.test");
        assertThat(v.isValid()).isTrue();
        assertThat(v.value().referralReference()).isEqualTo("BRK/2026/0312");
        assertThat(v.value().hubReferenceQuoted()).isFalse();
    }

    @Test
    void aBrokerageReferenceInTheSubjectIsAccepted() {
        var f = complete();
        f.remove(RiskField.REFERRAL_REFERENCE);
        var v = validator.validate(f, "RE: Referral BRK/2026/0312 - risk concern", "", "returns@response.provider.test");
        assertThat(v.value().referralReference()).isEqualTo("BRK/2026/0312");
    }

    @Test
    void aReferenceLabelledInTheTextIsAcceptedWhenTheFieldWasNotFound() {
        var f = complete();
        f.remove(RiskField.REFERRAL_REFERENCE);
        var v = validator.validate(f, "Risk concern", "Risk concern\nPolice ref: 43260099871\nBrokerage ref no: "
                + "BRK/2026/0312\nContact number: 07700 900418", "returns@response.provider.test");
        assertThat(v.value().referralReference()).isEqualTo("BRK/2026/0312");
    }

    @Test
    void aHubReferenceStillLinksTheHubsCase() {
        var f = complete();
        f.put(RiskField.REFERRAL_REFERENCE, "ypsa-7k2m9-qx4ab");
        var v = validator.validate(f, "Risk concern", "returns@response.provider.test");
        assertThat(v.value().referralReference()).isEqualTo("YPSA-7K2M9-QX4AB");
        assertThat(v.value().hubReferenceQuoted()).isTrue();
    }

    @Test
    void aDateOrAPhoneNumberIsNotTakenForAReference() {
        var f = complete();
        f.remove(RiskField.REFERRAL_REFERENCE);
        var v = validator.validate(f, "Risk concern 30/11/2026", "Contact number: 07700 900418\nFlat-2B",
                "returns@response.provider.test");
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Referral reference");
        assertThat(v.problems().get(0).expected()).contains("any scheme").contains("BRK/2026/0312");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "REFERENCE OF THE REFERRAL YPSA-7K2M9-QX4AB|YPSA-7K2M9-QX4AB", "no. (referral) BRK-2026-5360|BRK-2026-5360",
            "CASE88412 Enw'r darparwr /|CASE88412", "BRK/2026/0312|BRK/2026/0312",
            // stop 70 (tuned32): a reference of figures, with the young person's LCS number after it
            "26/0911 (LCS 1170493)|26/0911"})
    void aReferenceWithLabelWordsRoundItIsTheReferenceAlone(String written, String reference) {
        var f = complete();
        f.put(RiskField.REFERRAL_REFERENCE, written);
        var v = validator.validate(f, "RE: referral", "returns@response.provider.test");
        assertThat(v.value().referralReference()).isEqualTo(reference);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"07700 900 608", "07700900608", "Key 2 Futures",
            "+447700900608"})
    void aPhoneNumberOrAProvidersNameInTheReferenceFieldIsNoReference(String written) {
        var f = complete();
        f.put(RiskField.REFERRAL_REFERENCE, written);
        var v = validator.validate(f, "Risk concern", "returns@response.provider.test");
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Referral reference");
    }

    @org.junit.jupiter.api.Test
    void aReferenceFieldThatIsNoReferenceGivesWayToTheSubjects() {
        var f = complete();
        f.put(RiskField.REFERRAL_REFERENCE, "01865 817456");
        var v = validator.validate(f, "RE: Referral BRK/2026/0312 - risk concern", "returns@response.provider.test");
        assertThat(v.value().referralReference()).isEqualTo("BRK/2026/0312");
    }
}
