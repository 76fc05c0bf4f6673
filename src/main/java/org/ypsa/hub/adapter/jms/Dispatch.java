package org.ypsa.hub.adapter.jms;

import java.util.Map;

/**
 * One message the intake of an email sends: its outcome, the reply to the sender, an alert. Each carries a
 * duplicate id derived from the email's reference, so sending it again after a crash is dropped by Artemis.
 */
public record Dispatch(String kind, String queue, String duplicateId, String body, int priority,
        Map<String, Object> properties) {

    public static final int NORMAL_PRIORITY = 4;
}
