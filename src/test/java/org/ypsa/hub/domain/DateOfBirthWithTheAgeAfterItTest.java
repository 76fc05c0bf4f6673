package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.safeguarding.SafeguardingValidator;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date of birth with the person's age typed after it, as staff add it to save the reader the sum: in round or square
 * brackets, after a dash, with "now" or "age". The date is read; an age that does not fit the date reads nothing.
 */
class DateOfBirthWithTheAgeAfterItTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 4);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"21.6.04 (22)|2004-06-21", "07/02/2010 [16]|2010-02-07", "9.8.2008 [18].|2008-08-09",
            "2 Oct 2007 (now 19)|2007-10-02", "5/1/09 - age 17|2009-01-05", "14-03-2006 (aged 20)|2006-03-14",
            "30/4/10 now 16|2010-04-30"})
    void theDateIsReadWithTheAgeInBracketsOrAfterADash(String written, String date) {
        assertThat(Dates.birthDate(written, SENT)).contains(LocalDate.parse(date));
    }

    @org.junit.jupiter.api.Test
    void aYearSplitByASpaceIsNoAgeAfterTheDate() {
        assertThat(Dates.birthDate("19/11/20 09", SENT)).contains(LocalDate.of(2009, 11, 19));
    }

    @ParameterizedTest
    @ValueSource(strings = {"07/02/2010 [12]", "21.6.04 (now 17)"})
    void anAgeThatDoesNotFitTheDateReadsNoDate(String written) {
        assertThat(Dates.birthDate(written, SENT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07/02/2010 [16]", "7/2/10 - age 16", "07.02.2010 (now 16)"})
    void anIncidentReportsDateOfBirthWithTheAgeAfterItIsTheDate(String written) {
        Map<SafeguardingField, String> f = new EnumMap<>(SafeguardingField.class);
        f.put(SafeguardingField.PROVIDER, "Response");
        f.put(SafeguardingField.PROPERTY, "RSP-CHE-01");
        f.put(SafeguardingField.NAME, "Test Person");
        f.put(SafeguardingField.DATE_OF_BIRTH, written);
        f.put(SafeguardingField.WHEN, "21/11/2026 22:40");
        f.put(SafeguardingField.CATEGORY, "Missing");
        f.put(SafeguardingField.SEVERITY, "High");
        f.put(SafeguardingField.DESCRIPTION, "Did not return by curfew.");
        var v = new SafeguardingValidator(TestDirectory.shipped()).validate(f, "returns@response.provider.test", SENT);
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().dateOfBirth()).isEqualTo("2010-02-07");
    }
}
