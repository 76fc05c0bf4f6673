package org.ypsa.hub.domain.referrals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral's dates written without their year are read near the day it was sent; a date of birth needs its year. The
 * date needed as referrers write it (issue 14, round J): the one date among words saying how soon is that date, "today"
 * the day sent; two dates or words that are no date are asked for. Values invented.
 */
class ReferralDatesNearTheDaySentTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 1);
    private final ReferralValidator validator = new ReferralValidator(TestDirectory.shipped());

    private static Map<ReferralField, String> referral(String dob, String needed, String fgcDate) {
        Map<ReferralField, String> f = new EnumMap<>(ReferralField.class);
        f.put(ReferralField.FULL_NAME, "Ines Calloway-Drew");
        f.put(ReferralField.DATE_OF_BIRTH, dob);
        f.put(ReferralField.LEGAL_STATUS, "Child in need");
        f.put(ReferralField.PARENT, "N");
        f.put(ReferralField.REFERRER_NAME, "Ola Penrose");
        f.put(ReferralField.REFERRER_ROLE, "Social worker");
        f.put(ReferralField.ORGANISATION, "Cherwell Family Solutions");
        f.put(ReferralField.REASON, "Family breakdown");
        f.put(ReferralField.FGC_OFFERED, "Yes - see notes");
        f.put(ReferralField.FGC_DATE, fgcDate);
        f.put(ReferralField.DATE_NEEDED, needed);
        f.put(ReferralField.CONSENT, "Y");
        return f;
    }

    @Test
    void aDateNeededOrAnFgcDateWithoutItsYearIsTheNearestSuchDayToWhenItWasSent() {
        var v = validator.validate(Referral.NON_EMERGENCY, referral("8th Dec '09", "Mon 4/1", "23rd Nov"),
                "r.okafor@council.test", SENT);
        assertThat(v.problems()).isEmpty();
        assertThat(v.value().dateNeeded()).isEqualTo("2027-01-04");
        assertThat(v.value().familyGroupConference().date()).isEqualTo("2026-11-23");
        assertThat(v.value().youngPerson().dateOfBirth()).isEqualTo("2009-12-08");
    }

    @Test
    void aDateOfBirthWithoutItsYearIsNotGuessed() {
        var v = validator.validate(Referral.NON_EMERGENCY, referral("8th Dec", "21/12/2026", "23/11/2026"),
                "r.okafor@council.test", SENT);
        assertThat(v.problems()).extracting(Problem::field).contains(ReferralField.DATE_OF_BIRTH.label());
    }

    @Test
    void aRequiredFieldAnsweredSeeAttachedHasNoValueAndTheReplySaysWhatTheFormSays() {
        var f = referral("08/12/2009", "21/12/2026", "23/11/2026");
        f.put(ReferralField.REASON, "see attached");
        var v = validator.validate(Referral.NON_EMERGENCY, f, "r.okafor@council.test", SENT);
        assertThat(v.isValid()).isFalse();
        assertThat(v.problems()).filteredOn(p -> p.field().equals(ReferralField.REASON.label()))
                .extracting(Problem::problem).singleElement().asString().contains("\"see attached\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"15/01/2027 if possible|2027-01-15", "ASAP - no later than 15/01/2027|2027-01-15",
            "15/01/2027 or sooner|2027-01-15", "Ideally by Friday 15th January 2027|2027-01-15",
            "15/01/2027 - planned, some flexibility|2027-01-15", "15/01/2027 - urgent|2027-01-15",
            "Today (01/12/2026)|2026-12-01", "Today|2026-12-01", "tonight|2026-12-01", "From Monday 7th|2026-12-07"})
    void theOneDateAmongWordsSayingHowSoonIsTheDateNeeded(String written, String read) {
        var v = validator.validate(Referral.NON_EMERGENCY, referral("08/12/2009", written, "23/11/2026"),
                "r.okafor@council.test", SENT);
        assertThat(v.problems()).isEmpty();
        assertThat(v.value().dateNeeded()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"w/c 11/01/2027 - ideally 15/01/2027", "ASAP", "15/01/2027 or 22/01/2027",
            "15/01/2027 subject to panel", "Today or tomorrow", "When a bed is free"})
    void twoDatesOrWordsThatAreNoDateAreAskedForAsTheDateNeeded(String written) {
        var v = validator.validate(Referral.NON_EMERGENCY, referral("08/12/2009", written, "23/11/2026"),
                "r.okafor@council.test", SENT);
        assertThat(v.problems()).extracting(Problem::field).contains(ReferralField.DATE_NEEDED.label());
    }
}
