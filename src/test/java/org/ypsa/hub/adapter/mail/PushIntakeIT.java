package org.ypsa.hub.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.OwnServers;
import org.ypsa.hub.support.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Push intake: the regular poll is set to ten minutes, so a mail read within seconds was read because the mail
 * server announced it (IMAP IDLE). The hub reaches the mailbox through a TCP proxy, so the push connection can
 * be cut as a network outage would cut it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PushIntakeIT {
    private static final OwnServers HUB = new OwnServers();
    private static final TcpProxy PROXY = new TcpProxy(HubIT.freePort(), HUB.imap);
    private static final Duration PUSHED = Duration.ofSeconds(30); // the poll would take ten minutes

    @Autowired
    Mailboxes mailboxes;
    PushPollScheduler scheduler;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        HUB.register(r);
        r.add("hub.mail.imap.port", PROXY::port);
        r.add("hub.mail.imap.poll-delay-ms", () -> 600_000);
        r.add("hub.mail.imap.push.safety-poll", () -> "PT10M");
        r.add("hub.mail.imap.push.reissue", () -> "PT1S");
        r.add("hub.mail.imap.push.max-backoff", () -> "PT2S");
    }

    @AfterAll
    static void close() {
        HUB.close();
        PROXY.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void theOneMailbox() {
        scheduler = mailboxes.scheduler(Mailboxes.DEFAULT_ID);
    }

    @Test
    @Order(1)
    void aMailIsReadWhenTheServerAnnouncesItNotAtTheNextPoll() {
        waiting().atMost(PUSHED).until(scheduler::isLive);
        String ref = send("referral-emergency-docx.eml");
        assertThat(HUB.queues().take("brokerage.referrals", ref, PUSHED.toMillis())).isNotNull();
    }

    @Test
    @Order(2)
    void idleIsReissuedOnTheSameConnectionBeforeTheServerWouldEndIt() {
        waiting().atMost(PUSHED).until(scheduler::isLive);
        double reconnects = counter("hub.intake.push.reconnects");
        waiting().pollDelay(Duration.ofSeconds(4)).until(() -> true); // about four re-issues (every second)
        String ref = send("mash-referral-docx.eml");
        assertThat(HUB.queues().take("mash.referrals", ref, PUSHED.toMillis())).isNotNull();
        assertThat(counter("hub.intake.push.reconnects")).as("re-issued, not reconnected").isEqualTo(reconnects);
    }

    @Test
    @Order(3)
    void pushReconnectsAfterTheConnectionIsCutAndMailSentMeanwhileIsReadOnce() {
        waiting().atMost(PUSHED).until(scheduler::isLive);
        double reconnects = counter("hub.intake.push.reconnects");
        PROXY.cut();
        waiting().atMost(PUSHED).until(() -> !scheduler.isLive());
        String whileDown = send("referral-emergency-docx.eml");
        PROXY.restore();

        waiting().atMost(PUSHED).until(scheduler::isLive);
        assertThat(HUB.queues().take("brokerage.referrals", whileDown, PUSHED.toMillis()))
                .as("the mail that came during the outage is read on reconnecting").isNotNull();
        String after = send("referral-emergency-docx.eml");
        assertThat(HUB.queues().take("brokerage.referrals", after, PUSHED.toMillis())).isNotNull();
        assertThat(counter("hub.intake.push.reconnects")).isGreaterThan(reconnects);
        assertThat(HUB.queues().take("brokerage.referrals", whileDown, 1000)).as("read once").isNull();
    }

    /** The mail server's threads die with an error when the proxy cuts them: that is the outage, not a failure. */
    private static ConditionFactory waiting() {
        return await().dontCatchUncaughtExceptions();
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }

    private static String send(String fixture) {
        String eml = Fixtures.fresh(Fixtures.mail(fixture));
        HUB.mail().send(eml, HubIT.INTAKE);
        return Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
