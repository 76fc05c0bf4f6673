package org.ypsa.hub.domain.intelligence;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.support.TestDirectory;
import org.ypsa.hub.support.TestFlows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.support.TestFlows.REF;
import static org.ypsa.hub.support.TestFlows.WORKING;

/** What an intelligence submission sets going (seed 002): forwarded to the police, or held back as urgent. */
class IntelligencePolicyTest {

    private static IntelligenceSubmission submission(boolean child, boolean exploitation) {
        return new IntelligenceSubmission("Agency", "Worker", "Role", TestFlows.SENDER, null, "last week", "a park",
                null, null, "Two adults seen handing packages to teenagers.", null, null, null, child, exploitation);
    }

    @Test
    void aSubmissionIsForwardedToThePoliceReadersWithTheHubReference() {
        List<Action> actions = IntelligencePolicy.forwarded(submission(false, false), TestFlows.context(WORKING,
                List.of("hub.mash.intelligence"), List.of("MASH")));
        assertThat(actions).singleElement().isInstanceOfSatisfying(Action.Email.class, e -> {
            assertThat(e.to()).isEqualTo(TestDirectory.shipped().policeReaders());
            assertThat(e.subject()).isEqualTo("[" + REF + "] Partnership Agency Intelligence Sharing Submission");
            assertThat(e.text()).contains("Two adults seen handing packages to teenagers.")
                    .endsWith("\nHub reference: " + REF + "\n");
        });
    }

    @Test
    void theMashIsNotifiedWhenAChildOrExploitationIsInvolved() {
        Action.Enqueue mash = new Action.Enqueue(AuditEvent.MASH_NOTIFIED, "hub.mash.intelligence", ":mash", false);
        assertThat(IntelligencePolicy.forwarded(submission(true, false), TestFlows.context(WORKING,
                List.of("hub.mash.intelligence"), List.of("MASH")))).contains(mash);
        assertThat(IntelligencePolicy.forwarded(submission(false, true), TestFlows.context(WORKING,
                List.of("hub.mash.intelligence"), List.of("MASH")))).contains(mash);
    }

    @Test
    void aSubmissionHeldBackInHoursAlertsTheSendingProvidersDutyByEmailAndStartsItsClock() {
        List<Action> actions = IntelligencePolicy.heldBack(TestFlows.context(WORKING, List.of("hub.rejected"),
                List.of()));
        assertThat(actions).noneMatch(a -> a instanceof Action.Text).noneMatch(a -> a instanceof Action.Email);
        Action.Alert alert = (Action.Alert) actions.get(0);
        assertThat(alert.subject()).startsWith("[" + REF + "]");
        assertThat(alert.text()).contains("call 999", TestFlows.SENDER, "hub.rejected");
        assertThat(actions.get(1)).isInstanceOfSatisfying(Action.StartClock.class, c -> {
            assertThat(c.clock()).isEqualTo(ClockSettings.URGENT_INTELLIGENCE);
            assertThat(c.context()).containsEntry(ClockContext.QUEUE, "hub.rejected")
                    .containsEntry(Recipients.PROVIDER_ID, "occ-in-house")
                    .containsEntry(ClosingRights.NOTIFIED, List.of(alert.to()))
                    .containsEntry(ClosingRights.RAISED_BY, List.of(TestFlows.SENDER));
        });
    }
}
