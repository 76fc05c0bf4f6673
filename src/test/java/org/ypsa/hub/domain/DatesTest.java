package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates and times in every way people in Britain write them. */
class DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"8/12/2009", "08/12/2009", "08-12-09", "8.12.2009", "8 - 12 - 2009", "2009-12-08",
            "2009-12-08T00:00:00", "2009-12-08 00:00", "08/12/2009 (aged 16)", " 8/12/2009\u00a0"})
    void datesWrittenWithNumbersAreReadDayFirst(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(2009, 12, 8));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"Wed 3rd|2027-03-03", "Thursday the 25th|2027-02-25",
            "fri 12th|2027-03-12"})
    void aWeekdayAndADayOfTheMonthWithoutTheMonthIsTheOneSuchDayWithinAFortnight(String written, String date) {
        assertThat(Dates.parse(written, LocalDate.of(2027, 3, 1), Dates.Yearless.NEAREST)).contains(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wb 07.06.27", "W/B 7/6/2027", "week beginning 7 June 2027", "week starting 07/06/27"})
    void aWeekBeginningIsTheDateItBeginsOn(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(2027, 6, 7));
    }

    @org.junit.jupiter.api.Test
    void aMonthlessDayIsNotReadWithoutItsWeekdayOrWhenNoDayNearFitsIt() {
        assertThat(Dates.parse("3rd", LocalDate.of(2027, 3, 1), Dates.Yearless.NEAREST)).isEmpty();
        assertThat(Dates.parse("Tue 3rd", LocalDate.of(2027, 3, 1), Dates.Yearless.NEAREST)).isEmpty();
        assertThat(Dates.parse("Wed 3rd", LocalDate.of(2027, 3, 1), Dates.Yearless.NOT_AFTER)).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"3 Ionawr 2010|2010-01-03",
            "27 Chwefror 2009|2009-02-27", "1af Mawrth 2010|2010-03-01", "9 Mai 2008|2008-05-09",
            "30 Gorffennaf 2009|2009-07-30", "4 Hydref 2010|2010-10-04", "22 Tachwedd 08|2008-11-22"})
    void datesWithTheMonthInWelshAreRead(String written, String date) {
        assertThat(Dates.parse(written)).contains(LocalDate.parse(date));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Dydd Gwener 4ydd Rhagfyr 2026 / Friday 4th December 2026 - TODAY|2026-12-04",
            "Sul 20fed Rhagfyr / Sunday|2026-12-20", "Dydd Mawrth 8fed Rhagfyr 2026|2026-12-08",
            "Dydd Llun / Monday 07.12.26|2026-12-07"})
    void aDateWithItsWeekdayInWelshOrWrittenInBothLanguagesIsRead(String written, String date) {
        assertThat(Dates.parse(written, LocalDate.of(2026, 12, 4), Dates.Yearless.NEAREST)).contains(LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4ydd Rhagfyr 2026 / 5 December 2026", "Mawrth 2026"})
    void twoDifferentDatesInTwoLanguagesOrAMonthAloneAreNoDate(String written) {
        assertThat(Dates.parse(written, LocalDate.of(2026, 12, 4), Dates.Yearless.NEAREST)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dydd Iau / Thursday 3rd December 2026 22.45hrs", "Iau 3 Rhagfyr 2026 10.45pm"})
    void aDateAndTimeAfterAWeekdayInWelshIsRead(String written) {
        assertThat(Dates.parseDateTime(written)).contains(LocalDateTime.of(2026, 12, 3, 22, 45));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8 Dec 2009", "8 December 2009", "8th December 2009", "8th of December 2009",
            "December 8 2009", "Dec 8th, 2009", "8-Dec-2009", "8 Dec 09", "Tuesday 8 December 2009",
            "Tue, 8 Dec 2009", "8 DEC 2009", "8 Dec. 2009"})
    void datesWrittenWithMonthNamesAndOrdinalsAreRead(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(2009, 12, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8 Sep 2006", "8 Sept 2006", "8th September 2006", "September 8th 2006"})
    void septemberIsReadHoweverItIsShortened(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(2006, 9, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2009", "ASAP", "next week", "13/13/2009", "8 Smarch 2009", "14:05", ""})
    void somethingThatIsNotOneRealDateIsNotADate(String written) {
        assertThat(Dates.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14:05", "14.05", "2.05pm", "2:05 pm", "2.05 p.m.", "1405", "1405hrs", "14h05",
            "at 14:05", "approx 2.05pm"})
    void timesAreReadInTwentyFourHourAndTwelveHourStyles(String written) {
        assertThat(Dates.parseTime(written)).contains(LocalTime.of(14, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2pm", "2 pm", "14:00", "1400"})
    void anHourAloneIsOnTheHour(String written) {
        assertThat(Dates.parseTime(written)).contains(LocalTime.of(14, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "13pm", "14", "soon"})
    void somethingThatIsNotATimeIsNotATime(String written) {
        assertThat(Dates.parseTime(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"21/11/2026 22:40", "21/11/2026 at 22:40", "21 Nov 2026 10.40pm", "21/11/26, 2240hrs",
            "Saturday 21st November 2026 at 10:40pm", "2026-11-21T22:40", "22:40 on 21/11/2026",
            "21/11/2026 - 22:40", "2240 hrs on 21.11.26", "10.40pm, 21 Nov 2026"})
    void aDateAndATimeInOneFieldAreReadTogether(String written) {
        assertThat(Dates.parseDateTime(written)).contains(LocalDateTime.of(2026, 11, 21, 22, 40));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19 Nov 2026", "19/11/2026"})
    void aDateWithoutATimeIsReadAsTheStartOfThatDay(String written) {
        assertThat(Dates.parseDateTime(written)).contains(LocalDateTime.of(2026, 11, 19, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08/12/95", "8 Dec 95"})
    void aTwoDigitYearFarAheadIsLastCentury(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(1995, 12, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from 8 Jan 2027", "by 08/01/2027", "w/c 8.1.27", "on Friday 8th January 2027",
            "ASAP from 8/1/2027"})
    void wordsBeforeADateDoNotChangeIt(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(2027, 1, 8));
    }

    /** Stop 71 (tuned29 w4-ref-04): how firm a date is, said after it with no dash or bracket between. */
    @ParameterizedTest
    @ValueSource(strings = {"Fri 8th January 2027 at the latest (today if", "8/1/2027 or sooner", "8 Jan 2027 ideally",
            "08/01/2027 if possible"})
    void wordsOfHowFirmADateIsAfterItDoNotChangeIt(String written) {
        assertThat(Dates.parse(written)).contains(LocalDate.of(2027, 1, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8/1/2027 at the latest 15/1/2027", "8 Jan 2027 or before 3 Jan"})
    void aSecondDateAfterWordsOfHowFirmIsNoOneDate(String written) {
        assertThat(Dates.parse(written)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aDateAndATimeInTwoFieldsOrAnyMixOfThemMakeOneDateAndTime() {
        assertThat(Dates.combine("", "23 Dec 2026", "08:45")).isEqualTo("23 Dec 2026 08:45");
        assertThat(Dates.combine("08:45", "23 Dec 2026", "")).isEqualTo("23 Dec 2026 08:45");
        assertThat(Dates.combine("23 Dec 2026", "", "0845 hrs")).isEqualTo("23 Dec 2026 0845 hrs");
        assertThat(Dates.combine("23/12/2026 at 8.45am", "", "")).isEqualTo("23/12/2026 at 8.45am");
        assertThat(Dates.parseDateTime(Dates.combine("7:45 pm", "17/12/2026", "")))
                .contains(LocalDateTime.of(2026, 12, 17, 19, 45));
    }

    @org.junit.jupiter.api.Test
    void aTimeAloneWithNoDateAnywhereIsNotADateAndTime() {
        assertThat(Dates.parseDateTime(Dates.combine("08:45", "", ""))).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "yesterday evening at 22:35 GMT|2027-02-28T22:35", "yesterday, in the morning (11:05 AM)|2027-02-28T11:05",
        "yesterday at 6.15pm BST|2027-02-28T18:15", "this morning, 07:10 (UK time)|2027-03-01T07:10",
        "yesterday, in the afternoon at 3.20|2027-02-28T15:20", "3 March 2027 14:05 GMT|2027-03-03T14:05",
        "yesterday afternoon, 15:00 local time|2027-02-28T15:00"})
    void aDayToldFromTheMailsDayWithItsPartOfTheDayAfterACommaOrTheUksClockNamedIsRead(String written, String at) {
        assertThat(Dates.parseDateTime(written, LocalDate.of(2027, 3, 1), Dates.Yearless.NEAREST))
                .contains(LocalDateTime.parse(at));
    }

    @org.junit.jupiter.api.Test
    void aTimeOnAClockOtherThanTheUksIsNotReadAsTheUksTime() {
        assertThat(Dates.parseDateTime("yesterday evening at 22:35 UTC", LocalDate.of(2027, 3, 1), Dates.Yearless.NEAREST))
                .isEmpty();
    }

    /** Stop 70 (tuned33): the date of birth's own label, or the form's hint of how to write a date, left in the answer. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"DOB 14/02/2004 (22)|2004-02-14",
            "D.O.B: 3.4.08|2008-04-03", "DD/MM/YYYY or as known\\n2009-06-21|2009-06-21"})
    void aBirthDateWithItsLabelOrTheFormatAskedInTheAnswerIsTheDate(String written, String date) {
        assertThat(Dates.birthDate(written.replace("\\n", "\n"), java.time.LocalDate.of(2026, 12, 4)))
                .contains(java.time.LocalDate.parse(date));
    }
}
