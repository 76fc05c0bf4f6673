package org.ypsa.hub.adapter.jms;

import java.util.List;

import org.ypsa.hub.domain.Problem;

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

    public record Source(String mailbox, String messageId, String sender, String subject) {
    }

    public record StoredFile(String name, String contentType, long size, String sha256, String storedAt) {
    }
}
