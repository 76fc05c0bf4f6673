package org.ypsa.hub.adapter.jms;

/**
 * A reply waiting on the outbox queue to be sent by SMTP (schema "ypsa-hub/outbound-mail/v1"); {@code why} is the
 * rule that made the hub send it, for the audit trail (absent on messages queued before it was added).
 */
public record OutboundMail(String schema, String reference, String kind, String to, String subject, String text,
        String inReplyTo, String why) implements Outbound {

    @Override
    public String shownTo() {
        return to;
    }

    public static final String SCHEMA = "ypsa-hub/outbound-mail/v1";
}
