package org.ypsa.hub.domain.intake;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.mash.MashValidator;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.referrals.ReferralValidator;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.domain.safeguarding.SafeguardingValidator;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers as people write them, not as the form prints its options. */
class ValuesAsWrittenTest {

    private static Map<ReferralField, String> referral() {
        Map<ReferralField, String> f = new EnumMap<>(ReferralField.class);
        f.put(ReferralField.FULL_NAME, "Ada Pennyfeather");
        f.put(ReferralField.DATE_OF_BIRTH, "14/03/2009");
        f.put(ReferralField.LEGAL_STATUS, "Looked after");
        f.put(ReferralField.REFERRER_NAME, "Rita Okafor");
        f.put(ReferralField.REFERRER_ROLE, "Social worker");
        f.put(ReferralField.ORGANISATION, "Family Solutions");
        f.put(ReferralField.REASON, "Family breakdown");
        f.put(ReferralField.FGC_OFFERED, "Yes");
        f.put(ReferralField.DATE_NEEDED, "08/01/2027");
        f.put(ReferralField.CONSENT, "Yes");
        return f;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"LAC|Looked after", "CLA (s20)|Looked after", "Section 31 care order|Looked after",
            "Former relevant child|Care leaver", "Leaving care|Care leaver", "CIN|Child in need",
            "Child in Need (s17)|Child in need", "Not known to CSC|Not known to social care",
            "None - not open to social care|Not known to social care", "Sec 20 accommodated|Looked after",
            "Remanded to local authority care|Looked after", "ICO|Looked after", "Care experienced|Care leaver",
            "Relevant|Care leaver", "No social care involvement|Not known to social care"})
    void legalStatusesAreReadAsSocialWorkersAbbreviateThem(String written, String status) {
        Map<ReferralField, String> f = referral();
        f.put(ReferralField.LEGAL_STATUS, written);
        var v = new ReferralValidator(TestDirectory.shipped()).validate(Referral.NON_EMERGENCY, f, "r.okafor@council.test");
        assertThat(v.problems()).isEmpty();
        assertThat(v.value().youngPerson().legalStatus()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Consent given|true", "Verbal consent obtained|true", "Y - signed|true",
            "\u2612|true", "Consent not given|false"})
    void consentIsReadFromWhatIsWritten(String written, boolean given) {
        Map<ReferralField, String> f = referral();
        f.put(ReferralField.CONSENT, written);
        f.put(ReferralField.SAFEGUARDING_BASIS, "Strategy meeting agreed sharing");
        var v = new ReferralValidator(TestDirectory.shipped()).validate(Referral.NON_EMERGENCY, f, "r.okafor@council.test");
        assertThat(v.problems()).isEmpty();
        assertThat(v.value().consent()).isEqualTo(given);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Missing from placement|Medium|Missing|Medium",
            "Assault on another resident|Serious|Violence|High", "Taken to A&E|Very high|Hospital admission|Critical",
            "Self harm|Med|Self-harm|Medium", "Suspected county lines|Low risk|Exploitation|Low",
            "Allegation made about a staff member|Moderate|Allegation against staff|Medium"})
    void categoriesAndSeveritiesAreReadAsProvidersWriteThem(String category, String severity, String asCategory,
            String asSeverity) {
        Map<SafeguardingField, String> f = new EnumMap<>(SafeguardingField.class);
        f.put(SafeguardingField.PROVIDER, "Response");
        f.put(SafeguardingField.NAME, "Eli Farrant");
        f.put(SafeguardingField.WHEN, "19/11/2026 14:05");
        f.put(SafeguardingField.CATEGORY, category);
        f.put(SafeguardingField.SEVERITY, severity);
        f.put(SafeguardingField.DESCRIPTION, "Described in the report.");
        var v = new SafeguardingValidator(TestDirectory.shipped()).validate(f, "returns@response.provider.test");
        assertThat(v.problems()).isEmpty();
        SafeguardingIncident si = v.value();
        assertThat(si.category()).isEqualTo(asCategory);
        assertThat(si.severity()).isEqualTo(asSeverity);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Threatened with homelessness|threatened", "At risk of homelessness|threatened",
            "Homeless now|homeless", "Y|homeless"})
    void homelessOrThreatenedIsReadAsWritten(String written, String status) {
        Map<MashField, String> f = new EnumMap<>(MashField.class);
        f.put(MashField.NAME, "Finn Oakes");
        f.put(MashField.DATE_OF_BIRTH, "4th April 2010");
        f.put(MashField.AGENCY, "Housing options");
        f.put(MashField.STATUS, written);
        var v = new MashValidator().validate(MashReferral.REFERRAL, f, LocalDate.of(2026, 11, 30));
        assertThat(v.problems()).isEmpty();
        assertThat(v.value().homelessOrThreatened()).isEqualTo(status);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Not LAC", "No longer looked after", "Non-CIN"})
    void aLegalStatusDeniedIsNoneOfTheStatusesAndTheSenderIsAsked(String written) {
        Map<ReferralField, String> f = referral();
        f.put(ReferralField.LEGAL_STATUS, written);
        var v = new ReferralValidator(TestDirectory.shipped()).validate(Referral.NON_EMERGENCY, f, "r.okafor@council.test");
        assertThat(v.problems()).extracting(org.ypsa.hub.domain.Problem::field).contains("Legal status");
    }
}
