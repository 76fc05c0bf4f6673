package org.ypsa.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.adapter.mail.MailReader;
import org.ypsa.hub.domain.Reference;

import static org.awaitility.Awaitility.await;

/**
 * Integration tests against the hub with its real embedded servers: GreenMail (SMTP and IMAP) and a
 * persistent Artemis broker, on free ports, fed through SMTP and read through IMAP and JMS over TCP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(HubIT.Clocks.class)
public abstract class HubIT {
    /** One controllable clock for every integration test (one shared context): the system clock unless set. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    public static final String INTAKE = "intake@ypsa.test";
    protected static final ObjectMapper JSON = new ObjectMapper();
    /** The calendar's clocks and records on hub.clocks (void reminders, summaries and records, forum reminders). */
    protected static final String CALENDAR = "hubClockKind LIKE 'void-%' OR hubClockKind = 'provider-forum'";
    protected static final int SMTP = freePort();
    protected static final int IMAP = freePort();
    protected static final int BROKER = freePort();
    protected static final Path DATA = tempDir();

    protected static MailClient mail;
    protected static QueueClient queues;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        register(r, SMTP, IMAP, BROKER, DATA);
    }

    /** The hub's servers on the given free ports and data folder; clocks and reloads only when a test asks. */
    public static void register(DynamicPropertyRegistry r, int smtp, int imap, int broker, Path data) {
        r.add("hub.embedded-mail.smtp-port", () -> smtp);
        r.add("hub.embedded-mail.imap-port", () -> imap);
        r.add("hub.mail.imap.port", () -> imap);
        r.add("hub.mail.smtp.port", () -> smtp);
        r.add("hub.mail.imap.poll-delay-ms", () -> 300);
        r.add("hub.store.dir", data::toString);
        r.add("hub.broker.embedded.acceptors[0]", () -> "tcp://127.0.0.1:" + broker + "?protocols=CORE,AMQP");
        r.add("hub.broker.embedded.redelivery-delay-ms", () -> 200);
        // Clocks fire and edits load when a test asks, on the test's clock, not on a timer.
        r.add("hub.schedules.tick", () -> "1h");
        r.add("hub.config-reload.check", () -> "1h");
        r.add("hub.retention-check", () -> "1h");
    }

    /** After the context (and so the servers) started: JUnit runs @BeforeEach once Spring is up. */
    @BeforeEach
    void clients() {
        if (queues == null) {
            mail = new MailClient("127.0.0.1", SMTP, IMAP);
            queues = new QueueClient("tcp://127.0.0.1:" + BROKER);
        }
    }

    @AfterAll
    static void closeClients() {
        if (queues != null) {
            queues.close();
            queues = null;
        }
    }

    /** The reference the hub must give this mail: derived from its content, so tests can know it in advance. */
    protected static String referenceOf(String eml) {
        return Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
    }

    protected static JsonNode take(String queue, String reference) {
        QueueClient.Received r = queues.take(queue, reference, Duration.ofSeconds(30).toMillis());
        if (r == null) {
            throw new AssertionError("nothing for " + reference + " arrived on " + queue);
        }
        try {
            return JSON.readTree(r.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hub's email to address whose subject holds reference; a loaded machine may take a while to send it. */
    protected static MailClient.Received awaitReply(String address, String reference) {
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> mail.inbox(address).stream()
                .filter(m -> m.subject() != null && m.subject().contains(reference)).findFirst().orElse(null),
                m -> m != null);
    }

    /**
     * Waits until the hub has moved every mail out of its inbox, i.e. every outcome is committed; a loaded machine may
     * take a while (DataProtectionIT's flows took 14-30 s on a quiet CI and failed the 30 s wait under load, stop 63).
     */
    protected static void awaitInboxDrained() {
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> mail.inbox(INTAKE).isEmpty());
    }

    /**
     * A free port below the range the system gives outgoing connections (32768 and up on Linux): a port taken
     * from that range could be taken again by any outgoing connection before the server that wants it starts.
     */
    public static int freePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int tries = 0; tries < 1000; tries++) {
            int port = random.nextInt(20_000, 32_000);
            if (!HandedOut.PORTS.add(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    /** Ports handed out by this JVM, so that two servers of one test never get the same; its own class so that it is
     *  made before the first port is picked, whatever the order of HubIT's static fields. */
    private static final class HandedOut {
        static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("ypsa-hub-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
