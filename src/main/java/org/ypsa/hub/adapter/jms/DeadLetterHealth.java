package org.ypsa.hub.adapter.jms;

import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Dead letters in the health endpoint (component "deadLetters"): WARNING with each dead-letter queue's count when
 * any message waits there for an admin. WARNING is not in the health order, so the hub as a whole stays UP (it
 * is running; a dead letter needs a person, not a restart).
 */
@Component("deadLetters")
public class DeadLetterHealth extends AbstractHealthIndicator {
    public static final Status WARNING = new Status("WARNING", "messages are waiting on dead-letter queues");
    private final QueueDepths depths;

    public DeadLetterHealth(QueueDepths depths) {
        this.depths = depths;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Long> dead = depths.deadLetters();
        builder.status(dead.isEmpty() ? Status.UP : WARNING).withDetails(dead);
    }
}
