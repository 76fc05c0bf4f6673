package org.ypsa.hub.adapter.jms;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.mail.OutboxMailer;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.config.LiveConfig;

/**
 * The admin's digest (routes/outbox-digest.yaml): every hub.outbox.digest-every, one email to hub.admin-email
 * listing the emails the mail server refused for good (taken off hub.queues.undeliverable in the same broker
 * transaction as the digest is queued) and any messages newly dead-lettered. Nothing is sent when there is
 * nothing new, and never one email per failure.
 */
@Component("outboxDigest")
public class OutboxDigest {
    /** The most refused emails one digest lists; the rest wait for the next one. */
    static final int MAX_LISTED = 200;

    private final ClockStore store;
    private final QueueDepths depths;
    private final Outgoing outgoing;
    private final LiveConfig live;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;
    /** Dead letters per queue the admin was last told of: only an increase is news. */
    private final Map<String, Long> told = new LinkedHashMap<>();

    public OutboxDigest(ClockStore store, QueueDepths depths, Outgoing outgoing, LiveConfig live,
            ObjectMapper hubJson, AuditLog audit, Clock clock) {
        this.store = store;
        this.depths = depths;
        this.outgoing = outgoing;
        this.live = live;
        this.json = hubJson;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the digest if there is anything new; returns how many refused emails it listed. */
    public synchronized int run() throws JMSException, IOException {
        Map<String, Long> dead = depths.deadLetters();
        Map<String, Long> news = new LinkedHashMap<>();
        dead.forEach((q, n) -> {
            if (n > told.getOrDefault(q, 0L)) {
                news.put(q, n);
            }
        });
        try (Connection c = store.connect(); Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer undeliverable = s.createConsumer(s.createQueue(live.props().queues().undeliverable()))) {
            List<OutboxMailer.Undeliverable> refused = new ArrayList<>();
            Message m;
            while (refused.size() < MAX_LISTED && (m = undeliverable.receiveNoWait()) != null) {
                refused.add(json.readValue(((TextMessage) m).getText(), OutboxMailer.Undeliverable.class));
            }
            if (refused.isEmpty() && news.isEmpty()) {
                s.commit();
                return 0;
            }
            Instant now = clock.instant();
            String id = "digest-" + now.toEpochMilli();
            store.send(s, outgoing.mail(id, "admin-digest", OutboxMailer.DIGEST_KIND, live.props().adminEmail(),
                    "YPSA Hub: " + refused.size() + " email" + (refused.size() == 1 ? "" : "s") + " not delivered"
                            + (news.isEmpty() ? "" : ", dead letters waiting"),
                    text(refused, news), null, id));
            s.commit();
            told.clear();
            told.putAll(dead);
            audit.record(id, "admin-digest-queued", Map.of("undeliverable", refused.size(), "deadLetterQueues",
                    news.size()));
            return refused.size();
        }
    }

    private static String text(List<OutboxMailer.Undeliverable> refused, Map<String, Long> news) {
        StringBuilder t = new StringBuilder();
        if (!refused.isEmpty()) {
            t.append("These emails (and texts) from the hub could not be delivered. Each is recorded in the audit trail ")
                    .append("under its reference; correct the address or number at its source (the form or the ")
                    .append("directory), or the Notify settings (docs/notify.md), and tell the person another way if ")
                    .append("it matters.\n\n");
            for (OutboxMailer.Undeliverable u : refused) {
                t.append("- ").append(u.reference()).append(" (").append(u.kind()).append(") to ").append(u.to())
                        .append(": ").append(u.reason()).append(", ").append(u.refusedAt()).append("\n");
            }
        }
        if (!news.isEmpty()) {
            t.append(refused.isEmpty() ? "" : "\n").append("Messages the broker dead-lettered, waiting for an admin ")
                    .append("(read them with a JMS client; see docs/operations.md):\n\n");
            news.forEach((q, n) -> t.append("- ").append(q).append(": ").append(n).append("\n"));
        }
        return t.toString();
    }
}
