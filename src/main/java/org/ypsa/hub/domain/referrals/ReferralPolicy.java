package org.ypsa.hub.domain.referrals;

import java.util.List;

import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockSettings;

/**
 * What a routed referral sets going besides its queue and reply (seed 000, 2): an emergency alerts the team that
 * takes emergencies at once, and its clock escalates it unacknowledged. Pure (ReferralPolicyTest).
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
}
