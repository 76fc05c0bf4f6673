package org.ypsa.hub.adapter.jms;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.ypsa.hub.domain.AuditEvent;

/**
 * One message the intake of an email sends: its outcome, the reply to the sender, an alert. Each carries a
 * duplicate id derived from the email's reference, so sending it again after a crash is dropped by Artemis.
 */
public record Dispatch(Kind kind, String queue, String duplicateId, String body, int priority,
        Map<String, Object> properties) {

    public static final int NORMAL_PRIORITY = 4;

    /**
     * What the audit trail records once the message is on its queue: the event, and for a clock started the clock's
     * kind. Written to the decision journal as the event's id as the trail has it ("alert-recorded",
     * "clock-emergency-referral"), so a journal written before a restart reads back the same.
     */
    public record Kind(AuditEvent event, String clock) {

        public static Kind of(AuditEvent event) {
            if (event == AuditEvent.CLOCK_STARTED) {
                throw new IllegalArgumentException("a clock started says which clock: Kind.clockStarted(kind)");
            }
            return new Kind(event, null);
        }

        public static Kind clockStarted(String clock) {
            return new Kind(AuditEvent.CLOCK_STARTED, clock);
        }

        @JsonCreator
        public static Kind ofId(String id) {
            AuditEvent event = AuditEvent.of(id).orElseThrow(() -> new IllegalArgumentException("no event " + id));
            return event == AuditEvent.CLOCK_STARTED
                    ? clockStarted(id.substring(AuditEvent.CLOCK_STARTED.id().length())) : of(event);
        }

        /** The id in the audit trail. */
        @JsonValue
        public String id() {
            return clock == null ? event.id() : AuditEvent.clockStarted(clock);
        }

        public boolean is(AuditEvent e) {
            return event == e;
        }
    }
}
