package org.ypsa.hub.adapter.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.adapter.jms.ClockTicker;
import org.ypsa.hub.adapter.mail.MailReader;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.MailClient;
import org.ypsa.hub.support.NotifyStandIn;
import org.ypsa.hub.support.QueueClient;
import org.ypsa.hub.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Overnight escalations texted through GOV.UK Notify, against a stand-in for its API run by this test: what the
 * hub sends (template, number, placeholders, reference, a signed request and no key in the URL), an outage, a
 * refusal, a retry after a lost answer, and texts back: an ACK from the EDT phone closes the escalation, one from
 * an unknown number does not. The emergency referral's escalation is due 2 hours after routing and goes out of
 * hours to the duty contact, EDT overnight (config/directory.yml gives EDT's phone 07700 900102).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(NotifyIT.Clocks.class)
class NotifyIT {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String INTAKE = HubIT.INTAKE;
    private static final String EDT_PHONE = "+447700900102";
    private static final String TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";
    private static final String KEY = "hubtest-" + UUID.randomUUID() + "-" + UUID.randomUUID();
    private static final int SMTP = HubIT.freePort();
    private static final int IMAP = HubIT.freePort();
    private static final int BROKER = HubIT.freePort();
    private static final NotifyStandIn NOTIFY = new NotifyStandIn();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static QueueClient queues;
    private static MailClient mail;

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        HubIT.register(r, SMTP, IMAP, BROKER, HubIT.tempDir());
        r.add("hub.notify.api-key", () -> KEY);
        r.add("hub.notify.base-url", NOTIFY::baseUrl);
        r.add("hub.notify.sms-template-id", () -> TEMPLATE);
        r.add("hub.notify.inbound-poll", () -> "1h");
        r.add("hub.outbox.retry-first", () -> "200ms");
        r.add("hub.outbox.retry-max", () -> "1s");
    }

    @Autowired
    TestClock clock;
    @Autowired
    ClockTicker ticker;
    @Autowired
    InboundTexts inbound;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        NOTIFY.open();
    }

    @AfterAll
    static void close() {
        if (queues != null) {
            queues.close();
        }
        NOTIFY.close();
    }

    private static Instant london(String t) {
        return LocalDateTime.parse(t).atZone(LONDON).toInstant();
    }

    private String emergencyReferralRoutedAt(String londonTime) {
        if (queues == null) {
            queues = new QueueClient("tcp://127.0.0.1:" + BROKER);
            mail = new MailClient("127.0.0.1", SMTP, IMAP);
        }
        clock.set(london(londonTime));
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml"));
        String ref = Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
        mail.send(eml, INTAKE);
        assertThat(queues.take("brokerage.referrals", ref, 30_000)).as("routed").isNotNull();
        return ref;
    }

    /** Fires what is due at that moment; the texts are answered once the hub's clock is real time again. */
    private void tickAt(String londonTime) throws Exception {
        NOTIFY.hold();
        clock.set(london(londonTime));
        ticker.tick();
        clock.reset(); // later tries are scheduled on the broker by the hub's clock: real time
        NOTIFY.open();
    }

    private static List<JsonNode> textsFor(String ref) {
        return NOTIFY.accepted().stream().filter(t -> t.path("personalisation").path("reference").asText().equals(ref))
                .toList();
    }

    private static List<NotifyStandIn.Request> postsFor(String ref) {
        return NOTIFY.requests().stream().filter(r -> r.method().equals("POST") && r.body() != null
                && r.body().path("personalisation").path("reference").asText().equals(ref)).toList();
    }

    private static List<JsonNode> textsSettled(String ref, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> textsFor(ref), t -> t.size() >= count);
    }

    @Test
    void anOvernightEscalationIsEmailedToEdtAndTextedToItsPhoneWithoutPersonalData() throws Exception {
        String ref = emergencyReferralRoutedAt("2027-06-15T22:00");
        tickAt("2027-06-16T00:00");
        JsonNode text = textsSettled(ref, 1).get(0);
        assertThat(text.path("template_id").asText()).isEqualTo(TEMPLATE);
        assertThat(text.path("phone_number").asText()).isEqualTo(EDT_PHONE);
        JsonNode p = text.path("personalisation");
        assertThat(p.path("reference").asText()).isEqualTo(ref);
        assertThat(p.path("alert").asText()).isEqualTo("ESCALATION: Emergency referral not acknowledged");
        assertThat(p.path("due").asText()).contains("ACK " + ref);
        assertThat(p.path("where").asText()).contains("brokerage.referrals");
        assertThat(text.path("reference").asText()).startsWith(ref + "-");
        assertThat(text.toString()).doesNotContain("Corwin").doesNotContain("@");
        NotifyStandIn.Request post = postsFor(ref).get(0);
        assertThat(post.authorization()).startsWith("Bearer ");
        assertThat(post.uri()).isEqualTo("/v2/notifications/sms").doesNotContain(KEY.substring(KEY.length() - 36));
        MailClient.Received email = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> mail.inbox("edt@ypsa.test").stream().filter(m -> m.subject().contains(ref)).findFirst()
                        .orElse(null), m -> m != null);
        assertThat(email.subject()).contains("ESCALATION");
    }

    @Test
    void notifyDownThenUpSendsTheTextOnceAndTheEmailGoesRegardless() throws Exception {
        NOTIFY.script(NotifyStandIn.Answer.DOWN, NotifyStandIn.Answer.DOWN);
        String ref = emergencyReferralRoutedAt("2027-06-15T22:05");
        tickAt("2027-06-16T00:05");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> mail.inbox("edt@ypsa.test").stream()
                .anyMatch(m -> m.subject().contains(ref)));
        assertThat(textsSettled(ref, 1)).hasSize(1);
        assertThat(postsFor(ref)).hasSize(3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> textsFor(ref).size() == 1);
    }

    @Test
    void aTextWhoseAnswerWasLostIsNotSentAgainOnTheRetry() throws Exception {
        NOTIFY.script(NotifyStandIn.Answer.ACCEPT_THEN_FAIL);
        String ref = emergencyReferralRoutedAt("2027-06-15T22:10");
        tickAt("2027-06-16T00:10");
        String notifyReference = textsSettled(ref, 1).get(0).path("reference").asText();
        // The retry asks Notify by the text's reference, finds it, and sends nothing.
        await().atMost(Duration.ofSeconds(30)).until(() -> NOTIFY.requests().stream().anyMatch(r -> r.method()
                .equals("GET") && r.uri().contains("reference=" + notifyReference)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> postsFor(ref).size() == 1
                && textsFor(ref).size() == 1);
    }

    @Test
    void aRefusedTextIsListedForTheAdminAndTriedAgainUntilItGoes() throws Exception {
        NOTIFY.script(NotifyStandIn.Answer.REFUSE);
        String ref = emergencyReferralRoutedAt("2027-06-15T22:15");
        tickAt("2027-06-16T00:15");
        QueueClient.Received note = queues.take("hub.undeliverable", ref, 30_000);
        assertThat(note).as("the admin's digest is told").isNotNull();
        JsonNode n = JSON.readTree(note.text());
        assertThat(n.path("reason").asText()).contains("refused the text (400)");
        assertThat(n.path("to").asText()).isEqualTo("+447*******102");
        assertThat(textsSettled(ref, 1)).hasSize(1);
        assertThat(postsFor(ref)).hasSize(2);
    }

    @Test
    void anAckTextedFromTheEdtPhoneClosesTheEscalationAndOneFromAnUnknownNumberDoesNot() throws Exception {
        String acked = emergencyReferralRoutedAt("2027-06-15T23:30");
        String stranger = emergencyReferralRoutedAt("2027-06-15T23:31");
        clock.set(london("2027-06-16T00:30"));
        NOTIFY.receive("07700900102", "ACK " + acked);
        NOTIFY.receive("07700900999", "ACK " + stranger);
        assertThat(inbound.poll()).isEqualTo(2);
        assertThat(inbound.poll()).as("each text handled once").isZero();
        tickAt("2027-06-16T01:31");
        textsSettled(stranger, 1);
        assertThat(textsFor(acked)).as("closed by the text: no escalation").isEmpty();
        assertThat(queues.browse("alerts", acked).stream().filter(r -> r.text().contains("escalation")).toList())
                .isEmpty();
        assertThat(queues.browse("alerts", stranger).stream().filter(r -> r.text().contains("escalation")).toList())
                .hasSize(1);
    }

    @Test
    void urgentIntelligenceAtNightIsTextedToTheEdtPhoneAtOnceAndAnAckTextStopsItsEscalation() throws Exception {
        if (queues == null) {
            queues = new QueueClient("tcp://127.0.0.1:" + BROKER);
            mail = new MailClient("127.0.0.1", SMTP, IMAP);
        }
        clock.set(london("2027-06-18T02:00"));
        // from the council's in-house service, whose out-of-hours contact overnight is EDT
        String eml = Fixtures.fresh(Fixtures.mail("intel-emergency-body.eml"))
                .replaceFirst("(?im)^From:.*$", "From: Ada Worker <a.worker@occ-ypsa.council.test>");
        String ref = Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
        mail.send(eml, INTAKE);
        assertThat(queues.take("hub.rejected", ref, 30_000)).as("held back, not forwarded").isNotNull();
        clock.reset();

        JsonNode text = textsSettled(ref, 1).get(0);
        assertThat(text.path("phone_number").asText()).isEqualTo(EDT_PHONE);
        assertThat(text.path("personalisation").path("alert").asText()).contains("URGENT").contains("999");
        assertThat(text.toString()).doesNotContain("Juniper", "Halloway", "Rosalind", "Ferrabee", "Skellern",
                "stab", "@");

        clock.set(london("2027-06-18T02:10"));
        NOTIFY.receive("07700 900102", "ack " + ref);
        assertThat(inbound.poll()).isEqualTo(1);
        tickAt("2027-06-18T02:31"); // the escalation was due at 02:30
        tickAt("2027-06-18T03:01"); // and the manager's at 03:00
        assertThat(queues.browse("alerts", ref).stream().filter(r -> r.text().contains("escalation")).toList())
                .as("acknowledged by text: no escalation").isEmpty();
        assertThat(textsFor(ref)).hasSize(1);
    }
}
