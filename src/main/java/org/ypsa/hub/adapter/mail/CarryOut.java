package org.ypsa.hub.adapter.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.ClockEntry;
import org.ypsa.hub.adapter.jms.ClockStarts;
import org.ypsa.hub.adapter.jms.Dispatch;
import org.ypsa.hub.adapter.jms.HubMessage;
import org.ypsa.hub.adapter.jms.Outgoing;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.intake.InboundMail;

/**
 * The intake's third step (read, decide, carry out): what the policies decided for one mail, as the broker
 * messages that carry it out, in order, the mail's own message first. Nothing is sent here: the intake route sends
 * them in the mail's one transaction.
 */
@Component
public class CarryOut {
    private final Outgoing outgoing;
    private final ClockStarts clockStarts;
    private final ObjectMapper json;
    private final Clock clock;

    public CarryOut(Outgoing outgoing, ClockStarts clockStarts, ObjectMapper hubJson, Clock clock) {
        this.outgoing = outgoing;
        this.clockStarts = clockStarts;
        this.json = hubJson;
        this.clock = clock;
    }

    /** Each action as the messages that carry it out, in order, the mail's own message first. */
    public List<Dispatch> messages(List<Action> actions, HubMessage message, InboundMail in,
            Optional<ClockEntry> theCase, HubProperties props) throws com.fasterxml.jackson.core.JsonProcessingException {
        String reference = message.reference();
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("hubReference", reference);
        headers.put("hubFormType", message.formType());
        headers.put("hubOutcome", message.outcome());
        if (message.variant() != null) {
            headers.put("hubVariant", message.variant());
        }
        String body = json.writeValueAsString(message);
        Instant now = clock.instant();
        List<Dispatch> out = new ArrayList<>();
        for (Action a : actions) {
            if (a instanceof Action.Enqueue q) {
                out.add(new Dispatch(Dispatch.Kind.of(q.event()), q.queue(), reference + q.idSuffix(), body,
                        q.emergency() ? props.queues().emergencyPriority() : Dispatch.NORMAL_PRIORITY, headers));
            } else if (a instanceof Action.Email e) {
                out.add(outgoing.mail(reference, e.event(), e.kind(), e.to(), e.subject(), e.text(),
                        e.answersMail() ? in.messageId() : null, reference + e.idSuffix()));
            } else if (a instanceof Action.Alert al) {
                out.addAll(outgoing.alert(reference, al.kind(), List.of(al.to()), al.subject(), al.text(), now,
                        reference));
            } else if (a instanceof Action.Text t) {
                out.addAll(outgoing.text(reference, t.kind(), List.of(t.to()), t.text(), reference + ":" + t.kind()));
            } else if (a instanceof Action.Tell t) {
                out.addAll(outgoing.alert(reference, t.kind(), t.to(), t.subject(), t.text(), now,
                        reference + t.idSuffix()));
            } else if (a instanceof Action.StartClock c) {
                out.add(clockStarts.started(reference, c, now));
            } else if (a instanceof Action.KeepRecord r) {
                out.add(clockStarts.kept(reference, r));
            } else if (a instanceof Action.ApplyStaffReply r) {
                out.addAll(clockStarts.forReply(reference, r.reply(), theCase, now));
            } else {
                throw new IllegalStateException("no way to carry out " + a.getClass().getSimpleName());
            }
        }
        return out;
    }
}
