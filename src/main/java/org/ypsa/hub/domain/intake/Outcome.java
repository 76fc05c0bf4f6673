package org.ypsa.hub.domain.intake;

import java.util.List;

import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.Problem;

/** What becomes of one email: exactly one of these. */
public sealed interface Outcome {

    FormType formType();

    List<String> warnings();

    /** A valid form, to be routed to its team's queue. */
    record Routed(FormType formType, String variant, FormRecord fields, List<String> warnings) implements Outcome {
    }

    /**
     * A form with problems the sender must fix; kept for an admin on hub.rejected.
     *
     * @param unplacedLabels labels of the form the hub could not place on a field (labels only, never values),
     *        so that an admin can add the wording to config/forms
     */
    record Rejected(FormType formType, List<Problem> problems, List<String> warnings, List<String> unplacedLabels)
            implements Outcome {

        public Rejected {
            unplacedLabels = unplacedLabels == null ? List.of() : List.copyOf(unplacedLabels);
        }

        public Rejected(FormType formType, List<Problem> problems, List<String> warnings) {
            this(formType, problems, warnings, List.of());
        }
    }

    /** An email that is not a form the hub knows; kept for an admin on hub.unrecognised. */
    record Unrecognised(String reason) implements Outcome {
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
