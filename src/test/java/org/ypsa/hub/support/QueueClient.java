package org.ypsa.hub.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** A team consumer as the teams would run one: a plain JMS client over the broker's TCP acceptor. */
public final class QueueClient implements AutoCloseable {
    private final Connection connection;
    private final String url;
    private final String user;
    private final String password;

    public QueueClient(String url) {
        this(url, null, null);
    }

    /** With the broker's login (null for none). */
    public QueueClient(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        try {
            connection = new ActiveMQConnectionFactory(url, user, password).createConnection();
            connection.start();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot connect to " + url, e);
        }
    }

    public record Received(String text, Map<String, Object> properties, int priority) {
    }

    /** Takes the message for one reference off the queue, waiting up to the timeout; null when none came. */
    public Received take(String queue, String reference, long timeoutMs) {
        try (Session s = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageConsumer c = s.createConsumer(s.createQueue(queue), "hubReference = '" + reference + "'");
            Message m = c.receive(timeoutMs);
            return m == null ? null : received(m);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message for one reference on the queue, left in place. */
    public List<Received> browse(String queue, String reference) {
        return browseWhere(queue, reference == null ? null : "hubReference = '" + reference + "'");
    }

    /**
     * Every message the selector (or none) picks, left in place. A queue the broker has not created yet (nothing
     * was ever committed to it) holds nothing.
     */
    public List<Received> browseWhere(String queue, String selector) {
        List<Received> out = new ArrayList<>();
        try (Session s = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            QueueBrowser b = s.createBrowser(s.createQueue(queue), selector);
            for (Object o : Collections.list(b.getEnumeration())) {
                out.add(received((Message) o));
            }
        } catch (jakarta.jms.InvalidDestinationException e) {
            return List.of();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Takes every message the selector picks off the queue; returns how many. */
    public int purge(String queue, String selector) {
        int n = 0;
        try (Session s = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            MessageConsumer c = selector == null ? s.createConsumer(s.createQueue(queue))
                    : s.createConsumer(s.createQueue(queue), selector);
            while (c.receive(200) != null) {
                n++;
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    private static Received received(Message m) throws JMSException {
        Map<String, Object> props = new LinkedHashMap<>();
        Enumeration<?> names = m.getPropertyNames();
        while (names.hasMoreElements()) {
            String n = (String) names.nextElement();
            props.put(n, m.getObjectProperty(n));
        }
        return new Received(((TextMessage) m).getText(), props, m.getJMSPriority());
    }

    /** A new client to the same broker: for a test whose client's connection died (a loaded machine, a restart). */
    public QueueClient reconnected() {
        close();
        return new QueueClient(url, user, password);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (JMSException ignored) {
            // closing anyway
        }
    }
}
