package org.ypsa.hub.adapter.jms;

import java.util.LinkedHashSet;
import java.util.Set;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

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
    private static final String MANAGEMENT = "activemq.management";
    private final ClockStore store;

    public QueueDepths(ClockStore store, HubProperties props, MeterRegistry meters) {
        this.store = store;
        Set<String> queues = new LinkedHashSet<>();
        props.queues().routes().values().forEach(queues::addAll);
        queues.addAll(java.util.List.of(props.queues().rejected(), props.queues().unrecognised(),
                props.queues().alerts(), props.queues().outbox(), props.queues().clocks()));
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
        return ask(queue, ask -> JMSManagementHelper.putAttribute(ask, ResourceNames.QUEUE + queue, "messageCount"));
    }

    /** How many messages on the queue match a selector, counted by the broker, or NaN when it cannot say. */
    public double count(String queue, String selector) {
        return ask(queue, ask -> JMSManagementHelper.putOperationInvocation(ask, ResourceNames.QUEUE + queue,
                "countMessages", selector));
    }

    private interface Question {
        void put(Message ask) throws Exception;
    }

    private double ask(String queue, Question question) {
        try (Connection c = store.connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue replies = s.createTemporaryQueue();
            Message ask = s.createMessage();
            question.put(ask);
            ask.setJMSReplyTo(replies);
            try (MessageProducer p = s.createProducer(s.createQueue(MANAGEMENT));
                    MessageConsumer answers = s.createConsumer(replies)) {
                p.send(ask);
                Message answer = answers.receive(2000);
                if (answer == null || !JMSManagementHelper.hasOperationSucceeded(answer)) {
                    return Double.NaN;
                }
                return ((Number) JMSManagementHelper.getResult(answer)).doubleValue();
            }
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
