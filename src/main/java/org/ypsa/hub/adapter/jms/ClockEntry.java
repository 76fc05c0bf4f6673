package org.ypsa.hub.adapter.jms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.DueClock;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Records;
import org.ypsa.hub.domain.clocks.VoidReturned;

/**
 * A pending clock, or a record clocks are read against, as it waits on the clocks queue (schema
 * "ypsa-hub/clock/v1"). The queue is the hub's only shared state: every instance sees the same clocks, and a
 * clock is taken off it, fired and followed by its next step in one broker transaction.
 *
 * @param kind the clock (emergency-referral, void-reminder-1, ...) or record (case, closed, void-returned,
 *        void-summarised)
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
    /** On a void-returned record: when, still on the queue, it is known not to be in its week's summary. */
    public static final String UNCOUNTED_AFTER = "hubUncountedAfter";
    /** Records never fall due. */
    public static final long NEVER = Long.MAX_VALUE;

    /** The records kept beside the clocks ({@link Records}). */
    public static final String CASE = Records.CASE;
    public static final String CLOSED = Records.CLOSED;
    public static final String VOID_RETURNED = Records.VOID_RETURNED;
    public static final String VOID_SUMMARISED = Records.VOID_SUMMARISED;

    public ClockEntry {
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /** A clock as it is stored. */
    public static ClockEntry of(DueClock c) {
        return new ClockEntry(SCHEMA, c.id(), c.kind(), c.reference(), c.step(),
                c.startedAt() == null ? null : c.startedAt().toString(), c.dueAt() == null ? null : c.dueAt().toString(),
                c.context());
    }

    /** This void return record as kept after its week's summary. */
    public ClockEntry summarised() {
        return new ClockEntry(schema, reference + ":" + VOID_SUMMARISED, VOID_SUMMARISED, reference, step, startedAt,
                dueAt, context);
    }

    /** This clock, fallen due, as the clock rules read it. */
    public DueClock due() {
        return new DueClock(id, kind, reference, step, startedAt == null ? null : Instant.parse(startedAt),
                dueAt == null ? null : Instant.parse(dueAt), context);
    }

    /** A void-returned record as the weekly summary reads it (VoidPolicy writes its lines). */
    @SuppressWarnings("unchecked")
    public VoidReturned voidReturned() {
        List<VoidReturned.Line> lines = new ArrayList<>();
        for (Map<String, Object> line : (List<Map<String, Object>>) context.getOrDefault(ClockContext.LINES, List.of())) {
            lines.add(new VoidReturned.Line(String.valueOf(line.get("locality")),
                    String.valueOf(line.get("serviceType")), ((Number) line.getOrDefault("vacant", 0)).intValue(),
                    Boolean.TRUE.equals(line.get("emergencyBed")),
                    line.get("availableFrom") == null ? null : line.get("availableFrom").toString()));
        }
        return new VoidReturned(String.valueOf(context.get(Recipients.PROVIDER_ID)), lines);
    }
}
