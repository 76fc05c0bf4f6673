package org.ypsa.hub.domain.clocks;

import java.time.Instant;
import java.util.Map;

/**
 * A clock as it waits on the clocks queue until it falls due: a step of a clock a form or reply started, or an
 * occurrence of a calendar series (void return reminders and deadline, forum reminders), whose key is in its
 * context.
 *
 * @param step the step that is due next (0 first); for a progress review, the review
 * @param startedAt when the clock started; none for a calendar occurrence
 * @param context what its reminders need: recipients' keys, the week, the provider; never a name
 */
public record DueClock(String id, String kind, String reference, int step, Instant startedAt, Instant dueAt,
        Map<String, Object> context) {

    /** Context key of a calendar occurrence: the week's Monday, the forum's date. */
    public static final String KEY = "key";

    public DueClock {
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /** A calendar occurrence as a clock: its id is also its reference. */
    public static DueClock of(Timetable.Occurrence o) {
        return new DueClock(o.id(), o.series(), o.id(), 0, null, o.due(), Map.of(KEY, o.key()));
    }

    /** Whether it is an occurrence of a calendar series rather than a step of a clock a form started. */
    public boolean isCalendar() {
        return kind.startsWith(Timetable.VOID_REMINDER) || kind.equals(Timetable.VOID_SUMMARY)
                || kind.equals(Timetable.PROVIDER_FORUM);
    }

    /** The calendar occurrence it is. */
    public Timetable.Occurrence occurrence() {
        return new Timetable.Occurrence(kind, String.valueOf(context.get(KEY)), dueAt);
    }
}
