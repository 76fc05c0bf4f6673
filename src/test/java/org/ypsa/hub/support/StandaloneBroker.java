package org.ypsa.hub.support;

import java.nio.file.Path;

/**
 * A standalone Artemis broker in its own JVM, for a test that kills the broker (not the hub) with SIGKILL:
 * persistent journal, duplicate detection kept on disk, a login. Run with {@link HubProcess}.
 * Arguments: journal folder, TCP port, user, password.
 */
public final class StandaloneBroker {
    private StandaloneBroker() {
    }

    public static void main(String[] args) throws Exception {
        MixedBatch.startBroker(Path.of(args[0]), Integer.parseInt(args[1]), args[2], args[3]);
        // Runs until it is killed: nothing here stops it gracefully.
        new java.util.concurrent.CountDownLatch(1).await();
    }
}
