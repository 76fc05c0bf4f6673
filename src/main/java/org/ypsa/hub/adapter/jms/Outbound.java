package org.ypsa.hub.adapter.jms;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What waits on an outbox lane, told apart by its schema: an email for SMTP, or a text for GOV.UK Notify. Both go
 * through the same lanes, ledger, back-off and digest (routes/outbox.yaml).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "schema",
        visible = true)
@JsonSubTypes({@JsonSubTypes.Type(value = OutboundMail.class, name = OutboundMail.SCHEMA),
        @JsonSubTypes.Type(value = OutboundText.class, name = OutboundText.SCHEMA)})
public sealed interface Outbound permits OutboundMail, OutboundText {
    /** Exchange property of the outbox route: the message being sent (an Outbound). */
    String MESSAGE = "hubOutbound";
    /** JMS and exchange property: which try this is (1 first). */
    String ATTEMPT = "hubAttempt";
    String reference();

    String kind();

    /** Who it goes to, as the audit trail and the admin's digest may show it. */
    String shownTo();
}
