package org.ypsa.hub.domain.referrals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** A referral's dates written without their year are read near the day it was sent; a date of birth needs its year. */
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
}
