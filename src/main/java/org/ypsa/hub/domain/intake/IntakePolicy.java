package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.Wording;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.intelligence.IntelligencePolicy;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.domain.mash.MashPolicy;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.referrals.ReferralPolicy;
import org.ypsa.hub.domain.safeguarding.IncidentPolicy;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.domain.voids.VoidPolicy;
import org.ypsa.hub.domain.voids.VoidReturn;

/**
 * What a decided mail sets going, as typed {@link Action}s, the mail's own message first: where it is queued, the
 * answer to its sender, what its form's flow calls for ({@link ReferralPolicy}, {@link IncidentPolicy},
 * {@link IntelligencePolicy}: alerts, texts, disclosures), the clocks and records it starts (each flow's, with
 * {@link MashPolicy} and {@link VoidPolicy}). Pure: no broker, no mail server, no
 * clock of its own, so every rule here is a unit test (IntakePolicyTest and each flow's).
 */
public final class IntakePolicy {

    /**
     * The configuration in force for this mail.
     *
     * @param formQueues each form's queues (the first is its team's)
     * @param emergencyTeamMailbox who is alerted to an emergency referral
     * @param texting whether texts can be sent at all (GOV.UK Notify set up)
     * @param voids what a void return's records and late alert need
     */
    public record Settings(Map<String, List<String>> formQueues, String rejectedQueue, String unrecognisedQueue,
            String clocksQueue, String emergencyTeamMailbox, Map<String, ClockSettings.Steps> clocks,
            Directory directory, DutyRota rota, Replies replies, boolean texting, VoidPolicy.Settings voids) {

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
            out.addAll(IntelligencePolicy.forwarded(is, flow(mail, outcome.formType())));
        } else if (fields instanceof StaffReply sr) {
            out.add(new Action.ApplyStaffReply(sr));
        } else {
            out.addAll(enqueue(outcome));
        }
        if (mail.answerSender()) {
            Replies.Reply reply = fields instanceof StaffReply sr
                    ? settings.replies().toStaffReply(mail.reference(), sr, sr.tellReferrer() && mail.caseKnown())
                    : alertsTheDuty(outcome, mail) ? settings.replies().presentDanger(mail.reference())
                    : settings.replies().to(mail.reference(), outcome);
            out.add(new Action.Email(AuditEvent.REPLY_QUEUED, reply.kind(), mail.from(), reply.subject(), reply.text(), true,
                    ":reply"));
        }
        if (fields instanceof Referral r) {
            out.addAll(ReferralPolicy.actions(r, flow(mail, outcome.formType()), settings.emergencyTeamMailbox()));
        }
        if (fields instanceof SafeguardingIncident si) {
            out.addAll(IncidentPolicy.actions(si, flow(mail, outcome.formType())));
        }
        if (isUrgentIntelligence(outcome)) {
            out.addAll(IntelligencePolicy.heldBack(flow(mail, List.of(settings.rejectedQueue()), List.of())));
        }
        if (alertsTheDuty(outcome, mail)) {
            out.addAll(IntelligencePolicy.presentDangerInAMailThatIsNoForm(flow(mail,
                    List.of(settings.unrecognisedQueue()), List.of())));
        }
        if (outcome instanceof Outcome.Rejected r) {
            out.addAll(alarmOf(r, mail));
        }
        if (outcome instanceof Outcome.Routed && !(fields instanceof StaffReply)) {
            out.addAll(starts(fields, flow(mail, outcome.formType()), Action.alerted(out)));
        }
        return out;
    }

    /** The clocks and records a routed form starts, as its flow decides; {@code alerted}: who may close its clock. */
    private List<Action> starts(FormRecord fields, FlowContext flow, List<String> alerted) {
        if (fields instanceof Referral r) {
            return ReferralPolicy.starts(r, flow, alerted);
        }
        if (fields instanceof SafeguardingIncident si) {
            return IncidentPolicy.starts(si, flow, alerted);
        }
        if (fields instanceof MashReferral m) {
            return MashPolicy.starts(m, flow, alerted);
        }
        if (fields instanceof VoidReturn v) {
            return VoidPolicy.starts(v, flow, settings.voids());
        }
        return List.of(); // a risk concern starts nothing; intelligence forwarded starts nothing
    }

    private List<Action> enqueue(Outcome outcome) {
        boolean emergency = outcome instanceof Outcome.Routed r && r.fields() instanceof Referral ref
                && ref.isEmergency();
        List<String> queues = outcome instanceof Outcome.Routed ? settings.queues(outcome.formType())
                : List.of(destination(outcome));
        List<Action> out = new ArrayList<>();
        for (int i = 0; i < queues.size(); i++) {
            out.add(new Action.Enqueue(AuditEvent.ROUTED, queues.get(i), i == 0 ? "" : ":" + queues.get(i), emergency));
        }
        return out;
    }

    /** What a routed form's flow policy is given: its form's queues and teams. */
    private FlowContext flow(Mail mail, FormType form) {
        return flow(mail, settings.queues(form), settings.replies().facts().teamNames(form));
    }

    /** What a flow's policy is given: the mail, the queues and teams its form goes to, the configuration. */
    private FlowContext flow(Mail mail, List<String> queues, List<String> teams) {
        return new FlowContext(mail.reference(), mail.now(), mail.from(), queues, teams, settings.directory(),
                settings.rota(), settings.clocks(), words(), settings.texting());
    }

    private Wording words() {
        return settings.replies().wording();
    }

    /**
     * A mail that is none of the hub's forms but tells of present danger rings the duty contact only when a partner
     * sent it (an address the directory knows: {@link Directory#isPartner}) and it is a mail the hub answers (not
     * automatic, not the hub's own, authenticated): anyone can write to the intake mailbox, and an outsider must not
     * be able to ring the duty phone at will (the ordinary reply already tells them to call 999); an out-of-office
     * quoting the hub's own 999 reply must not ring it again. It is held for an admin either way.
     */
    private boolean alertsTheDuty(Outcome outcome, Mail mail) {
        return outcome instanceof Outcome.Unrecognised u && u.presentDanger() && mail.answerSender()
                && settings.directory().isPartner(mail.from());
    }

    /**
     * The one alarm a rejected form still raises (issue 14: a form the hub could not read in full must not silence
     * it), the form held on the rejected queue all the same: a High or Critical incident alerts its provider's duty
     * contact, an emergency referral the emergency team, each as its routed form would and under the routed form's
     * sender rule (read by {@link Intake}). One alert a mail: its reference is the alert's duplicate id.
     */
    private List<Action> alarmOf(Outcome.Rejected r, Mail mail) {
        FlowContext held = flow(mail, List.of(settings.rejectedQueue()), List.of());
        if (r.alarm() instanceof Alarm.SeriousIncident incident) {
            return IncidentPolicy.rejectedButSerious(incident.severity(), incident.providerId(), held);
        }
        if (r.alarm() instanceof Alarm.EmergencyReferral) {
            return ReferralPolicy.rejectedEmergency(held, settings.emergencyTeamMailbox());
        }
        return List.of();
    }

    private static boolean isUrgentIntelligence(Outcome outcome) {
        return outcome instanceof Outcome.Rejected r && r.formType() == FormType.INTELLIGENCE_SUBMISSION
                && r.problems().stream().anyMatch(p -> IntelligenceValidator.URGENT_FIELD.equals(p.field()));
    }
}
