package org.ypsa.hub.domain.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Records;

/**
 * What a routed referral sets going besides its queue and reply (seed 000, 2): an emergency alerts the team that
 * takes emergencies at once, and its clock escalates it unacknowledged; every referral opens the case that staff
 * replies (ACCEPTED, MOVED IN ...) are about. Pure (ReferralPolicyTest).
 */
public final class ReferralPolicy {

    private ReferralPolicy() {
    }

    /**
     * @param emergencyTeamMailbox who is alerted to an emergency referral (hub.alerts.emergency-referral-team)
     */
    public static List<Action> actions(Referral r, FlowContext c, String emergencyTeamMailbox) {
        if (!r.isEmergency()) {
            return List.of();
        }
        return List.of(c.alert(ClockSettings.EMERGENCY_REFERRAL, "emergency-referral", emergencyTeamMailbox,
                c.wording().say(Phrase.EMERGENCY_REFERRAL_ALERT_SUBJECT, "reference", c.reference()),
                c.wording().say(Phrase.EMERGENCY_REFERRAL_ALERT, "queue", c.queues().get(0), "reference",
                        c.reference(), "date", r.dateNeeded(), "pathway", r.pathway())));
    }

    /**
     * An emergency referral the hub rejected (a field it could not read), from an address referrals are accepted from:
     * the emergency team is told at once as for a routed one, that it is incomplete and held on c.queues() (the rejected
     * queue), and the same clock starts, which only those alerted may close (its sender raised it and never can). No
     * case is opened: a case is the routed referral's.
     */
    public static List<Action> rejectedEmergency(FlowContext c, String emergencyTeamMailbox) {
        String queue = c.queues().get(0);
        Map<String, Object> clock = new LinkedHashMap<>(Map.of(ClockContext.QUEUE, queue));
        clock.putAll(ClosingRights.forNew(List.of(emergencyTeamMailbox), c.from(), null));
        return List.of(c.alert(ClockSettings.EMERGENCY_REFERRAL, "emergency-referral", emergencyTeamMailbox,
                c.wording().say(Phrase.REJECTED_EMERGENCY_REFERRAL_ALERT_SUBJECT, "reference", c.reference()),
                c.wording().say(Phrase.REJECTED_EMERGENCY_REFERRAL_ALERT, "sender", c.from(), "queue", queue,
                        "reference", c.reference())),
                new Action.StartClock(ClockSettings.EMERGENCY_REFERRAL, clock));
    }

    /**
     * The case (who is told of its outcome: the referrer, else the sender, and the social worker or PA) and, for an
     * emergency, its clock, which only those {@code alerted} at once may close.
     */
    public static List<Action> starts(Referral r, FlowContext c, List<String> alerted) {
        List<Action> out = new ArrayList<>();
        String referrer = r.referrer() != null && r.referrer().email() != null ? r.referrer().email() : c.from();
        Map<String, Object> theCase = new LinkedHashMap<>();
        theCase.put(Recipients.REFERRER, referrer);
        if (r.socialWorkerOrPa() != null && r.socialWorkerOrPa().email() != null) {
            theCase.put(Recipients.SOCIAL_WORKER, r.socialWorkerOrPa().email());
        }
        out.add(new Action.KeepRecord(Records.CASE, theCase, null, null));
        if (r.isEmergency()) {
            Map<String, Object> clock = new LinkedHashMap<>(Map.of(ClockContext.PATHWAY, r.pathway(),
                    ClockContext.DATE_NEEDED, LocalDate.parse(r.dateNeeded()).format(Dates.UK),
                    ClockContext.QUEUE, c.queues().get(0)));
            clock.putAll(ClosingRights.forNew(alerted, c.from(), referrer));
            out.add(new Action.StartClock(ClockSettings.EMERGENCY_REFERRAL, clock));
        }
        return out;
    }
}
