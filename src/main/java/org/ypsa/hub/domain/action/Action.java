package org.ypsa.hub.domain.action;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;

/**
 * One thing a decided mail sets going: decided by the intake's policy and each flow's own (ReferralPolicy,
 * IncidentPolicy, IntelligencePolicy, MashPolicy, VoidPolicy); the intake adapter turns each into the messages it
 * sends, in order, in the mail's one transaction.
 */
public sealed interface Action {

    /**
     * Who these actions alert at once, as a clock's closing rights name them: each alert's address, and the phone each
     * text went to (an ACK texted back from it closes the clock too).
     */
    static List<String> alerted(List<Action> actions) {
        return actions.stream().<String>mapMulti((a, out) -> {
            if (a instanceof Alert alert) {
                out.accept(alert.to());
            } else if (a instanceof Text text) {
                out.accept(text.to().asRecipient());
            }
        }).toList();
    }

    /**
     * The mail's own message (form, rejection or held mail) on a queue.
     *
     * @param idSuffix after the reference in the duplicate id: empty for the first queue, so each copy is one message
     * @param emergency sent at the emergency priority
     */
    record Enqueue(AuditEvent event, String queue, String idSuffix, boolean emergency) implements Action {
    }

    /**
     * An email that is not an alert (a reply, a disclosure, intelligence forwarded).
     *
     * @param answersMail sent in reply to the mail (threaded under it)
     */
    record Email(AuditEvent event, String kind, String to, String subject, String text, boolean answersMail,
            String idSuffix) implements Action {
    }

    /** An alert to be acknowledged: an email and a record on the alerts queue. */
    record Alert(String kind, String to, String subject, String text) implements Action {
    }

    /** A text through GOV.UK Notify (no personal data in it). */
    record Text(String kind, PhoneNumber to, TextAlert text) implements Action {
    }

    /**
     * An alert that asks for no acknowledgement (a void return read after its week's summary), to everyone listed.
     *
     * @param idSuffix after the reference in the duplicate id
     */
    record Tell(String kind, List<String> to, String subject, String text, String idSuffix) implements Action {
    }

    /**
     * A clock this mail starts: it escalates on its schedule (schedules.yml) until someone allowed to close it
     * replies ({@code context} holds who: {@link org.ypsa.hub.domain.clocks.ClosingRights#forNew}).
     *
     * @param clock its name under hub.schedules.clocks
     * @param context what its reminders and escalations say and who they go to (ClockContext keys; never a name)
     */
    record StartClock(String clock, Map<String, Object> context) implements Action {
    }

    /**
     * A record the clocks queue keeps without escalating ({@link org.ypsa.hub.domain.clocks.Records}): a case staff
     * replies are about, the week's void return.
     *
     * @param week the week commencing a void return is for, or null
     * @param uncountedAfter when a void return still waiting is known to be left out of its week's summary, or null
     */
    record KeepRecord(String kind, Map<String, Object> context, String week, Instant uncountedAfter)
            implements Action {
    }

    /** A staff member's closing reply: what it closes, starts and passes on. */
    record ApplyStaffReply(StaffReply reply) implements Action {
    }
}
