package org.ypsa.hub.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.OwnServers;
import org.ypsa.hub.support.StandInGoogleTokenService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mailbox that logs in with a Google service account (XOAUTH2, tokens from a stand-in token endpoint) read by the
 * hub beside one with a password; when the key is revoked that mailbox is DOWN with the reason, its token is not
 * asked for in a loop, and the other mailbox is still read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OAuthMailboxIT {
    private static final OwnServers HUB = new OwnServers();
    private static final String GOOGLE_BOX = "referrals@google.in.ypsa.test";
    private static final String PLAIN_BOX = "voids@in.ypsa.test";
    private static final StandInGoogleTokenService GOOGLE = StandInGoogleTokenService.delegatedTo(Set.of(GOOGLE_BOX));
    private static final Duration WAIT = Duration.ofSeconds(30);

    static {
        GOOGLE.expireTokensAfter(1); // each connect needs a new token, as after an hour in a real tenant
    }

    @Autowired
    MailHealth health;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        HUB.register(r);
        r.add("hub.mail.mailboxes[0].id", () -> "plain");
        r.add("hub.mail.mailboxes[0].address", () -> PLAIN_BOX);
        r.add("HUB_MAILBOX_PLAIN_PASSWORD", () -> "ypsa-demo");
        r.add("hub.mail.mailboxes[1].id", () -> "google");
        r.add("hub.mail.mailboxes[1].address", () -> GOOGLE_BOX);
        r.add("hub.mail.mailboxes[1].login.kind", () -> "google-oauth2");
        r.add("hub.mail.mailboxes[1].login.key-file-env", () -> "GOOGLE_SERVICE_ACCOUNT_KEY");
        r.add("hub.mail.mailboxes[1].login.token-uri", GOOGLE::tokenUri);
        r.add("GOOGLE_SERVICE_ACCOUNT_KEY", () -> GOOGLE.writeKeyFile(HubIT.tempDir()).toString());
        r.add("hub.mail.imap.push.max-backoff", () -> "PT4S");
    }

    @AfterAll
    static void close() {
        HUB.close();
        GOOGLE.close();
    }

    @Test
    @Order(1)
    void aMailboxLoggingInWithAServiceAccountTokenIsRead() {
        String ref = send("referral-emergency-docx.eml", GOOGLE_BOX);
        assertThat(HUB.queues().take("brokerage.referrals", ref, WAIT.toMillis())).isNotNull();
        assertThat(GOOGLE.issued()).as("a new token for each connect").hasSizeGreaterThan(1);
        assertThat(indicator("google").health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    @Order(2)
    void aRevokedKeyPutsThatMailboxDownWithTheReasonWithoutARetryLoopAndTheOtherIsStillRead() {
        GOOGLE.revoke();
        await().atMost(WAIT).until(() -> indicator("google").health().getStatus().equals(Status.DOWN));
        Health down = indicator("google").health();
        assertThat(String.valueOf(down.getDetails().get("reason"))).contains("rejected")
                .doesNotContain("PRIVATE KEY");

        int before = GOOGLE.requests();
        String ref = send("referral-emergency-docx.eml", PLAIN_BOX);
        assertThat(HUB.queues().take("brokerage.referrals", ref, WAIT.toMillis())).as("the other mailbox").isNotNull();
        await().pollDelay(Duration.ofSeconds(6)).until(() -> true);
        assertThat(GOOGLE.requests() - before).as("token requests in 6 s after the refusal: backed off, no loop")
                .isLessThan(12);
    }

    private HealthIndicator indicator(String id) {
        return (HealthIndicator) health.getContributor(id);
    }

    private static String send(String fixture, String to) {
        String eml = Fixtures.fresh(Fixtures.mail(fixture));
        HUB.mail().send(eml, to);
        return Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
