package org.ypsa.hub.adapter.jms;

import org.ypsa.hub.domain.AuditEvent;

/**
 * Why the hub passed something on: the rule behind each disclosure, written on its audit record next to what,
 * to whom and when. One table for every flow, so an admin (or a subject access request) reads the reason in
 * words that name the SPEC rule or the setting that made the hub do it.
 */
public final class Disclosures {

    private Disclosures() {
    }

    /**
     * The rule for a message put on a queue or an email sent.
     *
     * @param event what the hub did (routed, forwarded-to-police, disclosed-to-social-worker, reply-queued, an alert
     *        queued...)
     * @param detail the form type for a routed form, the outcome (rejected, unrecognised) for one that was not,
     *        the alert kind for an alert, else the mail's kind
     */
    public static String why(AuditEvent event, String detail) {
        String d = detail == null ? "" : detail;
        return switch (event) {
            case ROUTED -> d.equals("rejected") || d.equals("unrecognised")
                    ? "an email the hub cannot accept is kept for an admin (hub.queues." + d + ")"
                    : "a " + d + " goes to the queues set for it (hub.queues.routes." + d + ")";
            case FORWARDED_TO_POLICE -> "an intelligence submission that passed screening is forwarded to the "
                    + "police readers mailbox (SPEC 002; hub.directory.police-readers)";
            case MASH_NOTIFIED -> "intelligence about a person under 18, exploitation or cuckooing is notified to "
                    + "the MASH (SPEC 002)";
            case DISCLOSED_TO_SOCIAL_WORKER -> "a safeguarding incident is emailed to the social worker or PA "
                    + "named on it (SPEC 000)";
            case REPLY_QUEUED -> "every sender is told the outcome of their email (SPEC: what every inbound email "
                    + "gets)";
            case OUTCOME_PASSED_ON -> "a referral's outcome is passed on to the referrer (SPEC: replies that "
                    + "close a loop)";
            case ADMIN_DIGEST -> "the admin is told of emails the hub could not deliver and of dead-lettered "
                    + "messages (hub.admin-email)";
            case CONFIG_REFUSED -> "the admin is told when a configuration edit is refused (hub.admin-email)";
            case ALERT_QUEUED, ALERT_RECORDED -> alert(d);
            case CLOCK_STARTED -> "a reminder or escalation is scheduled (hub.schedules)";
            default -> "hub rule " + event.id();
        };
    }

    private static String alert(String kind) {
        if (kind.equals("emergency-referral")) {
            return "an emergency referral alerts the emergency referral team at once (hub.alerts."
                    + "emergency-referral-team)";
        }
        if (kind.startsWith("safeguarding-")) {
            return "a high or critical safeguarding incident alerts the duty contact for that moment (SPEC 000; "
                    + "hub.out-of-hours)";
        }
        if (kind.equals("urgent-intelligence")) {
            return "a submission about something happening now alerts the duty contact and is not forwarded "
                    + "(SPEC 002 screening)";
        }
        if (kind.startsWith("void-return")) {
            return "the weekly void return schedule (hub.schedules.void-return: " + kind + ")";
        }
        if (kind.equals("progress-review") || kind.equals("provider-forum-reminder")) {
            return "the " + kind + " schedule (hub.schedules)";
        }
        int step = kind.indexOf(':');
        return step > 0 ? "the " + kind.substring(0, step) + " clock's " + kind.substring(step + 1)
                + " step (hub.schedules.clocks." + kind.substring(0, step) + ")" : "alert " + kind;
    }
}
