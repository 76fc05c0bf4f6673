package org.ypsa.hub.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.jms.JMSException;
import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.ReplyClosing;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.intake.Outcome;

/**
 * A reply word given on a page (Acknowledge, Accepted...) by the person signed in: taken exactly as their email
 * reply from their address would be (ReplyClosing), so only those a step of the clock was sent to may close it,
 * and audited with who and why.
 */
@Component
public class PageReplies {
    /** What became of a reply given on a page. */
    public sealed interface Result {
        record Recorded(String reference, String word, List<String> closes) implements Result {
        }

        record Refused(String reference, String why) implements Result {
        }
    }

    private final LiveConfig live;
    private final ReplyClosing closing;
    private final AuditLog audit;
    private final Clock clock;

    public PageReplies(LiveConfig live, ReplyClosing closing, AuditLog audit, Clock clock) {
        this.live = live;
        this.closing = closing;
        this.audit = audit;
        this.clock = clock;
    }

    public Result reply(Staff who, String reference, String word, String why) throws JMSException {
        LiveConfig.Snapshot config = live.get();
        Optional<Directory.ReplyWord> w = config.props().directory().replies().stream()
                .filter(r -> r.word().equalsIgnoreCase(word) && !r.needsDate()).findFirst();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("by", who.login());
        detail.put("as", who.email());
        detail.put("word", word);
        detail.put("reason", why);
        if (w.isEmpty() || who.email().isBlank()) {
            String reason = w.isEmpty() ? word + " is not a reply word in the directory"
                    : "your login has no email address the hub's alerts are sent to";
            detail.put("refused", reason);
            audit.record(reference, AuditEvent.PAGE_REPLY_REFUSED, detail);
            return new Result.Refused(reference, reason);
        }
        Directory.ReplyWord rw = w.get();
        StaffReply sr = new StaffReply(reference, rw.word(), rw.closes(), rw.starts(), rw.tellReferrer(), null,
                who.email());
        Outcome o = closing.check(new Outcome.Routed(FormType.STAFF_REPLY, rw.word(), sr, List.of()), sr,
                new ClosingRights.Replier.ByEmail(who.email()), config);
        if (!(o instanceof Outcome.Routed r && r.fields() instanceof StaffReply allowed)) {
            String reason = rw.word() + " is taken only from the people the hub's alert for " + reference
                    + " was sent to (the team, the duty contact or the manager), not from whoever raised it";
            detail.put("refused", reason);
            audit.record(reference, AuditEvent.PAGE_REPLY_REFUSED, detail);
            return new Result.Refused(reference, reason);
        }
        String pageReference = Reference.of(OriginalStore.sha256(("page-reply:" + reference + ":" + who.login() + ":"
                + clock.instant()).getBytes(StandardCharsets.UTF_8)));
        closing.apply(pageReference, allowed);
        detail.put("closes", allowed.closes());
        detail.put("pageReference", pageReference);
        audit.record(reference, AuditEvent.PAGE_REPLY, detail);
        return new Result.Recorded(reference, rw.word(), allowed.closes());
    }
}
