package org.ypsa.hub.domain.referrals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Records;
import org.ypsa.hub.support.TestFlows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.support.TestFlows.REF;
import static org.ypsa.hub.support.TestFlows.WORKING;

/** What a routed referral sets going besides its queue and reply (seed 000, 2). */
class ReferralPolicyTest {

    private static Referral referral(String variant) {
        return new Referral(variant, "16/17", 16, new Referral.YoungPerson("Ezra Lanyon", "2010-03-01", null, null,
                null, null, "CIN", false, false), null, null, null, null, "reason", "concern", null, null,
                "2026-11-24", true, null);
    }

    @Test
    void anEmergencyAlertsTheEmergencyTeamWithTheQueueDateAndPathwayWordForWordNamingNoYoungPerson() {
        List<Action> actions = ReferralPolicy.actions(referral(Referral.EMERGENCY), TestFlows.context(WORKING,
                List.of("hub.brokerage.referrals"), List.of("Brokerage")), "brokerage@ypsa.test");
        assertThat(actions).singleElement().isInstanceOfSatisfying(Action.Alert.class, a -> {
            assertThat(a.kind()).isEqualTo("emergency-referral");
            assertThat(a.to()).isEqualTo("brokerage@ypsa.test");
            assertThat(a.subject()).isEqualTo("[" + REF + "] URGENT: emergency referral received");
            assertThat(a.text()).isEqualTo("An emergency referral has been received and is on "
                    + "hub.brokerage.referrals.\n\nReference: " + REF + "\nAccommodation needed from: 2026-11-24\n"
                    + "Pathway: 16/17\n\nReply to this email keeping the reference in the subject, starting your "
                    + "reply with ACK or ACCEPTED or DECLINED, to acknowledge it.\n");
        });
    }

    @Test
    void aNonEmergencyReferralAlertsNobody() {
        assertThat(ReferralPolicy.actions(referral(Referral.NON_EMERGENCY), TestFlows.context(WORKING,
                List.of("hub.brokerage.referrals"), List.of("Brokerage")), "brokerage@ypsa.test")).isEmpty();
    }

    @Test
    void everyReferralOpensItsCaseSoThatItsReferrerAndSocialWorkerHearItsOutcome() {
        Referral r = new Referral(Referral.NON_EMERGENCY, "16/17", 16, referral(Referral.NON_EMERGENCY).youngPerson(),
                new Referral.Referrer("Jo Referrer", "Social worker", "OCC", "Jo.Referrer@occ.council.test", null),
                new Referral.Contact("Sam Worker", "sam.worker@occ.council.test"), null, null,
                "reason", "concern", null, null, "2026-11-24", true, null);
        assertThat(ReferralPolicy.starts(r, context(), List.of())).singleElement()
                .isEqualTo(new Action.KeepRecord(Records.CASE, Map.of(Recipients.REFERRER, "Jo.Referrer@occ.council.test",
                        Recipients.SOCIAL_WORKER, "sam.worker@occ.council.test"), null, null));
    }

    @Test
    void aReferralNamingNoReferrersEmailTellsItsSenderOfItsOutcome() {
        assertThat(ReferralPolicy.starts(referral(Referral.NON_EMERGENCY), context(), List.of())).singleElement()
                .isEqualTo(new Action.KeepRecord(Records.CASE, Map.of(Recipients.REFERRER, TestFlows.SENDER), null, null));
    }

    @Test
    void anEmergencyStartsItsClockWhichOnlyThoseAlertedMayCloseNotItsReferrer() {
        List<Action> starts = ReferralPolicy.starts(referral(Referral.EMERGENCY), context(),
                List.of("brokerage@ypsa.test"));
        assertThat(starts).hasSize(2);
        assertThat(starts.get(1)).isInstanceOfSatisfying(Action.StartClock.class, c -> {
            assertThat(c.clock()).isEqualTo(ClockSettings.EMERGENCY_REFERRAL);
            assertThat(c.context()).containsEntry(ClockContext.DATE_NEEDED, "24/11/2026")
                    .containsEntry(ClockContext.PATHWAY, "16/17")
                    .containsEntry(ClockContext.QUEUE, "hub.brokerage.referrals")
                    .containsEntry(ClosingRights.NOTIFIED, List.of("brokerage@ypsa.test"))
                    .containsEntry(ClosingRights.RAISED_BY, List.of(TestFlows.SENDER, TestFlows.SENDER));
        });
    }

    private static org.ypsa.hub.domain.action.FlowContext context() {
        return TestFlows.context(WORKING, List.of("hub.brokerage.referrals"), List.of("Brokerage"));
    }
}
