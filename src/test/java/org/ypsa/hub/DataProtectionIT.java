package org.ypsa.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.QueueClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Canaries: the distinctive names, dates of birth and intelligence text of the samples go through every flow
 * (routed and rejected) and must never appear in the hub's log, its audit trail, the alert records or the hub's
 * own state on the clocks queue. The teams' queues carry them, as the recipients must see them.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataProtectionIT extends HubIT {
    private static final List<String> CANARIES = List.of(
            "Tamsin", "Ellery-Vance", "Corwin", "Ashdale-Pryce", "Ffion", "Hartigan-Bloom", // young people
            "Wrenna", "Thistlewood-Marsh", "Caspian", "Dunmore-Ashby", "Thaddeus", "Wrenfield-Oakes",
            "Lysander", "Quarrington-Bell", "Rosalind", "Ferrabee-Dunn", "Skellern-Voss",
            "Fairweather-Lusk", "Quenby-Hartt", // social workers
            "14/03/2009", "2009-03-14", // a date of birth
            "threatening to stab", "made to hold drugs", "unknown older male"); // intelligence and descriptions

    private static final List<String> SAMPLES = List.of("referral-nonemergency-docx.eml", "referral-emergency-docx.eml",
            "referral-body.eml", "referral-invalid-docx.eml", "safeguarding-high-docx.eml",
            "safeguarding-critical-body.eml", "safeguarding-invalid-docx.eml", "intel-emergency-body.eml",
            "intel-ordinary-docx.eml", "mash-referral-docx.eml", "mash-mediation-prevented-body.eml",
            "risk-concern-docx.eml");

    @Test
    void personalDataInEveryFlowNeverReachesLogsAuditAlertsOrTheHubsOwnState(CapturedOutput output)
            throws IOException {
        List<String> refs = new ArrayList<>();
        for (String sample : SAMPLES) {
            String eml = Fixtures.fresh(Fixtures.mail(sample));
            refs.add(referenceOf(eml));
            mail.send(eml, INTAKE);
        }
        awaitInboxDrained();
        // the canaries did go through: the teams' queues carry them
        assertThat(queues.browse("brokerage.safeguarding", refs.get(4)).get(0).text()).contains("Wrenna");

        StringBuilder alertsAndState = new StringBuilder();
        for (String ref : refs) {
            queues.browse("alerts", ref).forEach(r -> alertsAndState.append(r.text()).append(r.properties()));
            queues.browse("hub.clocks", ref).forEach(r -> alertsAndState.append(r.text()).append(r.properties()));
        }
        StringBuilder audit = new StringBuilder();
        try (Stream<Path> files = Files.walk(DATA.resolve("audit"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                audit.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(audit).as("the audit trail").isNotEmpty();
        assertThat(output.getAll()).as("the hub's log was captured").contains("Mail " + refs.get(4));
        for (String canary : CANARIES) {
            assertThat(output.getAll()).as("the log").doesNotContain(canary);
            assertThat(audit.toString()).as("the audit trail").doesNotContain(canary);
            assertThat(alertsAndState.toString()).as("alert records and clocks").doesNotContain(canary);
        }
    }

    @Test
    void alertEmailsToTheDutyContactCarryTheReferenceNotTheYoungPersonsName() {
        String eml = Fixtures.fresh(Fixtures.mail("safeguarding-critical-body.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        QueueClient.Received alert = queues.take("alerts", ref, 30_000);
        assertThat(alert).isNotNull();
        String to = alert.text().replaceAll(".*\"to\":\\[\"([^\"]+)\".*", "$1");
        var email = awaitReply(to, ref);
        assertThat(email.text()).contains(ref);
        for (String canary : CANARIES) {
            assertThat(email.subject() + email.text()).doesNotContain(canary);
        }
    }

    @Test
    void everyDisclosureIsAuditedWithWhatToWhomWhenAndTheRuleBehindIt() {
        String incident = Fixtures.fresh(Fixtures.mail("safeguarding-high-docx.eml"));
        String intel = Fixtures.fresh(Fixtures.mail("intel-ordinary-docx.eml"));
        mail.send(incident, INTAKE);
        mail.send(intel, INTAKE);
        String incidentRef = referenceOf(incident);
        String intelRef = referenceOf(intel);

        // queue deliveries: what (the form, to which queue), when, and why
        JsonNode routed = await().atMost(Duration.ofSeconds(60)).until(
                () -> auditOf(incidentRef, "routed", "queue", "quality.safeguarding"), java.util.Objects::nonNull);
        assertThat(routed.path("time").asText()).isNotBlank();
        assertThat(routed.path("why").asText()).contains("hub.queues.routes.safeguarding");
        // the email to the social worker named on the incident
        JsonNode toSocialWorker = await().atMost(Duration.ofSeconds(60)).until(
                () -> auditOf(incidentRef, "acknowledged", "kind", "disclosure"), java.util.Objects::nonNull);
        assertThat(toSocialWorker.path("to").asText()).contains("@").isNotEqualTo("returns@response.provider.test");
        assertThat(toSocialWorker.path("why").asText()).contains("social worker or PA named on it", "SPEC 000");
        // the alert to the duty contact
        JsonNode alert = await().atMost(Duration.ofSeconds(60)).until(
                () -> auditOf(incidentRef, "alert-sent", "kind", "alert"), java.util.Objects::nonNull);
        assertThat(alert.path("why").asText()).contains("duty contact for that moment");
        // the forward to the police readers mailbox
        JsonNode toPolice = await().atMost(Duration.ofSeconds(60)).until(
                () -> auditOf(intelRef, "acknowledged", "kind", "intelligence"), java.util.Objects::nonNull);
        assertThat(toPolice.path("to").asText()).isEqualTo("readers@police.test");
        assertThat(toPolice.path("why").asText()).contains("police readers mailbox", "SPEC 002");
        // a rejected form's message is kept for an admin, and its record says so, not that it was routed
        String invalid = Fixtures.fresh(Fixtures.mail("safeguarding-invalid-docx.eml"));
        mail.send(invalid, INTAKE);
        assertThat(await().atMost(Duration.ofSeconds(60)).until(() -> auditOf(referenceOf(invalid), "routed", "queue",
                "hub.rejected"), java.util.Objects::nonNull).path("why").asText())
                .isEqualTo("an email the hub cannot accept is kept for an admin (hub.queues.rejected)");
        // and the sender's own reply says why too
        assertThat(await().atMost(Duration.ofSeconds(60)).until(() -> auditOf(intelRef, "reply-queued", "queue",
                "hub.outbox"), java.util.Objects::nonNull).path("why").asText()).contains("every sender is told");
    }

    /** The audit record of one event for a reference whose field has the given value, or null. */
    private static JsonNode auditOf(String reference, String event, String field, String value) throws IOException {
        try (Stream<Path> files = Files.walk(DATA.resolve("audit"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    JsonNode n = JSON.readTree(line);
                    if (reference.equals(n.path("reference").asText()) && event.equals(n.path("event").asText())
                            && value.equals(n.path(field).asText())) {
                        return n;
                    }
                }
            }
        }
        return null;
    }
}
