package org.ypsa.hub.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.QueueDepths;
import org.ypsa.hub.adapter.mail.MailRequeue;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.EventStore;
import org.ypsa.hub.config.LiveConfig;

/**
 * The Held mail page: rejected and unrecognised emails as they wait on hub.rejected and hub.unrecognised (with
 * the problems, the reason and the labels the hub could not place), messages on the dead-letter queues, and which
 * of them an admin has marked handled (from the read model). Admins' actions are audited with who and why.
 */
@Component
public class HeldMail {
    private static final int MOST = 200;
    /** Where the broker puts dead letters, one DLQ.<queue> each (BrokerConfig, docs/operations.md). */
    static final String DEAD_LETTER_ADDRESS = "DLA";

    public record Problem(String field, String problem, String expected) {
    }

    public record Item(String reference, String kind, String received, String formType, String sender,
            List<Problem> problems, List<String> unplaced, String reason, String handledBy) {
    }

    public record DeadLetter(String queue, String messageId, String reference, String kind, boolean resendable) {
    }

    public record View(List<Item> items, List<DeadLetter> deadLetters) {
    }

    private final ClockStore broker;
    private final QueueDepths depths;
    private final LiveConfig live;
    private final EventStore events;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final MailRequeue requeue;

    public HeldMail(ClockStore broker, QueueDepths depths, LiveConfig live, EventStore events, AuditLog audit,
            ObjectMapper hubJson, MailRequeue requeue) {
        this.requeue = requeue;
        this.broker = broker;
        this.depths = depths;
        this.live = live;
        this.events = events;
        this.audit = audit;
        this.json = hubJson;
    }

    public View view() throws JMSException {
        List<Item> items = new ArrayList<>();
        List<DeadLetter> dead = new ArrayList<>();
        try (Connection c = broker.connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            for (String q : List.of(live.props().queues().rejected(), live.props().queues().unrecognised())) {
                for (Message m : browse(s, q)) {
                    if (m instanceof TextMessage t) {
                        items.add(item(t.getText()));
                    }
                }
            }
            // Only those the broker has: browsing a missing one would create it, catching every dead letter.
            for (String dlq : depths.deadLetters().keySet()) {
                for (Message m : browse(s, DEAD_LETTER_ADDRESS + "::" + dlq)) {
                    String ref = m.getStringProperty("hubReference");
                    String kind = m.getStringProperty("hubAlertKind") != null ? m.getStringProperty("hubAlertKind")
                            : m.getStringProperty("hubFormType");
                    dead.add(new DeadLetter(dlq, m.getJMSMessageID(), ref == null ? "" : ref,
                            kind == null ? "" : kind, true));
                }
            }
        }
        Map<String, String> handled = handled(items.stream().map(Item::reference).toList());
        items = items.stream().map(i -> handled.containsKey(i.reference()) ? new Item(i.reference(), i.kind(),
                i.received(), i.formType(), i.sender(), i.problems(), i.unplaced(), i.reason(),
                handled.get(i.reference())) : i).toList();
        return new View(items, dead);
    }

