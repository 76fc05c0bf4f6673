package org.ypsa.hub.domain.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The phone networks' limits per number per hour: so many identical texts, so many of any kind. Before a text is
 * sent, {@link #heldUntil} says when it may go if it may not go now; {@link #sent} counts one that went.
 */
public final class TextRate {
    private static final Duration HOUR = Duration.ofHours(1);

    /** One text sent: to whom (a key, not the number), what (a key of its content), when. */
    public record Sent(String number, String content, Instant at) {
    }

    private final int maxIdentical;
    private final int maxAny;
    private final Map<String, Deque<Sent>> byNumber = new HashMap<>();

    public TextRate(int maxIdenticalPerHour, int maxPerHour) {
        this.maxIdentical = maxIdenticalPerHour;
        this.maxAny = maxPerHour;
    }

    /** When this text may be sent, if not now: the moment the oldest text counted against it is an hour old. */
    public synchronized Optional<Instant> heldUntil(String number, String content, Instant now) {
        Deque<Sent> recent = recent(number, now);
        if (recent.size() >= maxAny) {
            return Optional.of(recent.peekFirst().at().plus(HOUR));
        }
        Sent[] same = recent.stream().filter(s -> s.content().equals(content)).toArray(Sent[]::new);
        return same.length >= maxIdentical ? Optional.of(same[same.length - maxIdentical].at().plus(HOUR))
                : Optional.empty();
    }

    public synchronized void sent(Sent s) {
        byNumber.computeIfAbsent(s.number(), k -> new ArrayDeque<>()).addLast(s);
    }

    private Deque<Sent> recent(String number, Instant now) {
        Deque<Sent> d = byNumber.computeIfAbsent(number, k -> new ArrayDeque<>());
        while (!d.isEmpty() && !d.peekFirst().at().isAfter(now.minus(HOUR))) {
            d.removeFirst();
        }
        return d;
    }
}
