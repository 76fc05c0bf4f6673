package org.ypsa.hub.adapter.jms;

import java.util.Optional;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;

import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.springframework.stereotype.Component;

/**
 * Questions and operations for the broker's management address: the embedded broker answers; an external one
 * answers if the hub's user may manage, else every answer is empty.
 */
@Component
public class BrokerManagement {
    private static final String ADDRESS = "activemq.management";
    private final ClockStore store;

    public BrokerManagement(ClockStore store) {
        this.store = store;
    }

    /** What management put into a question. */
    public interface Question {
        void put(Message ask) throws Exception;
    }

    /** The broker's answer (null for an operation that returns nothing), or empty if it refused or is silent. */
    public Optional<Object> ask(Question question) {
        try (Connection c = store.connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue replies = s.createTemporaryQueue();
            Message ask = s.createMessage();
            question.put(ask);
            ask.setJMSReplyTo(replies);
            try (MessageProducer p = s.createProducer(s.createQueue(ADDRESS));
                    MessageConsumer answers = s.createConsumer(replies)) {
                p.send(ask);
                Message answer = answers.receive(2000);
                if (answer == null || !JMSManagementHelper.hasOperationSucceeded(answer)) {
                    return Optional.empty();
                }
                Object result = JMSManagementHelper.getResult(answer);
                return Optional.of(result == null ? "" : result);
            }
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
