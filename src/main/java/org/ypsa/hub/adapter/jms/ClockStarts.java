package org.ypsa.hub.adapter.jms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.Wording;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.clocks.Timetable;
import org.ypsa.hub.domain.intake.Replies;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.domain.voids.VoidReturn;

/**
 * The clocks and records a routed form starts, as messages for the clocks queue sent with the rest of the
 * email's outcome. Each has a duplicate id made from the email's reference: an email processed again after a
 * crash starts nothing twice.
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

    /**
     * What a routed form starts: a case others reply about, a clock, the week's record of a void return. A clock
     * records who was alerted at once and who raised it ({@link ClosingRights}): only the former may close it.
     */
    public List<Dispatch> forRouted(String reference, FormRecord fields, String sender, List<String> alerted,
            Instant now) {
        List<Dispatch> out = new ArrayList<>();
        if (fields instanceof Referral r) {
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put(Recipients.REFERRER, r.referrer() != null && r.referrer().email() != null ? r.referrer().email()
                    : sender);
            if (r.socialWorkerOrPa() != null && r.socialWorkerOrPa().email() != null) {
                ctx.put(Recipients.SOCIAL_WORKER, r.socialWorkerOrPa().email());
            }
            out.add(record(reference, ClockEntry.CASE, ctx, Map.of()));
            if (r.isEmergency()) {
                Map<String, Object> clock = new LinkedHashMap<>(Map.of(ClockContext.PATHWAY, r.pathway(),
                        ClockContext.DATE_NEEDED, LocalDate.parse(r.dateNeeded()).format(Dates.UK),
                        ClockContext.QUEUE, props().queues().forForm("referral")));
                clock.putAll(rights(alerted, sender, ctx.get(Recipients.REFERRER)));
                out.add(start(reference, ClockSettings.EMERGENCY_REFERRAL, now, clock));
            }
        }
        if (fields instanceof SafeguardingIncident si && si.isHighOrCritical()) {
            Map<String, Object> ctx = new LinkedHashMap<>();
            ctx.put(ClockContext.SEVERITY, si.severity());
            ctx.put(ClockContext.CATEGORY, si.category());
            ctx.put(ClockContext.PROVIDER, si.providerName());
            if (si.providerId() != null) {
                ctx.put(Recipients.PROVIDER_ID, si.providerId());
            }
            ctx.putAll(rights(alerted, sender, null));
            out.add(start(reference, ClockSettings.SAFEGUARDING, now, ctx));
        }
        if (fields instanceof MashReferral m && MashReferral.REFERRAL.equals(m.kind())) {
            out.add(record(reference, ClockEntry.CASE, Map.of(Recipients.REFERRER, sender), Map.of()));
            Map<String, Object> ctx = new LinkedHashMap<>(rights(alerted, sender, null));
            ctx.put(ClockContext.QUEUE, props().queues().forForm("mash-referral"));
            out.add(start(reference, ClockSettings.MASH_JOINT_ASSESSMENT, now, ctx));
        }
        if (fields instanceof VoidReturn v && !v.late()) {
            out.add(record(reference, ClockEntry.VOID_RETURNED, voidReturned(v, now), Map.of(ClockEntry.WEEK,
                    v.weekCommencing(), ClockEntry.UNCOUNTED_AFTER, timetable().voidReturnUncountedAfter(
                            LocalDate.parse(v.weekCommencing())).toEpochMilli())));
        }
        if (fields instanceof VoidReturn v && v.late()) {
            // after the summary: on the Beds page with the week's counted returns, and late-to told
            out.add(record(reference, ClockEntry.VOID_SUMMARISED, voidReturned(v, now), Map.of(ClockEntry.WEEK,
                    v.weekCommencing())));
            Wording wording = live.get().replies().wording();
            LocalDate week = LocalDate.parse(v.weekCommencing());
            out.addAll(outgoing.alert(reference, "void-return-late", live.get().recipients().resolve(
                    props().schedules().voidReturn().lateTo(), now, Map.of(Recipients.PROVIDER_ID, v.providerId())),
                    wording.say(Phrase.VOID_LATE_ALERT_SUBJECT, "reference", reference, "provider", v.providerName(),
                            "week", week.format(Dates.UK)),
                    wording.say(Phrase.VOID_LATE_ALERT, "provider", v.providerName(), "week", week.format(Dates.UK),
                            "queue", props().queues().forForm("void-return"), "vacant", String.valueOf(v.totals()
                                    .vacant()), "units", String.valueOf(v.totals().totalUnits()), "reference",
                            reference) + "\n",
                    now, reference + ":late"));
        }
        return out;
    }

    /** A void return as the week's records hold it: the provider, and each property's place, type and vacancies. */
    private static Map<String, Object> voidReturned(VoidReturn v, Instant now) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (VoidReturn.PropertyLine l : v.properties()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("locality", l.locality());
            line.put("serviceType", l.serviceType());
            line.put("vacant", l.vacant());
            line.put("emergencyBed", Boolean.TRUE.equals(l.emergencyBed()));
            if (l.availableFrom() != null && !l.availableFrom().isBlank()) {
                line.put("availableFrom", l.availableFrom()); // for the Beds page
            }
            lines.add(line);
        }
        return Map.of(Recipients.PROVIDER_ID, v.providerId(), ClockContext.WEEK, v.weekCommencing(),
                ClockContext.RECEIVED_AT, now.toString(), ClockContext.LINES, lines);
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
            out.add(outgoing.mail(reply.reference(), "outcome-passed-on", told.kind(), referrer.toString(),
                    told.subject(), told.text(), null, replyReference + ":referrer"));
        }
        return out;
    }

    /**
     * Urgent intelligence held back from the police (its sender told to call 999): the duty contact alerted at once is
     * escalated to if nobody acknowledges. {@code providerId}: the provider that sent it, whose own out-of-hours rota
     * is the duty contact when it has one.
     */
    public List<Dispatch> forUrgentIntelligence(String reference, String sender, String providerId,
            List<String> alerted, Instant now) {
        Map<String, Object> ctx = new LinkedHashMap<>(rights(alerted, sender, null));
        ctx.put(ClockContext.QUEUE, props().queues().rejected());
        if (providerId != null) {
            ctx.put(Recipients.PROVIDER_ID, providerId);
        }
        return List.of(start(reference, ClockSettings.URGENT_INTELLIGENCE, now, ctx));
    }

    private static Map<String, Object> rights(List<String> alerted, String sender, Object referrer) {
        List<String> raisedBy = new ArrayList<>();
        if (sender != null) {
            raisedBy.add(sender);
        }
        if (referrer != null) {
            raisedBy.add(referrer.toString());
        }
        return Map.of(ClosingRights.NOTIFIED, ClosingRights.told(Map.of(), alerted), ClosingRights.RAISED_BY,
                raisedBy);
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
