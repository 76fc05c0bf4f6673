package org.ypsa.hub.adapter.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.mail.Message;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.ClockEntry;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.Dispatch;
import org.ypsa.hub.adapter.jms.HubMessage;
import org.ypsa.hub.adapter.jms.ReplyClosing;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.adapter.store.ReadAttempts;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.Intake;
import org.ypsa.hub.domain.intake.IntakePolicy;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.notify.Texting;

/**
 * The intake step of every mailbox route: keeps the original, recognises, parses and validates the
 * form, and leaves on the exchange the messages to send, outcome first (property hubDispatches).
 * Nothing from the mail reaches the exchange's headers; logs carry only the reference.
 */
@Component("intakeProcessor")
public class IntakeProcessor implements Processor {
    public static final String REFERENCE = "hubReference";
    public static final String DISPATCHES = "hubDispatches";
    /** Set when the mail was read before: "decided" (send the same again) or "committed" (nothing to send). */
    public static final String REPLAYED = "hubReplayed";
    /** Artemis drops a second message with the same value: a mail seen again is not routed twice. */

    private static final Logger LOG = LoggerFactory.getLogger(IntakeProcessor.class);

    private final OriginalStore store;
    private final AuditLog audit;
    private final LiveConfig live;
    private final Clock clock;
    private final MeterRegistry meters;
    private final CarryOut carryOut;
    private final ClockStore clockStore;
    private final ReplyClosing replyClosing;
    private final ReadAttempts readAttempts;
    private final DecisionJournal decisions;
    private final MailHealth mailHealth;
    private final Mailboxes mailboxes;
    private final Texting texting;
    private final InFlight inFlight = new InFlight();
    /** Reading one mail (attachments parsed, form validated); its max is the slowest of the last day. */
    private final Timer readTime;
    private final ReadDeadline deadline;
    /** Reads of one mail that may fail (or stop the hub) before it is held for an admin instead. */
    static final int MAX_READ_ATTEMPTS = 5;

