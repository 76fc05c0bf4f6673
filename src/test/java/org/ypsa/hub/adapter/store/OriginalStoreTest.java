package org.ypsa.hub.adapter.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Originals are stored whole while the retention purge runs beside the mailboxes. */
class OriginalStoreTest {
    private static final Instant RECEIVED = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path data;

    @Test
    void aPurgeRunningWhileMailIsStoredNeverDeletesACopyHalfWrittenSoNoMailFailsToStore() throws Exception {
        OriginalStore store = new OriginalStore(data.resolve("originals"), Clock.fixed(RECEIVED, ZoneOffset.UTC));
        AtomicBoolean storing = new AtomicBoolean(true);
        ExecutorService purger = Executors.newSingleThreadExecutor();
        try {
            // everything stored is already past its retention by the purge's time: only the lock keeps a copy whole
            Future<Integer> purges = purger.submit(() -> {
                int n = 0;
                while (storing.get()) {
                    store.purge(RECEIVED.plusSeconds(1));
                    n++;
                    Thread.sleep(1);
                }
                return n;
            });
            for (int i = 0; i < 150; i++) {
                store.put(("mail " + i).getBytes(StandardCharsets.UTF_8)); // throws if its copy vanished mid-write
            }
            storing.set(false);
            assertThat(purges.get()).isPositive();
        } finally {
            purger.shutdownNow();
        }
    }

    @Test
    void aPurgeDeletesTheHalfWrittenCopiesACrashLeftWhateverTheirAge() throws Exception {
        OriginalStore store = new OriginalStore(data.resolve("originals"), Clock.fixed(RECEIVED, ZoneOffset.UTC));
        Path kept = store.pathOf(store.put("a referral".getBytes(StandardCharsets.UTF_8)).sha256());
        Path leftover = Files.writeString(kept.resolveSibling(kept.getFileName() + "123.tmp"), "half a refer");

        assertThat(store.purge(RECEIVED.minusSeconds(60))).isZero();

        assertThat(kept).exists();
        assertThat(leftover).doesNotExist();
    }
}
