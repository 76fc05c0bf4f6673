package org.ypsa.hub.adapter.jms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;

/** Builds the messages the hub sends: an email on the outbox, an alert, a clock. One shape for intake and clocks. */
@Component
public class Outgoing {
    /** JMS property of an alert record: the one address it was sent to. */
    public static final String ALERT_TO = "hubAlertTo";
    private final LiveConfig live;
    private final ObjectMapper json;

    public Outgoing(LiveConfig live, ObjectMapper hubJson) {
        this.live = live;
        this.json = hubJson;
    }

    /** An email waiting on the outbox. */
    public Dispatch mail(String reference, AuditEvent event, String kind, String to, String subject, String text,
            String inReplyTo, String duplicateId) {
        return mail(reference, event, kind, to, subject, text, inReplyTo, duplicateId,
                Disclosures.why(event, kind));
    }

    private Dispatch mail(String reference, AuditEvent event, String kind, String to, String subject, String text,
            String inReplyTo, String duplicateId, String why) {
        return new Dispatch(Dispatch.Kind.of(event), lane(kind), duplicateId, write(
                new OutboundMail(OutboundMail.SCHEMA, reference, kind, to, subject, text, inReplyTo, why)),
                Dispatch.NORMAL_PRIORITY, Map.of("hubReference", reference));
    }

    /** Kinds of email that travel in the urgent lane, ahead of (and never behind) ordinary replies. */
    static final java.util.Set<String> URGENT_KINDS = java.util.Set.of("alert", "intelligence", "disclosure");

    private String lane(String kind) {
        return URGENT_KINDS.contains(kind) ? live.props().queues().outboxUrgent() : live.props().queues().outbox();
    }

    /**
     * An alert, reminder or escalation: an email to each recipient and, for each, a record on the alerts queue at
     * emergency priority. It carries the reference and what is needed to act, never a young person's name.
     */
    public List<Dispatch> alert(String reference, String kind, List<String> to, String subject, String text,
            Instant raisedAt, String idBase) {
        List<Dispatch> out = new ArrayList<>();
        for (String address : to) {
            out.add(mail(reference, AuditEvent.ALERT_QUEUED, "alert", address, subject, text, null,
                    idBase + ":alert-mail:" + address, Disclosures.why(AuditEvent.ALERT_QUEUED, kind)));
        }
        for (String address : to) {
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("schema", "ypsa-hub/alert/v1");
            alert.put("reference", reference);
            alert.put("kind", kind);
            alert.put("to", List.of(address));
            alert.put("subject", subject);
            alert.put("raisedAt", raisedAt.toString());
            out.add(new Dispatch(Dispatch.Kind.of(AuditEvent.ALERT_RECORDED), live.props().queues().alerts(), idBase + ":alert:" + address, write(alert),
                    live.props().queues().emergencyPriority(), Map.of("hubReference", reference, "hubAlertKind", kind,
                            ALERT_TO, address)));
        }
        return out;
    }

    /**
     * A text through GOV.UK Notify on the urgent lane, to each contact with a mobile number; its duplicate id and
     * Notify reference are made from idBase and the number, so a step fired again sends no second text.
     */
    public List<Dispatch> text(String reference, String kind, List<PhoneNumber> to, TextAlert alert, String idBase) {
        List<Dispatch> out = new ArrayList<>();
        for (PhoneNumber n : to) {
            String id = idBase + ":text:" + n.e164();
            String notifyReference = reference + "-" + org.ypsa.hub.adapter.store.OriginalStore.sha256(
                    id.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
            out.add(new Dispatch(Dispatch.Kind.of(AuditEvent.TEXT_QUEUED), live.props().queues().outboxUrgent(), id, write(new OutboundText(
                    OutboundText.SCHEMA, reference, kind, n.e164(), alert.personalisation(), notifyReference)),
                    live.props().queues().emergencyPriority(), Map.of("hubReference", reference)));
        }
        return out;
    }

    /** A clock or record on the clocks queue, selectable by kind, reference and the moment it falls due. */
    public Dispatch clock(ClockEntry e, long dueAtMillis, String duplicateId, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>(extra);
        p.put(ClockEntry.KIND, e.kind());
        p.put(ClockEntry.REFERENCE, e.reference());
        p.put(ClockEntry.DUE_AT, dueAtMillis);
        return new Dispatch(Dispatch.Kind.clockStarted(e.kind()), live.props().queues().clocks(), duplicateId, write(e), Dispatch.NORMAL_PRIORITY,
                p);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a hub message", e);
        }
    }
}
