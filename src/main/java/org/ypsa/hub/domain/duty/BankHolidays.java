package org.ypsa.hub.domain.duty;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** England and Wales bank holidays, from gov.uk's bank-holidays.json as shipped in config/ (refreshable by an admin). */
public final class BankHolidays {
    private final Set<LocalDate> dates;

    public BankHolidays(Set<LocalDate> dates) {
        this.dates = Set.copyOf(dates);
    }

    public static BankHolidays fromGovUkJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Set<LocalDate> dates = new TreeSet<>();
        for (JsonNode e : root.path("england-and-wales").path("events")) {
            dates.add(LocalDate.parse(e.path("date").asText()));
        }
        if (dates.isEmpty()) {
            throw new IOException("no england-and-wales events in the bank holidays file");
        }
        return new BankHolidays(dates);
    }

    public boolean isBankHoliday(LocalDate d) {
        return dates.contains(d);
    }

    /** Monday to Friday and not a bank holiday. */
    public boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY && d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY
                && !isBankHoliday(d);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate d) {
        LocalDate day = d;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * A weekly deadline: its Monday at the deadline time, or the next working day's when Monday is a bank holiday
     * (the void return's, SPEC.md "Schedules").
     */
    public java.time.ZonedDateTime deadline(LocalDate monday, java.time.LocalTime time, java.time.ZoneId zone) {
        return workingDayOnOrAfter(monday).atTime(time).atZone(zone);
    }

    /** The working day n working days after d (n = 0: d itself if working, else the next working day). */
    public LocalDate plusWorkingDays(LocalDate d, int n) {
        LocalDate day = workingDayOnOrAfter(d);
        for (int i = 0; i < n; i++) {
            day = workingDayOnOrAfter(day.plusDays(1));
        }
        return day;
    }

    /** The working day n working days before d (n = 0: d itself if working, else the one before it). */
    public LocalDate minusWorkingDays(LocalDate d, int n) {
        LocalDate day = d;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        for (int i = 0; i < n; i++) {
            day = day.minusDays(1);
            while (!isWorkingDay(day)) {
                day = day.minusDays(1);
            }
        }
        return day;
    }
}
