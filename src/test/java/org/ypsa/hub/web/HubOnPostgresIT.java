package org.ypsa.hub.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.adapter.mail.MailReader;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.OwnServers;
import org.ypsa.hub.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hub configured for PostgreSQL (HUB_DB_URL): Flyway builds the read model there at start-up and the hub
 * keeps it from its own audit trail as it routes a mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class HubOnPostgresIT {
    private static final OwnServers OWN = new OwnServers();
    private static TestPostgres pg;

    @BeforeAll
    static void startPostgres() {
        Optional<Path> bin = TestPostgres.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL is not installed (no initdb and pg_ctl under "
                + "/usr/lib/postgresql or on the PATH): the hub-on-PostgreSQL test is skipped");
        pg = TestPostgres.start(bin.get());
    }

    @AfterAll
    static void stop() {
        OWN.close();
        if (pg != null) {
            pg.close();
        }
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        OWN.register(r);
        r.add("hub.web.database.url", () -> pg.jdbcUrl());
        r.add("hub.web.database.username", () -> TestPostgres.USER);
    }

    @Test
    void aRoutedMailIsInTheReadModelOnPostgresqlStepByStepInTheOrderItHappened() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-body.eml"));
        String ref = Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
        OWN.mail().send(eml, HubIT.INTAKE);
        assertThat(OWN.queues().take("brokerage.referrals", ref, 30_000)).isNotNull();

        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(pg.jdbcUrl(), TestPostgres.USER, ""));
        List<String> events = await().atMost(Duration.ofSeconds(30)).until(() -> db.queryForList(
                "select event from hub_event where reference = ? order by at_ms, seq", String.class, ref),
                e -> e.contains("acknowledged"));
        assertThat(events).containsSubsequence("received", "recognised", "validated", "routed", "acknowledged");
        assertThat(db.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isPositive();
    }
}
