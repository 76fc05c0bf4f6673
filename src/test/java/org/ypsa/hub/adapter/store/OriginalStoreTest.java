package org.ypsa.hub.adapter.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Originals are stored whole while the retention purge runs beside the mailboxes. */
class OriginalStoreTest {
    private static final Instant RECEIVED = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path data;

    @Test
    void aPurgeStartedWhileAMailIsStoredWaitsForItSoTheMailIsStoredWhole() throws Exception {
        CountDownLatch halfStored = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        OriginalStore store = new OriginalStore(data.resolve("originals"), Clock.fixed(RECEIVED, ZoneOffset.UTC)) {
            @Override
            protected void written(Path partWritten) {
                halfStored.countDown();
                await(goOn);
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<OriginalStore.Stored> storing = threads.submit(() -> store.put("a referral".getBytes(StandardCharsets.UTF_8)));
            await(halfStored);
            // everything stored is past its retention by the purge's time: only waiting keeps the copy whole
            AtomicReference<Thread> purgeThread = new AtomicReference<>();
            Future<Integer> purging = threads.submit(() -> {
                purgeThread.set(Thread.currentThread());
                return store.purge(RECEIVED.plusSeconds(1));
            });
            // the purge either finishes (and deletes the half-written copy) or waits for the mail being stored
            while (!purging.isDone() && (purgeThread.get() == null || purgeThread.get().getState() != Thread.State.WAITING)) {
                Thread.onSpinWait();
            }
            goOn.countDown();

            assertThat(storing.get().size()).isEqualTo(10); // throws if the copy vanished before it was put in place
            assertThat(purging.get()).isEqualTo(1); // purged after, as a whole original past its retention
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
