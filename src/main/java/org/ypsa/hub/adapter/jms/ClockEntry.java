package org.ypsa.hub.adapter.jms;

import java.util.Map;

/**
 * A pending clock, or a record clocks are read against, as it waits on the clocks queue (schema
 * "ypsa-hub/clock/v1"). The queue is the hub's only shared state: every instance sees the same clocks, and a
 * clock is taken off it, fired and followed by its next step in one broker transaction.
 *
 * @param kind the clock (emergency-referral, void-reminder-1, ...) or record (case, closed, void-returned)
 * @param step the step of the clock that is due next (0 first)
 * @param context what the reminder needs: recipients' keys, the week, the provider, figures; never a name
 */
public record ClockEntry(String schema, String id, String kind, String reference, int step, String startedAt,
        String dueAt, Map<String, Object> context) {

    public static final String SCHEMA = "ypsa-hub/clock/v1";
    /** JMS properties the hub selects clocks by. */
    public static final String KIND = "hubClockKind";
    public static final String REFERENCE = "hubReference";
    public static final String DUE_AT = "hubDueAt";
    public static final String WEEK = "hubWeek";
    public static final String CLOSES = "hubCloses";
    /** Records never fall due. */
    public static final long NEVER = Long.MAX_VALUE;

    public static final String CASE = "case";
    public static final String CLOSED = "closed";
    public static final String VOID_RETURNED = "void-returned";

    public ClockEntry {
        context = context == null ? Map.of() : Map.copyOf(context);
    }
}
