package org.ypsa.hub.domain.mash;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** MASH referrals for homeless or threatened 16/17-year-olds, and notices that mediation prevented it (seed 003). */
class MashValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final MashValidator validator = new MashValidator();

    private static Map<MashField, String> referral() {
        Map<MashField, String> f = new EnumMap<>(MashField.class);
        f.put(MashField.NAME, "Test Person");
        f.put(MashField.DATE_OF_BIRTH, "14/03/2010");
        f.put(MashField.AGENCY, "Youth Service");
        f.put(MashField.STATUS, "Homeless now");
        f.put(MashField.MEDIATION, "Y");
        f.put(MashField.KNOWN, "No");
        return f;
    }

    @Test
    void aNoticeToLeaveGivenIsThreatenedWithHomelessnessButAMediationNoticeIsNoStatus() {
        for (String said : new String[] {"threatened - notice given by parent", "notice given by parent",
                "Mum has served notice", "notice to quit from the landlord", "being evicted"}) {
            assertThat(MashValidator.statusOf(said)).as(said).contains("threatened");
        }
        assertThat(MashValidator.statusOf("mediation notice")).isEmpty();
    }

    @Test
    void aCompleteReferralOfASixteenYearOldIsAccepted() {
        var v = validator.validate(MashReferral.REFERRAL, referral(), TODAY);
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().age()).isEqualTo(16);
        assertThat(v.value().homelessOrThreatened()).isEqualTo("homeless");
        assertThat(v.value().mediationAttempted()).isTrue();
        assertThat(v.value().knownToSocialCare()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource({"Threatened with homelessness, threatened", "At risk of homelessness, threatened",
            "Homeless, homeless", "Yes, homeless"})
    void homelessOrThreatenedIsReadAsPeopleAnswerIt(String written, String status) {
        var f = referral();
        f.put(MashField.STATUS, written);
        assertThat(validator.validate(MashReferral.REFERRAL, f, TODAY).value().homelessOrThreatened()).isEqualTo(status);
    }

    @Test
    void aReferralOfSomeoneWhoIsNot16Or17IsRefusedWithTheirAge() {
        var f = referral();
        f.put(MashField.DATE_OF_BIRTH, "01/01/2012");
        var v = validator.validate(MashReferral.REFERRAL, f, TODAY);
        assertThat(v.problems()).extracting(Problem::problem).containsExactly("the young person is 14");
    }

    @Test
    void eachMissingRequiredFieldOfAReferralIsNamed() {
        var f = referral();
        f.remove(MashField.NAME);
        f.remove(MashField.STATUS);
        f.remove(MashField.AGENCY);
        var v = validator.validate(MashReferral.REFERRAL, f, TODAY);
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Young person's name",
                "Homeless or threatened with homelessness", "Presenting agency");
    }

    @Test
    void aDateOfBirthThatIsNotADateIsRefused() {
        var f = referral();
        f.put(MashField.DATE_OF_BIRTH, "sixteen");
        assertThat(validator.validate(MashReferral.REFERRAL, f, TODAY).problems()).extracting(Problem::problem)
                .containsExactly("\"sixteen\" is not a date");
    }

    @Test
    void aMediationNoticeNeedsOnlyTheNameAndDateOfBirthAndAnyAge() {
        Map<MashField, String> f = new EnumMap<>(MashField.class);
        f.put(MashField.NAME, "Test Person");
        f.put(MashField.DATE_OF_BIRTH, "01/01/2008");
        f.put(MashField.MEDIATION_OUTCOME, "Returned home");
        var v = validator.validate(MashReferral.MEDIATION_PREVENTED, f, TODAY);
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().homelessOrThreatened()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" names both answers and is refused")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"homeless or threatened? homeless",
            "Homeless now Threatened with homelessness\u2611 \u2610", "Homeless / at risk"})
    void aStatusThatNamesBothAnswersIsNoneRatherThanAGuess(String written) {
        Map<MashField, String> f = referral();
        f.put(MashField.STATUS, written);
        var v = validator.validate(MashReferral.REFERRAL, f, TODAY);
        assertThat(v.isValid()).isFalse();
        assertThat(v.problems()).extracting(Problem::field).contains(MashField.STATUS.label());
    }
}
