package org.ypsa.hub.domain.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.Wording;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.domain.voids.VoidReturn;

/**
 * The replies the hub answers a sender with, in the {@link Wording} of the configuration in force. Replies repeat
 * nothing the sender did not send, and every fact they state about the partnership (who has the form, deadlines, how
 * often) comes from that configuration too.
 */
public final class Replies {
    private final ZoneId zone;
    private final Facts facts;
    private final Wording wording;

    /** The words of the replies, and of the reminders sent with the same configuration. */
    public Wording wording() {
        return wording;
    }

    /** What the replies say about the partnership, from config/. */
    public Facts facts() {
        return facts;
    }

    public Replies(ZoneId zone, Facts facts, Wording wording) {
        this.zone = zone;
        this.facts = facts;
        this.wording = wording;
    }

    /**
     * What the replies say about the partnership, from config/: the names of the teams each form goes to (by form
     * id), the void return deadline's time, when the care planning meeting falls due and how often progress reviews
     * come, in words ("within 10 working days", "every 3 months").
     */
    public record Facts(java.util.Map<String, List<String>> teamsByForm, String voidDeadline, String carePlanningDue,
            String progressEvery) {

        /** The names of the teams that have a form ("the partnership's team" when none is known). */
        public List<String> teamNames(FormType form) {
            List<String> names = teamsByForm.getOrDefault(form.id(), List.of());
            return names.isEmpty() ? List.of("the partnership's team") : names;
        }

        /** The teams that have a form, as a phrase: "Brokerage and Quality and Contracts". */
        public String teams(FormType form) {
            return Wording.list(teamNames(form));
        }

        /** "has" or "have" after {@link #teams}. */
        public String have(FormType form) {
            return Wording.have(teamNames(form));
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
        t.append(wording.say(Phrase.RECORDED, "word", r.word(), "reference", r.reference())).append("\n\n");
        if (!r.closes().isEmpty()) {
            t.append(wording.say(Phrase.RECORDED_STOPPED)).append("\n");
        }
        if (r.date() != null) {
            t.append("Date recorded: ").append(java.time.LocalDate.parse(r.date()).format(Dates.UK)).append("\n");
        }
        if ("care-planning-meeting".equals(r.starts())) {
            t.append(wording.say(Phrase.CARE_PLANNING_DUE, "due", facts.carePlanningDue())).append("\n");
        }
        if ("progress-review".equals(r.starts())) {
            t.append(wording.say(Phrase.PROGRESS_REVIEWS, "every", facts.progressEvery())).append("\n");
        }
        if (r.tellReferrer()) {
            t.append(wording.say(referrerTold ? Phrase.REFERRER_TOLD : Phrase.REFERRER_UNKNOWN)).append("\n");
        }
        t.append("\n").append(wording.say(Phrase.OWN_REFERENCE, "reference", reference)).append("\n");
        return new Reply("acknowledgement", wording.say(Phrase.RECORDED_SUBJECT, "reference", r.reference(), "word",
                r.word()), footer(t));
    }

    private Reply acknowledgement(String reference, Outcome.Routed r) {
        StringBuilder t = new StringBuilder();
        String form = r.formType().title().toLowerCase(Locale.ROOT);
        t.append(wording.say(Phrase.RECEIVED, "form-lower", form)).append("\n\n");
        t.append("Reference: ").append(reference).append("\n");
        if (r.fields() instanceof VoidReturn v) {
            t.append("Provider: ").append(v.providerName()).append("\n");
            t.append("Week commencing: ").append(LocalDate.parse(v.weekCommencing()).format(Dates.UK)).append("\n");
            t.append("Properties: ").append(v.properties().size()).append(", total units ").append(v.totals().totalUnits())
                    .append(", occupied ").append(v.totals().occupied()).append(", vacant ").append(v.totals().vacant())
                    .append("\n");
            if (v.late()) {
                t.append(wording.say(Phrase.VOID_LATE, "deadline", facts.voidDeadline(), "teams",
                        facts.teams(FormType.VOID_RETURN))).append("\n");
            }
        }
        if (r.fields() instanceof Referral ref) {
            t.append("Referral: ").append(ref.isEmergency() ? "EMERGENCY" : "non-emergency").append("\n");
            t.append("Accommodation needed from: ").append(LocalDate.parse(ref.dateNeeded()).format(Dates.UK)).append("\n");
            t.append("Pathway: ").append(ref.pathway()).append("\n");
            t.append(wording.say(Phrase.REFERRAL_NEXT, "teams", facts.teams(FormType.REFERRAL))).append("\n");
        }
        if (r.fields() instanceof SafeguardingIncident si) {
            t.append(wording.say(si.socialWorkerEmail() != null ? Phrase.SAFEGUARDING_PASSED_WITH_SOCIAL_WORKER
                    : Phrase.SAFEGUARDING_PASSED, "teams", facts.teams(FormType.SAFEGUARDING_INCIDENT))).append("\n");
            if (si.isHighOrCritical()) {
                t.append(wording.say(Phrase.SAFEGUARDING_ALERTED, "severity", si.severity().toLowerCase(Locale.ROOT)))
                        .append("\n");
            }
        }
        if (r.fields() instanceof IntelligenceSubmission) {
            t.append(wording.say(Phrase.INTELLIGENCE_FORWARDED)).append("\n");
        }
        if (r.fields() instanceof MashReferral m) {
            t.append(wording.say(MashReferral.REFERRAL.equals(m.kind()) ? Phrase.MASH_REFERRAL : Phrase.MASH_MEDIATION))
                    .append("\n");
        }
        if (r.fields() instanceof RiskConcern rc) {
            t.append("About referral: ").append(rc.referralReference()).append("\n");
            t.append(wording.say(Phrase.RISK_CONCERN_NEXT, "teams", facts.teams(FormType.RISK_CONCERN))).append("\n");
        }
        appendWarnings(t, r.warnings());
        t.append("\n").append(wording.say(Phrase.KEEP_REFERENCE, "form-lower", form)).append("\n");
        String title = r.fields() instanceof Referral ref && ref.isEmergency() ? "Emergency referral" : r.formType().title();
        return new Reply("acknowledgement", wording.say(Phrase.RECEIVED_SUBJECT, "reference", reference, "form", title),
                footer(t));
    }

    private Reply rejection(String reference, Outcome.Rejected r) {
        StringBuilder t = new StringBuilder();
        if (r.problems().stream().anyMatch(p -> IntelligenceValidator.URGENT_FIELD.equals(p.field()))) {
            t.append(wording.say(Phrase.URGENT, "reference", reference)).append("\n");
            return new Reply("urgent", wording.say(Phrase.URGENT_SUBJECT, "reference", reference), footer(t));
        }
        boolean one = r.problems().size() == 1;
        String what = r.formType() == FormType.UNKNOWN ? "email" : r.formType().title().toLowerCase(Locale.ROOT);
        t.append(opening(r, what)).append("\n\n");
        t.append("Reference: ").append(reference).append("\n\n");
        int i = 1;
        for (Problem p : r.problems()) {
            t.append(i++).append(". ").append(p.describe()).append("\n");
        }
        appendWarnings(t, r.warnings());
        return new Reply("rejection", wording.say(one ? Phrase.REJECTED_SUBJECT_ONE : Phrase.REJECTED_SUBJECT_MANY,
                "reference", reference, "form", r.formType().title(), "count", String.valueOf(r.problems().size())),
                footer(t));
    }

    /**
     * A rejection's first words: nothing has been passed on, unless the form's alarm was raised all the same (the duty
     * contact alerted to a High or Critical incident, the emergency team told of an emergency referral).
     */
    private String opening(Outcome.Rejected r, String what) {
        boolean one = r.problems().size() == 1;
        if (r.alarm() instanceof Alarm.SeriousIncident incident) {
            return wording.say(one ? Phrase.REJECTED_SERIOUS_INCIDENT_ONE : Phrase.REJECTED_SERIOUS_INCIDENT_MANY,
                    "severity", incident.severity());
        }
        if (r.alarm() instanceof Alarm.EmergencyReferral) {
            return wording.say(one ? Phrase.REJECTED_EMERGENCY_REFERRAL_ONE : Phrase.REJECTED_EMERGENCY_REFERRAL_MANY);
        }
        return wording.say(one ? Phrase.REJECTED_ONE : Phrase.REJECTED_MANY, "what", what);
    }

    /**
     * What a partner is told of a mail that is none of the hub's forms but tells of present danger: to call 999 (or
     * 101), that the duty contact has been told, and that the mail is kept for an administrator.
     */
    public Reply presentDanger(String reference) {
        StringBuilder t = new StringBuilder(wording.say(Phrase.PRESENT_DANGER, "reference", reference)).append("\n");
        return new Reply("urgent", wording.say(Phrase.PRESENT_DANGER_SUBJECT, "reference", reference), footer(t));
    }

    /** What a referrer is told when staff reply with the referral's outcome (ACCEPTED, DECLINED, ...). */
    public Reply referralOutcome(String reference, String word) {
        return new Reply("referral-outcome", wording.say(Phrase.REFERRAL_OUTCOME_SUBJECT, "reference", reference,
                "word", word), wording.say(Phrase.REFERRAL_OUTCOME, "reference", reference, "word", word, "teams",
                facts.teams(FormType.REFERRAL)) + "\n");
    }

    private Reply unrecognised(String reference) {
        StringBuilder t = new StringBuilder();
        t.append(wording.say(Phrase.UNRECOGNISED)).append("\n\n").append("Reference: ").append(reference).append("\n");
        return new Reply("unrecognised", wording.say(Phrase.UNRECOGNISED_SUBJECT, "reference", reference), footer(t));
    }

    private void appendWarnings(StringBuilder t, List<String> warnings) {
        if (!warnings.isEmpty()) {
            t.append("\n").append(wording.say(Phrase.PLEASE_NOTE)).append("\n");
            warnings.forEach(w -> t.append("- ").append(w).append("\n"));
        }
    }

    private String footer(StringBuilder t) {
        return t.append("\n").append(wording.say(Phrase.FOOTER, "zone", zone.getId())).append("\n").toString();
    }
}