    public IntakeProcessor(OriginalStore store, AuditLog audit, LiveConfig live,
            Clock clock, MeterRegistry meters,
            CarryOut carryOut, ClockStore clockStore,
            ReadAttempts readAttempts, DecisionJournal decisions, MailHealth mailHealth,
            Mailboxes mailboxes, Texting texting,
            ReplyClosing replyClosing) {
        this.replyClosing = replyClosing;
        this.decisions = decisions;
        this.mailHealth = mailHealth;
        this.mailboxes = mailboxes;
        this.texting = texting;
        this.deadline = new ReadDeadline(live.props().readTimeout());
        this.readAttempts = readAttempts;
        this.carryOut = carryOut;
        this.clockStore = clockStore;
        this.meters = meters;
        this.store = store;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
        this.readTime = Timer.builder("hub.intake.read")
                .description("Reading one mail: its attachments parsed and its form validated")
                .distributionStatisticExpiry(Duration.ofHours(24)).distributionStatisticBufferLength(1)
                .register(meters);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        // One configuration for the whole mail, even if an admin's edit is loaded meanwhile.
        LiveConfig.Snapshot config = live.get();
        HubProperties props = config.props();
        // Replaced, never read: reading would make Camel fetch and map the mail's headers, which fails for a
        // mail the server cannot parse (and would fail on every poll, wedging the mailbox).
        exchange.getIn().setHeaders(new java.util.HashMap<>());
        Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
        Mailbox from = exchange.getProperty(PushPollScheduler.MAILBOX, Mailbox.class);
        String mailbox = from.address();

        // Reading from the server can fail transiently: let it throw so the mail stays for the next poll. A mail
        // whose reading failed (or killed the hub) too often is not read again but held for an admin.
        String attemptKey = attemptKey(mail, from.id());
        boolean poison = attemptKey != null && readAttempts.begin(attemptKey) > MAX_READ_ATTEMPTS;
        MailReader.Raw raw;
        try {
            raw = poison ? poisonPlaceholder(attemptKey, clock.instant())
                    : MailReader.fetch(mail, props.maxMessageBytes(), clock.instant());
        } catch (jakarta.mail.MessagingException | java.io.IOException | RuntimeException e) {
            if (!mailHealth.answers(from)) {
                readAttempts.undo(attemptKey); // the server is down, not failing on this mail: not counted
            }
            throw e;
        }

        String reference = Reference.of(MailReader.dedupKey(raw.bytes()));
        exchange.setProperty(REFERENCE, reference);
        // The same mail in two mailboxes is read by two routes at once: one decides, the other finds its decision.
        inFlight.enter(exchange, reference);
        Optional<DecisionJournal.Entry> earlier = decisions.find(reference);
        if (earlier.isPresent()) {
            // Read again (a crash, or moving it out of the inbox failed): its first decision stands, whatever changed
            // since. Already on the broker: nothing is sent; else the same messages go again (the broker drops
            // those it has).
            if (attemptKey != null) {
                readAttempts.done(attemptKey);
            }
            exchange.setProperty(DISPATCHES, earlier.get().dispatches());
            exchange.setProperty(REPLAYED, earlier.get().committed() ? "committed" : "decided");
            audit.record(reference, AuditEvent.READ_AGAIN, Map.of("decision", earlier.get().committed()
                    ? "already committed: nothing sent again" : "decided before: the same messages sent again"));
            LOG.info("Mail {} read again; its first decision stands", reference);
            return;
        }
        OriginalStore.Stored original = store.put(raw.bytes());
        audit.record(reference, AuditEvent.RECEIVED, Map.of("mailbox", from.id(), "originalSha256", original.sha256(),
                "size", original.size()));

        InboundMail in = MailReader.parse(raw.bytes(), mailbox, raw.receivedAt());
        boolean unauthenticated = !poison && HubProperties.SenderAuth.required(props.senderAuth())
                && !MailReader.dmarcPass(raw.bytes(), props.senderAuth().authservId());
        Outcome outcome = unauthenticated ? Outcome.notAuthenticated()
                : poison ? Outcome.heldUnread(MAX_READ_ATTEMPTS, mailbox)
                : decide(config.intake(), props, in, raw, reference, attemptKey);
        if (attemptKey != null) {
            readAttempts.done(attemptKey); // read and decided: what follows (sending) is retried, not counted
        }
        if (outcome instanceof Outcome.Routed r && r.fields() instanceof StaffReply sr) {
            outcome = replyClosing.check(r, sr, new ClosingRights.Replier.ByEmail(sr.repliedBy()), config);
        }
        List<HubMessage.StoredFile> attachments = storeAttachments(in);

        FormRecord fields = outcome instanceof Outcome.Routed routed ? routed.fields() : null;
        Optional<ClockEntry> theCase = fields instanceof StaffReply sr && (sr.tellReferrer() || sr.starts() != null)
                ? clockStore.caseOf(sr.reference()) : Optional.empty();
        IntakePolicy policy = new IntakePolicy(config.intakeSettings(texting.enabled()));
        String queue = policy.destination(outcome);
        HubMessage message = HubMessage.of(reference, in, outcome, attachments, new HubMessage.StoredFile(
                "original.eml", "message/rfc822", original.size(), original.sha256(), original.path()));
        recordDecision(reference, outcome, queue);
        // No reply to a sender the mail server could not authenticate: it may not be who sent it.
        boolean answerSender = in.from() != null && !in.autoGenerated() && !unauthenticated
                && !isOwnAddress(props, in.from());
        List<Action> actions = policy.actions(outcome, new IntakePolicy.Mail(reference, clock.instant(), in.from(),
                answerSender, theCase.isPresent()));
        List<Dispatch> dispatches = carryOut.messages(actions, message, in, theCase, props);
        // Durable before anything is sent: a re-read after a crash sends this decision, never a second one.
        decisions.decided(reference, dispatches);
        audit.record(reference, AuditEvent.DECIDED, Map.of("messages", dispatches.size()));
        if (!from.expects(outcome.formType()) && outcome instanceof Outcome.Routed) {
            audit.record(reference, AuditEvent.ARRIVED_ELSEWHERE, Map.of("mailbox", from.id(), "form", outcome.formType().id()));
        }
        exchange.setProperty(DISPATCHES, dispatches);
        // Counted when decided; a mail seen again after a crash counts again (the queues hold it once).
        meters.counter("hub.forms", "form_type", outcome.formType().id(), "outcome", message.outcome()).increment();
        dispatches.stream().filter(d -> d.kind().is(AuditEvent.ALERT_RECORDED))
                .forEach(d -> meters.counter("hub.alerts", "kind", String.valueOf(d.properties().get("hubAlertKind"))).increment());
        LOG.info("Mail {} from mailbox {}: {} {} to {}", reference, from.id(), message.outcome(), outcome.formType().id(),
                queue);
    }

