package org.ypsa.hub.adapter.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import org.apache.camel.Exchange;
import org.apache.camel.component.jms.JmsEndpoint;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.OutboundMail;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.adapter.store.SentLedger;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;

/**
 * The outbox's steps (routes/outbox.yaml): turns an outbox message into the headers and text the SMTP endpoint
 * sends, records the sending, and decides what a failed send becomes: refused for good, or tried again later
 * without holding the lane.
 */
@Component("outboxMailer")
public class OutboxMailer {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxMailer.class);
    /** Exchange properties: the outbox message's key, and whether the mail server already accepted it. */
    public static final String SENT_KEY = "hubSentKey";
    public static final String ALREADY_SENT = "hubAlreadySent";
    /** Exchange property: the queue a failed email's next message goes to (a later try, or undeliverable). */
    public static final String NEXT = "hubOutboxNext";
    public static final String SEND_FAILED = "hubSendFailed";
    /** JMS properties of a later try: its number, and when the email was first tried. */
    public static final String ATTEMPT = "hubAttempt";
    public static final String FIRST_TRIED = "hubFirstTried";
    /** Artemis delivers a message carrying this property (epoch millis) no sooner than then. */
    static final String DELIVER_AT = "_AMQ_SCHED_DELIVERY";
    /** The admin's own digest: never listed in a digest if it is refused, or it would loop. */
    public static final String DIGEST_KIND = "admin-digest";

    private final ObjectMapper json;
    private final LiveConfig live;
    private final AuditLog audit;
    private final SentLedger ledger;
    private final Clock clock;
    private final MeterRegistry meters;

    public OutboxMailer(ObjectMapper hubJson, LiveConfig live, AuditLog audit, SentLedger ledger, Clock clock,
            MeterRegistry meters) {
        this.ledger = ledger;
        this.json = hubJson;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
        this.meters = meters;
    }

    /** An email the mail server refused for good, as kept on hub.queues.undeliverable for the admin's digest. */
    public record Undeliverable(String schema, String reference, String kind, String to, String subject,
            String reason, String refusedAt) {
        public static final String SCHEMA = "ypsa-hub/undeliverable/v1";
    }

    public void toMail(Exchange exchange) throws Exception {
        String body = exchange.getIn().getBody(String.class);
        // The same outbox message, redelivered after a broker failure or tried again later, has the same key.
        String key = OriginalStore.sha256(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        exchange.setProperty(SENT_KEY, key);
        exchange.setProperty(ALREADY_SENT, ledger.contains(key));
        exchange.setProperty(ATTEMPT, exchange.getIn().getHeader(ATTEMPT, 1, Integer.class));
        exchange.setProperty(FIRST_TRIED, exchange.getIn().getHeader(FIRST_TRIED, clock.millis(), Long.class));
        exchange.setProperty("hubPriority", exchange.getIn().getHeader("JMSPriority", 4, Integer.class));
        OutboundMail m = json.readValue(body, OutboundMail.class);
        exchange.setProperty(IntakeProcessor.REFERENCE, m.reference());
        exchange.setProperty("hubOutbound", m);
        exchange.setProperty("hubOutboundJson", body);
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
        OutboundMail m = exchange.getProperty("hubOutbound", OutboundMail.class);
        audit.record(m.reference(), "alert".equals(m.kind()) ? "alert-sent" : "acknowledged",
                Map.of("kind", m.kind(), "to", m.to(), "why", why(m)));
    }

    /**
     * A send failed. Refused for good (the server answered 5xx for the recipient): the email ends here, audited,
     * and is kept for the admin's digest. Anything else (the server down, busy, a 4xx): a copy is put back on the
     * lane to be tried after a back-off, and the lane goes on with the next email. A reply still unsent after
     * hub.outbox.give-up-after is kept for the digest too; an alert is tried until it goes.
     */
    public void failed(Exchange exchange) throws Exception {
        exchange.setProperty(SEND_FAILED, true);
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        OutboundMail m = exchange.getProperty("hubOutbound", OutboundMail.class);
        String key = exchange.getProperty(SENT_KEY, String.class);
        int attempt = exchange.getProperty(ATTEMPT, Integer.class);
        Instant now = clock.instant();
        Instant firstTried = Instant.ofEpochMilli(exchange.getProperty(FIRST_TRIED, Long.class));
        HubProperties.Outbox settings = live.props().outbox();
        Optional<Integer> refused = refusedForGood(e);
        boolean givenUp = refused.isEmpty() && !"alert".equals(m.kind())
                && Duration.between(firstTried, now).compareTo(settings.giveUpAfter()) >= 0;
        exchange.getIn().removeHeaders("*");
        if (refused.isPresent() || givenUp) {
            String reason = refused.map(code -> "the recipient's mail server refused it (" + code + ")")
                    .orElse("the mail server did not accept it in " + settings.giveUpAfter() + " of trying");
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("kind", m.kind());
            detail.put("attempts", attempt);
            detail.put("reason", reason);
            detail.put("why", why(m));
            audit.record(m.reference(), "undeliverable", detail);
            meters.counter("hub.outbox.undeliverable", "kind", m.kind()).increment();
            LOG.warn("Email {} for {} could not be delivered: {}; kept for the admin's digest", m.kind(), m.reference(),
                    reason);
            if (DIGEST_KIND.equals(m.kind())) {
                exchange.setProperty(NEXT, null); // the admin's own digest is not listed in the next one
                return;
            }
            exchange.getIn().setBody(json.writeValueAsString(new Undeliverable(Undeliverable.SCHEMA, m.reference(),
                    m.kind(), m.to(), m.subject(), reason, now.toString())));
            exchange.getIn().setHeader(ClockStore.DUPLICATE_ID, key + ":undeliverable");
            exchange.getIn().setHeader("hubReference", m.reference());
            exchange.setProperty(NEXT, live.props().queues().undeliverable());
        } else {
            Duration wait = settings.backOff(attempt);
            meters.counter("hub.outbox.retries", "kind", m.kind()).increment();
            LOG.warn("Email {} for {} not sent on try {} ({}); tried again in {}s, the lane goes on", m.kind(),
                    m.reference(), attempt, e == null ? "unknown" : e.getClass().getSimpleName(), wait.toSeconds());
            exchange.getIn().setBody(exchange.getProperty("hubOutboundJson", String.class));
            exchange.getIn().setHeader(ClockStore.DUPLICATE_ID, key + ":try:" + (attempt + 1));
            exchange.getIn().setHeader(ATTEMPT, attempt + 1);
            exchange.getIn().setHeader(FIRST_TRIED, firstTried.toEpochMilli());
            exchange.getIn().setHeader(DELIVER_AT, now.plus(wait).toEpochMilli());
            exchange.getIn().setHeader("hubReference", m.reference());
            exchange.setProperty(NEXT, ((JmsEndpoint) exchange.getFromEndpoint()).getDestinationName());
        }
        exchange.getIn().setHeader("JMSPriority", exchange.getProperty("hubPriority", Integer.class));
        exchange.getIn().setHeader("JMSDeliveryMode", jakarta.jms.DeliveryMode.PERSISTENT);
    }

    /** The SMTP reply code when the server refused the recipient for good (5xx at RCPT), else empty. */
    static Optional<Integer> refusedForGood(Throwable e) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException me && me.getNextException() != null
                ? me.getNextException() : t.getCause()) {
            if (t instanceof SMTPAddressFailedException a && a.getReturnCode() >= 500) {
                return Optional.of(a.getReturnCode());
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String why(OutboundMail m) {
        return m.why() != null ? m.why() : "not recorded: queued by an earlier version of the hub";
    }
}
