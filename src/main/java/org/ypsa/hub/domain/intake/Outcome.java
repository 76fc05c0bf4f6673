package org.ypsa.hub.domain.intake;

import java.util.List;
import java.util.stream.Stream;

import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.Problem;

/** What becomes of one email: exactly one of these. */
public sealed interface Outcome {

    FormType formType();

    List<String> warnings();

    /** This outcome with more warnings for the sender after its own (an unrecognised email has none to tell). */
    default Outcome withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = Stream.concat(warnings().stream(), more.stream()).toList();
        if (this instanceof Routed r) {
            return new Routed(r.formType(), r.variant(), r.fields(), all);
        }
        if (this instanceof Rejected r) {
            return new Rejected(r.formType(), r.problems(), all, r.unplacedLabels(), r.alarm());
        }
        return this;
    }

    /** An email the council's mail server could not authenticate: its sender may not be who it shows. */
    static Outcome notAuthenticated() {
        return new Rejected(FormType.UNKNOWN, List.of(new Problem("Email", "Sender", "the council's mail server could "
                + "not confirm that this email came from the address it shows (no DMARC pass)",
                "an email sent from your organisation's own email system")), List.of());
    }

    /** An email larger than the hub downloads (its headers are kept). */
    static Outcome tooLarge(long maxBytes) {
        return new Rejected(FormType.UNKNOWN, List.of(new Problem("Email", "Size",
                "the email is larger than the hub accepts (" + maxBytes / (1024 * 1024) + " MB)",
                "a smaller email: send large supporting documents separately")), List.of());
    }

    /** An email whose reading failed, or stopped the hub, too often: no longer read, kept for an admin. */
    static Outcome heldUnread(int tries, String mailbox) {
        return new Unrecognised("the hub could not read this email after " + tries + " tries (the mail server failed "
                + "on it, or reading it stopped the hub); it is kept in the mailbox folder " + mailbox + " for an admin");
    }

    /** An email the readers choke on (what failed is named by its kind only: never a value from the mail). */
    static Outcome couldNotRead(Exception e) {
        return new Unrecognised("the hub could not read this email (" + e.getClass().getSimpleName() + ")");
    }

    /** A valid form, to be routed to its team's queue. */
    record Routed(FormType formType, String variant, FormRecord fields, List<String> warnings) implements Outcome {
    }

    /**
     * A form with problems the sender must fix; kept for an admin on hub.rejected.
     *
     * @param unplacedLabels labels of the form the hub could not place on a field (labels only, never values),
     *        so that an admin can add the wording to config/forms
     * @param alarm what the form still tells that cannot wait for it to be mended ({@link Alarm#NONE}: nothing)
     */
    record Rejected(FormType formType, List<Problem> problems, List<String> warnings, List<String> unplacedLabels,
            Alarm alarm) implements Outcome {

        public Rejected {
            unplacedLabels = unplacedLabels == null ? List.of() : List.copyOf(unplacedLabels);
            alarm = alarm == null ? Alarm.NONE : alarm;
        }

        public Rejected(FormType formType, List<Problem> problems, List<String> warnings, List<String> unplacedLabels) {
            this(formType, problems, warnings, unplacedLabels, Alarm.NONE);
        }

        public Rejected(FormType formType, List<Problem> problems, List<String> warnings) {
            this(formType, problems, warnings, List.of());
        }

        /** This rejection with the alarm its form carries. */
        public Rejected with(Alarm carried) {
            return new Rejected(formType, problems, warnings, unplacedLabels, carried);
        }
    }

    /**
     * An email that is not a form the hub knows; kept for an admin on hub.unrecognised.
     *
     * @param presentDanger whether its whole text, screened as an intelligence submission's is, tells of present
     *        danger (SPEC.md, "Screening first ... whatever the field parsing finds"): from a partner, its sender is
     *        told to call 999 and the duty contact alerted ({@link IntakePolicy})
     */
    record Unrecognised(String reason, boolean presentDanger) implements Outcome {

        public Unrecognised(String reason) {
            this(reason, false);
        }

        @Override
        public FormType formType() {
            return FormType.UNKNOWN;
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }
    }
}
