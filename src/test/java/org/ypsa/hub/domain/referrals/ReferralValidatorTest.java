package org.ypsa.hub.domain.referrals;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.Validated;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a referral (seed 001), on fields as the readers produce them. */
class ReferralValidatorTest {
    private static final String SOCIAL_WORKER = "r.okafor@council.test";
    private final ReferralValidator validator = new ReferralValidator(TestDirectory.shipped());

    private static Map<ReferralField, String> valid() {
        Map<ReferralField, String> f = new EnumMap<>(ReferralField.class);
        f.put(ReferralField.FULL_NAME, "Tamsin Ellery-Vance");
        f.put(ReferralField.DATE_OF_BIRTH, "14/03/2009");
        f.put(ReferralField.LEGAL_STATUS, "Child in need");
        f.put(ReferralField.PARENT, "N");
        f.put(ReferralField.REFERRER_NAME, "Rita Okafor");
        f.put(ReferralField.REFERRER_ROLE, "Social worker");
        f.put(ReferralField.ORGANISATION, "Cherwell Family Solutions");
        f.put(ReferralField.REASON, "Family breakdown");
        f.put(ReferralField.FGC_OFFERED, "Yes");
        f.put(ReferralField.DATE_NEEDED, "01/12/2026");
        f.put(ReferralField.CONSENT, "Y");
        return f;
    }

    private Validated<Referral> nonEmergency(Map<ReferralField, String> f) {
        return validator.validate(Referral.NON_EMERGENCY, f, SOCIAL_WORKER);
    }

    private static String fields(Validated<?> v) {
        return v.problems().stream().map(Problem::field).toList().toString();
    }

    @Nested
    class Age {
        @Test
        void seventeenYearOldGoesToTheInHouseSixteenSeventeenPathway() {
            var v = nonEmergency(valid());
            assertThat(v.problems()).isEmpty();
            assertThat(v.value().ageOnDateNeeded()).isEqualTo(17);
            assertThat(v.value().pathway()).isEqualTo("16/17 Shared (in-house)");
        }

        @Test
        void nineteenYearOldGoesToEighteenPlus() {
            var f = valid();
            f.put(ReferralField.DATE_OF_BIRTH, "02/08/2007");
            assertThat(nonEmergency(f).value().pathway()).isEqualTo("18+");
        }

        @Test
        void aParentGoesToParentsWhateverTheAge() {
            var f = valid();
            f.put(ReferralField.PARENT, "Yes");
            assertThat(nonEmergency(f).value().pathway()).isEqualTo("Parents");
        }

        @Test
        void ageIsTakenOnTheDateAccommodationIsNeededAndMustBeSixteenToTwentyFour() {
            var f = valid();
            f.put(ReferralField.DATE_OF_BIRTH, "01/12/2001");
            var v = nonEmergency(f);
            assertThat(v.problems()).hasSize(1);
            assertThat(v.problems().get(0).problem()).contains("will be 25 on the date accommodation is needed");
        }

        @Test
        void fifteenYearOldIsRejected() {
            var f = valid();
            f.put(ReferralField.DATE_OF_BIRTH, "02/12/2010");
            assertThat(nonEmergency(f).problems().get(0).problem()).contains("will be 15");
        }
    }

    @Nested
    class Variants {
        @Test
        void nonEmergencyWithoutFamilyGroupConferenceOfferedIsRejected() {
            var f = valid();
            f.put(ReferralField.FGC_OFFERED, "No");
            assertThat(fields(nonEmergency(f))).contains("Family Group Conference offered");
        }

        @Test
        void emergencyWithoutFamilyGroupConferenceIsAccepted() {
            var f = valid();
            f.put(ReferralField.FGC_OFFERED, "No");
            f.put(ReferralField.SAFETY_CONCERN, "Asked to leave tonight after an assault");
            assertThat(validator.validate(Referral.EMERGENCY, f, SOCIAL_WORKER).isValid()).isTrue();
        }

        @Test
        void emergencyWithNoImmediateSafetyConcernDescribedIsRejected() {
            assertThat(fields(validator.validate(Referral.EMERGENCY, valid(), SOCIAL_WORKER)))
                    .contains("Immediate safety concern");
        }
    }

    @Nested
    class ConsentAndSender {
        @Test
        void noConsentAndNoSafeguardingBasisIsRejected() {
            var f = valid();
            f.put(ReferralField.CONSENT, "No");
            assertThat(nonEmergency(f).problems().get(0).problem())
                    .isEqualTo("is No and no safeguarding basis for sharing without consent is given");
        }

        @Test
        void noConsentWithASafeguardingBasisIsAccepted() {
            var f = valid();
            f.put(ReferralField.CONSENT, "No");
            f.put(ReferralField.SAFEGUARDING_BASIS, "Risk of significant harm; strategy meeting 20/11");
            assertThat(nonEmergency(f).isValid()).isTrue();
        }

        /** Stop 70 (tuned32): the grounds written under the answer No, in the consent's own cell. */
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {
            "\u2610 Yes \u2612 No\nHarvey refused to sign. Sharing without consent under s.17/s.47 Children Act 1989 to "
                + "safeguard him (agreed with Team Manager 01/12/26).",
            "No - shared to safeguard her: risk of significant harm from her ex-partner"})
        void noConsentWithTheGroundsWrittenAfterTheAnswerIsAccepted(String consent) {
            var f = valid();
            f.put(ReferralField.CONSENT, consent);
            assertThat(nonEmergency(f).isValid()).isTrue();
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"No - YP declined", "\u2610 Yes \u2612 No\nHe refused to sign.",
            "No (not discussed yet)", "No - no safeguarding concerns raised"})
        void noConsentWithARefusalOrANoteButNoGroundsIsRejected(String consent) {
            var f = valid();
            f.put(ReferralField.CONSENT, consent);
            assertThat(nonEmergency(f).problems().get(0).problem())
                    .isEqualTo("is No and no safeguarding basis for sharing without consent is given");
        }

        @Test
        void referrerOutsideTheAllowedDomainsIsRejected() {
            var v = validator.validate(Referral.NON_EMERGENCY, valid(), "someone@gmail.test");
            assertThat(fields(v)).contains("Sender");
            assertThat(v.problems().get(0).problem()).contains("gmail.test is not one of them");
        }

        @Test
        void missingRequiredFieldAndADateThatIsNotADateAreEachNamed() {
            var f = valid();
            f.remove(ReferralField.REASON);
            f.put(ReferralField.DATE_NEEDED, "ASAP");
            var v = nonEmergency(f);
            assertThat(v.problems()).extracting(Problem::field, Problem::problem).contains(
                    org.assertj.core.groups.Tuple.tuple("Reason for referral", "is missing"),
                    org.assertj.core.groups.Tuple.tuple("Date accommodation needed", "\"ASAP\" is not a date"));
        }
    }
}
