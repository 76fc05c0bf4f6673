package org.ypsa.hub.adapter.mail;

import java.util.Map;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.store.AuditLog;

/** The small steps of the intake route after the outcome is on its queue. */
@Component("intakeSteps")
public class IntakeSteps {
    private final AuditLog audit;

    public IntakeSteps(AuditLog audit) {
        this.audit = audit;
    }

    /** Records the routing and makes the reply (if any) the body, with its own duplicate id. */
    public void prepareReply(Exchange exchange) {
        String reference = exchange.getProperty(IntakeProcessor.REFERENCE, String.class);
        audit.record(reference, "routed", Map.of("queue", exchange.getProperty(IntakeProcessor.QUEUE, String.class)));
        String reply = exchange.getProperty(IntakeProcessor.REPLY, String.class);
        exchange.getIn().removeHeaders("*");
        if (reply != null) {
            exchange.getIn().setBody(reply);
            exchange.getIn().setHeader(IntakeProcessor.DUPLICATE_ID, reference + ":reply");
            exchange.getIn().setHeader("hubReference", reference);
        }
    }

    public void replyQueued(Exchange exchange) {
        audit.record(exchange.getProperty(IntakeProcessor.REFERENCE, String.class), "reply-queued", Map.of());
    }
}
