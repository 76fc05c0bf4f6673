package org.ypsa.hub.adapter.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Originals and audit files are kept for their retention periods and purged after them. */
class RetentionTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2027-06-15T12:00:00Z");

    @TempDir
    Path data;

    @Test
    void originalsNotReceivedForTheirPeriodAndAuditDaysPastTheirsAreDeletedTheRestKept() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        OriginalStore store = new OriginalStore(data.resolve("originals"), clock);
        Path old = store.pathOf(store.put("old".getBytes(StandardCharsets.UTF_8)).sha256());
        Path recent = store.pathOf(store.put("recent".getBytes(StandardCharsets.UTF_8)).sha256());
        Path receivedAgain = store.pathOf(store.put("again".getBytes(StandardCharsets.UTF_8)).sha256());
        Files.setLastModifiedTime(old, FileTime.from(NOW.minus(java.time.Duration.ofDays(91))));
        Files.setLastModifiedTime(recent, FileTime.from(NOW.minus(java.time.Duration.ofDays(89))));
        Files.setLastModifiedTime(receivedAgain, FileTime.from(NOW.minus(java.time.Duration.ofDays(200))));
        store.put("again".getBytes(StandardCharsets.UTF_8)); // received today: its 90 days start again

        Path audit = Files.createDirectories(data.resolve("audit"));
        Files.writeString(audit.resolve("2025-06-14.jsonl"), "{}\n");
        Files.writeString(audit.resolve("2025-06-15.jsonl"), "{}\n");
        Files.writeString(audit.resolve("2027-06-14.jsonl"), "{}\n");

        AuditLog log = new AuditLog(audit, clock, new ObjectMapper(), LONDON);
        Retention.Purged purged = new Retention(store, audit, clock, LONDON, log)
                .purge(Period.ofDays(90), Period.ofYears(2));

        assertThat(purged.originals()).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(receivedAgain).exists();
        assertThat(purged.auditFiles()).isEqualTo(1);
        assertThat(audit.resolve("2025-06-14.jsonl")).doesNotExist();
        assertThat(audit.resolve("2025-06-15.jsonl")).exists();
        assertThat(Files.readString(audit.resolve("2027-06-15.jsonl"))).contains("\"event\":\"purged\"");
    }
}
