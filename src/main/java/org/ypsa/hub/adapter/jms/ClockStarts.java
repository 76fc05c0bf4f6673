package org.ypsa.hub.adapter.jms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.clocks.Timetable;
import org.ypsa.hub.domain.intake.Replies;

/**
 * The clocks and records a mail starts (as its flow's policy decided, or as a staff reply does), as messages for
 * the clocks queue sent with the rest of the email's outcome. Each has a duplicate id made from the email's
 * reference: an email processed again after a crash starts nothing twice.
 */
@Component
public class ClockStarts {
    private final LiveConfig live;
    private final Outgoing outgoing;

    public ClockStarts(LiveConfig live, Outgoing outgoing) {
        this.live = live;
        this.outgoing = outgoing;
    }

    private HubProperties props() {
        return live.props();
    }

    private Timetable timetable() {
        return live.get().timetable();
    }

    /** A clock a routed form's flow started ({@link Action.StartClock}), due at its first step. */
    public Dispatch started(String reference, Action.StartClock c, Instant now) {
        return start(reference, c.clock(), now, c.context());
    }

    /** A record a routed form's flow keeps ({@link Action.KeepRecord}): it never falls due. */
    public Dispatch kept(String reference, Action.KeepRecord r) {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (r.week() != null) {
            extra.put(ClockEntry.WEEK, r.week());
        }
        if (r.uncountedAfter() != null) {
            extra.put(ClockEntry.UNCOUNTED_AFTER, r.uncountedAfter().toEpochMilli());
        }
        return record(reference, r.kind(), r.context(), extra);
    }

    /**
     * What a staff reply does: its closing record (the email's outcome), the clock it starts, the message passing
     * a referral's outcome to its referrer (when the hub knows the referral).
     */
    public List<Dispatch> forReply(String replyReference, StaffReply reply, Optional<ClockEntry> theCase,
            Instant now) {
        List<Dispatch> out = new ArrayList<>();
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put(ClockContext.WORD, reply.word());
        ctx.put(ClockContext.CLOSES, reply.closes());
        ctx.put(ClockContext.REPLY_REFERENCE, replyReference);
        out.add(outgoing.clock(new ClockEntry(ClockEntry.SCHEMA, reply.reference() + ":closed:" + replyReference,
                ClockEntry.CLOSED, reply.reference(), 0, now.toString(), null, ctx), ClockEntry.NEVER,
                replyReference, Map.of(ClockEntry.CLOSES, "," + String.join(",", reply.closes()) + ",")));
        Map<String, Object> caseCtx = theCase.map(ClockEntry::context).orElse(Map.of());
        if (ClockSettings.CARE_PLANNING_MEETING.equals(reply.starts())) {
            out.add(start(reply.reference(), ClockSettings.CARE_PLANNING_MEETING, now, Map.of()));
        }
        if (ClockSettings.PROGRESS_REVIEW.equals(reply.starts()) && reply.date() != null) {
            LocalDate movedIn = LocalDate.parse(reply.date());
            int n = 1;
            while (!timetable().progressReviewReminder(movedIn, n).isAfter(now)) {
                n++;
            }
            Map<String, Object> pc = new LinkedHashMap<>();
            pc.put(Recipients.PROVIDER_ADDRESS, reply.repliedBy());
            Object sw = caseCtx.getOrDefault(Recipients.SOCIAL_WORKER, caseCtx.get(Recipients.REFERRER));
            if (sw != null) {
                pc.put(Recipients.SOCIAL_WORKER, sw);
            }
            pc.put(ClockContext.MOVED_IN, movedIn.toString());
            pc.put(ClockContext.REVIEW, String.valueOf(n));
            Instant due = timetable().progressReviewReminder(movedIn, n);
            out.add(outgoing.clock(new ClockEntry(ClockEntry.SCHEMA, reply.reference() + ":" + ClockSettings.PROGRESS_REVIEW,
                    ClockSettings.PROGRESS_REVIEW, reply.reference(), n, now.toString(), due.toString(), pc),
                    due.toEpochMilli(), "clock:" + reply.reference() + ":" + ClockSettings.PROGRESS_REVIEW, Map.of()));
        }
        Object referrer = caseCtx.get(Recipients.REFERRER);
        if (reply.tellReferrer() && referrer != null) {
            Replies.Reply told = live.get().replies().referralOutcome(reply.reference(), reply.word());
            out.add(outgoing.mail(reply.reference(), AuditEvent.OUTCOME_PASSED_ON, told.kind(), referrer.toString(),
                    told.subject(), told.text(), null, replyReference + ":referrer"));
        }
        return out;
    }

    private Dispatch start(String reference, String kind, Instant now, Map<String, Object> context) {
        ClockSettings.Steps spec = props().schedules().clocks().get(kind);
        if (spec == null) {
            throw new IllegalStateException("no clock " + kind + " under hub.schedules.clocks");
        }
        Instant due = timetable().stepDue(spec.steps().get(0), now);
        return outgoing.clock(new ClockEntry(ClockEntry.SCHEMA, reference + ":" + kind, kind, reference, 0,
                now.toString(), due.toString(), context), due.toEpochMilli(), "clock:" + reference + ":" + kind,
                Map.of());
    }

    private Dispatch record(String reference, String kind, Map<String, Object> context, Map<String, Object> extra) {
        return outgoing.clock(new ClockEntry(ClockEntry.SCHEMA, reference + ":" + kind, kind, reference, 0, null,
                null, context), ClockEntry.NEVER, reference + ":" + kind, extra);
    }
}
