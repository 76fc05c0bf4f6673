package org.ypsa.hub.adapter.jms;

import java.util.Map;

import org.ypsa.hub.domain.notify.PhoneNumber;

/**
 * A text waiting on the urgent outbox lane to be sent through GOV.UK Notify (schema "ypsa-hub/outbound-text/v1"):
 * the alert kind, the mobile number, the template's placeholders (no personal data: TextAlert), and the
 * reference Notify keeps with it, stable across tries, by which a try after an ambiguous failure asks Notify
 * whether the text already went. The template id is the one configured when it is sent.
 */
public record OutboundText(String schema, String reference, String kind, String to,
        Map<String, String> personalisation, String notifyReference) implements Outbound {

    public static final String SCHEMA = "ypsa-hub/outbound-text/v1";

    public PhoneNumber number() {
        return PhoneNumber.parse(to).orElseThrow();
    }

    @Override
    public String shownTo() {
        return number().masked();
    }
}
