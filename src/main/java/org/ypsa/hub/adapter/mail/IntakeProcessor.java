package org.ypsa.hub.adapter.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.ClockEntry;
import org.ypsa.hub.adapter.jms.ClockStarts;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.jms.Dispatch;
import org.ypsa.hub.adapter.jms.Outgoing;
import org.ypsa.hub.adapter.jms.HubMessage;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.DecisionJournal;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.Intake;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.intake.Replies;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.safeguarding.IntelligenceSubmission;
import org.ypsa.hub.domain.safeguarding.IntelligenceValidator;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;

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
    private final org.ypsa.hub.config.LiveConfig live;
    private final Clock clock;
    private final ObjectMapper json;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final Outgoing outgoing;
    private final ClockStarts clockStarts;
    private final ClockStore clockStore;
    private final org.ypsa.hub.adapter.jms.ReplyClosing replyClosing;
    private final org.ypsa.hub.adapter.store.ReadAttempts readAttempts;
    private final DecisionJournal decisions;
    private final MailHealth mailHealth;
    private final Mailboxes mailboxes;
    private final org.ypsa.hub.adapter.notify.NotifyGateway notify;
    private final InFlight inFlight = new InFlight();
    /** Reading one mail (attachments parsed, form validated); its max is the slowest of the last day. */
    private final io.micrometer.core.instrument.Timer readTime;
    private final ReadDeadline deadline;
    /** Reads of one mail that may fail (or stop the hub) before it is held for an admin instead. */
    static final int MAX_READ_ATTEMPTS = 5;

    public IntakeProcessor(OriginalStore store, AuditLog audit, org.ypsa.hub.config.LiveConfig live,
            Clock clock, ObjectMapper hubJson, io.micrometer.core.instrument.MeterRegistry meters,
            Outgoing outgoing, ClockStarts clockStarts, ClockStore clockStore,
            org.ypsa.hub.adapter.store.ReadAttempts readAttempts, DecisionJournal decisions, MailHealth mailHealth,
            Mailboxes mailboxes, org.ypsa.hub.adapter.notify.NotifyGateway notify,
            @org.springframework.beans.factory.annotation.Value("${hub.read-timeout}") java.time.Duration readTimeout,
            org.ypsa.hub.adapter.jms.ReplyClosing replyClosing) {
        this.replyClosing = replyClosing;
        this.decisions = decisions;
        this.mailHealth = mailHealth;
        this.mailboxes = mailboxes;
        this.notify = notify;
        this.deadline = new ReadDeadline(readTimeout);
        this.readAttempts = readAttempts;
        this.outgoing = outgoing;
        this.clockStarts = clockStarts;
        this.clockStore = clockStore;
        this.meters = meters;
        this.store = store;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
        this.json = hubJson;
        this.readTime = io.micrometer.core.instrument.Timer.builder("hub.intake.read")
                .description("Reading one mail: its attachments parsed and its form validated")
                .distributionStatisticExpiry(java.time.Duration.ofHours(24)).distributionStatisticBufferLength(1)
                .register(meters);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        // One configuration for the whole mail, even if an admin's edit is loaded meanwhile.
        org.ypsa.hub.config.LiveConfig.Snapshot config = live.get();
        HubProperties props = config.props();
        DutyRota dutyRota = config.dutyRota();
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
            audit.record(reference, "read-again", Map.of("decision", earlier.get().committed()
                    ? "already committed: nothing sent again" : "decided before: the same messages sent again"));
            LOG.info("Mail {} read again; its first decision stands", reference);
            return;
        }
        OriginalStore.Stored original = store.put(raw.bytes());
        audit.record(reference, "received", Map.of("mailbox", from.id(), "originalSha256", original.sha256(),
                "size", original.size()));

        InboundMail in = MailReader.parse(raw.bytes(), mailbox, raw.receivedAt());
        boolean unauthenticated = !poison && HubProperties.SenderAuth.required(props.senderAuth())
                && !MailReader.dmarcPass(raw.bytes(), props.senderAuth().authservId());
        Outcome outcome = unauthenticated ? new Outcome.Rejected(FormType.UNKNOWN, List.of(new Problem("Email",
                "Sender", "the council's mail server could not confirm that this email came from the address it shows "
                        + "(no DMARC pass)", "an email sent from your organisation's own email system")), List.of())
                : poison ? new Outcome.Unrecognised("the hub could not read this email after "
                + MAX_READ_ATTEMPTS + " tries (the mail server failed on it, or reading it stopped the hub); it is "
                + "kept in the mailbox folder " + mailbox + " for an admin") : decide(config.intake(), props, in, raw,
                        reference, attemptKey);
        if (attemptKey != null) {
            readAttempts.done(attemptKey); // read and decided: what follows (sending) is retried, not counted
        }
        if (outcome instanceof Outcome.Routed r && r.fields() instanceof StaffReply sr) {
            outcome = replyClosing.check(r, sr, new ClosingRights.Replier.ByEmail(sr.repliedBy()), config);
        }
        List<HubMessage.StoredFile> attachments = storeAttachments(in);

        Object fields = outcome instanceof Outcome.Routed routed ? routed.fields() : null;
        // Forwarded intelligence goes to the police readers mailbox, by email; a staff reply closes clocks on the
        // clocks queue; everything else goes to a queue.
        String queue = fields instanceof IntelligenceSubmission ? props.directory().policeReaders()
                : fields instanceof StaffReply ? props.queues().clocks()
                : outcome instanceof Outcome.Routed r ? props.queues().forForm(r.formType().id())
                : outcome instanceof Outcome.Rejected ? props.queues().rejected() : props.queues().unrecognised();
        HubMessage message = message(reference, in, outcome, attachments, original);
        recordDecision(reference, outcome, queue);

        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("hubReference", reference);
        headers.put("hubFormType", outcome.formType().id());
        headers.put("hubOutcome", message.outcome());
        if (message.variant() != null) {
            headers.put("hubVariant", message.variant());
        }
        String body = json.writeValueAsString(message);
        List<Dispatch> dispatches = new ArrayList<>();
        List<String> texted = new ArrayList<>();
        boolean referrerTold = false;
        if (fields instanceof IntelligenceSubmission is) {
            // Forwarding to the police readers mailbox is this form's outcome; the text goes nowhere else.
            dispatches.add(mail(reference, "forwarded-to-police", "intelligence", queue,
                    "[" + reference + "] Partnership Agency Intelligence Sharing Submission",
                    is.asText() + "\nHub reference: " + reference + "\n", null, ""));
            if (is.childInvolved() || is.exploitation()) {
                dispatches.add(new Dispatch("mash-notified", props.queues().forForm(outcome.formType().id()),
                        reference + ":mash", body, Dispatch.NORMAL_PRIORITY, headers));
            }
        } else if (fields instanceof StaffReply sr) {
            Optional<ClockEntry> theCase = sr.tellReferrer() || sr.starts() != null ? clockStore.caseOf(sr.reference())
                    : Optional.empty();
            dispatches.addAll(clockStarts.forReply(reference, sr, theCase, clock.instant()));
            referrerTold = sr.tellReferrer() && theCase.isPresent();
        } else {
            List<String> queues = outcome instanceof Outcome.Routed ? props.queues().allForForm(outcome.formType().id())
                    : List.of(queue);
            for (int i = 0; i < queues.size(); i++) {
                dispatches.add(new Dispatch("routed", queues.get(i), i == 0 ? reference : reference + ":" + queues.get(i),
                        body, isEmergency(outcome) ? props.queues().emergencyPriority() : Dispatch.NORMAL_PRIORITY,
                        headers));
            }
        }
        // No reply to a sender the mail server could not authenticate: it may not be who sent it.
        if (in.from() != null && !in.autoGenerated() && !unauthenticated && !isOwnAddress(props, in.from())) {
            Replies.Reply reply = fields instanceof StaffReply sr
                    ? config.replies().toStaffReply(reference, sr, referrerTold) : config.replies().to(reference, outcome);
            dispatches.add(mail(reference, "reply-queued", reply.kind(), in.from(), reply.subject(), reply.text(),
                    in.messageId(), ":reply"));
        }
        if (isEmergency(outcome)) {
            Directory.Team team = props.directory().teams().get(props.alerts().emergencyReferralTeam());
            Referral r = (Referral) fields;
            dispatches.addAll(alert(reference, "emergency-referral", team.mailbox(),
                    "[" + reference + "] URGENT: emergency referral received",
                    "An emergency referral has been received and is on " + props.queues().forForm("referral")
                            + ".\n\nReference: " + reference + "\nAccommodation needed from: " + r.dateNeeded()
                            + "\nPathway: " + r.pathway()));
        }
        if (fields instanceof SafeguardingIncident si) {
            if (si.socialWorkerEmail() != null) {
                dispatches.add(mail(reference, "disclosed-to-social-worker", "disclosure", si.socialWorkerEmail(),
                        "[" + reference + "] Safeguarding incident: " + si.category() + " (" + si.severity() + ")",
                        config.replies().incidentForSocialWorker(reference, si), null, ":social-worker"));
            }
            if (si.isHighOrCritical()) {
                DutyRota.Duty duty = dutyRota.dutyFor(clock.instant(), provider(props, si.providerId()));
                dispatches.addAll(textAsConfigured(props, ClockSettings.SAFEGUARDING, texted, reference, "safeguarding-" + si.severity().toLowerCase(java.util.Locale.ROOT),
                        duty.mobile(), dutyRota, si.severity().toUpperCase(java.util.Locale.ROOT)
                                + " safeguarding incident reported", "queue "
                                + String.join(" and ", props.queues().allForForm(outcome.formType().id()))));
                dispatches.addAll(alert(reference, "safeguarding-" + si.severity().toLowerCase(java.util.Locale.ROOT),
                        duty.address(), "[" + reference + "] " + si.severity().toUpperCase(java.util.Locale.ROOT)
                                + " safeguarding incident: " + si.category(),
                        si.severity() + " safeguarding incident reported by " + si.providerName()
                                + (si.property() == null ? "" : " (property " + si.property() + ")") + ".\nCategory: "
                                + si.category() + "\nIncident time: " + si.incidentAt() + "\nIt is on "
                                + String.join(" and ", props.queues().allForForm(outcome.formType().id()))
                                + ".\n\nReference: " + reference));
            }
        }
        if (isUrgentIntelligence(outcome)) {
            Directory.Provider sentBy = props.directory().soleProviderSendingFrom(in.from()).orElse(null);
            DutyRota.Duty duty = dutyRota.dutyFor(clock.instant(), sentBy);
            dispatches.addAll(textAsConfigured(props, ClockSettings.URGENT_INTELLIGENCE, texted, reference, "urgent-intelligence", duty.mobile(), dutyRota,
                    "URGENT: a submission describes something happening now; the sender was told to call 999",
                    "queue " + props.queues().rejected()));
            List<Dispatch> alert = alert(reference, "urgent-intelligence", duty.address(),
                    "[" + reference + "] URGENT: a submission describes something happening now",
                    "An intelligence submission describes a crime in progress, a person in immediate danger or "
                            + "something time-critical. It was not forwarded to the police as intelligence; the sender "
                            + "was told to call 999 (or 101).\n\nSender: " + in.from() + "\nReference: " + reference
                            + "\nThe submission is held on " + props.queues().rejected() + ".");
            dispatches.addAll(alert);
            List<String> alerted = new ArrayList<>(texted);
            alerted.add(duty.address());
            dispatches.addAll(clockStarts.forUrgentIntelligence(reference, in.from(),
                    sentBy == null ? null : sentBy.id(), alerted, clock.instant()));
        }
        if (outcome instanceof Outcome.Routed && !(fields instanceof StaffReply)) {
            List<String> alerted = new ArrayList<>(dispatches.stream().filter(d -> "alert-recorded".equals(d.kind()))
                    .map(d -> String.valueOf(d.properties().get(Outgoing.ALERT_TO))).toList());
            alerted.addAll(texted); // a text ACK from the phone the alert was texted to closes it too
            dispatches.addAll(clockStarts.forRouted(reference, fields, in.from(), alerted, clock.instant()));
        }
        // Durable before anything is sent: a re-read after a crash sends this decision, never a second one.
        decisions.decided(reference, dispatches);
        audit.record(reference, "decided", Map.of("messages", dispatches.size()));
        if (!from.expects(outcome.formType()) && outcome instanceof Outcome.Routed) {
            audit.record(reference, "arrived-elsewhere", Map.of("mailbox", from.id(), "form", outcome.formType().id()));
        }
        exchange.setProperty(DISPATCHES, dispatches);
        // Counted when decided; a mail seen again after a crash counts again (the queues hold it once).
        meters.counter("hub.forms", "form_type", outcome.formType().id(), "outcome", message.outcome()).increment();
        dispatches.stream().filter(d -> "alert-recorded".equals(d.kind()))
                .forEach(d -> meters.counter("hub.alerts", "kind", String.valueOf(d.properties().get("hubAlertKind"))).increment());
        LOG.info("Mail {} from mailbox {}: {} {} to {}", reference, from.id(), message.outcome(), outcome.formType().id(),
                queue);
    }

    /**
     * The first alert goes by text as well when its clock's `alert:` says so for this moment (out of hours by
     * default: at 03:00 an email wakes nobody), Notify is set up and the person has a mobile (docs/notify.md).
     * The email always goes. No personal data in the text.
     */
    private List<Dispatch> textAsConfigured(HubProperties props, String clockId, List<String> texted, String reference, String kind,
            String mobile, DutyRota rota, String what, String where) {
        ClockSettings.Steps clockOf = props.schedules().clocks().get(clockId);
        ClockSettings.Channels by = clockOf == null ? ClockSettings.Channels.TEXT_OUT_OF_HOURS : clockOf.alert();
        if (!notify.enabled() || !by.texts(rota.isWorkingTime(clock.instant()))) {
            return List.of();
        }
        return PhoneNumber.parse(mobile).map(p -> {
            texted.add(p.asRecipient());
            return outgoing.text(reference, kind, List.of(p), TextAlert.forAlert(reference, what, where),
                    reference + ":" + kind);
        }).orElse(List.of());
    }

    /** An alert raised by this email, to be acknowledged by a reply quoting its reference. */
    private List<Dispatch> alert(String reference, String kind, String to, String subject, String text) {
        return outgoing.alert(reference, kind, List.of(to), subject, text + "\n\nReply to this email keeping the "
                + "reference in the subject, starting your reply with ACK, to acknowledge it.\n", clock.instant(),
                reference);
    }

    private static Directory.Provider provider(HubProperties props, String id) {
        return props.directory().providers().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean isUrgentIntelligence(Outcome outcome) {
        return outcome instanceof Outcome.Rejected r && r.formType() == FormType.INTELLIGENCE_SUBMISSION
                && r.problems().stream().anyMatch(p -> IntelligenceValidator.URGENT_FIELD.equals(p.field()));
    }

    private Dispatch mail(String reference, String event, String kind, String to, String subject, String text,
            String inReplyTo, String idSuffix) {
        return outgoing.mail(reference, event, kind, to, subject, text, inReplyTo, reference + idSuffix);
    }

    private static boolean isEmergency(Outcome outcome) {
        return outcome instanceof Outcome.Routed r && r.fields() instanceof Referral ref && ref.isEmergency();
    }

    private Outcome decide(Intake intake, HubProperties props, InboundMail in, MailReader.Raw raw, String reference,
            String attemptKey) {
        if (raw.truncated()) {
            return new Outcome.Rejected(FormType.UNKNOWN, List.of(new Problem("Email", "Size",
                    "the email is larger than the hub accepts (" + props.maxMessageBytes() / (1024 * 1024) + " MB)",
                    "a smaller email: send large supporting documents separately")), List.of());
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
            return new Outcome.Unrecognised("the hub could not read this email (" + e.getClass().getSimpleName() + ")");
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

    private HubMessage message(String reference, InboundMail in, Outcome outcome,
            List<HubMessage.StoredFile> attachments, OriginalStore.Stored original) {
        HubMessage.Source source = new HubMessage.Source(in.mailbox(), in.messageId(), in.from(), in.subject());
        HubMessage.StoredFile orig = new HubMessage.StoredFile("original.eml", "message/rfc822", original.size(),
                original.sha256(), original.path());
        String received = in.receivedAt() == null ? null : in.receivedAt().toString();
        if (outcome instanceof Outcome.Routed r) {
            return new HubMessage(HubMessage.SCHEMA, reference, "routed", r.formType().id(), r.variant(), received,
                    source, r.fields(), r.warnings(), null, null, attachments, orig);
        }
        if (outcome instanceof Outcome.Rejected r) {
            return new HubMessage(HubMessage.SCHEMA, reference, "rejected", r.formType().id(), null, received, source,
                    null, r.warnings(), r.problems(), null, attachments, orig,
                    r.unplacedLabels().isEmpty() ? null : r.unplacedLabels());
        }
        Outcome.Unrecognised u = (Outcome.Unrecognised) outcome;
        return new HubMessage(HubMessage.SCHEMA, reference, "unrecognised", u.formType().id(), null, received, source,
                null, List.of(), null, u.reason(), attachments, orig);
    }

    private void recordDecision(String reference, Outcome outcome, String queue) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("formType", outcome.formType().id());
        d.put("queue", queue);
        if (outcome instanceof Outcome.Routed r) {
            audit.record(reference, "recognised", Map.of("formType", r.formType().id()));
            d.put("warnings", r.warnings().size());
            audit.record(reference, "validated", d);
        } else if (outcome instanceof Outcome.Rejected r) {
            d.put("problems", r.problems().size());
            audit.record(reference, "rejected", d);
        } else {
            audit.record(reference, "unrecognised", d);
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
