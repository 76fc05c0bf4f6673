package org.ypsa.hub.domain.mash;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Records;

/**
 * What a routed MASH referral for a homeless 16/17-year-old starts besides its queue and reply (seed 003): the case
 * its referrer is told the outcome of, and the joint assessment's clock (SPEC.md, MASH). A mediation notice starts
 * nothing. Pure (MashPolicyTest).
 */
public final class MashPolicy {

    private MashPolicy() {
    }

    public static List<Action> starts(MashReferral m, FlowContext c, List<String> alerted) {
        if (!MashReferral.REFERRAL.equals(m.kind())) {
            return List.of();
        }
        Map<String, Object> clock = new LinkedHashMap<>(ClosingRights.forNew(alerted, c.from(), null));
        clock.put(ClockContext.QUEUE, c.queues().get(0));
        return List.of(new Action.KeepRecord(Records.CASE, Map.of(Recipients.REFERRER, c.from()), null, null),
                new Action.StartClock(ClockSettings.MASH_JOINT_ASSESSMENT, clock));
    }
}
