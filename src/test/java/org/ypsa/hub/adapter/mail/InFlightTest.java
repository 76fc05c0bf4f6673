package org.ypsa.hub.adapter.mail;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One mail is decided by one route at a time; the route that holds it is never kept waiting by itself. With no wait
 * allowed, a wait shows as the failure "still being read from another mailbox" at once.
 */
class InFlightTest {
    private static final String MAIL = "YPSA-AAAAA-BBBBB";
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final InFlight inFlight = new InFlight(Duration.ZERO);

    @Test
    void aMailTriedAgainAfterAPassingFailureGoesOnAtOnceInsteadOfWaitingForItself() throws Exception {
        Exchange intake = new DefaultExchange(camel);
        inFlight.enter(intake, MAIL);

        // Camel's redelivery runs the intake again in the same exchange before it completes
        assertThatCode(() -> inFlight.enter(intake, MAIL)).doesNotThrowAnyException();
    }

    @Test
    void theSameMailReadFromASecondMailboxWaitsUntilTheFirstRouteIsDone() throws Exception {
        Exchange first = new DefaultExchange(camel);
        Exchange second = new DefaultExchange(camel);
        inFlight.enter(first, MAIL);

        assertThatThrownBy(() -> inFlight.enter(second, MAIL)).hasMessageContaining("still being read");

        first.getExchangeExtension().handoverCompletions().forEach(done -> done.onComplete(first));
        assertThatCode(() -> inFlight.enter(second, MAIL)).doesNotThrowAnyException();
    }
}
