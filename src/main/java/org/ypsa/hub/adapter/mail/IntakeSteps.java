package org.ypsa.hub.adapter.mail;

import java.util.List;
import java.util.Map;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Session;
import org.apache.camel.Exchange;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.Disclosures;
import org.ypsa.hub.adapter.jms.Dispatch;
import org.ypsa.hub.adapter.store.AuditLog;

/**
 * The intake route's last step: every message a mail's decision sends (its outcome, the reply, alerts, clocks)
 * goes to the broker in one transaction, one commit for the lot; only then is the mail moved out of the inbox.
 */
@Component("intakeSteps")
public class IntakeSteps {
    private final AuditLog audit;
    private final ClockStore store;
    private final DecisionJournal decisions;
    private final JmsTemplate transacted;
    private final JmsTemplate oneByOne;

    public IntakeSteps(AuditLog audit, ClockStore store, DecisionJournal decisions, ConnectionFactory connectionFactory) {
        this.audit = audit;
        this.store = store;
        this.decisions = decisions;
        this.transacted = new JmsTemplate(connectionFactory);
        this.transacted.setSessionTransacted(true);
        this.oneByOne = new JmsTemplate(connectionFactory);
    }

    /**
     * Sends the mail's messages and records its decision committed. A decision made before (the mail read again
     * after a crash) is sent message by message instead: its first transaction may have committed, and the broker
     * drops each message it already has by its duplicate id, where it would refuse a whole transaction.
     */
    public void dispatch(Exchange exchange) {
        String reference = exchange.getProperty(IntakeProcessor.REFERENCE, String.class);
        String replayed = exchange.getProperty(IntakeProcessor.REPLAYED, String.class);
        if ("committed".equals(replayed)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Dispatch> dispatches = exchange.getProperty(IntakeProcessor.DISPATCHES, List.class);
        if (replayed == null) {
            transacted.execute((Session s) -> {
                try {
                    for (Dispatch d : dispatches) {
                        store.send(s, d);
                    }
                    s.commit();
                } catch (jakarta.jms.JMSException | RuntimeException e) {
                    s.rollback();
                    throw e;
                }
                return null;
            }, true);
        } else {
            oneByOne.execute((Session s) -> {
                for (Dispatch d : dispatches) {
                    store.send(s, d);
                }
                return null;
            }, true);
        }
        decisions.committed(reference);
        for (Dispatch d : dispatches) {
            Map<String, Object> detail = new java.util.LinkedHashMap<>(Map.of("queue", d.queue(), "why", why(d)));
            if (d.properties().get("hubAlertKind") != null) {
                detail.put("alert", d.properties().get("hubAlertKind")); // what the Beds page looks for
            }
            audit.record(reference, d.kind().id(), detail);
        }
    }

    private static String why(Dispatch d) {
        Object outcome = d.properties().get("hubOutcome");
        Object detail = d.properties().getOrDefault("hubAlertKind",
                outcome == null || "routed".equals(outcome) ? d.properties().get("hubFormType") : outcome);
        return Disclosures.why(d.kind().event(), detail == null ? null : detail.toString());
    }
}
