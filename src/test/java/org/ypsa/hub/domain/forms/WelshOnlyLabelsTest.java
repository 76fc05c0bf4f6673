package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** A form written in Welsh only: its labels name the fields as their English would, mutations and accents aside. */
class WelshOnlyLabelsTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cyfeiriad presennol|CURRENT_ADDRESS",
            "Statws cyfreithiol|LEGAL_STATUS",
            "Rhywedd|GENDER",
            "Ardal ddewisol ar gyfer llety|PREFERRED_LOCALITY",
            "Rhif ffôn yr atgyfeiriwr|REFERRER_PHONE",
            "Ydy hi'n rhiant?|PARENT",
            "E-bost yr atgyfeiriwr|REFERRER_EMAIL",
            "Anghenion cymorth y person ifanc|SUPPORT_NEEDS"})
    void aWelshLabelNamesItsField(String label, ReferralField field) {
        assertThat(referral.match(label)).contains(field);
    }

    @org.junit.jupiter.api.Test
    void aMutatedWelshWordIsTheWordItMutates() {
        assertThat(Words.of("Ei gymorth")).containsExactly(Words.of("support").get(0));
        assertThat(Words.of("Pa ddigwyddiad")).isEqualTo(Words.of("pa incident"));
        assertThat(Words.of("wybodaeth")).isEqualTo(Words.of("information"));
    }

    @org.junit.jupiter.api.Test
    void aLabelWithAnEnglishHalfIsNotReadThroughItsWelshHalfsWords() {
        String provider = Words.of("provider").get(0);
        assertThat(Words.of("Nodiadau'r darparwr / Remarks")).doesNotContain(provider);
        assertThat(Words.of("Enw'r darparwr")).contains(provider);
    }
}
