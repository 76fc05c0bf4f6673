package org.ypsa.hub.domain.safeguarding;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.support.TestFlows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.support.TestFlows.NIGHT;
import static org.ypsa.hub.support.TestFlows.REF;
import static org.ypsa.hub.support.TestFlows.WORKING;

/** What a routed safeguarding incident sets going besides its queues and reply (seed 000, 3). */
class IncidentPolicyTest {
    private static final List<String> QUEUES = List.of("hub.brokerage.incidents", "hub.quality.incidents");

    private static SafeguardingIncident incident(String severity, String socialWorkerEmail, String police) {
        return new SafeguardingIncident("occ-in-house", "OCC in-house YPSA", null, "Ezra Lanyon", "2010-03-01", null,
                "S Worker", socialWorkerEmail, "2026-11-23T10:30", "Missing from placement", severity,
                "Left at 22:00 and did not return.", null, police);
    }

    @Test
    void theSocialWorkerNamedIsSentTheIncidentAsReportedAndWhichTeamsHaveItWordForWord() {
        List<Action> actions = IncidentPolicy.actions(incident("Medium", "sw@council.test", "CAD 1234"),
                TestFlows.context(WORKING, QUEUES, List.of("Brokerage", "Quality and Contracts")));
        assertThat(actions).singleElement().isInstanceOfSatisfying(Action.Email.class, e -> {
            assertThat(e.to()).isEqualTo("sw@council.test");
            assertThat(e.subject()).isEqualTo("[" + REF + "] Safeguarding incident: Missing from placement (Medium)");
            assertThat(e.text()).isEqualTo("A safeguarding incident has been reported for a young person you work "
                    + "with.\n\nReference: " + REF + "\nProvider: OCC in-house YPSA\nYoung person: Ezra Lanyon\n"
                    + "Incident time: Mon 23 Nov 2026, 10:30\nCategory: Missing from placement; severity: Medium\n\n"
                    + "Description:\nLeft at 22:00 and did not return.\n\nPolice reference: CAD 1234\n\n"
                    + "Brokerage and Quality and Contracts have the report.\n");
        });
    }

    @Test
    void oneTeamHasTheReportEvenWhenItsNameHoldsAnd() {
        List<Action> actions = IncidentPolicy.actions(incident("Low", "sw@council.test", null),
                TestFlows.context(WORKING, QUEUES, List.of("Quality and Contracts")));
        assertThat(((Action.Email) actions.get(0)).text()).endsWith("\nQuality and Contracts has the report.\n");
    }

    @Test
    void aLowOrMediumIncidentWithNoSocialWorkerSetsNothingGoingOfItsOwn() {
        assertThat(IncidentPolicy.actions(incident("Low", null, null), TestFlows.context(NIGHT, QUEUES,
                List.of("Brokerage")))).isEmpty();
        assertThat(IncidentPolicy.actions(incident("Medium", null, null), TestFlows.context(NIGHT, QUEUES,
                List.of("Brokerage")))).isEmpty();
    }

    @Test
    void aCriticalIncidentAtNightIsTextedWithoutANameAndEmailedToTheEdt() {
        List<Action> actions = IncidentPolicy.actions(incident("Critical", null, null),
                TestFlows.context(NIGHT, QUEUES, List.of("Brokerage")));
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0)).isInstanceOfSatisfying(Action.Text.class, t -> {
            assertThat(t.kind()).isEqualTo("safeguarding-critical");
            assertThat(t.text().toString()).doesNotContain("Ezra");
        });
        assertThat(actions.get(1)).isInstanceOfSatisfying(Action.Alert.class, a -> {
            assertThat(a.to()).isEqualTo("edt@ypsa.test");
            assertThat(a.subject()).isEqualTo("[" + REF + "] CRITICAL safeguarding incident: Missing from placement");
            assertThat(a.text()).doesNotContain("Ezra").contains("It is on hub.brokerage.incidents and "
                    + "hub.quality.incidents.");
        });
    }

    @Test
    void aHighOrCriticalIncidentStartsItsClockWhichOnlyThoseAlertedMayCloseNotTheProviderReportingIt() {
        for (String severity : List.of("High", "Critical")) {
            List<Action> starts = IncidentPolicy.starts(incidentOf(severity), startsContext(), List.of("edt@ypsa.test"));
            assertThat(starts).singleElement().isInstanceOfSatisfying(Action.StartClock.class, c -> {
                assertThat(c.clock()).isEqualTo(ClockSettings.SAFEGUARDING);
                assertThat(c.context()).containsEntry(ClockContext.SEVERITY, severity)
                        .containsEntry(Recipients.PROVIDER_ID, "occ-in-house")
                        .containsEntry(ClosingRights.NOTIFIED, List.of("edt@ypsa.test"))
                        .containsEntry(ClosingRights.RAISED_BY, List.of(TestFlows.SENDER));
            });
        }
    }

    @Test
    void aLowOrMediumIncidentStartsNoClock() {
        for (String severity : List.of("Low", "Medium")) {
            assertThat(IncidentPolicy.starts(incidentOf(severity), startsContext(), List.of())).isEmpty();
        }
    }

    private static SafeguardingIncident incidentOf(String severity) {
        return new SafeguardingIncident("occ-in-house", "OCC in-house YPSA", "OCC-CHE-01", "Ezra Lanyon", "2010-03-01",
                null, "S Worker", null, "2026-11-23T10:30", "Missing", severity, "what happened", null, null);
    }

    private static org.ypsa.hub.domain.action.FlowContext startsContext() {
        return TestFlows.context(TestFlows.WORKING, List.of("hub.brokerage.incidents"), List.of("Brokerage"));
    }
}
