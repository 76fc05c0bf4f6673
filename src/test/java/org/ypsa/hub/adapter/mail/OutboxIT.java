package org.ypsa.hub.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.adapter.jms.DeadLetterHealth;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.MailClient;
import org.ypsa.hub.support.OwnServers;
import org.ypsa.hub.support.RefusingSmtpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox against a mail server that refuses some recipients, as Postfix does for a mistyped address (550) or
 * a busy mailbox (450): a refusal for good ends that email at once and the admin is told in one digest; a
 * temporary one is tried again later; neither holds up any other email, and alerts have their own lane.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class OutboxIT {
    private static final OwnServers HUB = new OwnServers();
    private static final String MISTYPED = "j.smtih@council.test";
    private static final String BUSY = "busy.mailbox@council.test";
    private static final String ADMIN = "admin@ypsa.test";
    private static final RefusingSmtpProxy SERVER = new RefusingSmtpProxy(HubIT.freePort(), HUB.smtp,
            Set.of(MISTYPED));
    private static final Duration SECONDS = Duration.ofSeconds(30);

    @Autowired
    CamelContext camel;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        HUB.register(r);
        r.add("hub.mail.smtp.port", SERVER::port);
        r.add("hub.outbox.retry-first", () -> "1s");
        r.add("hub.outbox.retry-max", () -> "2s");
        r.add("hub.outbox.digest-every", () -> "2s");
    }

    @AfterAll
    static void close() {
        HUB.close();
        SERVER.close();
    }

    @Test
    void aRefusedAddressAtTheHeadOfTheOutboxHoldsUpNeitherTheNextTwentyRepliesNorAnAlert() throws Exception {
        // Replies queue up behind the refused one while the reply lane is stopped, as after a busy hour.
        camel.getRouteController().stopRoute("outbox-replies");
        String refusedRef = send(note(MISTYPED, 0));
        awaitIntake();
        List<String> senders = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            senders.add("sender" + i + "@council.test");
            send(note(senders.get(i - 1), i));
        }
        String emergency = send(Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")));
        awaitIntake();
        // The alert does not wait for the reply lane at all.
        await().atMost(SECONDS).until(() -> hasMail("brokerage@ypsa.test", emergency));

        camel.getRouteController().startRoute("outbox-replies");
        for (String s : senders) {
            await().atMost(SECONDS).until(() -> !HUB.mail().inbox(s).isEmpty());
        }
        assertThat(SERVER.tries(MISTYPED)).as("refused for good: tried once, never again").isEqualTo(1);
        MailClient.Received digest = await().atMost(SECONDS).ignoreExceptions().until(() -> HUB.mail().inbox(ADMIN)
                .stream().filter(m -> m.subject().contains("not delivered") && m.text().contains(refusedRef))
                .findFirst().orElse(null), m -> m != null);
        assertThat(digest.text()).contains(MISTYPED).contains("refused it (550)");
        assertThat(HUB.queues().browse("hub.undeliverable", null)).as("taken into the digest").isEmpty();
        assertThat(HUB.queues().browse("DLQ.hub.outbox", null)).isEmpty();
    }

    /**
     * SMTP's window (RFC 1047): a crash after the server accepted an email and before the hub wrote so mails it
     * twice on redelivery. The hub writes the sent ledger on the server's 250, before its QUIT, so a kill during
     * or after the QUIT finds the email already there.
     */
    @Test
    void anEmailTheServerAcceptedIsInTheSentLedgerBeforeTheHubSaysQuit(@Autowired HubProperties props)
            throws Exception {
        java.nio.file.Path ledger = props.store().dir().resolve("outbox").resolve("sent.ledger");
        List<String> late = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger quits = new java.util.concurrent.atomic.AtomicInteger();
        SERVER.onQuit(ended -> {
            quits.incrementAndGet();
            int written = lines(ledger);
            if (written < ended) {
                late.add(ended + " emails accepted on closed connections, " + written + " in the ledger at QUIT");
            }
        });
        try {
            String sender = "quit.window@council.test";
            String ref = send(note(sender, 200));
            await().atMost(SECONDS).until(() -> hasMail(sender, ref));
            await().atMost(SECONDS).until(() -> quits.get() > 0);
            assertThat(late).isEmpty();
            // Mailed again after a kill in the window left (the 250 not yet heard), it is the same message.
            assertThat(HUB.mail().inbox(sender).get(0).messageId()).as("Message-ID from the outbox message")
                    .matches("<[0-9a-f]{32}\\." + ref.toLowerCase() + "@ypsa\\.test>");
        } finally {
            SERVER.onQuit(n -> { });
        }
    }

    private static int lines(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.readAllLines(file).size() : 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aBusyMailboxIsTriedAgainLaterWhileTheLaneGoesOnAndGetsItsReplyOnce() throws Exception {
        SERVER.busy(BUSY, 2);
        String ref = send(note(BUSY, 100));
        String next = "after.busy@council.test";
        send(note(next, 101));
        await().atMost(SECONDS).until(() -> !HUB.mail().inbox(next).isEmpty());
        await().atMost(SECONDS).until(() -> hasMail(BUSY, ref));
        assertThat(SERVER.tries(BUSY)).as("two refusals, then accepted").isEqualTo(3);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).until(() -> HUB.mail().inbox(BUSY).stream()
                .filter(m -> m.subject().contains(ref)).count() == 1);
        assertThat(HUB.mail().inbox(ADMIN).stream().noneMatch(m -> m.text().contains(ref))).as("not undeliverable").isTrue();
    }

    @Test
    void aDeadLetterShowsInHealthAndTheAdminIsToldOnce(@Autowired DeadLetterHealth health) throws Exception {
        try (var c = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + HUB.broker).createConnection();
                var s = c.createSession(false, jakarta.jms.Session.AUTO_ACKNOWLEDGE)) {
            s.createProducer(s.createQueue("DLQ.hub.clocks")).send(s.createTextMessage("{}"));
        }
        await().atMost(SECONDS).until(() -> health.health().getStatus().equals(DeadLetterHealth.WARNING));
        assertThat(health.health().getDetails()).containsEntry("DLQ.hub.clocks", 1L);
        await().atMost(SECONDS).until(() -> HUB.mail().inbox(ADMIN).stream()
                .anyMatch(m -> m.text().contains("DLQ.hub.clocks: 1")));
        // two more digest periods: nothing new
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).until(() -> HUB.mail().inbox(ADMIN)
                .stream().filter(m -> m.text().contains("DLQ.hub.clocks")).count() == 1);
    }

    private static boolean hasMail(String address, String reference) {
        return HUB.mail().inbox(address).stream().anyMatch(m -> m.subject() != null && m.subject().contains(reference));
    }

    private static void awaitIntake() {
        await().atMost(SECONDS).ignoreExceptions().until(() -> HUB.mail().inbox(HubIT.INTAKE).isEmpty());
    }

    /** A short email that is not a form: the hub holds it and tells its sender so. */
    private static String note(String from, int n) {
        return "From: " + from + "\r\nTo: " + HubIT.INTAKE + "\r\nSubject: Question " + n + "\r\nMessage-ID: <"
                + UUID.randomUUID() + "@council.test>\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "Could you tell me who to speak to about a placement?\r\n";
    }

    private static String send(String eml) {
        HUB.mail().send(eml, HubIT.INTAKE);
        return Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
