package org.ypsa.hub.domain.notify;

import java.util.LinkedHashMap;
import java.util.Map;


/**
 * What a text about an alert says, as the ((placeholders)) of the Notify template: the reference, the kind of
 * alert, what is due and where to look. Built from the hub's own words only (the clock's title and step from
 * schedules.yml, the queue name), never from a form: a text is read on a lock screen, so no name, date of birth
 * or intelligence text is ever put in one.
 */
public record TextAlert(String reference, String alert, String due, String where) {

    public TextAlert {
        if (reference == null || !org.ypsa.hub.domain.Reference.PATTERN.matcher(reference).matches()) {
            throw new IllegalArgumentException("a text carries a hub reference");
        }
    }

    /** A reminder or escalation of a clock: its step and title, and the queue it is about when there is one. */
    public static TextAlert forStep(String reference, String stepName, String clockTitle, String queue) {
        return new TextAlert(reference, stepName.toUpperCase(java.util.Locale.ROOT) + ": " + clockTitle,
                "an acknowledgement: text ACK " + reference + " to this number, or reply to the hub's email",
                "the email from the hub with " + reference + " in the subject"
                        + (queue == null || queue.isBlank() ? "" : ", and queue " + queue));
    }

    /**
     * An alert raised the moment a form arrived (an emergency referral, a high or critical incident, urgent
     * intelligence): what it is in a few words, never who it is about, and where the details are.
     */
    public static TextAlert forAlert(String reference, String alert, String where) {
        return new TextAlert(reference, alert,
                "an acknowledgement: text ACK " + reference + " to this number, or reply to the hub's email",
                "the email from the hub with " + reference + " in the subject"
                        + (where == null || where.isBlank() ? "" : ", and " + where));
    }

    /** The template's placeholders: reference, alert, due, where. */
    public Map<String, String> personalisation() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("reference", reference);
        p.put("alert", alert);
        p.put("due", due);
        p.put("where", where);
        return p;
    }
}
