package org.ypsa.hub.adapter.jms;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.springframework.stereotype.Component;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.intake.Outcome;

/**
 * Which clocks a staff reply may close, by email or by text (ClosingRights): those the alert or a step of it was
 * sent to, never the party that raised it. A reply that would close nothing it is allowed to is refused, and the
 * clock runs on.
 */
@Component
public class ReplyClosing {
    private final ClockStore clockStore;
    private final ClockStarts clockStarts;
    private final Clock clock;

    public ReplyClosing(ClockStore clockStore, ClockStarts clockStarts, Clock clock) {
        this.clockStore = clockStore;
        this.clockStarts = clockStarts;
        this.clock = clock;
    }

    /**
     * Does what an allowed reply that came by text or from the web pages does (an email's reply goes with the
     * email's outcome instead): its closing record, the clock it starts, the referrer told, in one transaction.
     */
    public StaffReply apply(String replyReference, StaffReply allowed) throws JMSException {
        Optional<ClockEntry> theCase = allowed.tellReferrer() || allowed.starts() != null
                ? clockStore.caseOf(allowed.reference()) : Optional.empty();
        List<Dispatch> dispatches = clockStarts.forReply(replyReference, allowed, theCase, clock.instant());
        try (Connection c = clockStore.connect(); Session s = c.createSession(true, Session.SESSION_TRANSACTED)) {
            for (Dispatch d : dispatches) {
                clockStore.send(s, d);
            }
            s.commit();
        }
        return allowed;
    }

    public Outcome check(Outcome.Routed routed, StaffReply sr, ClosingRights.Replier who, LiveConfig.Snapshot config)
            throws JMSException {
        if (sr.closes().isEmpty() && !sr.tellReferrer()) {
            return routed;
        }
        HubProperties props = config.props();
        List<ClockEntry> pending = clockStore.pending(sr.reference()).stream()
                .filter(c -> sr.closes().contains(c.kind())).toList();
        List<String> allowed = pending.stream().filter(c -> ClosingRights.mayClose(who,
                new ClosingRights.Pending(c.kind(), c.context()), closingTargets(props, c.kind()), config.recipients(),
                clock.instant())).map(ClockEntry::kind).distinct().toList();
        boolean raisedIt = clockStore.caseOf(sr.reference()).map(c -> c.context().get(Recipients.REFERRER))
                .filter(r -> r.toString().equalsIgnoreCase(sr.repliedBy())).isPresent();
        // With nothing pending, a text is taken only from a number the directory knows (mayReply for an email).
        boolean unknownNumber = who instanceof ClosingRights.Replier.ByText t && pending.isEmpty()
                && !props.directory().knowsMobile(t.number());
        if (raisedIt || (!pending.isEmpty() && allowed.isEmpty()) || unknownNumber) {
            return new Outcome.Rejected(FormType.STAFF_REPLY, List.of(new Problem("Reply", "Sender",
                    sr.word() + " is taken only from the people the hub's alert for " + sr.reference() + " was sent to "
                            + "(the team, the duty contact or the manager), not from whoever raised it; the alert "
                            + "stays open", "the team, duty contact or manager who received the alert replies")),
                    List.of());
        }
        List<String> closes = sr.closes().stream().filter(k -> allowed.contains(k)
                || pending.stream().noneMatch(c -> c.kind().equals(k))).toList();
        return new Outcome.Routed(routed.formType(), routed.variant(), new StaffReply(sr.reference(), sr.word(),
                closes, sr.starts(), sr.tellReferrer(), sr.date(), sr.repliedBy()), routed.warnings());
    }

    /** The recipient lists of a clock's steps, as written in schedules.yml. */
    private static List<String> closingTargets(HubProperties props, String kind) {
        if (ClockSettings.PROGRESS_REVIEW.equals(kind)) {
            return props.schedules().progressReview().to();
        }
        ClockSettings.Steps steps = props.schedules().clocks().get(kind);
        return steps == null ? List.of() : ClosingRights.targets(steps);
    }
}