    private Map<String, String> handled(List<String> references) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EventStore.Row r : events.about(references, List.of(AuditEvent.HANDLED.id()))) {
            out.put(r.reference(), String.valueOf(r.get("by")));
        }
        return out;
    }

    private Item item(String text) {
        try {
            JsonNode n = json.readTree(text);
            List<Problem> problems = new ArrayList<>();
            for (JsonNode p : n.path("problems")) {
                String field = p.path("field").asText("");
                String where = p.path("where").asText("");
                problems.add(new Problem(where.isEmpty() ? field : where + ": " + field, p.path("problem").asText(""),
                        p.path("expected").asText("")));
            }
            List<String> unplaced = new ArrayList<>();
            n.path("unplacedLabels").forEach(l -> unplaced.add(l.asText()));
            String received = n.path("receivedAt").asText("");
            try {
                received = Today.WHEN.format(Instant.parse(received).atZone(live.props().zone()));
            } catch (RuntimeException notAnInstant) {
                // shown as written
            }
            return new Item(n.path("reference").asText(), n.path("outcome").asText(), received,
                    n.path("formType").asText(""), n.path("source").path("sender").asText(""), problems, unplaced,
                    n.path("reason").asText(""), null);
        } catch (java.io.IOException e) {
            return new Item("", "unreadable", "", "", "", List.of(), List.of(), "not the hub's JSON", null);
        }
    }

    private List<Message> browse(Session s, String queue) throws JMSException {
        List<Message> out = new ArrayList<>();
        try (QueueBrowser b = s.createBrowser(s.createQueue(queue))) {
            Enumeration<?> e = b.getEnumeration();
            while (e.hasMoreElements() && out.size() < MOST) {
                out.add((Message) e.nextElement());
            }
        }
        return out;
    }

    /**
     * Puts a held email back in the mailbox it arrived at as a new email, to be read again (MailRequeue); returns
     * the new reference, or empty when the trail does not say where it arrived or its original is gone.
     */
    public java.util.Optional<String> reprocess(Staff who, String reference, String why)
            throws java.io.IOException, jakarta.mail.MessagingException {
        java.util.Optional<EventStore.Row> received = events.about(List.of(reference), List.of(AuditEvent.RECEIVED.id())).stream()
                .filter(r -> r.get("originalSha256") != null).findFirst();
        if (received.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object mailbox = received.get().get("mailbox");
        String again = requeue.requeue(reference, mailbox == null ? "" : mailbox.toString(),
                received.get().get("originalSha256").toString());
        audit.record(reference, AuditEvent.REPROCESSED, Map.of("by", who.login(), "reason", why, "newReference", again));
        return java.util.Optional.of(again);
    }

    /** Marks a held item handled: only an audit event, with who and why; the message stays for the record. */
    public void markHandled(Staff who, String reference, String why) {
        audit.record(reference, AuditEvent.HANDLED, Map.of("by", who.login(), "reason", why));
        events.caughtUp();
    }

    /**
     * Sends a dead-lettered message back to the queue it died on, in one transaction (taken off the dead-letter
     * queue only if the copy is sent). The broker's duplicate id is left off: the first copy's id is remembered.
     * Returns the reference it carried, or null when it was no longer there.
     */
    public String resend(Staff who, String deadLetterQueue, String messageId, String why) throws JMSException {
        Set<String> known = live.props().queues().all().stream().map(q -> "DLQ." + q).collect(Collectors.toSet());
        if (!known.contains(deadLetterQueue) || !messageId.matches("ID:[A-Za-z0-9:-]{1,100}")) {
            throw new IllegalArgumentException("not a hub dead-letter queue or message id");
        }
        String original = deadLetterQueue.substring("DLQ.".length());
        try (Connection c = broker.connect(); Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer from = s.createConsumer(s.createQueue(DEAD_LETTER_ADDRESS + "::" + deadLetterQueue),
                        "JMSMessageID = '" + messageId + "'")) {
            Message m = from.receive(2000);
            if (m == null) {
                s.rollback();
                return null;
            }
            Queue to = s.createQueue(original);
            Message copy = s.createTextMessage(((TextMessage) m).getText());
            for (Object name : Collections.list(m.getPropertyNames())) {
                String k = name.toString();
                if (!k.startsWith("_AMQ") && !k.startsWith("JMSX")) {
                    copy.setObjectProperty(k, m.getObjectProperty(k));
                }
            }
            try (MessageProducer p = s.createProducer(to)) {
                p.send(copy, m.getJMSDeliveryMode(), m.getJMSPriority(), 0);
            }
            s.commit();
            String ref = m.getStringProperty("hubReference");
            audit.record(ref == null ? "dead-letter" : ref, AuditEvent.RESENT, Map.of("by", who.login(), "reason", why,
                    "from", deadLetterQueue, "to", original));
            return ref == null ? "" : ref;
        }
    }
}
