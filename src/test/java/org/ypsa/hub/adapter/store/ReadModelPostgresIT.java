package org.ypsa.hub.adapter.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages' read model on a real PostgreSQL (the machine's own, started here in a temporary folder): the
 * Flyway migrations build it, the audit trail feeds it as it is written, each line once, and it is rebuilt from
 * the trail on disk in the order the lines were written.
 */
class ReadModelPostgresIT {
    private static TestPostgres pg;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startPostgres() {
        Optional<Path> bin = TestPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL is not installed (no initdb and pg_ctl under "
                + "/usr/lib/postgresql or on the PATH): the read model's PostgreSQL tests are skipped");
        pg = TestPostgres.start(bin.get());
        DriverManagerDataSource ds = new DriverManagerDataSource(pg.jdbcUrl(), TestPostgres.USER, "");
        Flyway.configure().dataSource(ds).load().migrate();
        jdbc = new JdbcTemplate(ds);
    }

    @AfterAll
    static void stopPostgres() {
        if (pg != null) {
            pg.close();
        }
    }

    @BeforeEach
    void empty() {
        jdbc.update("delete from hub_event");
    }

    private static AuditLog trail(Path dir, Instant at) {
        return new AuditLog(dir, Clock.fixed(at, ZoneOffset.UTC), new ObjectMapper(), ZoneId.of("Europe/London"));
    }

    @Test
    void theTrailFeedsTheReadModelInTheBackgroundInTheOrderWrittenEvenWithinOneMillisecond() {
        EventStore store = new EventStore(jdbc, new ObjectMapper());
        AuditLog audit = trail(HubIT.tempDir(), Instant.parse("2027-06-15T09:00:00Z"));
        audit.listen(store::feed);
        audit.record("YPSA-AAAAA-BBBBB", AuditEvent.RECEIVED, Map.of("mailbox", "intake"));
        audit.record("YPSA-AAAAA-BBBBB", AuditEvent.VALIDATED, Map.of("formType", "referral", "warnings", 0));
        audit.record("YPSA-AAAAA-BBBBB", AuditEvent.ROUTED, Map.of("queue", "brokerage.referrals"));
        audit.record("YPSA-CCCCC-DDDDD", AuditEvent.RECEIVED, Map.of("mailbox", "intake"));
        store.caughtUp();

        List<EventStore.Row> rows = store.ofReference("YPSA-AAAAA-BBBBB");
        assertThat(rows).extracting(EventStore.Row::event).containsExactly("received", "validated", "routed");
        assertThat(rows.get(2).get("queue")).isEqualTo("brokerage.referrals");
        assertThat(rows.get(0).time()).isEqualTo(Instant.parse("2027-06-15T09:00:00Z"));
        assertThat(store.count()).isEqualTo(4);
    }

    @Test
    void theReadModelIsRebuiltFromTheTrailOnDiskEachLineOnceSkippingALineCutShortByACrash() throws Exception {
        Path dir = HubIT.tempDir();
        AuditLog audit = trail(dir, Instant.parse("2027-06-15T09:00:00Z"));
        audit.record("YPSA-EEEEE-FFFFF", AuditEvent.RECEIVED, Map.of("mailbox", "intake"));
        audit.record("YPSA-EEEEE-FFFFF", AuditEvent.REJECTED, Map.of("formType", "void-return", "problems", 2));
        audit.record("YPSA-EEEEE-FFFFF", AuditEvent.HANDLED, Map.of("by", "admin", "reason", "resent"));
        try (var files = Files.list(dir)) {
            Path day = files.findFirst().orElseThrow();
            Files.writeString(day, "{\"time\":\"2027-06-15T09:00:00Z\",\"refer", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        EventStore store = new EventStore(jdbc, new ObjectMapper());
        store.add(new AuditLog.Event(Instant.parse("2027-01-01T00:00:00Z"), "YPSA-GONE0-00000", "received", Map.of(),
                "{\"stale\":true}"));

        assertThat(store.rebuild(audit)).isEqualTo(3);
        assertThat(store.rebuild(audit)).as("rebuilt twice: still each line once").isEqualTo(3);
        assertThat(store.ofReference("YPSA-EEEEE-FFFFF")).extracting(EventStore.Row::event)
                .containsExactly("received", "rejected", "handled");
        assertThat(store.ofReference("YPSA-GONE0-00000")).isEmpty();
        assertThat(store.about(List.of("YPSA-EEEEE-FFFFF"), List.of("handled")).get(0).get("by")).isEqualTo("admin");
    }
}
