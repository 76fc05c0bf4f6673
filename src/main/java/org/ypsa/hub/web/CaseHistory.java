package org.ypsa.hub.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ypsa.hub.adapter.store.EventStore;

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
        return switch (r.event()) {
            case "received" -> "Email received";
            case "read-again" -> "Email read again (its outcome was already committed)";
            case "recognised" -> "Form recognised";
            case "validated" -> "Form validated";
            case "rejected" -> "Form rejected";
            case "unrecognised" -> "Email not recognised as a form";
            case "decided" -> "Outcome committed";
            case "routed" -> "Routed to a team queue";
            case "alert-sent" -> "Alert emailed";
            case "acknowledged" -> "Reply emailed";
            case "text-sent" -> "Text sent";
            case "reminded" -> "Reminder sent";
            case "escalated" -> "Escalated";
            case "clock-closed" -> "Clock stopped by a reply";
            case "clock-dropped" -> "Clock dropped";
            case "text-reply" -> "Closed by a text reply";
            case "text-reply-refused" -> "Text reply refused";
            case "page-reply" -> "Closed on the web page";
            case "page-reply-refused" -> "Reply on the web page refused";
            case "handled" -> "Marked handled";
            case "reprocessed" -> "Put back for the hub to read again";
            case "resent" -> "Dead letter sent again";
            case "undeliverable" -> "Email undeliverable";
            case "alert-recorded" -> "Alert recorded on the alerts queue";
            case "alert-queued" -> "Alert queued to be emailed";
            case "reply-queued" -> "Reply to the sender queued to be emailed";
            case "text-queued" -> "Text queued to be sent";
            case "mash-notified" -> "MASH notified";
            case "forwarded-to-police" -> "Forwarded to the police readers mailbox";
            case "outcome-passed-on" -> "Outcome passed on to the referrer";
            default -> r.event().startsWith("clock-") ? "Clock started: " + r.event().substring("clock-".length())
                    : r.event();
        };
    }

    static String rule(EventStore.Row r) {
        Object why = r.get("why");
        return switch (r.event()) {
            case "received" -> "Every inbound email gets a reference from its content and its original is kept";
            case "recognised" -> "Forms are recognised from their content (title, fields, subject)";
            case "validated" -> "The form's rules in config/forms and SPEC.md passed";
            case "rejected" -> "A form with problems goes back to its sender with each problem, kept for an admin";
            case "unrecognised" -> "An email the hub cannot place is held for an admin (hub.unrecognised)";
            case "decided" -> "Exactly one outcome per email, committed before the mail is marked done";
            case "routed", "alert-sent", "acknowledged" -> why == null ? "" : why.toString();
            case "reminded", "escalated" -> "config/schedules.yml: " + r.detail().getOrDefault("clock", "")
                    + " not closed by a reply";
            case "clock-closed" -> "A reply from someone the alert was sent to stops its reminders and escalations";
            case "page-reply", "text-reply" -> "Taken as a reply from someone the alert was sent to (ReplyClosing)";
            case "page-reply-refused", "text-reply-refused" -> "Only those an alert was sent to may close it";
            case "handled", "reprocessed", "resent" -> "An admin's action, with who and why";
            default -> why == null ? "" : why.toString();
        };
    }
}
