package org.ypsa.hub.adapter.mail;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.OutboundMail;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.config.LiveConfig;

/** Turns an outbox message into the headers and text the SMTP endpoint sends, and records the sending. */
@Component("outboxMailer")
public class OutboxMailer {
    private final ObjectMapper json;
    private final LiveConfig live;
    private final AuditLog audit;
    private final org.ypsa.hub.adapter.store.SentLedger ledger;
    /** Exchange properties: the outbox message's key, and whether the mail server already accepted it. */
    public static final String SENT_KEY = "hubSentKey";
    public static final String ALREADY_SENT = "hubAlreadySent";

    public OutboxMailer(ObjectMapper hubJson, LiveConfig live, AuditLog audit,
            org.ypsa.hub.adapter.store.SentLedger ledger) {
        this.ledger = ledger;
        this.json = hubJson;
        this.live = live;
        this.audit = audit;
    }

    public void toMail(Exchange exchange) throws Exception {
        String body = exchange.getIn().getBody(String.class);
        // The same outbox message, redelivered after a broker failure, has the same key.
        String key = org.ypsa.hub.adapter.store.OriginalStore.sha256(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        exchange.setProperty(SENT_KEY, key);
        exchange.setProperty(ALREADY_SENT, ledger.contains(key));
        OutboundMail m = json.readValue(body, OutboundMail.class);
        exchange.setProperty(IntakeProcessor.REFERENCE, m.reference());
        exchange.setProperty("hubReplyKind", m.kind());
        exchange.setProperty("hubReplyTo", m.to());
        exchange.setProperty("hubReplyWhy", m.why() != null ? m.why() : "not recorded: queued by an earlier version of the hub");
        exchange.getIn().removeHeaders("*");
        exchange.getIn().setHeader("To", m.to());
        exchange.getIn().setHeader("From", "\"" + live.props().replies().fromName() + "\" <" + live.props().replies().from() + ">");
        exchange.getIn().setHeader("Subject", m.subject());
        exchange.getIn().setHeader("Auto-Submitted", "auto-replied");
        exchange.getIn().setHeader("X-YPSA-Reference", m.reference());
        if (m.inReplyTo() != null) {
            exchange.getIn().setHeader("In-Reply-To", m.inReplyTo());
            exchange.getIn().setHeader("References", m.inReplyTo());
        }
        exchange.getIn().setHeader("Content-Type", "text/plain; charset=UTF-8");
        exchange.getIn().setBody(m.text());
    }

    public void sent(Exchange exchange) {
        ledger.record(exchange.getProperty(SENT_KEY, String.class));
        String kind = exchange.getProperty("hubReplyKind", String.class);
        audit.record(exchange.getProperty(IntakeProcessor.REFERENCE, String.class),
                "alert".equals(kind) ? "alert-sent" : "acknowledged",
                Map.of("kind", exchange.getProperty("hubReplyKind", String.class),
                        "to", exchange.getProperty("hubReplyTo", String.class),
                        "why", exchange.getProperty("hubReplyWhy", String.class)));
    }
}
