package org.ypsa.hub.adapter.jms;

import java.util.LinkedHashSet;
import java.util.Set;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.springframework.stereotype.Component;
import org.ypsa.hub.config.HubProperties;

/**
 * Queue depths as metrics (hub_queue_depth{queue}), asked of the broker's management address: the embedded
 * broker answers; an external one answers if the hub's user may manage (otherwise the gauge reads NaN).
 */
@Component
public class QueueDepths {
    private final ClockStore store;
    private final BrokerManagement management;
    private final Set<String> queues = new LinkedHashSet<>();

    public QueueDepths(ClockStore store, BrokerManagement management, HubProperties props, MeterRegistry meters) {
        this.store = store;
        this.management = management;
        queues.addAll(props.queues().all());
        String clocks = props.queues().clocks();
        Gauge.builder("hub.clocks.pending", this, d -> d.pendingClocks(clocks))
                .description("Reminders and escalations waiting to fall due").register(meters);
        for (String q : queues) {
            Gauge.builder("hub.queue.depth", this, d -> d.depth(q)).tag("queue", q)
                    .description("Messages waiting on the queue").register(meters);
            Gauge.builder("hub.queue.depth", this, d -> d.depth("DLQ." + q)).tag("queue", "DLQ." + q)
                    .description("Messages waiting on the queue").register(meters);
        }
    }

    /** The dead-letter queues of the hub's queues that hold messages, with their counts (those the broker told). */
    public java.util.Map<String, Long> deadLetters() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (String q : queues) {
            double n = depth("DLQ." + q);
            if (!Double.isNaN(n) && n > 0) {
                out.put("DLQ." + q, (long) n);
            }
        }
        return out;
    }

    /**
     * Clocks waiting to fall due (records not counted), counted by the broker; browsed only if the broker will
     * not count for the hub (an external broker whose hub user may not manage).
     */
    public double pendingClocks(String clocks) {
        double n = count(clocks, ClockEntry.DUE_AT + " < " + ClockEntry.NEVER);
        if (!Double.isNaN(n)) {
            return n;
        }
        try {
            return store.pending();
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** The message count the broker reports, or NaN when it cannot say. */
    public double depth(String queue) {
        return number(management.ask(ask -> JMSManagementHelper.putAttribute(ask, ResourceNames.QUEUE + queue,
                "messageCount")));
    }

    /** How many messages on the queue match a selector, counted by the broker, or NaN when it cannot say. */
    public double count(String queue, String selector) {
        return number(management.ask(ask -> JMSManagementHelper.putOperationInvocation(ask, ResourceNames.QUEUE + queue,
                "countMessages", selector)));
    }

    private static double number(java.util.Optional<Object> answer) {
        return answer.filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue()).orElse(Double.NaN);
    }
}
