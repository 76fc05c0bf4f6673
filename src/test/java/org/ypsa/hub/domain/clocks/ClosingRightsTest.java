package org.ypsa.hub.domain.clocks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClosingRightsTest {
    private static final Recipients NONE = new Recipients(null, null);
    private static final Instant NOW = Instant.parse("2027-06-15T10:00:00Z");

    private static boolean mayClose(String replier, Map<String, ?> context, List<String> targets) {
        return ClosingRights.mayClose(replier, new ClosingRights.Pending("safeguarding-incident", context), targets,
                NONE, NOW);
    }

    @Test
    void whoeverTheAlertWasSentToMayCloseItInAnyCase() {
        assertThat(mayClose("Duty@Council.test", Map.of(ClosingRights.NOTIFIED, List.of("duty@council.test")),
                List.of())).isTrue();
    }

    @Test
    void aStepsNamedRecipientMayCloseItBeforeItWasSentToThem() {
        assertThat(mayClose("manager@council.test", Map.of(), List.of("manager@council.test"))).isTrue();
    }

    @Test
    void thePartyThatRaisedItNeverClosesItEvenWhenAlsoAlerted() {
        Map<String, Object> ctx = Map.of(ClosingRights.NOTIFIED, List.of("oncall@provider.test"),
                ClosingRights.RAISED_BY, List.of("oncall@provider.test"));
        assertThat(mayClose("oncall@provider.test", ctx, List.of("oncall@provider.test"))).isFalse();
    }

    @Test
    void anyoneElseMayNot() {
        assertThat(mayClose("someone@provider.test", Map.of(ClosingRights.NOTIFIED, List.of("duty@council.test")),
                List.of("manager@council.test"))).isFalse();
        assertThat(mayClose(null, Map.of(), List.of())).isFalse();
    }

    @Test
    void eachStepAddsItsRecipientsToThoseWhoMayClose() {
        assertThat(ClosingRights.told(Map.of(ClosingRights.NOTIFIED, List.of("a@x.test")), List.of("B@x.test")))
                .containsExactly("a@x.test", "b@x.test");
    }
}
