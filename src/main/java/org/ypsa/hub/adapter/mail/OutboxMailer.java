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
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.Outbound;
import org.ypsa.hub.adapter.jms.OutboundMail;
import org.ypsa.hub.adapter.jms.OutboundText;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.adapter.store.SentLedger;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;

/**
 * The outbox's steps (routes/outbox.yaml): reads an outbox message (an email smtpSender mails, or a text), records
 * the sending, and decides what a failed send becomes: refused for good, or tried again later
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
    /** JMS property of a later try: when the email was first tried (its number: {@link Outbound#ATTEMPT}). */
    public static final String FIRST_TRIED = "hubFirstTried";
    /** Artemis delivers a message carrying this property (epoch millis) no sooner than then. */
    static final String DELIVER_AT = "_AMQ_SCHED_DELIVERY";
    /** Exchange properties: whether it is a text, a note for the admin's digest (the message: {@link Outbound#MESSAGE}). */
    public static final String TEXT = "hubText";
    public static final String ADMIN_NOTE = "hubAdminNote";
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
        exchange.setProperty(Outbound.ATTEMPT, exchange.getIn().getHeader(Outbound.ATTEMPT, 1, Integer.class));
        exchange.setProperty(FIRST_TRIED, exchange.getIn().getHeader(FIRST_TRIED, clock.millis(), Long.class));
        exchange.setProperty("hubPriority", exchange.getIn().getHeader("JMSPriority", 4, Integer.class));
        Outbound o = json.readValue(body, Outbound.class);
        exchange.setProperty(IntakeProcessor.REFERENCE, o.reference());
        exchange.setProperty(Outbound.MESSAGE, o);
        exchange.setProperty("hubOutboundJson", body);
        exchange.getIn().removeHeaders("*");
        if (o instanceof OutboundText) {
            exchange.setProperty(TEXT, true); // sent by outboxTexter, not SMTP
        }
        // else mailed by smtpSender from the OutboundMail itself
    }

    public void sent(Exchange exchange) {
        Outbound o = exchange.getProperty(Outbound.MESSAGE, Outbound.class);
        if (o instanceof OutboundText t) {
            ledger.record(exchange.getProperty(SENT_KEY, String.class)); // an email's is written by SmtpSender
            audit.record(t.reference(), AuditEvent.TEXT_SENT, Map.of("kind", t.kind(), "to", t.shownTo(),
                    "attempts", exchange.getProperty(Outbound.ATTEMPT, Integer.class)));
            meters.counter("hub.notify.sent", "kind", t.kind()).increment();
            return;
        }
        OutboundMail m = (OutboundMail) o;
        audit.record(m.reference(), "alert".equals(m.kind()) ? AuditEvent.ALERT_SENT : AuditEvent.ACKNOWLEDGED,
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
        Outbound o = exchange.getProperty(Outbound.MESSAGE, Outbound.class);
        String key = exchange.getProperty(SENT_KEY, String.class);
        int attempt = exchange.getProperty(Outbound.ATTEMPT, Integer.class);
        Instant now = clock.instant();
        Instant firstTried = Instant.ofEpochMilli(exchange.getProperty(FIRST_TRIED, Long.class));
        Next next = o instanceof OutboundText ? forText(e, attempt, firstTried, now) : forMail(o, e, attempt, firstTried,
                now);
        exchange.getIn().removeHeaders("*");
        String what = o instanceof OutboundText ? "Text" : "Email";
        if (next instanceof Next.GiveUp g) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("kind", o.kind());
            detail.put("attempts", attempt);
            detail.put("reason", g.reason());
            detail.put("why", why(o));
            audit.record(o.reference(), o instanceof OutboundText ? AuditEvent.TEXT_NOT_SENT : AuditEvent.UNDELIVERABLE, detail);
            meters.counter("hub.outbox.undeliverable", "kind", o.kind()).increment();
            LOG.warn("{} {} for {} could not be delivered: {}; kept for the admin's digest", what, o.kind(),
                    o.reference(), g.reason());
            if (DIGEST_KIND.equals(o.kind())) {
                exchange.setProperty(NEXT, null); // the admin's own digest is not listed in the next one
                return;
            }
            exchange.getIn().setBody(json.writeValueAsString(undeliverable(o, g.reason(), now)));
            exchange.getIn().setHeader(ClockStore.DUPLICATE_ID, key + ":undeliverable");
            exchange.getIn().setHeader("hubReference", o.reference());
            exchange.setProperty(NEXT, live.props().queues().undeliverable());
        } else if (next instanceof Next.Later l) {
            if (l.counted()) {
                meters.counter("hub.outbox.retries", "kind", o.kind()).increment();
                LOG.warn("{} {} for {} not sent on try {} ({}); tried again at {}, the lane goes on", what, o.kind(),
                        o.reference(), attempt, e == null ? "unknown" : e.getClass().getSimpleName(), l.at());
            }
            if (l.tellAdmin() != null) {
                // Told once per text (the broker drops a second note with the same id), and still tried again.
                exchange.setProperty(ADMIN_NOTE, json.writeValueAsString(undeliverable(o, l.tellAdmin(), now)));
                exchange.setProperty(ADMIN_NOTE + "Id", key + ":refused");
                audit.record(o.reference(), AuditEvent.TEXT_REFUSED, Map.of("kind", o.kind(), "attempts", attempt,
                        "reason", l.tellAdmin()));
            }
            int tries = l.counted() ? attempt + 1 : attempt;
            exchange.getIn().setBody(exchange.getProperty("hubOutboundJson", String.class));
            exchange.getIn().setHeader(ClockStore.DUPLICATE_ID, l.counted() ? key + ":try:" + (attempt + 1)
                    : key + ":held:" + now.toEpochMilli());
            exchange.getIn().setHeader(Outbound.ATTEMPT, tries);
            exchange.getIn().setHeader(FIRST_TRIED, firstTried.toEpochMilli());
            exchange.getIn().setHeader(DELIVER_AT, l.at().toEpochMilli());
            exchange.getIn().setHeader("hubReference", o.reference());
            exchange.setProperty(NEXT, ((JmsEndpoint) exchange.getFromEndpoint()).getDestinationName());
        }
        exchange.getIn().setHeader("JMSPriority", exchange.getProperty("hubPriority", Integer.class));
        exchange.getIn().setHeader("JMSDeliveryMode", jakarta.jms.DeliveryMode.PERSISTENT);
    }

    /** The admin's note, as the route puts it on hub.queues.undeliverable beside the text's later try. */
    public void adminNote(Exchange exchange) {
        exchange.getIn().removeHeaders("*");
        exchange.getIn().setBody(exchange.getProperty(ADMIN_NOTE, String.class));
        exchange.getIn().setHeader(ClockStore.DUPLICATE_ID, exchange.getProperty(ADMIN_NOTE + "Id", String.class));
        exchange.getIn().setHeader("hubReference", exchange.getProperty(IntakeProcessor.REFERENCE, String.class));
        exchange.getIn().setHeader("JMSDeliveryMode", jakarta.jms.DeliveryMode.PERSISTENT);
    }

    /** What follows a failed send: given up (for the admin's digest), or a later try. */
    sealed interface Next {
        record GiveUp(String reason) implements Next {
        }

        /** At that moment; counted as a retry unless held back; tellAdmin: a reason for the digest, or null. */
        record Later(Instant at, boolean counted, String tellAdmin) implements Next {
        }
    }

    /**
     * An email refused for good (5xx for the recipient) ends; a reply unsent after give-up-after too; anything else
     * is tried again after a back-off (an alert until it goes).
     */
    private Next forMail(Outbound m, Exception e, int attempt, Instant firstTried, Instant now) {
        HubProperties.Outbox settings = live.props().outbox();
        Optional<Integer> refused = refusedForGood(e);
        if (refused.isPresent()) {
            return new Next.GiveUp("the recipient's mail server refused it (" + refused.get() + ")");
        }
        if (!"alert".equals(m.kind()) && Duration.between(firstTried, now).compareTo(settings.giveUpAfter()) >= 0) {
            return new Next.GiveUp("the mail server did not accept it in " + settings.giveUpAfter() + " of trying");
        }
        return new Next.Later(now.plus(settings.backOff(attempt)), true, null);
    }

    /**
     * A text held back for the hourly limits goes when the hour allows; refused (4xx) or Notify unavailable, it is
     * tried again after the outbox's back-off (the admin told of a refusal, which needs a person to fix the key, the
     * template or the number); after hub.notify.give-up-after, or with Notify switched off, it is given up.
     */
    private Next forText(Exception e, int attempt, Instant firstTried, Instant now) {
        HubProperties.Notify notify = live.props().govNotify();
        if (e instanceof org.ypsa.hub.adapter.notify.TextNotSent.HeldBack h) {
            return new Next.Later(h.until(), false, null);
        }
        if (e instanceof org.ypsa.hub.adapter.notify.TextNotSent.Off || notify == null) {
            return new Next.GiveUp(e.getMessage());
        }
        if (Duration.between(firstTried, now).compareTo(notify.giveUpAfter()) >= 0) {
            return new Next.GiveUp("not sent in " + notify.giveUpAfter() + " of trying (" + (e == null ? "unknown"
                    : e.getMessage()) + "); the email went");
        }
        String tell = e instanceof org.ypsa.hub.adapter.notify.TextNotSent.Refused ? e.getMessage()
                + "; check the API key, the template id and the number; it is tried again" : null;
        return new Next.Later(now.plus(live.props().outbox().backOff(attempt)), true, tell);
    }

    private static Undeliverable undeliverable(Outbound o, String reason, Instant now) {
        String subject = o instanceof OutboundMail m ? m.subject()
                : "text: " + ((OutboundText) o).personalisation().get("alert");
        return new Undeliverable(Undeliverable.SCHEMA, o.reference(), o.kind(), o.shownTo(), subject, reason,
                now.toString());
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

    private static String why(Outbound o) {
        if (o instanceof OutboundText) {
            return "a clock step that texts (config/schedules.yml channels)";
        }
        OutboundMail m = (OutboundMail) o;
        return m.why() != null ? m.why() : "not recorded: queued by an earlier version of the hub";
    }
}
