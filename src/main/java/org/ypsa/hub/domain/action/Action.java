package org.ypsa.hub.domain.action;

import java.util.List;

import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;

/**
 * One thing a decided mail sets going: decided by the intake's policy and each flow's own (ReferralPolicy,
 * IncidentPolicy, IntelligencePolicy); the intake adapter turns each into the messages it sends, in order, in the
 * mail's one transaction.
 */
public sealed interface Action {

    /**
     * The mail's own message (form, rejection or held mail) on a queue.
     *
     * @param idSuffix after the reference in the duplicate id: empty for the first queue, so each copy is one message
     * @param emergency sent at the emergency priority
     */
    record Enqueue(String event, String queue, String idSuffix, boolean emergency) implements Action {
    }

    /**
     * An email that is not an alert (a reply, a disclosure, intelligence forwarded).
     *
     * @param answersMail sent in reply to the mail (threaded under it)
     */
    record Email(String event, String kind, String to, String subject, String text, boolean answersMail,
            String idSuffix) implements Action {
    }

    /** An alert to be acknowledged: an email and a record on the alerts queue. */
    record Alert(String kind, String to, String subject, String text) implements Action {
    }

    /** A text through GOV.UK Notify (no personal data in it). */
    record Text(String kind, PhoneNumber to, TextAlert text) implements Action {
    }

    /**
     * The clocks and records a routed form starts (a case, an escalation, the week's void record).
     *
     * @param alerted everyone this mail's alerts went to at once: only they may close its clock
     */
    record StartClocks(FormRecord fields, List<String> alerted) implements Action {
    }

    /** Urgent intelligence held back from the police: escalated if nobody alerted acknowledges it. */
    record StartUrgentIntelligenceClock(String providerId, List<String> alerted) implements Action {
    }

    /** A staff member's closing reply: what it closes, starts and passes on. */
    record ApplyStaffReply(StaffReply reply) implements Action {
    }
}
