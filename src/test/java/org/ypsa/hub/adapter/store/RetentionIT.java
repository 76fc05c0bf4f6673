package org.ypsa.hub.adapter.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.support.HubIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The retention route runs by itself: with the purge set to every second, an original not received for longer
 * than hub.retention.originals and an audit file older than hub.retention.audit disappear, newer ones stay, and
 * the purge is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RetentionIT {
    private static final Path DATA = HubIT.tempDir();
    private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        HubIT.register(r, HubIT.freePort(), HubIT.freePort(), HubIT.freePort(), DATA);
        r.add("hub.retention-check", () -> "1s");
        r.add("hub.retention.originals", () -> "P90D");
        r.add("hub.retention.audit", () -> "P2Y");
    }

    @Test
    void originalsAndAuditFilesPastTheirRetentionArePurgedByTheRunningHubAndThePurgeIsAudited() throws Exception {
        Path old = original("ab/old.eml", Instant.now().minus(91, ChronoUnit.DAYS));
        Path recent = original("cd/recent.eml", Instant.now().minus(89, ChronoUnit.DAYS));
        Path audit = DATA.resolve("audit");
        Files.createDirectories(audit);
        Path oldAudit = Files.writeString(audit.resolve(LocalDate.now(LONDON).minusYears(2).minusDays(2) + ".jsonl"), "{}\n");
        Path keptAudit = Files.writeString(audit.resolve(LocalDate.now(LONDON).minusYears(2).plusDays(2) + ".jsonl"), "{}\n");

        await().atMost(Duration.ofSeconds(60)).until(() -> !Files.exists(old) && !Files.exists(oldAudit));
        assertThat(recent).exists();
        assertThat(keptAudit).exists();
        String today = Files.readString(audit.resolve(LocalDate.now(LONDON) + ".jsonl"), StandardCharsets.UTF_8);
        assertThat(today).contains("\"event\":\"purged\"").contains("\"originals\":1").contains("\"auditFiles\":1");
    }

    private static Path original(String name, Instant lastReceived) throws Exception {
        Path f = DATA.resolve("originals").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "From: someone\r\n\r\nbody\r\n");
        Files.setLastModifiedTime(f, FileTime.from(lastReceived));
        return f;
    }
}
