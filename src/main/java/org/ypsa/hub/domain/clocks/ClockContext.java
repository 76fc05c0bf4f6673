package org.ypsa.hub.domain.clocks;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a clock's context holds ({@link DueClock#context()}, kept as JSON on the clocks queue), key by key, in one
 * place: who its reminders go to ({@link Recipients}' keys), who may close it ({@link ClosingRights}' keys), and
 * the facts below. Never a young person's name.
 */
public final class ClockContext {
    /** The queue the case is on (emergency referral, urgent intelligence, MASH referral). */
    public static final String QUEUE = "queue";
    /** A safeguarding incident's severity, category and provider's name. */
    public static final String SEVERITY = "severity";
    public static final String CATEGORY = "category";
    public static final String PROVIDER = "provider";
    /** An emergency referral's pathway and the date accommodation is needed from (dd/MM/yyyy). */
    public static final String PATHWAY = "pathway";
    public static final String DATE_NEEDED = "dateNeeded";
    /** A progress review clock: the move-in date (ISO) and the number of the review it reminds of. */
    public static final String MOVED_IN = "movedIn";
    public static final String REVIEW = "review";
    /** A void return record: its week commencing (ISO), when it was received (an instant) and its lines. */
    public static final String WEEK = "week";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String LINES = "lines";
    /** A closing record: the reply word, the clocks it closes, the reference of the reply itself. */
    public static final String WORD = "word";
    public static final String CLOSES = "closes";
    public static final String REPLY_REFERENCE = "replyReference";

    /** What escalations and the Today page show of a clock, with its label, in this order. */
    public static final Map<String, String> SHOWN = shown();

    private ClockContext() {
    }

    private static Map<String, String> shown() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SEVERITY, "Severity");
        m.put(CATEGORY, "Category");
        m.put(PROVIDER, "Provider");
        m.put(PATHWAY, "Pathway");
        m.put(DATE_NEEDED, "Accommodation needed from");
        m.put(QUEUE, "On queue");
        return Collections.unmodifiableMap(m);
    }

    public static String queue(Map<String, ?> context) {
        Object q = context.get(QUEUE);
        return q == null ? null : q.toString();
    }

    public static LocalDate week(Map<String, ?> context) {
        return LocalDate.parse(String.valueOf(context.get(WEEK)));
    }

    public static LocalDate movedIn(Map<String, ?> context) {
        return LocalDate.parse(String.valueOf(context.get(MOVED_IN)));
    }

    public static int review(Map<String, ?> context) {
        return Integer.parseInt(String.valueOf(context.get(REVIEW)));
    }

    /** The clocks a closing record closes (none when it has no list). */
    public static List<String> closes(Map<String, ?> context) {
        return context.get(CLOSES) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
