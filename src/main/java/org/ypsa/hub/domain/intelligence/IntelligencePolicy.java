package org.ypsa.hub.domain.intelligence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;

/**
 * What an intelligence submission sets going (seed 002): one that passed screening is forwarded to the police
 * readers' mailbox, and the MASH hears of a child or exploitation; one describing something happening now is held
 * back, its sender told to call 999, and the duty contact alerted at once. Pure (IntelligencePolicyTest).
 */
public final class IntelligencePolicy {

    private IntelligencePolicy() {
    }

    /** Forwarding to the police readers' mailbox is this form's outcome (c.queues(): the intelligence queues). */
    public static List<Action> forwarded(IntelligenceSubmission is, FlowContext c) {
        List<Action> out = new ArrayList<>();
        out.add(new Action.Email(AuditEvent.FORWARDED_TO_POLICE, "intelligence", c.directory().policeReaders(),
                c.wording().say(Phrase.POLICE_FORWARD_SUBJECT, "reference", c.reference()),
                is.asText() + "\nHub reference: " + c.reference() + "\n", false, ""));
        if (is.childInvolved() || is.exploitation()) {
            out.add(new Action.Enqueue(AuditEvent.MASH_NOTIFIED, c.queues().get(0), ":mash", false));
        }
        return out;
    }

    /**
     * Held back from the police, kept on the rejected queue (c.queues()), its sender told to call 999: the duty
     * contact of the provider sending it (or the partnership's) is alerted, by text too when its clock says so, and
     * the clock starts.
     */
    public static List<Action> heldBack(FlowContext c) {
        return dutyAlerted(c, "a submission", Phrase.URGENT_INTELLIGENCE_ALERT_SUBJECT, Phrase.URGENT_INTELLIGENCE_ALERT);
    }

    /**
     * A partner's mail that is none of the hub's forms but tells of present danger (screened as a submission is):
     * held for an admin (c.queues(): the unrecognised queue), its sender told to call 999, and the duty contact
     * alerted as for a submission held back, on the same clock, so that an unanswered alert is escalated alike.
     */
    public static List<Action> presentDangerInAMailThatIsNoForm(FlowContext c) {
        return dutyAlerted(c, "an email", Phrase.PRESENT_DANGER_ALERT_SUBJECT, Phrase.PRESENT_DANGER_ALERT);
    }

    private static List<Action> dutyAlerted(FlowContext c, String what, Phrase subject, Phrase alert) {
        Directory.Provider sentBy = c.directory().soleProviderSendingFrom(c.from()).orElse(null);
        DutyRota.Duty duty = c.rota().dutyFor(c.now(), sentBy);
        String queue = c.queues().get(0);
        List<Action> out = new ArrayList<>();
        List<String> alerted = new ArrayList<>();
        c.textAsConfigured(ClockSettings.URGENT_INTELLIGENCE, "urgent-intelligence", duty.mobile(),
                "URGENT: " + what + " describes something happening now; the sender was told to call 999",
                "queue " + queue).ifPresent(t -> {
                    out.add(t);
                    alerted.add(t.to().asRecipient());
                });
        out.add(c.alert(ClockSettings.URGENT_INTELLIGENCE, "urgent-intelligence", duty.address(),
                c.wording().say(subject, "reference", c.reference()),
                c.wording().say(alert, "sender", c.from(), "reference", c.reference(),
                        "queue", queue)));
        alerted.add(duty.address());
        Map<String, Object> clock = new LinkedHashMap<>(ClosingRights.forNew(alerted, c.from(), null));
        clock.put(ClockContext.QUEUE, queue);
        if (sentBy != null) {
            clock.put(Recipients.PROVIDER_ID, sentBy.id()); // its own out-of-hours rota is the duty contact
        }
        out.add(new Action.StartClock(ClockSettings.URGENT_INTELLIGENCE, clock));
        return out;
    }
}
