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

    public OutboxMailer(ObjectMapper hubJson, LiveConfig live, AuditLog audit) {
        this.json = hubJson;
        this.live = live;
        this.audit = audit;
    }

    public void toMail(Exchange exchange) throws Exception {
        OutboundMail m = json.readValue(exchange.getIn().getBody(String.class), OutboundMail.class);
        exchange.setProperty(IntakeProcessor.REFERENCE, m.reference());
        exchange.setProperty("hubReplyKind", m.kind());
        exchange.setProperty("hubReplyTo", m.to());
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
        String kind = exchange.getProperty("hubReplyKind", String.class);
        audit.record(exchange.getProperty(IntakeProcessor.REFERENCE, String.class),
                "alert".equals(kind) ? "alert-sent" : "acknowledged",
                Map.of("kind", exchange.getProperty("hubReplyKind", String.class),
                        "to", exchange.getProperty("hubReplyTo", String.class)));
    }
}
