package org.ypsa.hub.adapter.jms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.springframework.jms.connection.DelegatingConnectionFactory;
import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.stereotype.Component;
import org.ypsa.hub.config.HubProperties;

/**
 * The clocks queue as a store: pending clocks and the records they are read against (cases, closing replies,
 * the week's void returns). Plain JMS over the broker's own connection factory, so a selector can change with
 * every look ("due before now") without filling a consumer cache.
 */
@Component
public class ClockStore {
    /** Artemis drops a second message with the same value. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final ConnectionFactory factory;
    private final HubProperties props;
    private final ObjectMapper json;

    public ClockStore(ConnectionFactory connectionFactory, HubProperties props, ObjectMapper hubJson) {
        this.factory = unwrap(connectionFactory);
        this.props = props;
        this.json = hubJson;
    }

    private static ConnectionFactory unwrap(ConnectionFactory cf) {
        ConnectionFactory f = cf;
        for (int i = 0; i < 5; i++) {
            if (f instanceof SingleConnectionFactory s && s.getTargetConnectionFactory() != null) {
                f = s.getTargetConnectionFactory();
            } else if (f instanceof DelegatingConnectionFactory d && d.getTargetConnectionFactory() != null) {
                f = d.getTargetConnectionFactory();
            } else {
                break;
            }
        }
        return f;
    }

    /** A new connection, started; the caller closes it. */
    public Connection connect() throws JMSException {
        Connection c = factory.createConnection();
        c.start();
        return c;
    }

    public Queue queue(Session s) throws JMSException {
        return s.createQueue(props.queues().clocks());
    }

    public ClockEntry read(Message m) throws JMSException {
        try {
            return json.readValue(((TextMessage) m).getText(), ClockEntry.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a message on " + props.queues().clocks() + " is not a clock", e);
        }
    }

    /** The case a reference belongs to (who referred, the social worker), when the hub routed one. */
    public Optional<ClockEntry> caseOf(String reference) throws JMSException {
        try (Connection c = connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            List<ClockEntry> found = browse(s, ClockEntry.KIND + " = '" + ClockEntry.CASE + "' AND "
                    + ClockEntry.REFERENCE + " = '" + safe(reference) + "'");
            return found.stream().findFirst();
        }
    }

    /** The clocks of a reference still waiting to fall due (records not included). */
    public List<ClockEntry> pending(String reference) throws JMSException {
        try (Connection c = connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            return browse(s, ClockEntry.REFERENCE + " = '" + safe(reference) + "' AND " + ClockEntry.DUE_AT + " < "
                    + ClockEntry.NEVER);
        }
    }

    /** True when a reply closed this clock of this reference. */
    public boolean isClosed(Session s, String reference, String kind) throws JMSException {
        return !browse(s, ClockEntry.KIND + " = '" + ClockEntry.CLOSED + "' AND " + ClockEntry.REFERENCE + " = '"
                + safe(reference) + "' AND " + ClockEntry.CLOSES + " LIKE '%," + safe(kind) + ",%'").isEmpty();
    }

    /** The void returns recorded for a week, in the order they arrived. */
    public List<ClockEntry> voidReturns(Session s, String week) throws JMSException {
        return browse(s, voidReturnsSelector(week));
    }

    /**
     * Takes the week's void return records off the queue, within the caller's transaction: exactly as many as the
     * summary counted, or it fails (and the caller rolls back), so a return is never taken uncounted. The records
     * kept from an earlier week's summary go with them.
     */
    public List<ClockEntry> takeVoidReturns(Session s, String week, int counted) throws JMSException {
        List<ClockEntry> taken = take(s, voidReturnsSelector(week));
        if (taken.size() != counted) {
            // A return recorded between reading the week and taking it: rolled back, read again on the next tick.
            throw new IllegalStateException("the week's void returns changed while the summary was written ("
                    + counted + " counted, " + taken.size() + " on the queue)");
        }
        take(s, ClockEntry.KIND + " = '" + ClockEntry.VOID_SUMMARISED + "' AND " + ClockEntry.WEEK + " <> '"
                + safe(week) + "'");
        return taken;
    }

    /** The void returns of a week as the Beds page shows them: waiting for the summary, or kept after it. */
    public List<ClockEntry> weekOfVoidReturns(Session s, String week) throws JMSException {
        return browse(s, ClockEntry.KIND + " IN ('" + ClockEntry.VOID_RETURNED + "', '" + ClockEntry.VOID_SUMMARISED
                + "') AND " + ClockEntry.WEEK + " = '" + safe(week) + "'");
    }

    /** Receives every message the selector picks, in the caller's transaction. */
    private List<ClockEntry> take(Session s, String selector) throws JMSException {
        List<ClockEntry> out = new ArrayList<>();
        try (MessageConsumer consumer = s.createConsumer(queue(s), selector)) {
            Message m;
            while ((m = consumer.receiveNoWait()) != null) {
                out.add(read(m)); // committed or rolled back with the caller's transaction
            }
        }
        return out;
    }

    private String voidReturnsSelector(String week) {
        return ClockEntry.KIND + " = '" + ClockEntry.VOID_RETURNED + "' AND " + ClockEntry.WEEK + " = '" + safe(week)
                + "'";
    }

    /** Every clock waiting to fall due (records not included), soonest first. */
    public List<ClockEntry> allPending() throws JMSException {
        try (Connection c = connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            List<ClockEntry> all = new ArrayList<>(browse(s, ClockEntry.DUE_AT + " < " + ClockEntry.NEVER));
            all.sort(java.util.Comparator.comparing(e -> e.dueAt() == null ? java.time.Instant.MAX
                    : java.time.Instant.parse(e.dueAt())));
            return all;
        }
    }

    /** The closing records replies left: each with the reference and, in its context, the clocks it closes. */
    public List<ClockEntry> closings() throws JMSException {
        try (Connection c = connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            return browse(s, ClockEntry.KIND + " = '" + ClockEntry.CLOSED + "'");
        }
    }

    /** How many clocks are waiting to fall due (records not counted). */
    public int pending() throws JMSException {
        try (Connection c = connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            return browse(s, ClockEntry.DUE_AT + " < " + ClockEntry.NEVER).size();
        }
    }

    public List<ClockEntry> browse(Session s, String selector) throws JMSException {
        List<ClockEntry> out = new ArrayList<>();
        try (QueueBrowser b = s.createBrowser(queue(s), selector)) {
            for (Object m : Collections.list(b.getEnumeration())) {
                out.add(read((Message) m));
            }
        }
        return out;
    }

    /** Sends one message in the session (its transaction, if it has one). */
    public void send(Session s, Dispatch d) throws JMSException {
        try (MessageProducer p = s.createProducer(s.createQueue(d.queue()))) {
            TextMessage m = s.createTextMessage(d.body());
            if (d.duplicateId() != null) {
                m.setStringProperty(DUPLICATE_ID, d.duplicateId());
            }
            for (Map.Entry<String, Object> e : d.properties().entrySet()) {
                if (e.getValue() instanceof Long l) {
                    m.setLongProperty(e.getKey(), l);
                } else {
                    m.setStringProperty(e.getKey(), String.valueOf(e.getValue()));
                }
            }
            p.send(m, DeliveryMode.PERSISTENT, d.priority(), 0);
        }
    }

    /** A value going into a selector: references and ids the hub makes, never free text. */
    static String safe(String v) {
        if (v == null || !v.matches("[A-Za-z0-9:._-]+")) {
            throw new IllegalArgumentException("not a hub id");
        }
        return v;
    }
}
