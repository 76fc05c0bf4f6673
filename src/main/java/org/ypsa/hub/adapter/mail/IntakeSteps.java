package org.ypsa.hub.adapter.mail;

import java.util.Map;

import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.Disclosures;
import org.ypsa.hub.adapter.jms.Dispatch;
import org.ypsa.hub.adapter.store.AuditLog;

/** The steps of the intake route after the outcome is decided: one call per message to send. */
@Component("intakeSteps")
public class IntakeSteps {
    public static final String DISPATCH_QUEUE = "hubDispatchQueue";
    public static final String DISPATCH_KIND = "hubDispatchKind";
    public static final String DISPATCH_WHY = "hubDispatchWhy";
    private final AuditLog audit;

    public IntakeSteps(AuditLog audit) {
        this.audit = audit;
    }

    /** Makes one dispatch (the split's body) the JMS message: body, duplicate id, priority, persistence. */
    public void prepareDispatch(Exchange exchange) {
        Dispatch d = exchange.getIn().getBody(Dispatch.class);
        exchange.getIn().removeHeaders("*");
        exchange.setProperty(DISPATCH_QUEUE, d.queue());
        exchange.setProperty(DISPATCH_KIND, d.kind());
        Object outcome = d.properties().get("hubOutcome");
        Object detail = d.properties().getOrDefault("hubAlertKind",
                outcome == null || "routed".equals(outcome) ? d.properties().get("hubFormType") : outcome);
        exchange.setProperty(DISPATCH_WHY, Disclosures.why(d.kind(), detail == null ? null : detail.toString()));
        exchange.getIn().setBody(d.body());
        exchange.getIn().setHeader(ClockStore.DUPLICATE_ID, d.duplicateId());
        exchange.getIn().setHeader("JMSPriority", d.priority());
        exchange.getIn().setHeader("JMSDeliveryMode", jakarta.jms.DeliveryMode.PERSISTENT);
        d.properties().forEach((k, v) -> exchange.getIn().setHeader(k, v));
    }

    /** Records each message once the broker has it. */
    public void dispatched(Exchange exchange) {
        String reference = exchange.getProperty(IntakeProcessor.REFERENCE, String.class);
        String queue = exchange.getProperty(DISPATCH_QUEUE, String.class);
        audit.record(reference, exchange.getProperty(DISPATCH_KIND, String.class), Map.of("queue", queue,
                "why", exchange.getProperty(DISPATCH_WHY, String.class)));
    }
}
