package org.ypsa.hub.domain.referrals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date accommodation is needed as referrers write it (issue 14, round J): the one date among words saying how
 * soon is that date, "today" the day sent; two dates or words that are no date are asked for. Values invented.
 */
class DateNeededAsWrittenTest {
    private static final LocalDate SENT = LocalDate.of(2026, 11, 30);
    private final ReferralValidator validator = new ReferralValidator(TestDirectory.shipped());

    private static Map<ReferralField, String> referral(String needed) {
        Map<ReferralField, String> f = new EnumMap<>(ReferralField.class);
        f.put(ReferralField.FULL_NAME, "Tomos Llewellyn-Price");
        f.put(ReferralField.DATE_OF_BIRTH, "12/05/2009");
        f.put(ReferralField.LEGAL_STATUS, "Looked after");
        f.put(ReferralField.REFERRER_NAME, "Sian Prosser");
        f.put(ReferralField.REFERRER_ROLE, "Social Worker");
        f.put(ReferralField.ORGANISATION, "Children Looked After Team");
        f.put(ReferralField.REASON, "Placement with his aunt has broken down.");
        f.put(ReferralField.FGC_OFFERED, "Yes");
        f.put(ReferralField.DATE_NEEDED, needed);
        f.put(ReferralField.CONSENT, "Yes");
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"15/01/2027 if possible|2027-01-15", "ASAP - no later than 15/01/2027|2027-01-15",
            "15/01/2027 or sooner|2027-01-15", "Ideally by Friday 15th January 2027|2027-01-15",
            "Today (30/11/2026)|2026-11-30", "Today|2026-11-30", "tonight|2026-11-30", "From Monday 7th|2026-12-07"})
    void theOneDateAmongWordsSayingHowSoonIsTheDateNeeded(String written, String read) {
        var v = validator.validate(Referral.NON_EMERGENCY, referral(written), "s.prosser@council.test", SENT);
        assertThat(v.problems()).isEmpty();
        assertThat(v.value().dateNeeded()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"w/c 11/01/2027 - ideally 15/01/2027", "ASAP", "15/01/2027 or 22/01/2027",
            "15/01/2027 subject to panel", "Today or tomorrow", "When a bed is free"})
    void twoDatesOrWordsThatAreNoDateAreAskedFor(String written) {
        var v = validator.validate(Referral.NON_EMERGENCY, referral(written), "s.prosser@council.test", SENT);
        assertThat(v.problems()).extracting(Problem::field).contains(ReferralField.DATE_NEEDED.label());
    }
}
