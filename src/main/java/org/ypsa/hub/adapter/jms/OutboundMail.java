package org.ypsa.hub.adapter.jms;

/** A reply waiting on the outbox queue to be sent by SMTP (schema "ypsa-hub/outbound-mail/v1"). */
public record OutboundMail(String schema, String reference, String kind, String to, String subject, String text,
        String inReplyTo) {

    public static final String SCHEMA = "ypsa-hub/outbound-mail/v1";
}
