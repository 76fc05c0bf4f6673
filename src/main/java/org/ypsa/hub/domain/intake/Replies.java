package org.ypsa.hub.domain.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.referrals.RiskConcern;
import org.ypsa.hub.domain.safeguarding.IntelligenceSubmission;
import org.ypsa.hub.domain.safeguarding.IntelligenceValidator;
import org.ypsa.hub.domain.safeguarding.MashReferral;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.domain.voids.VoidReturn;

/**
 * The words the hub answers a sender with. Replies repeat nothing the sender did not send, and every fact they state
 * about the partnership (who has the form, deadlines, how often) comes from the configuration in force.
 */
public final class Replies {
    private final ZoneId zone;
    private final Facts facts;

    /** What the replies say about the partnership, from config/. */
    public Facts facts() {
        return facts;
    }

    public Replies(ZoneId zone, Facts facts) {
        this.zone = zone;
        this.facts = facts;
    }

    /**
     * What the replies say about the partnership, from config/: the names of the teams each form goes to (by form
     * id), the void return deadline's time, when the care planning meeting falls due and how often progress reviews
     * come, in words ("within 10 working days", "every 3 months").
     */
    public record Facts(java.util.Map<String, List<String>> teamsByForm, String voidDeadline, String carePlanningDue,
            String progressEvery) {

        /** The teams that have a form, as a phrase: "Brokerage and Quality and Contracts". */
        public String teams(FormType form) {
            List<String> names = teamsByForm.getOrDefault(form.id(), List.of());
            if (names.isEmpty()) {
                return "the partnership's team";
            }
            return names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
    }

    public record Reply(String kind, String subject, String text) {
    }

    public Reply to(String reference, Outcome outcome) {
        if (outcome instanceof Outcome.Routed r) {
            return acknowledgement(reference, r);
        }
        if (outcome instanceof Outcome.Rejected r) {
            return rejection(reference, r);
        }
        return unrecognised(reference);
    }

    /** The answer to a member of staff's reply that closed a loop. */
    public Reply toStaffReply(String reference, org.ypsa.hub.domain.clocks.StaffReply r, boolean referrerTold) {
        StringBuilder t = new StringBuilder();
        t.append("Thank you. The hub has recorded ").append(r.word()).append(" for ").append(r.reference())
                .append(".\n\n");
        if (!r.closes().isEmpty()) {
            t.append("Its reminders and escalations for that have stopped.\n");
        }
        if (r.date() != null) {
            t.append("Date recorded: ").append(java.time.LocalDate.parse(r.date()).format(Dates.UK)).append("\n");
        }
        if ("care-planning-meeting".equals(r.starts())) {
            t.append("The care planning meeting is now due ").append(facts.carePlanningDue())
                    .append("; a reminder will be sent when it is due.\n");
        }
        if ("progress-review".equals(r.starts())) {
            t.append("Progress reviews are now scheduled ").append(facts.progressEvery())
                    .append(" from that date; you and the social worker will be reminded before each.\n");
        }
        if (r.tellReferrer()) {
            t.append(referrerTold ? "The referrer has been told the outcome.\n"
                    : "The hub has no referral with that reference, so nobody else has been told: please tell the "
                            + "referrer yourself.\n");
        }
        t.append("\nYour reply's own reference: ").append(reference).append("\n");
        return new Reply("acknowledgement", "[" + r.reference() + "] Recorded: " + r.word(), footer(t));
    }

    private Reply acknowledgement(String reference, Outcome.Routed r) {
        StringBuilder t = new StringBuilder();
        t.append("Thank you. Your ").append(r.formType().title().toLowerCase()).append(" has been received and passed on.\n\n");
        t.append("Reference: ").append(reference).append("\n");
        if (r.fields() instanceof VoidReturn v) {
            t.append("Provider: ").append(v.providerName()).append("\n");
            t.append("Week commencing: ").append(LocalDate.parse(v.weekCommencing()).format(Dates.UK)).append("\n");
            t.append("Properties: ").append(v.properties().size()).append(", total units ").append(v.totals().totalUnits())
                    .append(", occupied ").append(v.totals().occupied()).append(", vacant ").append(v.totals().vacant())
                    .append("\n");
            if (v.late()) {
                t.append("Status: late (after the deadline, ").append(facts.voidDeadline())
                        .append(" on the Monday or, after a bank holiday, the Tuesday); ")
                        .append(facts.teams(FormType.VOID_RETURN)).append(" has it all the same.\n");
            }
        }
        if (r.fields() instanceof Referral ref) {
            t.append("Referral: ").append(ref.isEmergency() ? "EMERGENCY" : "non-emergency").append("\n");
            t.append("Accommodation needed from: ").append(LocalDate.parse(ref.dateNeeded()).format(Dates.UK)).append("\n");
            t.append("Pathway: ").append(ref.pathway()).append("\n");
            t.append(facts.teams(FormType.REFERRAL)).append(" will review the referral and tell you the outcome.\n");
        }
        if (r.fields() instanceof SafeguardingIncident si) {
            t.append("Passed to: ").append(facts.teams(FormType.SAFEGUARDING_INCIDENT))
                    .append(si.socialWorkerEmail() != null ? ", and the young person's social worker or PA" : "")
                    .append("\n");
            if (si.isHighOrCritical()) {
                t.append("As the severity is ").append(si.severity().toLowerCase(Locale.ROOT))
                        .append(", the duty contact has been alerted.\n");
            }
        }
        if (r.fields() instanceof IntelligenceSubmission) {
            t.append("Your submission has been forwarded to the police intelligence readers mailbox.\n");
        }
        if (r.fields() instanceof MashReferral m) {
            t.append(MashReferral.REFERRAL.equals(m.kind()) ? "The MASH has the referral.\n"
                    : "The MASH has been told that mediation prevented homelessness.\n");
        }
        if (r.fields() instanceof RiskConcern rc) {
            t.append("About referral: ").append(rc.referralReference()).append("\n");
            t.append(facts.teams(FormType.RISK_CONCERN)).append(" will contact you to agree how the risk can be managed.\n");
        }
        appendWarnings(t, r.warnings());
        t.append("\nPlease keep the reference in the subject if you reply about this ")
                .append(r.formType().title().toLowerCase()).append(".\n");
        String title = r.fields() instanceof Referral ref && ref.isEmergency() ? "Emergency referral" : r.formType().title();
        return new Reply("acknowledgement", "[" + reference + "] Received: " + title, footer(t));
    }

    private Reply rejection(String reference, Outcome.Rejected r) {
        StringBuilder t = new StringBuilder();
        if (r.problems().stream().anyMatch(p -> IntelligenceValidator.URGENT_FIELD.equals(p.field()))) {
            t.append("CALL 999 NOW if anyone is in immediate danger or a crime is happening.\n")
                    .append("If it is not an emergency but needs police action, call 101.\n\n")
                    .append("Your submission describes something happening now or time-critical. The intelligence ")
                    .append("sharing form is not for that, so it has NOT been passed to the police. The duty contact ")
                    .append("has been told.\n\nReference: ").append(reference).append("\n");
            return new Reply("urgent", "[" + reference + "] URGENT: call 999 (or 101) - not passed to the police",
                    footer(t));
        }
        String what = r.formType() == FormType.UNKNOWN ? "your email" : "your " + r.formType().title().toLowerCase();
        t.append("We could not accept ").append(what).append(" because of the problem")
                .append(r.problems().size() == 1 ? "" : "s").append(" below. Nothing has been passed on yet: please correct ")
                .append(r.problems().size() == 1 ? "it" : "them").append(" and send the whole form again.\n\n");
        t.append("Reference: ").append(reference).append("\n\n");
        int i = 1;
        for (Problem p : r.problems()) {
            t.append(i++).append(". ").append(p.describe()).append("\n");
        }
        appendWarnings(t, r.warnings());
        return new Reply("rejection", "[" + reference + "] Not accepted: " + r.formType().title() + " ("
                + r.problems().size() + (r.problems().size() == 1 ? " problem" : " problems") + " to fix)", footer(t));
    }

    /** What a referrer is told when staff reply with the referral's outcome (ACCEPTED, DECLINED, ...). */
    public Reply referralOutcome(String reference, String word) {
        String team = facts.teams(FormType.REFERRAL);
        return new Reply("referral-outcome", "[" + reference + "] Referral outcome: " + word,
                team + " has recorded the outcome of your referral " + reference + ": " + word + ".\n\n" + team
                        + " will contact you about next steps. Please keep the reference in the subject if you reply.\n");
    }

    /** What the young person's social worker or PA is sent (seed 000, 3.1): the incident as reported. */
    public String incidentForSocialWorker(String reference, SafeguardingIncident si) {
        StringBuilder t = new StringBuilder("A safeguarding incident has been reported for a young person you work with.\n\n");
        t.append("Reference: ").append(reference).append("\n");
        t.append("Provider: ").append(si.providerName()).append(si.property() == null ? "" : ", property " + si.property())
                .append("\n");
        t.append("Young person: ").append(si.youngPersonName()).append("\n");
        t.append("Incident time: ").append(si.incidentAt()).append("\n");
        t.append("Category: ").append(si.category()).append("; severity: ").append(si.severity()).append("\n\n");
        t.append("Description:\n").append(si.description()).append("\n\n");
        if (si.immediateActions() != null) {
            t.append("Immediate actions taken:\n").append(si.immediateActions()).append("\n\n");
        }
        if (si.policeReference() != null) {
            t.append("Police reference: ").append(si.policeReference()).append("\n");
        }
        return t.append("\n").append(facts.teams(FormType.SAFEGUARDING_INCIDENT)).append(" ")
                .append(facts.teamsByForm().getOrDefault(FormType.SAFEGUARDING_INCIDENT.id(), List.of()).size() == 1
                        ? "has" : "have").append(" the report.\n").toString();
    }

    private Reply unrecognised(String reference) {
        StringBuilder t = new StringBuilder();
        t.append("Your email reached the YPSA hub, but it did not contain a form the hub recognises ")
                .append("(a void return, referral, risk concern, safeguarding incident, intelligence submission ")
                .append("or MASH referral). It has been kept for an administrator, who will look at it.\n\n")
                .append("Reference: ").append(reference).append("\n");
        return new Reply("unrecognised", "[" + reference + "] Not recognised: kept for an administrator", footer(t));
    }

    private static void appendWarnings(StringBuilder t, List<String> warnings) {
        if (!warnings.isEmpty()) {
            t.append("\nPlease note:\n");
            warnings.forEach(w -> t.append("- ").append(w).append("\n"));
        }
    }

    private String footer(StringBuilder t) {
        return t.append("\nThis is an automatic reply from the YPSA hub (times are ").append(zone.getId())
                .append(").\n").toString();
    }
}
