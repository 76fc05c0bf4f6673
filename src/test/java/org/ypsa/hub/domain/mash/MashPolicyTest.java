package org.ypsa.hub.domain.mash;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Records;
import org.ypsa.hub.support.TestFlows;

import static org.assertj.core.api.Assertions.assertThat;

/** What a routed MASH referral starts besides its queue and reply (seed 003). */
class MashPolicyTest {
    private static final FlowContext CONTEXT = TestFlows.context(TestFlows.WORKING, List.of("hub.mash.referrals"),
            List.of("MASH"));

    private static MashReferral of(String kind) {
        return new MashReferral(kind, "Ezra Lanyon", "2009-03-01", 17, null, "Housing Options", "Homeless", true,
                null, null, "concerns", null, null);
    }

    @Test
    void aReferralOpensItsCaseForItsReferrerAndStartsTheJointAssessmentClockOnlyThoseAlertedMayClose() {
        List<Action> starts = MashPolicy.starts(of(MashReferral.REFERRAL), CONTEXT, List.of());
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0)).isEqualTo(new Action.KeepRecord(Records.CASE,
                Map.of(Recipients.REFERRER, TestFlows.SENDER), null, null));
        assertThat(starts.get(1)).isInstanceOfSatisfying(Action.StartClock.class, c -> {
            assertThat(c.clock()).isEqualTo(ClockSettings.MASH_JOINT_ASSESSMENT);
            assertThat(c.context()).containsEntry(ClockContext.QUEUE, "hub.mash.referrals")
                    .containsEntry(ClosingRights.NOTIFIED, List.of())
                    .containsEntry(ClosingRights.RAISED_BY, List.of(TestFlows.SENDER));
        });
    }

    @Test
    void aNoticeThatMediationPreventedTheReferralStartsNothing() {
        assertThat(MashPolicy.starts(of(MashReferral.MEDIATION_PREVENTED), CONTEXT, List.of())).isEmpty();
    }
}
