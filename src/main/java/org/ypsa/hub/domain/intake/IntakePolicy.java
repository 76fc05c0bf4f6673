package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.Wording;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.safeguarding.IntelligenceSubmission;
import org.ypsa.hub.domain.safeguarding.IntelligenceValidator;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;

/**
 * What a decided mail sets going, as typed {@link Action}s, the mail's own message first: where it is queued, the
 * answer to its sender, the alerts and texts its form calls for, the clocks it starts. Pure: no broker, no mail
 * server, no clock of its own, so every rule here is a unit test (IntakePolicyTest).
 */
public final class IntakePolicy {

    /**
     * The configuration in force for this mail.
     *
     * @param formQueues each form's queues (the first is its team's)
     * @param emergencyTeamMailbox who is alerted to an emergency referral
     * @param texting whether texts can be sent at all (GOV.UK Notify set up)
     */
    public record Settings(Map<String, List<String>> formQueues, String rejectedQueue, String unrecognisedQueue,
            String clocksQueue, String emergencyTeamMailbox, Map<String, ClockSettings.Steps> clocks,
            Directory directory, DutyRota rota, Replies replies, boolean texting) {

        public List<String> queues(FormType form) {
            List<String> q = formQueues.get(form.id());
            if (q == null || q.isEmpty()) {
                throw new IllegalStateException("no queue configured under hub.queues.routes for form " + form.id());
            }
            return q;
        }
    }

    /**
     * The mail being decided.
     *
     * @param answerSender whether its sender gets a reply (not for an automatic mail, the hub's own, or a sender the
     *        mail server could not authenticate)
     * @param caseKnown for a staff reply: whether the hub holds the case it is about
     */
    public record Mail(String reference, Instant now, String from, boolean answerSender, boolean caseKnown) {
    }

    private final Settings settings;

    public IntakePolicy(Settings settings) {
        this.settings = settings;
    }

    /** Where a mail with this outcome is queued (for intelligence: the police readers' mailbox). */
    public String destination(Outcome outcome) {
        FormRecord fields = outcome instanceof Outcome.Routed r ? r.fields() : null;
        return fields instanceof IntelligenceSubmission ? settings.directory().policeReaders()
                : fields instanceof StaffReply ? settings.clocksQueue()
                : outcome instanceof Outcome.Routed r ? settings.queues(r.formType()).get(0)
                : outcome instanceof Outcome.Rejected ? settings.rejectedQueue() : settings.unrecognisedQueue();
    }

    public List<Action> actions(Outcome outcome, Mail mail) {
        List<Action> out = new ArrayList<>();
        FormRecord fields = outcome instanceof Outcome.Routed routed ? routed.fields() : null;
        if (fields instanceof IntelligenceSubmission is) {
            out.addAll(forwardToPolice(mail.reference(), is, outcome.formType()));
        } else if (fields instanceof StaffReply sr) {
            out.add(new Action.ApplyStaffReply(sr));
        } else {
            out.addAll(enqueue(outcome));
        }
        if (mail.answerSender()) {
            Replies.Reply reply = fields instanceof StaffReply sr
                    ? settings.replies().toStaffReply(mail.reference(), sr, sr.tellReferrer() && mail.caseKnown())
                    : settings.replies().to(mail.reference(), outcome);
            out.add(new Action.Email("reply-queued", reply.kind(), mail.from(), reply.subject(), reply.text(), true,
                    ":reply"));
        }
        if (fields instanceof Referral r && r.isEmergency()) {
            out.add(emergencyReferralAlert(mail.reference(), r));
        }
        if (fields instanceof SafeguardingIncident si) {
            out.addAll(safeguardingIncident(mail, si, outcome.formType()));
        }
        if (isUrgentIntelligence(outcome)) {
            out.addAll(urgentIntelligence(mail));
        }
        if (outcome instanceof Outcome.Routed && !(fields instanceof StaffReply)) {
            List<String> alerted = new ArrayList<>(out.stream().filter(a -> a instanceof Action.Alert)
                    .map(a -> ((Action.Alert) a).to()).toList());
            // a text ACK from the phone the alert was texted to closes it too
            out.stream().filter(a -> a instanceof Action.Text).map(a -> ((Action.Text) a).to().asRecipient())
                    .forEach(alerted::add);
            out.add(new Action.StartClocks(fields, alerted));
        }
        return out;
    }

    private List<Action> enqueue(Outcome outcome) {
        boolean emergency = outcome instanceof Outcome.Routed r && r.fields() instanceof Referral ref
                && ref.isEmergency();
        List<String> queues = outcome instanceof Outcome.Routed ? settings.queues(outcome.formType())
                : List.of(destination(outcome));
        List<Action> out = new ArrayList<>();
        for (int i = 0; i < queues.size(); i++) {
            out.add(new Action.Enqueue("routed", queues.get(i), i == 0 ? "" : ":" + queues.get(i), emergency));
        }
        return out;
    }

    /** Forwarding to the police readers' mailbox is this form's outcome; MASH hears of a child or exploitation. */
    private List<Action> forwardToPolice(String reference, IntelligenceSubmission is, FormType form) {
        List<Action> out = new ArrayList<>();
        out.add(new Action.Email("forwarded-to-police", "intelligence", settings.directory().policeReaders(),
                words().say(Phrase.POLICE_FORWARD_SUBJECT, "reference", reference),
                is.asText() + "\nHub reference: " + reference + "\n", false, ""));
        if (is.childInvolved() || is.exploitation()) {
            out.add(new Action.Enqueue("mash-notified", settings.queues(form).get(0), ":mash", false));
        }
        return out;
    }

