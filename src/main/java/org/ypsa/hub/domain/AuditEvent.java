package org.ypsa.hub.domain;

import java.util.Optional;

/**
 * Every event the audit trail records, as its id is written in the trail ("routed", "alert-sent"), with what a case's
 * history page says of it and the rule behind it (SPEC.md). One list, so that a new event cannot be written without
 * saying what it means. A clock started is written "clock-" and its kind ("clock-emergency-referral").
 */
public enum AuditEvent {
    RECEIVED("received", "Email received",
            "Every inbound email gets a reference from its content and its original is kept"),
    READ_AGAIN("read-again", "Email read again (its outcome was already committed)", null),
    RECOGNISED("recognised", "Form recognised", "Forms are recognised from their content (title, fields, subject)"),
    VALIDATED("validated", "Form validated", "The form's rules in config/forms and SPEC.md passed"),
    REJECTED("rejected", "Form rejected",
            "A form with problems goes back to its sender with each problem, kept for an admin"),
    UNRECOGNISED("unrecognised", "Email not recognised as a form",
            "An email the hub cannot place is held for an admin (hub.unrecognised)"),
    DECIDED("decided", "Outcome committed", "Exactly one outcome per email, committed before the mail is marked done"),
    ARRIVED_ELSEWHERE("arrived-elsewhere", "Form arrived at another team's mailbox", null),
    ROUTED("routed", "Routed to a team queue", null),
    REPLY_QUEUED("reply-queued", "Reply to the sender queued to be emailed", null),
    DISCLOSED_TO_SOCIAL_WORKER("disclosed-to-social-worker", "Incident sent to the young person's social worker or PA",
            null),
    FORWARDED_TO_POLICE("forwarded-to-police", "Forwarded to the police readers mailbox", null),
    MASH_NOTIFIED("mash-notified", "MASH notified", null),
    OUTCOME_PASSED_ON("outcome-passed-on", "Outcome passed on to the referrer", null),
    ALERT_QUEUED("alert-queued", "Alert queued to be emailed", null),
    ALERT_RECORDED("alert-recorded", "Alert recorded on the alerts queue", null),
    TEXT_QUEUED("text-queued", "Text queued to be sent", null),
    CLOCK_STARTED("clock-", "Clock started: ", null),
    ALERT_SENT("alert-sent", "Alert emailed", null),
    ACKNOWLEDGED("acknowledged", "Reply emailed", null),
    TEXT_SENT("text-sent", "Text sent", null),
    TEXT_NOT_SENT("text-not-sent", "Text could not be sent", null),
    TEXT_REFUSED("text-refused", "Text refused by GOV.UK Notify", null),
    UNDELIVERABLE("undeliverable", "Email undeliverable", null),
    REMINDED("reminded", "Reminder sent", null),
    ESCALATED("escalated", "Escalated", null),
    CLOCK_CLOSED("clock-closed", "Clock stopped by a reply",
            "A reply from someone the alert was sent to stops its reminders and escalations"),
    CLOCK_DROPPED("clock-dropped", "Clock dropped", null),
    VOID_SUMMARY_SENT("void-summary-sent", "Weekly void summary sent", null),
    VOID_RETURN_UNCOUNTED("void-return-uncounted", "Void return left out of its week's summary", null),
    TEXT_RECEIVED("text-received", "Text received", null),
    TEXT_REPLY("text-reply", "Closed by a text reply",
            "Taken as a reply from someone the alert was sent to (ReplyClosing)"),
    TEXT_REPLY_REFUSED("text-reply-refused", "Text reply refused", "Only those an alert was sent to may close it"),
    PAGE_REPLY("page-reply", "Closed on the web page",
            "Taken as a reply from someone the alert was sent to (ReplyClosing)"),
    PAGE_REPLY_REFUSED("page-reply-refused", "Reply on the web page refused",
            "Only those an alert was sent to may close it"),
    HANDLED("handled", "Marked handled", "An admin's action, with who and why"),
    REPROCESSED("reprocessed", "Put back for the hub to read again", "An admin's action, with who and why"),
    RESENT("resent", "Dead letter sent again", "An admin's action, with who and why"),
    CONFIG_RELOADED("config-reloaded", "Configuration reloaded", null),
    CONFIG_REFUSED("config-refused", "Configuration edit refused", null),
    READ_MODEL_REBUILT("read-model-rebuilt", "Read model rebuilt", null),
    ADMIN_DIGEST_QUEUED("admin-digest-queued", "Admin's digest queued", null),
    ADMIN_DIGEST("admin-digest", "Admin's digest queued to be emailed", null);

    private final String id;
    private final String what;
    private final String rule;

    AuditEvent(String id, String what, String rule) {
        this.id = id;
        this.what = what;
        this.rule = rule;
    }

    /** As the trail writes it. */
    public String id() {
        return id;
    }

    /** What a person reads it as. */
    public String what() {
        return what;
    }

    /** The rule behind it; empty where each event says its own why (its "why" detail). */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /** The id of a clock started of this kind: "clock-emergency-referral". */
    public static String clockStarted(String kind) {
        return CLOCK_STARTED.id + kind;
    }

    /** The event an id in the trail names; a clock started by the kind after "clock-". */
    public static Optional<AuditEvent> of(String id) {
        for (AuditEvent e : values()) {
            if (e != CLOCK_STARTED && e.id.equals(id)) {
                return Optional.of(e);
            }
        }
        return id != null && id.startsWith(CLOCK_STARTED.id) ? Optional.of(CLOCK_STARTED) : Optional.empty();
    }
}
