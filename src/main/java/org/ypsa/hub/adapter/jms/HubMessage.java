package org.ypsa.hub.adapter.jms;

import java.util.List;

import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.Outcome;

/**
 * The JSON every queue carries (schema "ypsa-hub/form/v1"): the outcome of one email. Originals are
 * not carried: attachments and the email itself are references to the content-addressed store. A rejected
 * form's message lists the labels the hub could not place (labels only), so an admin can add the wording.
 */
public record HubMessage(
        String schema,
        String reference,
        String outcome,
        String formType,
        String variant,
        String receivedAt,
        Source source,
        Object fields,
        List<String> warnings,
        List<Problem> problems,
        String reason,
        List<StoredFile> attachments,
        StoredFile original,
        List<String> unplacedLabels) {

    public static final String SCHEMA = "ypsa-hub/form/v1";

    /** A message with no unplaced labels (all but rejected forms). */
    public HubMessage(String schema, String reference, String outcome, String formType, String variant,
            String receivedAt, Source source, Object fields, List<String> warnings, List<Problem> problems,
            String reason, List<StoredFile> attachments, StoredFile original) {
        this(schema, reference, outcome, formType, variant, receivedAt, source, fields, warnings, problems, reason,
                attachments, original, null);
    }

    /** The message for one email's outcome, its attachments and the original as the store keeps them. */
    public static HubMessage of(String reference, InboundMail in, Outcome outcome, List<StoredFile> attachments,
            StoredFile original) {
        Source source = new Source(in.mailbox(), in.messageId(), in.from(), in.subject());
        String received = in.receivedAt() == null ? null : in.receivedAt().toString();
        if (outcome instanceof Outcome.Routed r) {
            return new HubMessage(SCHEMA, reference, "routed", r.formType().id(), r.variant(), received, source,
                    r.fields(), r.warnings(), null, null, attachments, original);
        }
        if (outcome instanceof Outcome.Rejected r) {
            return new HubMessage(SCHEMA, reference, "rejected", r.formType().id(), null, received, source, null,
                    r.warnings(), r.problems(), null, attachments, original,
                    r.unplacedLabels().isEmpty() ? null : r.unplacedLabels());
        }
        Outcome.Unrecognised u = (Outcome.Unrecognised) outcome;
        return new HubMessage(SCHEMA, reference, "unrecognised", u.formType().id(), null, received, source, null,
                List.of(), null, u.reason(), attachments, original);
    }

    public record Source(String mailbox, String messageId, String sender, String subject) {
    }

    public record StoredFile(String name, String contentType, long size, String sha256, String storedAt) {
    }
}
