package org.ypsa.hub.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ypsa.hub.adapter.store.EventStore;
import org.ypsa.hub.domain.AuditEvent;

/**
 * One reference's history as people read it: each event of the audit trail in time order, what it means and the
 * rule behind it (SPEC.md), with the details the trail kept (queues, recipients, counts; never a form's content).
 */
public final class CaseHistory {
    public record Line(String time, String event, String what, String rule, List<String> details) {
    }

    /** Details shown by their own wording elsewhere on the line, or internal. */
    private static final Set<String> HIDDEN = Set.of("why", "originalSha256", "pageReference", "textReference");

    private CaseHistory() {
    }

    public static List<Line> of(List<EventStore.Row> rows, ZoneId zone) {
        List<Line> out = new ArrayList<>();
        for (EventStore.Row r : rows) {
            List<String> details = new ArrayList<>();
            for (Map.Entry<String, Object> e : r.detail().entrySet()) {
                if (!HIDDEN.contains(e.getKey()) && e.getValue() != null) {
                    details.add(e.getKey() + ": " + shown(e.getValue()));
                }
            }
            out.add(new Line(Today.WHEN.format(r.time().atZone(zone)), r.event(), what(r), rule(r), details));
        }
        return out;
    }

    private static String shown(Object v) {
        return v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : v.toString();
    }

    static String what(EventStore.Row r) {
        return AuditEvent.of(r.event()).map(e -> e == AuditEvent.CLOCK_STARTED
                ? e.what() + r.event().substring(e.id().length()) : e.what()).orElse(r.event());
    }

    static String rule(EventStore.Row r) {
        Object why = r.get("why");
        Optional<AuditEvent> e = AuditEvent.of(r.event());
        if (e.isPresent() && (e.get() == AuditEvent.REMINDED || e.get() == AuditEvent.ESCALATED)) {
            return "config/schedules.yml: " + r.detail().getOrDefault("clock", "") + " not closed by a reply";
        }
        return e.flatMap(AuditEvent::rule).orElse(why == null ? "" : why.toString());
    }
}
