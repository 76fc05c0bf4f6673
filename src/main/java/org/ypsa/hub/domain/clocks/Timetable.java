package org.ypsa.hub.domain.clocks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ypsa.hub.domain.duty.BankHolidays;

/**
 * When things fall due, in local time (Europe/London) and working days: the weekly void return reminders and
 * deadline, provider forum reminders, the steps of a clock a form starts and progress reviews. Pure
 * calculation: the same settings and day always give the same instants, so an occurrence has one identity
 * however many instances compute it.
 */
public final class Timetable {
    public static final String VOID_REMINDER = "void-reminder-";
    public static final String VOID_SUMMARY = "void-summary";
    /** How long after the deadline an unsummarised void return is reported: the summary's retries come first. */
    static final Duration UNCOUNTED_MARGIN = Duration.ofMinutes(10);
    public static final String PROVIDER_FORUM = "provider-forum";

    /** One calendar occurrence: which series, its key (the week's Monday, the forum's date) and when it is due. */
    public record Occurrence(String series, String key, Instant due) {
        public String id() {
            return series + ":" + key;
        }
    }

    private final ClockSettings settings;
    private final BankHolidays holidays;
    private final ZoneId zone;
    private final LocalTime voidDeadline;

    public Timetable(ClockSettings settings, BankHolidays holidays, ZoneId zone, LocalTime voidDeadline) {
        this.settings = settings;
        this.holidays = holidays;
        this.zone = zone;
        this.voidDeadline = voidDeadline;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The calendar series: one per void return reminder, the void return deadline, provider forum reminders. */
    public List<String> series() {
        List<String> s = new ArrayList<>();
        for (int i = 0; i < settings.voidReturn().reminders().size(); i++) {
            s.add(VOID_REMINDER + (i + 1));
        }
        s.add(VOID_SUMMARY);
        s.add(PROVIDER_FORUM);
        return s;
    }

    /** The first occurrence of a series strictly after a moment, if the series has one. */
    public Optional<Occurrence> next(String series, Instant after) {
        if (PROVIDER_FORUM.equals(series)) {
            ClockSettings.ProviderForum f = settings.providerForum();
            return f.dates().stream().sorted()
                    .map(d -> new Occurrence(series, d.toString(), at(d.minus(f.remindBefore()), f.at())))
                    .filter(o -> o.due().isAfter(after)).findFirst();
        }
        LocalDate monday = after.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        for (int i = 0; i < 6; i++, monday = monday.plusWeeks(1)) {
            Optional<Instant> due = voidDue(series, monday);
            if (due.isPresent() && due.get().isAfter(after)) {
                return Optional.of(new Occurrence(series, monday.toString(), due.get()));
            }
        }
        return Optional.empty();
    }

    /** True while the settings still schedule this occurrence (an admin may have moved or removed it). */
    public boolean isScheduled(Occurrence o) {
        return next(o.series(), o.due().minusMillis(1)).filter(n -> n.equals(o)).isPresent();
    }

    /** The void return deadline of the week starting on a Monday. */
    public Instant voidDeadline(LocalDate monday) {
        return holidays.deadline(monday, voidDeadline, zone).toInstant();
    }

    /**
     * When a void return of the week still on the clocks queue is known to be missing from the week's summary: the
     * summary is due at the deadline and takes every return it counts, so one left this long after it (read after
     * the summary was written, or after a restart past the deadline) was not counted, and is reported on its own.
     */
    public Instant voidReturnUncountedAfter(LocalDate monday) {
        return voidDeadline(monday).plus(UNCOUNTED_MARGIN);
    }

    private Optional<Instant> voidDue(String series, LocalDate monday) {
        if (VOID_SUMMARY.equals(series)) {
            return Optional.of(voidDeadline(monday));
        }
        if (!series.startsWith(VOID_REMINDER)) {
            return Optional.empty();
        }
        int i;
        try {
            i = Integer.parseInt(series.substring(VOID_REMINDER.length())) - 1;
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        List<ClockSettings.Reminder> reminders = settings.voidReturn().reminders();
        if (i < 0 || i >= reminders.size()) {
            return Optional.empty();
        }
        LocalDate deadlineDay = holidays.workingDayOnOrAfter(monday);
        ClockSettings.Reminder r = reminders.get(i);
        return Optional.of(at(holidays.minusWorkingDays(deadlineDay, r.workingDaysBefore()), r.at()));
    }

    /** When a step of a clock falls due, the clock having started at a moment. */
    public Instant stepDue(ClockSettings.Step step, Instant started) {
        if (step.after() != null) {
            return started.plus(step.after());
        }
        ZonedDateTime s = started.atZone(zone);
        int days = step.workingDays() == null ? 0 : step.workingDays();
        LocalDate day = holidays.plusWorkingDays(s.toLocalDate().plusDays(1), Math.max(0, days - 1));
        return at(day, step.at() == null ? s.toLocalTime() : step.at());
    }

    /** The reminder before the n-th progress review (n from 1) of a young person who moved in on a day. */
    public Instant progressReviewReminder(LocalDate movedIn, int n) {
        ClockSettings.ProgressReview p = settings.progressReview();
        return at(progressReview(movedIn, n).minus(p.remindBefore()), p.at());
    }

    public LocalDate progressReview(LocalDate movedIn, int n) {
        return movedIn.plus(settings.progressReview().every().multipliedBy(n));
    }

    /** A local date and time as an instant; a time the clocks skip in spring moves forward, a repeated one is the first. */
    public Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
