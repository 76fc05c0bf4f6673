package org.ypsa.hub;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Flags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.MailClient;
import org.ypsa.hub.support.QueueClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Weekly void returns, end to end: SMTP in, JSON on brokerage.voids or hub.rejected, a reply back. */
@ExtendWith(OutputCaptureExtension.class)
class VoidReturnFlowIT extends HubIT {

    @Test
    void xlsxReturnLaidOutUnderATitleIsRoutedToBrokerageVoidsWithEveryProperty() throws Exception {
        String eml = Fixtures.fresh(Fixtures.mail("void-xlsx-response.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("brokerage.voids", ref);
        assertThat(msg.path("schema").asText()).isEqualTo("ypsa-hub/form/v1");
        assertThat(msg.path("reference").asText()).isEqualTo(ref);
        assertThat(msg.path("formType").asText()).isEqualTo("void-return");
        assertThat(msg.path("source").path("sender").asText()).isEqualTo("returns@response.provider.test");
        assertThat(msg.path("source").path("mailbox").asText()).isEqualTo(INTAKE);
        JsonNode f = msg.path("fields");
        assertThat(f.path("providerId").asText()).isEqualTo("response");
        assertThat(f.path("weekCommencing").asText()).isEqualTo("2026-11-23");
        assertThat(f.path("properties")).hasSize(3);
        JsonNode first = f.path("properties").get(0);
        assertThat(first.path("propertyReference").asText()).isEqualTo("RSP-CHE-01");
        assertThat(first.path("locality").asText()).isEqualTo("Cherwell");
        assertThat(first.path("serviceType").asText()).isEqualTo("18+ Shared");
        assertThat(first.path("totalUnits").asInt()).isEqualTo(4);
        assertThat(first.path("occupied").asInt()).isEqualTo(3);
        assertThat(first.path("vacant").asInt()).isEqualTo(1);
        assertThat(first.path("availableFrom").asText()).isEqualTo("2026-11-24");
        assertThat(first.path("emergencyBed").asBoolean()).isFalse();
        assertThat(f.path("properties").get(2).path("emergencyBed").asBoolean()).isTrue();
        assertThat(f.path("totals").path("vacant").asInt()).isEqualTo(3);

        JsonNode attachment = msg.path("attachments").get(0);
        byte[] xlsx = Fixtures.bytes("voids/response-voids.xlsx");
        assertThat(attachment.path("name").asText()).isEqualTo("response-voids.xlsx");
        assertThat(attachment.path("sha256").asText()).isEqualTo(OriginalStore.sha256(xlsx));
        assertThat(attachment.has("content")).isFalse();
        assertThat(Files.readAllBytes(DATA.resolve("originals").resolve(attachment.path("storedAt").asText())))
                .isEqualTo(xlsx);

        MailClient.Received reply = awaitReply("returns@response.provider.test", ref);
        assertThat(reply.subject()).contains("Received: Void return");
        assertThat(reply.text()).contains("Reference: " + ref).contains("Provider: Response")
                .contains("total units 12, occupied 9, vacant 3");
        assertThat(reply.autoSubmitted()).isEqualTo("auto-replied");
        assertThat(reply.inReplyTo()).isNotBlank();
    }

    @Test
    void returnAfterMondayTenIsRoutedAndMarkedLate() {
        String eml = Fixtures.fresh(Fixtures.mail("void-xlsx-oxyouth.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("brokerage.voids", ref);
        assertThat(msg.path("fields").path("late").asBoolean()).isTrue();
        assertThat(msg.path("fields").path("deadline").asText()).isEqualTo("2026-11-23T10:00Z");
        assertThat(msg.path("warnings").toString()).contains("after the deadline");
        assertThat(awaitReply("returns@oxyouth.provider.test", ref).text()).contains("Status: late");
    }

    @Test
    void bodyReturnForTheComingWeekIsOnTimeAndReadFromLabelValueLines() {
        String eml = Fixtures.fresh(Fixtures.withWeek(Fixtures.mail("void-body-connection.eml"), Fixtures.nextMonday()));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("brokerage.voids", ref);
        JsonNode f = msg.path("fields");
        assertThat(f.path("late").asBoolean()).isFalse();
        assertThat(f.path("providerId").asText()).isEqualTo("connection-support");
        assertThat(f.path("properties")).hasSize(2);
        assertThat(f.path("properties").get(1).path("locality").asText()).isEqualTo("Out of county");
        assertThat(msg.path("attachments")).isEmpty();
    }

    @Test
    void csvReturnExportedWithBomIsRoutedWithQuotedNotesIntact() {
        String eml = Fixtures.fresh(Fixtures.mail("void-csv-key2.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode f = take("brokerage.voids", ref).path("fields");
        assertThat(f.path("providerId").asText()).isEqualTo("key2-futures");
        assertThat(f.path("properties").get(0).path("notes").asText()).isEqualTo("Bedsit, first floor");
        assertThat(f.path("properties").get(0).path("availableFrom").asText()).isEqualTo("2026-11-27");
    }

    @Test
    void brokenReturnIsRejectedAndTheReplyListsEveryProblemByPropertyRowAndField() {
        String eml = Fixtures.fresh(Fixtures.mail("void-xlsx-stonewater-broken.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("hub.rejected", ref);
        assertThat(msg.path("outcome").asText()).isEqualTo("rejected");
        assertThat(msg.path("formType").asText()).isEqualTo("void-return");
        assertThat(msg.path("problems")).hasSize(5);
        assertThat(msg.path("original").path("sha256").asText()).hasSize(64);
        assertThat(queues.browse("brokerage.voids", ref)).isEmpty();

        MailClient.Received reply = awaitReply("returns@stonewater.provider.test", ref);
        assertThat(reply.subject()).contains("Not accepted").contains("5 problems");
        assertThat(reply.text())
                .contains("STW-WOX-01 (row 6), Total units: occupied (2) + vacant (2) makes 4 but total units is 3")
                .contains("STW-VWH-01 (row 7), Locality: \"Narnia\" is not a known locality. Expected: one of: Cherwell")
                .contains("STW-VWH-01 (row 7), Occupied: is negative (-1). Expected: 0 or more")
                .contains("STW-VWH-02 (row 8), Service type: \"Luxury flats\" is not a known service type")
                .contains("STW-VWH-02 (row 8), Available from: \"next week\" is not a date");
    }

    @Test
    void unknownPropertyIsAWarningNotARejection() {
        String eml = Fixtures.fresh(Fixtures.mail("void-csv-a2d-unknown-property.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("brokerage.voids", ref);
        assertThat(msg.path("fields").path("properties")).hasSize(2);
        assertThat(msg.path("fields").path("properties").get(1).path("knownProperty").asBoolean()).isFalse();
        assertThat(msg.path("warnings").toString()).contains("A2D-ZZZ-99 (")
                .contains(") is not in the directory for A2 Dominion");
    }

    @Test
    void returnSentFromAnAddressNotBelongingToTheProviderNamedIsRejected() {
        String eml = Fixtures.fresh(Fixtures.mail("void-xlsx-wrong-sender.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("hub.rejected", ref);
        assertThat(msg.path("problems").get(0).path("field").asText()).isEqualTo("Provider");
        assertThat(awaitReply("returns@stonewater.provider.test", ref).text())
                .contains("the return is for Response but was sent from an address that is not registered for Response");
    }

    @Test
    void mailThatIsNotAFormIsHeldOnHubUnrecognisedAndTheSenderIsTold() {
        String eml = Fixtures.fresh(Fixtures.mail("not-a-form.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("hub.unrecognised", ref);
        assertThat(msg.path("outcome").asText()).isEqualTo("unrecognised");
        assertThat(msg.path("original").path("storedAt").asText()).isNotBlank();
        assertThat(awaitReply("returns@response.provider.test", ref).subject()).contains("Not recognised");
    }

    @Test
    void mailAlreadyOpenedInTheSharedMailboxIsStillProcessed() {
        String eml = Fixtures.fresh(Fixtures.mail("outlook-opened-void.eml"));
        String ref = referenceOf(eml);
        mail.append(INTAKE, eml, new Flags(Flags.Flag.SEEN));

        assertThat(take("brokerage.voids", ref).path("fields").path("providerId").asText())
                .isEqualTo("oxfordshire-youth");
    }

    @Test
    void theSameMailDeliveredTwiceIsRoutedAndAnsweredOnce() {
        String subject = "RE: Void return " + java.util.UUID.randomUUID();
        String eml = Fixtures.fresh(Fixtures.mail("void-csv-key2.eml")).replace("Subject: RE: Void return",
                "Subject: " + subject);
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        mail.send(eml, INTAKE);
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.folder(INTAKE, "YPSA-Processed").stream()
                .filter(m -> subject.equals(m.subject())).count() == 2);

        assertThat(queues.browse("brokerage.voids", ref)).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> replies("returns@key2.provider.test", ref) >= 1);
        // Give a second reply every chance to arrive before asserting there is none.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30))
                .until(() -> replies("returns@key2.provider.test", ref) == 1);
    }

    @Test
    void aForgedMessageIdDoesNotSuppressADifferentMail() {
        String first = Fixtures.fresh(Fixtures.mail("void-csv-key2.eml"));
        String messageId = first.lines().filter(l -> l.regionMatches(true, 0, "Message-ID:", 0, 11)).findFirst().get();
        String second = Fixtures.mail("void-xlsx-response.eml").replaceFirst("(?im)^Message-ID:.*$", messageId);
        assertThat(referenceOf(second)).isNotEqualTo(referenceOf(first));
        mail.send(first, INTAKE);
        mail.send(second, INTAKE);

        take("brokerage.voids", referenceOf(first));
        take("brokerage.voids", referenceOf(second));
    }

    @Test
    void camelAndJmsHeadersInAnIncomingMailNeverReachTheQueue() {
        String eml = Fixtures.fresh(Fixtures.mail("void-csv-key2.eml"));
        for (String h : List.of("CamelJmsDestinationName: hub.unrecognised", "JMSPriority: 9", "JMSType: evil",
                "CamelMailMoveTo: Trash", "_AMQ_DUPL_ID: fixed", "CamelOverruleFileName: ../../x", "hubQueue: alerts")) {
            eml = Fixtures.withHeader(eml, h);
        }
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        QueueClient.Received r = queues.take("brokerage.voids", ref, 30_000);
        assertThat(r).isNotNull();
        assertThat(r.properties().keySet()).noneMatch(k -> k.startsWith("Camel") || k.startsWith("JMS_")
                || k.equalsIgnoreCase("JMSType") || k.equals("hubQueue"));
        assertThat(r.properties().get("_AMQ_DUPL_ID")).isNotEqualTo("fixed");
        assertThat(r.priority()).isEqualTo(4);
        assertThat(mail.folder(INTAKE, "Trash")).isEmpty();
    }

    @Test
    void automaticRepliesAreProcessedButNeverAnswered() {
        String eml = Fixtures.withHeader(Fixtures.fresh(Fixtures.mail("not-a-form.eml")), "Auto-Submitted: auto-replied");
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        take("hub.unrecognised", ref);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30))
                .until(() -> replies("returns@response.provider.test", ref) == 0);
    }

    @Test
    void theAuditTrailRecordsEachStepAndNoFormContent() throws Exception {
        String eml = Fixtures.fresh(Fixtures.withWeek(Fixtures.mail("void-body-connection.eml"), Fixtures.nextMonday()));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        take("brokerage.voids", ref);
        awaitReply("returns@connection.provider.test", ref);

        await().atMost(Duration.ofSeconds(10)).until(() -> audit(ref).contains("\"acknowledged\""));
        String trail = audit(ref);
        assertThat(trail).contains("\"received\"", "\"recognised\"", "\"validated\"", "\"routed\"", "\"reply-queued\"",
                "\"acknowledged\"");
        assertThat(trail).doesNotContain("CON-SOX-01", "South Oxfordshire");
    }

    @Test
    void notesAndNamesInAFormNeverReachTheLog(CapturedOutput output) {
        String canary = "Zebedee-Quillfeather-7731";
        String eml = Fixtures.fresh(Fixtures.withWeek(Fixtures.mail("void-body-connection.eml"), Fixtures.nextMonday()))
                .replace("Notes: ", "Notes: " + canary + " moved in with her baby")
                .replace("Subject: Void return", "Subject: Void return " + canary);
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("brokerage.voids", ref);
        assertThat(msg.toString()).contains(canary);
        awaitReply("returns@connection.provider.test", ref);
        assertThat(output.getAll()).contains(ref).doesNotContain(canary);
    }

    private static long replies(String address, String ref) {
        return mail.inbox(address).stream().filter(m -> m.subject() != null && m.subject().contains(ref)).count();
    }

    private static String audit(String ref) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(DATA.resolve("audit"))) {
            for (var p : files.toList()) {
                Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> l.contains(ref))
                        .forEach(l -> sb.append(l).append('\n'));
            }
        }
        return sb.toString();
    }
}
