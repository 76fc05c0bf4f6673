package org.ypsa.hub.adapter.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.OutboundText;
import org.ypsa.hub.adapter.jms.Outbound;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.notify.TextRate;

/**
 * The text step of an outbox lane (routes/outbox.yaml): sends an outbox text through Notify, or says why not
 * ({@link TextNotSent}) for OutboxMailer to try it again later. A text over the hourly limits for its number is
 * held back, not sent; a later try of a text whose earlier try may have reached Notify asks Notify first, by the
 * text's reference, and sends nothing if it went. The texts of the last hour are kept on disk (as keys, not
 * numbers), so a restart does not forget the limits.
 */
@Component("outboxTexter")
public class TextSender {
    private final NotifyGateway notify;
    private final LiveConfig live;
    private final Clock clock;
    private final MeterRegistry meters;
    private final TextRate rate;
    private final Path sentLog;

    public TextSender(NotifyGateway notify, LiveConfig live, Clock clock, MeterRegistry meters, HubProperties props) {
        this.notify = notify;
        this.live = live;
        this.clock = clock;
        this.meters = meters;
        HubProperties.Notify n = props.govNotify();
        this.rate = new TextRate(n == null ? 20 : n.maxIdenticalPerHour(), n == null ? 100 : n.maxPerHour());
        this.sentLog = props.store().dir().resolve("notify").resolve("texts-sent");
        reload();
    }

    public void send(Exchange exchange) throws TextNotSent {
        OutboundText t = exchange.getProperty(Outbound.MESSAGE, OutboundText.class);
        Instant now = clock.instant();
        String number = key(t.to());
        String content = key(t.personalisation().toString());
        var held = rate.heldUntil(number, content, now);
        if (held.isPresent()) {
            meters.counter("hub.notify.held", "kind", t.kind()).increment();
            throw new TextNotSent.HeldBack(held.get());
        }
        int attempt = exchange.getProperty(Outbound.ATTEMPT, 1, Integer.class);
        // An earlier try may have reached Notify before failing (a timeout, a lost answer): ask before sending.
        if (attempt > 1 && notify.hasText(t.notifyReference())) {
            return;
        }
        notify.sendSms(templateId(), t.to(), t.personalisation(), t.notifyReference());
        rate.sent(new TextRate.Sent(number, content, now));
        append(now, number, content);
    }

    private String templateId() throws TextNotSent {
        HubProperties.Notify n = live.props().govNotify();
        if (n == null || n.smsTemplateId() == null || n.smsTemplateId().isBlank()) {
            throw new TextNotSent.Off();
        }
        return n.smsTemplateId().strip(); // the one configured now: a corrected id applies to texts still waiting
    }

    private static String key(String s) {
        return OriginalStore.sha256(s.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    private synchronized void append(Instant at, String number, String content) {
        try {
            Files.createDirectories(sentLog.getParent());
            Files.writeString(sentLog, at.toEpochMilli() + " " + number + " " + content + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + sentLog, e);
        }
    }

    /** The last hour's texts back into the limits, and the older ones off the file. */
    private void reload() {
        if (!Files.exists(sentLog)) {
            return;
        }
        try {
            Instant since = clock.instant().minus(Duration.ofHours(1));
            List<String> kept = Files.readAllLines(sentLog, StandardCharsets.US_ASCII).stream()
                    .filter(l -> l.split(" ").length == 3)
                    .filter(l -> Instant.ofEpochMilli(Long.parseLong(l.split(" ")[0])).isAfter(since)).toList();
            kept.forEach(l -> {
                String[] f = l.split(" ");
                rate.sent(new TextRate.Sent(f[1], f[2], Instant.ofEpochMilli(Long.parseLong(f[0]))));
            });
            Files.write(sentLog, kept, StandardCharsets.US_ASCII);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + sentLog, e);
        }
    }
}
