package org.ypsa.hub;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Referrals and risk concerns, end to end through the mail server and the broker (seed 001). */
@ExtendWith(OutputCaptureExtension.class)
class ReferralFlowIT extends HubIT {
    private static final String RITA = "r.okafor@council.test";

    @Test
    void nonEmergencyReferralAsAWordTableReachesBrokerageAndTheReferrerIsAcknowledged() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-nonemergency-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        QueueClient.Received raw = queues.take("brokerage.referrals", ref, 30_000);
        assertThat(raw).isNotNull();
        assertThat(raw.priority()).isEqualTo(4);
        JsonNode msg = read(raw);
        assertThat(msg.path("formType").asText()).isEqualTo("referral");
        assertThat(msg.path("variant").asText()).isEqualTo("non-emergency");
        JsonNode f = msg.path("fields");
        assertThat(f.path("youngPerson").path("fullName").asText()).isEqualTo("Tamsin Ellery-Vance");
        assertThat(f.path("pathway").asText()).isEqualTo("16/17 Shared (in-house)");
        assertThat(f.path("familyGroupConference").path("offered").asBoolean()).isTrue();
        assertThat(f.path("consent").asBoolean()).isTrue();
        JsonNode docx = msg.path("attachments").get(0);
        assertThat(docx.path("sha256").asText())
                .isEqualTo(OriginalStore.sha256(Fixtures.bytes("referrals/referral-nonemergency-table.docx")));

        MailClient.Received reply = awaitReply(RITA, ref);
        assertThat(reply.subject()).contains("Received: Referral");
        assertThat(reply.text()).contains("Reference: " + ref).contains("Accommodation needed from: 18/12/2026")
                .doesNotContain("Tamsin");
    }

    @Test
    void emergencyReferralGoesAtHigherPriorityAndBrokerageIsAlertedAtOnce() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        QueueClient.Received raw = queues.take("brokerage.referrals", ref, 30_000);
        assertThat(raw).isNotNull();
        assertThat(raw.priority()).isEqualTo(8);
        assertThat(read(raw).path("variant").asText()).isEqualTo("emergency");

        JsonNode alert = take("alerts", ref);
        assertThat(alert.path("kind").asText()).isEqualTo("emergency-referral");
        assertThat(alert.path("to").get(0).asText()).isEqualTo("brokerage@ypsa.test");

        MailClient.Received urgent = awaitReply("brokerage@ypsa.test", ref);
        assertThat(urgent.subject()).contains("URGENT").contains(ref);
        assertThat(urgent.text()).contains("Accommodation needed from: 2026-12-01").doesNotContain("Corwin");
        assertThat(awaitReply("j.pemberton-quaile@council.test", ref).subject()).contains("Received: Emergency referral");
    }

    @Test
    void fillablePdfReferralIsRoutedFromItsFormFields() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-pdf-form.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode f = take("brokerage.referrals", ref).path("fields");
        assertThat(f.path("youngPerson").path("fullName").asText()).isEqualTo("Orla Quenby-Marsh");
        assertThat(f.path("youngPerson").path("preferredLocality").asText()).isEqualTo("Vale of White Horse");
    }

    @Test
    void plainPdfEmergencyReferralIsRecognisedFromItsText() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-pdf-text.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        assertThat(take("brokerage.referrals", ref).path("variant").asText()).isEqualTo("emergency");
    }

    @Test
    void referralAsLabelValueLinesInTheBodyIsRouted() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-body.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode f = take("brokerage.referrals", ref).path("fields");
        assertThat(f.path("youngPerson").path("fullName").asText()).isEqualTo("Ffion Hartigan-Bloom");
        assertThat(f.path("dateNeeded").asText()).isEqualTo("2027-01-15");
    }

    @Test
    void referralTooOldAndWithoutAFamilyGroupConferenceIsRejectedNamingBoth() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-invalid-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("hub.rejected", ref);
        assertThat(msg.path("formType").asText()).isEqualTo("referral");
        String reply = awaitReply(RITA, ref).text();
        assertThat(reply).contains("Date of birth: the young person will be 25 on the date accommodation is needed")
                .contains("Family Group Conference offered: is No on a non-emergency referral");
    }

    @Test
    void referralFromOutsideTheAllowedDomainsIsRejected() {
        String eml = Fixtures.fresh(Fixtures.mail("referral-from-outside-domain.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        assertThat(take("hub.rejected", ref).path("problems").get(0).path("field").asText()).isEqualTo("Sender");
    }

    @Test
    void riskConcernReachesBrokerageRiskWithItsRiskAssessmentAsAStoredOriginal() {
        String eml = Fixtures.fresh(Fixtures.mail("risk-concern-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("brokerage.risk", ref);
        assertThat(msg.path("fields").path("referralReference").asText()).isEqualTo("YPSA-7K2M9-QX4AB");
        assertThat(msg.path("fields").path("whatWouldEnableIt").asText()).isNotBlank();
        assertThat(msg.path("attachments").findValuesAsText("name")).contains("risk-assessment.pdf");
        assertThat(awaitReply("returns@response.provider.test", ref).subject()).contains("Received: Risk concern");
    }

    @Test
    void riskConcernMissingAPartIsRejectedSayingWhichPart() {
        String eml = Fixtures.fresh(Fixtures.mail("risk-concern-missing-part.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        take("hub.rejected", ref);
        assertThat(awaitReply("returns@response.provider.test", ref).text())
                .contains("Resources or support that would enable the risk to be managed: is missing");
    }

    @Test
    void macroEnabledAndPasswordProtectedDocumentsAreRejectedClearlyAndTheHubCarriesOn() throws Exception {
        byte[] docx = Fixtures.bytes("referrals/referral-nonemergency-table.docx");
        String macro = withAttachment("referral.docm", withVbaProject(docx));
        String locked = withAttachment("referral.docx", oleContainer());
        mail.send(macro, INTAKE);
        mail.send(locked, INTAKE);

        assertThat(take("hub.rejected", referenceOf(macro)).path("problems").get(0).path("problem").asText())
                .contains("contains macros");
        assertThat(take("hub.rejected", referenceOf(locked)).path("problems").get(0).path("problem").asText())
                .contains("password protected");
        String next = Fixtures.fresh(Fixtures.mail("referral-body.eml"));
        take("brokerage.referrals", referenceOf(sent(next)));
    }

    @Test
    void youngPeoplesNamesAndReferralTextNeverReachTheLog(CapturedOutput output) {
        String eml = Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        take("brokerage.referrals", ref);
        awaitReply("brokerage@ypsa.test", ref);

        assertThat(output.getAll()).contains(ref).doesNotContain("Corwin", "Ashdale-Pryce", "Quillon Road",
                "sleeping in a car", "3927514");
    }

    private static String sent(String eml) {
        mail.send(eml, INTAKE);
        return eml;
    }

    private static JsonNode read(QueueClient.Received r) {
        try {
            return JSON.readTree(r.text());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DOCX with a VBA project added, as Word saves a .docm. */
    private static byte[] withVbaProject(byte[] docx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** What Word writes for a password-protected .docx: an OLE2 container, not a zip. */
    private static byte[] oleContainer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    private static String withAttachment(String name, byte[] bytes) {
        String b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
        return "From: Rita Okafor <" + RITA + ">\r\nTo: intake@ypsa.test\r\nSubject: Referral " + name + "\r\n"
                + "Message-ID: <" + java.util.UUID.randomUUID() + "@council.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n"
                + "Please see the attached referral.\r\n--b1\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Disposition: attachment; filename=\"" + name + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + b64 + "\r\n--b1--\r\n";
    }
}
