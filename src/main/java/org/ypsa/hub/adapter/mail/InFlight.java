package org.ypsa.hub.adapter.mail;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The references being decided now, one mail each: a mail sent to two of the hub's mailboxes is read by two routes
 * at once, and the second waits until the first's outcome is on the broker (or failed), then finds its decision.
 * The same exchange tried again (Camel's redelivery after a passing failure) already holds its mail and goes on.
 */
final class InFlight {
    /** Longer than any read (the read deadline) and dispatch; a wait this long fails and is retried at the next poll. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final long maxWaitMs;
    /** Reference → the exchange holding it. */
    private final Map<String, String> held = new HashMap<>();

    InFlight() {
        this(MAX_WAIT);
    }

    InFlight(Duration maxWait) {
        this.maxWaitMs = maxWait.toMillis();
    }

    /** Holds {@code reference} until the exchange completes, waiting while another mailbox's route holds it. */
    void enter(Exchange exchange, String reference) throws InterruptedException {
        long until = System.currentTimeMillis() + maxWaitMs;
        synchronized (this) {
            if (exchange.getExchangeId().equals(held.get(reference))) {
                return; // a redelivery: this exchange holds it, and lets it go when it completes
            }
            while (held.containsKey(reference)) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    throw new IllegalStateException("mail " + reference + " is still being read from another mailbox");
                }
                wait(left);
            }
            held.put(reference, exchange.getExchangeId());
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                leave(reference);
            }
        });
    }

    private synchronized void leave(String reference) {
        held.remove(reference);
        notifyAll();
    }
}
