package org.ypsa.hub.adapter.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.jms.JMSException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.ReplyClosing;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.adapter.store.SentLedger;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.clocks.TextReply;
import uk.gov.service.notify.ReceivedTextMessage;

/**
 * Texts sent to the service's Notify number (routes/notify.yaml): each read once, oldest first, and an
 * "ACK YPSA-..." (or any reply word) from a number a step was sent to closes the clock as an email reply does
 * (ReplyClosing.check, ReplyClosing.apply). The texts handled are kept in a ledger by Notify's id and the newest one
 * seen in a file, both on disk, so a restart neither handles a text twice nor reads further back than needed.
 * The audit trail has the number masked and never the text itself.
 */
@Component("inboundTexts")
public class InboundTexts {
    private static final Logger LOG = LoggerFactory.getLogger(InboundTexts.class);
    /** Most pages read back in one poll (Notify keeps received texts 7 days, 250 a page). */
    private static final int MAX_PAGES = 20;

    private final NotifyGateway notify;
    private final LiveConfig live;
    private final ReplyClosing closing;
    private final AuditLog audit;
    private final SentLedger handled;
    private final Path newest;

    public InboundTexts(NotifyGateway notify, LiveConfig live, ReplyClosing closing, AuditLog audit,
            HubProperties props) {
        this.notify = notify;
        this.live = live;
        this.closing = closing;
        this.audit = audit;
        Path dir = props.store().dir().resolve("notify");
        this.handled = new SentLedger(dir.resolve("received.ledger"));
        this.newest = dir.resolve("received.newest");
    }

    /** Handles the texts not handled yet; returns how many. Nothing when Notify is off. */
    public synchronized int poll() throws TextNotSent, JMSException {
        if (!notify.enabled()) {
            return 0;
        }
        Optional<String> stopAt = readNewest();
        List<ReceivedTextMessage> fresh = new ArrayList<>();
        String olderThan = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<ReceivedTextMessage> got = notify.received(olderThan);
            boolean reachedKnown = false;
            for (ReceivedTextMessage m : got) {
                if (stopAt.isPresent() && stopAt.get().equals(m.getId().toString())) {
                    reachedKnown = true;
                    break;
                }
                fresh.add(m);
            }
            if (reachedKnown || got.isEmpty() || stopAt.isEmpty()) {
                break; // the first poll ever reads the newest page only
            }
            olderThan = got.get(got.size() - 1).getId().toString();
        }
        Collections.reverse(fresh); // oldest first
        int n = 0;
        for (ReceivedTextMessage m : fresh) {
            String id = m.getId().toString();
            if (!handled.contains(id)) {
                handle(m);
                handled.record(id);
                n++;
            }
        }
        if (!fresh.isEmpty()) {
            writeNewest(fresh.get(fresh.size() - 1).getId().toString());
        }
        return n;
    }

    private void handle(ReceivedTextMessage m) throws JMSException {
        String replyReference = Reference.of(OriginalStore.sha256(("notify-text:" + m.getId())
                .getBytes(StandardCharsets.UTF_8)));
        Optional<PhoneNumber> from = PhoneNumber.parse(m.getUserNumber());
        LiveConfig.Snapshot config = live.get();
        Optional<StaffReply> reply = from.flatMap(f -> TextReply.parse(config.props().directory(), m.getContent(), f));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", from.map(PhoneNumber::masked).orElse("not a UK mobile"));
        if (reply.isEmpty()) {
            detail.put("understood", false);
            audit.record(replyReference, AuditEvent.TEXT_RECEIVED, detail);
            return;
        }
        StaffReply sr = reply.get();
        detail.put("word", sr.word());
        detail.put("reference", sr.reference());
        Outcome o = closing.check(new Outcome.Routed(FormType.STAFF_REPLY, sr.word(), sr, List.of()), sr,
                new ClosingRights.Replier.ByText(from.get()), config);
        if (!(o instanceof Outcome.Routed r && r.fields() instanceof StaffReply allowed)) {
            detail.put("why", "not a number the alert was sent to");
            audit.record(sr.reference(), AuditEvent.TEXT_REPLY_REFUSED, detail);
            LOG.info("A text quoting {} was refused: not from a number the alert was sent to", sr.reference());
            return;
        }
        closing.apply(replyReference, allowed);
        detail.put("closes", allowed.closes());
        detail.put("textReference", replyReference);
        audit.record(allowed.reference(), AuditEvent.TEXT_REPLY, detail);
    }

    private Optional<String> readNewest() {
        try {
            return Files.exists(newest) ? Optional.of(Files.readString(newest, StandardCharsets.US_ASCII).strip())
                    .filter(s -> !s.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeNewest(String id) {
        try {
            Path tmp = newest.resolveSibling(newest.getFileName() + ".tmp");
            Files.writeString(tmp, id, StandardCharsets.US_ASCII);
            Files.move(tmp, newest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
