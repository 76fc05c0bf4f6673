package org.ypsa.hub.adapter.mail;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * The references being decided now, one mail each: a mail sent to two of the hub's mailboxes is read by two routes
 * at once, and the second waits until the first's outcome is on the broker (or failed), then finds its decision.
 */
final class InFlight {
    /** Longer than any read (the read deadline) and dispatch; a wait this long fails and is retried at the next poll. */
    private static final long MAX_WAIT_MS = TimeUnit.MINUTES.toMillis(5);

    private final Set<String> held = new HashSet<>();

    /** Holds {@code reference} until the exchange completes, waiting while another mailbox's route holds it. */
    void enter(Exchange exchange, String reference) throws InterruptedException {
        long until = System.currentTimeMillis() + MAX_WAIT_MS;
        synchronized (this) {
            while (held.contains(reference)) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) {
                    throw new IllegalStateException("mail " + reference + " is still being read from another mailbox");
                }
                wait(left);
            }
            held.add(reference);
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
