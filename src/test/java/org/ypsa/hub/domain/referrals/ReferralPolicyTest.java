package org.ypsa.hub.domain.referrals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.action.Action;
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
}
