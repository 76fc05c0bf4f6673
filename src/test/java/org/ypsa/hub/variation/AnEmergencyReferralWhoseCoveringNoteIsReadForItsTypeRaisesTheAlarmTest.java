package org.ypsa.hub.variation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.IntakePolicy;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestFlows;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC.md, "Alerts are the product": an emergency referral tells the emergency team now. Stop 70 (tuned33, w12-ref-02):
 * a social worker's covering note ("Emergency referral attached for Daniel, 16. Dad has told him not to come back.")
 * was read as the answer to the form's "Emergency or non-emergency referral" row, which says EMERGENCY; its "not" made
 * the referral a non-emergency one, rejected for its Family Group Conference, and nobody was alerted.
 */
class AnEmergencyReferralWhoseCoveringNoteIsReadForItsTypeRaisesTheAlarmTest {
    @Test
    void theEmergencyTeamIsAlertedAndTheEmergencyClockStarts() throws Exception {
        InboundMail mail = VariationScore.corpusMail("tuned33/mail/w12-ref-02.eml");
        Outcome o = TestIntake.shipped().handle(mail);
        assertThat(TestIntake.routed(o, Referral.class).isEmergency()).isTrue();
        IntakePolicy policy = TestFlows.intakePolicy(Map.of("referral", List.of("hub.brokerage.referrals")));
        List<Action> actions = policy.actions(o, new IntakePolicy.Mail(TestFlows.REF, mail.receivedAt(), mail.from(), true,
                false));
        assertThat(TestFlows.only(Action.Alert.class, actions)).extracting(Action.Alert::to)
                .containsExactly("brokerage@ypsa.test");
        assertThat(TestFlows.only(Action.StartClock.class, actions)).extracting(Action.StartClock::clock)
                .containsExactly(ClockSettings.EMERGENCY_REFERRAL);
    }
}