    private Outcome decide(Intake intake, HubProperties props, InboundMail in, MailReader.Raw raw, String reference,
            String attemptKey) {
        if (raw.truncated()) {
            return Outcome.tooLarge(props.maxMessageBytes());
        }
        try {
            Outcome o = deadline.read(() -> readTime.recordCallable(() -> intake.handle(in)));
            if (deadline.ranOutOfTime(o)) {
                LOG.warn("Mail {} took longer than the read time limit; rejected", reference);
            }
            return o;
        } catch (InterruptedException e) {
            // The hub is stopping: no outcome is decided, and the mail stays in the inbox for the next start; the
            // stop is not the mail's fault, so this read does not count towards holding it unread.
            Thread.currentThread().interrupt();
            readAttempts.undo(attemptKey);
            throw new IllegalStateException("stopped while reading mail " + reference, e);
        } catch (Exception e) {
            // A form the readers choke on is held for an admin; the hub carries on with the next mail.
            LOG.warn("Mail {} could not be read ({}); held for an admin", reference, e.getClass().getName());
            return Outcome.couldNotRead(e);
        }
    }

    private List<HubMessage.StoredFile> storeAttachments(InboundMail in) {
        List<HubMessage.StoredFile> out = new ArrayList<>();
        for (InboundMail.Attachment a : in.attachments()) {
            OriginalStore.Stored s = store.put(a.bytes());
            out.add(new HubMessage.StoredFile(a.name(), a.contentType(), s.size(), s.sha256(), s.path()));
        }
        return out;
    }

    private void recordDecision(String reference, Outcome outcome, String queue) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("formType", outcome.formType().id());
        d.put("queue", queue);
        if (outcome instanceof Outcome.Routed r) {
            audit.record(reference, AuditEvent.RECOGNISED, Map.of("formType", r.formType().id()));
            d.put("warnings", r.warnings().size());
            audit.record(reference, AuditEvent.VALIDATED, d);
        } else if (outcome instanceof Outcome.Rejected r) {
            d.put("problems", r.problems().size());
            audit.record(reference, AuditEvent.REJECTED, d);
        } else {
            audit.record(reference, AuditEvent.UNRECOGNISED, d);
        }
    }

    /** A mail's identity on the server that survives restarts (UIDVALIDITY and UID), or null if it has none. */
    private static String attemptKey(Message mail, String mailbox) {
        try {
            if (mail.getFolder() instanceof jakarta.mail.UIDFolder f) {
                return mailbox + "/" + mail.getFolder().getFullName() + "/" + f.getUIDValidity() + "/" + f.getUID(mail);
            }
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Stands in for a mail that is not read again: unique per mail, so its reference is stable and its own. */
    private static MailReader.Raw poisonPlaceholder(String attemptKey, java.time.Instant now) {
        return new MailReader.Raw(("X-YPSA-Unreadable: " + attemptKey + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII), true, now);
    }

    /** Never answer the hub's own mail: two hubs, or a hub and its own mailbox, must not loop. */
    private boolean isOwnAddress(HubProperties props, String from) {
        return from.equalsIgnoreCase(props.replies().from())
                || mailboxes.all().stream().anyMatch(m -> from.equalsIgnoreCase(m.address()));
    }
}
