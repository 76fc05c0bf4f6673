package org.ypsa.hub.adapter.mail;

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
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.Outgoing;
import org.ypsa.hub.adapter.jms.QueueDepths;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.config.LiveConfig;

/**
 * The admin's digest (routes/outbox-digest.yaml): every hub.outbox.digest-every, one email to hub.admin-email
 * listing the emails the mail server refused for good (taken off hub.queues.undeliverable in the same broker
 * transaction as the digest is queued), any messages newly dead-lettered and any mailbox that newly cannot log in
 * (told once, again only if its reason changes or it recovers and fails again). Nothing is sent when there is
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
    private final Mailboxes mailboxes;
    /** Mailboxes that could not log in when the admin was last told, with the reason: only a change is news. */
    private final Map<String, String> toldRefused = new LinkedHashMap<>();

    public OutboxDigest(ClockStore store, QueueDepths depths, Outgoing outgoing, LiveConfig live,
            ObjectMapper hubJson, AuditLog audit, Clock clock, Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
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
        Map<String, String> refusedNow = new LinkedHashMap<>();
        for (Mailbox mb : mailboxes.all()) {
            String reason = mailboxes.scheduler(mb.id()).refusedReason();
            if (reason != null) {
                refusedNow.put(mb.id() + " (" + mb.address() + ")", reason);
            }
        }
        Map<String, String> loginNews = new LinkedHashMap<>(refusedNow);
        loginNews.entrySet().removeIf(e -> e.getValue().equals(toldRefused.get(e.getKey())));
        try (Connection c = store.connect(); Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                MessageConsumer undeliverable = s.createConsumer(s.createQueue(live.props().queues().undeliverable()))) {
            List<OutboxMailer.Undeliverable> refused = new ArrayList<>();
            Message m;
            while (refused.size() < MAX_LISTED && (m = undeliverable.receiveNoWait()) != null) {
                refused.add(json.readValue(((TextMessage) m).getText(), OutboxMailer.Undeliverable.class));
            }
            if (refused.isEmpty() && news.isEmpty() && loginNews.isEmpty()) {
                s.commit();
                return 0;
            }
            Instant now = clock.instant();
            String id = "digest-" + now.toEpochMilli();
            store.send(s, outgoing.mail(id, AuditEvent.ADMIN_DIGEST, OutboxMailer.DIGEST_KIND, live.props().adminEmail(),
                    "YPSA Hub: " + refused.size() + " email" + (refused.size() == 1 ? "" : "s") + " not delivered"
                            + (news.isEmpty() ? "" : ", dead letters waiting")
                            + (loginNews.isEmpty() ? "" : ", a mailbox cannot log in"),
                    text(refused, news, loginNews), null, id));
            s.commit();
            told.clear();
            told.putAll(dead);
            toldRefused.clear();
            toldRefused.putAll(refusedNow);
            audit.record(id, AuditEvent.ADMIN_DIGEST_QUEUED, Map.of("undeliverable", refused.size(), "deadLetterQueues",
                    news.size(), "mailboxesRefusingLogin", loginNews.size()));
            return refused.size();
        }
    }

    private static String text(List<OutboxMailer.Undeliverable> refused, Map<String, Long> news,
            Map<String, String> loginNews) {
        StringBuilder t = new StringBuilder();
        if (!loginNews.isEmpty()) {
            t.append("These mailboxes cannot log in, so the hub is not reading them; it tries again every few minutes ")
                    .append("(health: /actuator/health/mail; logins: docs/mail-logins.md):\n\n");
            loginNews.forEach((mb, reason) -> t.append("- ").append(mb).append(": ").append(reason).append("\n"));
            t.append("\n");
        }
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