    private Action emergencyReferralAlert(String reference, Referral r) {
        return alert(ClockSettings.EMERGENCY_REFERRAL, "emergency-referral", settings.emergencyTeamMailbox(),
                words().say(Phrase.EMERGENCY_REFERRAL_ALERT_SUBJECT, "reference", reference),
                words().say(Phrase.EMERGENCY_REFERRAL_ALERT, "queue", settings.queues(FormType.REFERRAL).get(0),
                        "reference", reference, "date", r.dateNeeded(), "pathway", r.pathway()));
    }

    /** The social worker named on it is told; a high or critical one alerts the provider's duty contact at once. */
    private List<Action> safeguardingIncident(Mail mail, SafeguardingIncident si, FormType form) {
        String reference = mail.reference();
        List<Action> out = new ArrayList<>();
        if (si.socialWorkerEmail() != null) {
            out.add(new Action.Email("disclosed-to-social-worker", "disclosure", si.socialWorkerEmail(),
                    words().say(Phrase.INCIDENT_FOR_SOCIAL_WORKER_SUBJECT, "reference", reference, "category",
                            si.category(), "severity", si.severity()),
                    settings.replies().incidentForSocialWorker(reference, si), false, ":social-worker"));
        }
        if (si.isHighOrCritical()) {
            String severity = si.severity().toUpperCase(Locale.ROOT);
            String kind = "safeguarding-" + si.severity().toLowerCase(Locale.ROOT);
            String queues = String.join(" and ", settings.queues(form));
            DutyRota.Duty duty = settings.rota().dutyFor(mail.now(), provider(si.providerId()));
            textAsConfigured(ClockSettings.SAFEGUARDING, mail.now(), kind, duty.mobile(), reference,
                    severity + " safeguarding incident reported", "queue " + queues).ifPresent(out::add);
            out.add(alert(ClockSettings.SAFEGUARDING, kind, duty.address(), words().say(Phrase.INCIDENT_ALERT_SUBJECT, "reference", reference,
                    "severity", severity, "category", si.category()), words().say(Phrase.INCIDENT_ALERT, "severity",
                    si.severity(), "provider", si.providerName(), "property", si.property() == null ? ""
                            : " (property " + si.property() + ")", "category", si.category(), "time",
                    si.incidentAt(), "queue", queues, "reference", reference)));
        }
        return out;
    }

    /** Held back from the police, its sender told to call 999: the duty contact is alerted and the clock starts. */
    private List<Action> urgentIntelligence(Mail mail) {
        String reference = mail.reference();
        Directory.Provider sentBy = settings.directory().soleProviderSendingFrom(mail.from()).orElse(null);
        DutyRota.Duty duty = settings.rota().dutyFor(mail.now(), sentBy);
        List<Action> out = new ArrayList<>();
        List<String> alerted = new ArrayList<>();
        textAsConfigured(ClockSettings.URGENT_INTELLIGENCE, mail.now(), "urgent-intelligence", duty.mobile(),
                reference, "URGENT: a submission describes something happening now; the sender was told to call 999",
                "queue " + settings.rejectedQueue()).ifPresent(t -> {
                    out.add(t);
                    alerted.add(t.to().asRecipient());
                });
        out.add(alert(ClockSettings.URGENT_INTELLIGENCE, "urgent-intelligence", duty.address(),
                words().say(Phrase.URGENT_INTELLIGENCE_ALERT_SUBJECT, "reference", reference),
                words().say(Phrase.URGENT_INTELLIGENCE_ALERT, "sender", mail.from(), "reference", reference, "queue",
                        settings.rejectedQueue())));
        alerted.add(duty.address());
        out.add(new Action.StartUrgentIntelligenceClock(sentBy == null ? null : sentBy.id(), alerted));
        return out;
    }

    /**
     * The first alert goes by text as well when its clock's `alert:` says so for this moment (out of hours by
     * default: at 03:00 an email wakes nobody), texting is set up and the person has a mobile (docs/notify.md).
     * The email always goes. No personal data in the text.
     */
    private Optional<Action.Text> textAsConfigured(String clockId, Instant now, String kind, String mobile,
            String reference, String what, String where) {
        ClockSettings.Steps clockOf = settings.clocks().get(clockId);
        ClockSettings.Channels by = clockOf == null ? ClockSettings.Channels.TEXT_OUT_OF_HOURS : clockOf.alert();
        if (!settings.texting() || !by.texts(settings.rota().isWorkingTime(now))) {
            return Optional.empty();
        }
        return PhoneNumber.parse(mobile).map(p -> new Action.Text(kind, p, TextAlert.forAlert(reference, what, where)));
    }

    /**
     * An alert raised by this email, to be acknowledged by a reply quoting its reference with one of the words that
     * close its clock (as its escalations say).
     */
    private Action.Alert alert(String clock, String kind, String to, String subject, String text) {
        return new Action.Alert(kind, to, subject, text + "\n\n" + words().say(Phrase.ALERT_ACK, "words",
                settings.directory().closingWords(clock)) + "\n");
    }

    private Wording words() {
        return settings.replies().wording();
    }

    private Directory.Provider provider(String id) {
        return settings.directory().providers().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static boolean isUrgentIntelligence(Outcome outcome) {
        return outcome instanceof Outcome.Rejected r && r.formType() == FormType.INTELLIGENCE_SUBMISSION
                && r.problems().stream().anyMatch(p -> IntelligenceValidator.URGENT_FIELD.equals(p.field()));
    }
}
