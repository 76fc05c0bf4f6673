package org.ypsa.hub.domain.voids;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Records;
import org.ypsa.hub.support.TestFlows;

import static org.assertj.core.api.Assertions.assertThat;

/** What a routed void return starts besides its queue and reply (seed 001): the week's record, or a late alert. */
class VoidPolicyTest {
    /** Monday 23 Nov 2026 at 11:00, after the 10:00 deadline. */
    private static final FlowContext CONTEXT = TestFlows.context(TestFlows.WORKING, List.of("hub.brokerage.voids"),
            List.of("Brokerage"));

    private static VoidReturn of(boolean late) {
        return new VoidReturn("response", "Response", "2026-11-23", "2026-11-23T10:00", late,
                List.of(new VoidReturn.PropertyLine("row 2", "RSP-CHE-01", "Cherwell", "Shared", 4, 3, 1,
                        "2026-11-30", true, null, true)), new VoidReturn.Totals(4, 3, 1, 1));
    }

    @Test
    void aReturnBeforeTheSummaryIsKeptForItsWeekWithWhenItWouldBeLeftOutOfIt() {
        List<Action> starts = VoidPolicy.starts(of(false), CONTEXT, TestFlows.voids());
        assertThat(starts).singleElement().isInstanceOfSatisfying(Action.KeepRecord.class, r -> {
            assertThat(r.kind()).isEqualTo(Records.VOID_RETURNED);
            assertThat(r.week()).isEqualTo("2026-11-23");
            assertThat(r.uncountedAfter()).isNotNull();
            assertThat(r.context()).containsEntry(Recipients.PROVIDER_ID, "response")
                    .containsEntry(ClockContext.LINES, List.of(Map.of("locality", "Cherwell", "serviceType", "Shared",
                            "vacant", 1, "emergencyBed", true, "availableFrom", "2026-11-30")));
        });
    }

    @Test
    void aReturnAfterTheSummaryIsKeptForTheBedsPageAndThoseToldOfLateReturnsAreAlertedNamingNoYoungPerson() {
        List<Action> starts = VoidPolicy.starts(of(true), CONTEXT, TestFlows.voids());
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0)).isInstanceOfSatisfying(Action.KeepRecord.class, r -> {
            assertThat(r.kind()).isEqualTo(Records.VOID_SUMMARISED);
            assertThat(r.uncountedAfter()).isNull();
        });
        assertThat(starts.get(1)).isInstanceOfSatisfying(Action.Tell.class, t -> {
            assertThat(t.kind()).isEqualTo("void-return-late");
            assertThat(t.to()).containsExactly("brokerage@ypsa.test");
            assertThat(t.idSuffix()).isEqualTo(":late");
            assertThat(t.text()).contains("Response", "23/11/2026", "hub.brokerage.voids");
        });
    }
}
