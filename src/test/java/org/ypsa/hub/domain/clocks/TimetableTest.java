package org.ypsa.hub.domain.clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** When the shipped schedules fall due, in London time and England and Wales working days. */
class TimetableTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final ClockSettings settings = TestDirectory.shippedSchedules();
    private final Timetable timetable = new Timetable(settings, TestDirectory.bankHolidays(), LONDON,
            LocalTime.of(10, 0));

    private static Instant london(String t) {
        return LocalDateTime.parse(t).atZone(LONDON).toInstant();
    }

    @ParameterizedTest(name = "week of {0}: {1} due {2}")
    @CsvSource({
        // an ordinary week (GMT): Friday 14:00, Monday 08:00, Monday 10:00
        "2027-03-22, void-reminder-1, 2027-03-19T14:00",
        "2027-03-22, void-reminder-2, 2027-03-22T08:00",
        "2027-03-22, void-summary,    2027-03-22T10:00",
        // Easter 2027: Good Friday 26 March and Easter Monday 29 March are bank holidays, and the clocks go
        // forward on Sunday 28 March: the reminders move to Thursday and Tuesday, the deadline to Tuesday (BST)
        "2027-03-29, void-reminder-1, 2027-03-25T14:00",
        "2027-03-29, void-reminder-2, 2027-03-30T08:00",
        "2027-03-29, void-summary,    2027-03-30T10:00",
        // the clocks go back on Sunday 31 October 2027: Friday in BST, Monday in GMT, both at their local times
        "2027-11-01, void-reminder-1, 2027-10-29T14:00",
        "2027-11-01, void-reminder-2, 2027-11-01T08:00",
        "2027-11-01, void-summary,    2027-11-01T10:00",
        // Spring bank holiday, Monday 31 May 2027
        "2027-05-31, void-summary,    2027-06-01T10:00",
    })
    void voidReturnRemindersAndDeadlineFallOnWorkingDaysAtLocalTime(String week, String series, String due) {
        Timetable.Occurrence o = timetable.next(series, london(due).minusSeconds(1)).orElseThrow();
        assertThat(o.key()).isEqualTo(week);
        assertThat(o.due()).isEqualTo(london(due));
        assertThat(timetable.isScheduled(o)).isTrue();
    }

    @Test
    void walkingEveryMinuteAcrossBothDstChangesFindsEachOccurrenceExactlyOnce() {
        for (String[] span : new String[][] {{"2027-03-18T00:00", "2027-04-07T00:00"},
                {"2027-10-21T00:00", "2027-11-10T00:00"}}) {
            for (String series : timetable.series()) {
                if (series.equals(Timetable.PROVIDER_FORUM)) {
                    continue;
                }
                List<Timetable.Occurrence> seen = new ArrayList<>();
                Instant t = london(span[0]);
                Instant end = london(span[1]);
                Timetable.Occurrence pending = timetable.next(series, t).orElseThrow();
                while (t.isBefore(end)) {
                    t = t.plus(1, ChronoUnit.MINUTES);
                    if (!pending.due().isAfter(t)) {
                        seen.add(pending);
                        pending = timetable.next(series, t).orElseThrow();
                    }
                }
                Set<String> weeks = new LinkedHashSet<>();
                seen.forEach(o -> weeks.add(o.key()));
                assertThat(weeks).as(series + " once a week").hasSize(seen.size()).hasSize(3);
                for (Timetable.Occurrence o : seen) {
                    LocalTime local = o.due().atZone(LONDON).toLocalTime();
                    assertThat(local).as(series + " " + o.key()).isIn(LocalTime.of(14, 0), LocalTime.of(8, 0),
                            LocalTime.of(10, 0));
                }
            }
        }
    }

    @Test
    void anOccurrenceAnAdminMovedIsNoLongerScheduled() {
        Timetable.Occurrence moved = new Timetable.Occurrence("void-reminder-1", "2027-03-22", london("2027-03-19T13:00"));
        assertThat(timetable.isScheduled(moved)).isFalse();
        assertThat(timetable.isScheduled(new Timetable.Occurrence("void-reminder-9", "2027-03-22",
                london("2027-03-19T14:00")))).isFalse();
    }

    @Test
    void carePlanningMeetingIsDueTenWorkingDaysAfterTheJointAssessmentSkippingEaster() {
        ClockSettings.Step step = settings.clocks().get(ClockSettings.CARE_PLANNING_MEETING).steps().get(0);
        // Wednesday 24 March 2027; Good Friday and Easter Monday are not working days
        assertThat(timetable.stepDue(step, london("2027-03-24T15:30"))).isEqualTo(london("2027-04-09T09:00"));
    }

    @Test
    void escalationAfterHoursIsElapsedTimeAcrossTheSpringDstChange() {
        ClockSettings.Step step = settings.clocks().get(ClockSettings.SAFEGUARDING).steps().get(0);
        // 00:30 GMT + 1 hour = 01:30 GMT = 02:30 BST: the hour that does not exist is not waited for twice
        assertThat(timetable.stepDue(step, london("2027-03-28T00:30"))).isEqualTo(london("2027-03-28T02:30"));
    }

    @Test
    void progressReviewsAreEveryThreeMonthsFromMoveInWithAReminderFourteenDaysBefore() {
        LocalDate movedIn = LocalDate.of(2027, 1, 15);
        assertThat(timetable.progressReview(movedIn, 1)).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(timetable.progressReviewReminder(movedIn, 1)).isEqualTo(london("2027-04-01T09:00"));
        assertThat(timetable.progressReview(movedIn, 4)).isEqualTo(LocalDate.of(2028, 1, 15));
    }

    @Test
    void providerForumReminderIsFourteenDaysBeforeEachForumDate() {
        Timetable.Occurrence o = timetable.next(Timetable.PROVIDER_FORUM, london("2027-01-01T00:00")).orElseThrow();
        assertThat(o.key()).isEqualTo("2027-01-20");
        assertThat(o.due()).isEqualTo(london("2027-01-06T09:00"));
        assertThat(timetable.next(Timetable.PROVIDER_FORUM, london("2027-10-07T00:00"))).isEmpty();
    }
}
