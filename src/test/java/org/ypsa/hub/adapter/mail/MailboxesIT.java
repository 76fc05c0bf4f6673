package org.ypsa.hub.adapter.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.ypsa.hub.domain.Reference;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.OwnServers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A partnership's six mailboxes, each its own login, read at once by one hub; a seventh whose password is not in
 * the environment is reported DOWN and does not hold up the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MailboxesIT {
    private static final OwnServers HUB = new OwnServers();
    private static final List<String> SIX = List.of("voids", "referrals", "safeguarding", "intelligence", "mash",
            "brokerage");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MailHealth health;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry r) {
        HUB.register(r);
        for (int i = 0; i < SIX.size(); i++) {
            String id = SIX.get(i);
            r.add("hub.mail.mailboxes[" + i + "].id", () -> id);
            r.add("hub.mail.mailboxes[" + i + "].address", () -> address(id));
            // the environment variable each mailbox's password is read from, by its default name
            r.add("HUB_MAILBOX_" + id.toUpperCase() + "_PASSWORD", () -> "ypsa-demo");
        }
        r.add("hub.mail.mailboxes[3].expects[0]", () -> "intelligence-submission");
        r.add("hub.mail.mailboxes[6].id", () -> "unset");
        r.add("hub.mail.mailboxes[6].address", () -> address("unset"));
        r.add("hub.mail.mailboxes[6].login.password-env", () -> "HUB_MAILBOX_NOBODY_SET_THIS");
        r.add("hub.outbox.digest-every", () -> "1s");
    }

    @AfterAll
    static void close() {
        HUB.close();
    }

    @Test
    void everyListedMailboxIsReadWithItsOwnLogin() {
        for (String id : List.of("referrals", "brokerage", "safeguarding")) {
            String ref = send("referral-emergency-docx.eml", address(id));
            assertThat(HUB.queues().take("brokerage.referrals", ref, WAIT.toMillis())).as(id).isNotNull();
        }
        String mash = send("mash-referral-docx.eml", address("mash"));
        assertThat(HUB.queues().take("mash.referrals", mash, WAIT.toMillis())).isNotNull();
        await().atMost(WAIT).ignoreExceptions().until(() -> HUB.mail().inbox(address("mash")).isEmpty());
    }

    @Test
    void theSameMailInTwoMailboxesIsRoutedOnceAndLeavesBoth() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml"));
        String ref = referenceOf(eml);
        HUB.mail().send(eml, address("referrals"));
        HUB.mail().send(eml, address("brokerage"));

        assertThat(HUB.queues().take("brokerage.referrals", ref, WAIT.toMillis())).isNotNull();
        await().atMost(WAIT).ignoreExceptions().until(() -> HUB.mail().inbox(address("referrals")).isEmpty()
                && HUB.mail().inbox(address("brokerage")).isEmpty());
        assertThat(HUB.queues().take("brokerage.referrals", ref, 2000)).as("routed once").isNull();
        String referrer = "j.pemberton-quaile@council.test";
        await().atMost(WAIT).ignoreExceptions().until(() -> HUB.mail().inbox(referrer).stream()
                .anyMatch(m -> m.subject().contains(ref)));
        assertThat(HUB.mail().inbox(referrer).stream().filter(m -> m.subject().contains(ref)).count())
                .as("one acknowledgement").isEqualTo(1);
    }

    /** expects: is a hint for whoever reads the audit trail, never a rule: the form is routed all the same. */
    @Test
    void aFormInAMailboxThatExpectsOthersIsRoutedAndNotedAsArrivedElsewhere(
            @Autowired org.ypsa.hub.config.HubProperties props) {
        String elsewhere = send("referral-emergency-docx.eml", address("intelligence"));
        String usual = send("referral-emergency-docx.eml", address("referrals"));
        assertThat(HUB.queues().take("brokerage.referrals", elsewhere, WAIT.toMillis())).isNotNull();
        assertThat(HUB.queues().take("brokerage.referrals", usual, WAIT.toMillis())).isNotNull();
        org.ypsa.hub.support.AuditTrail audit = new org.ypsa.hub.support.AuditTrail(props.store().dir().resolve("audit"));
        await().atMost(WAIT).until(() -> audit.since(0).stream().anyMatch(e -> e.reference().equals(elsewhere)
                && e.event().equals("arrived-elsewhere")));
        assertThat(audit.since(0)).filteredOn(e -> e.reference().equals(usual))
                .extracting(org.ypsa.hub.support.AuditTrail.Event::event).contains("decided")
                .doesNotContain("arrived-elsewhere");
    }

    @Test
    void aMailboxWithoutItsPasswordIsDownWithTheReasonAndTheOthersAreUp() {
        Health unset = ((HealthIndicator) health.getContributor("unset")).health();
        assertThat(unset.getStatus()).isEqualTo(Status.DOWN);
        assertThat(String.valueOf(unset.getDetails().get("reason"))).contains("HUB_MAILBOX_NOBODY_SET_THIS");
        for (String id : SIX) {
            assertThat(((HealthIndicator) health.getContributor(id)).health().getStatus()).as(id).isEqualTo(Status.UP);
        }
        assertThat(meters.get("hub.intake.push.live").tag("mailbox", "voids").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void theAdminIsToldOnceThatAMailboxCannotLogIn() {
        String admin = "admin@ypsa.test";
        await().atMost(WAIT).ignoreExceptions().until(() -> told(admin) == 1);
        // four more digests' time: still told once
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(30)).until(() -> told(admin) == 1);
        assertThat(HUB.mail().inbox(admin).stream().filter(m -> m.text().contains("unset@in.ypsa.test"))
                .findFirst().orElseThrow().text()).contains("HUB_MAILBOX_NOBODY_SET_THIS").doesNotContain("ypsa-demo");
    }

    private static long told(String admin) {
        return HUB.mail().inbox(admin).stream().filter(m -> m.text().contains("unset@in.ypsa.test")).count();
    }

    private static String address(String id) {
        return id + "@in.ypsa.test"; // not a team address: the hub sends the teams alerts
    }

    private static String send(String fixture, String to) {
        String eml = Fixtures.fresh(Fixtures.mail(fixture));
        HUB.mail().send(eml, to);
        return referenceOf(eml);
    }

    private static String referenceOf(String eml) {
        return Reference.of(MailReader.dedupKey(eml.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
