package org.ypsa.hub.adapter.jms;

import java.util.List;

import org.ypsa.hub.domain.Problem;

/**
 * The JSON every queue carries (schema "ypsa-hub/form/v1"): the outcome of one email. Originals are
 * not carried: attachments and the email itself are references to the content-addressed store.
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
        StoredFile original) {

    public static final String SCHEMA = "ypsa-hub/form/v1";

    public record Source(String mailbox, String messageId, String sender, String subject) {
    }

    public record StoredFile(String name, String contentType, long size, String sha256, String storedAt) {
    }
}
