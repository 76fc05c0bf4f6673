package org.ypsa.hub.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The hub's clock in tests: the system clock until a test sets it, then exactly where the test puts it. */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void set(Instant at) {
        fixed.set(at);
    }

    public void advance(Duration d) {
        fixed.updateAndGet(i -> (i == null ? Instant.now() : i).plus(d));
    }

    /** Back to the system clock. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant i = fixed.get();
        return i == null ? Instant.now() : i;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
