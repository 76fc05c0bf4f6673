package org.ypsa.hub.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.support.Fixtures;

/** An Outlook item (.msg) attached to a mail is opened: its form is read as if it had been attached itself. */
class OutlookMessageTest {

    /** An Outlook item as Outlook stores one (an OLE2 file of MAPI property streams): a body and one file. */
    private static byte[] outlookItem(String body, String fileName, byte[] file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.getRoot().createDocument("__substg1.0_0037001F",
                    new ByteArrayInputStream("Fwd: referral".getBytes(StandardCharsets.UTF_16LE)));
            fs.getRoot().createDocument("__substg1.0_1000001F",
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_16LE)));
            DirectoryEntry attach = fs.getRoot().createDirectory("__attach_version1.0_#00000000");
            attach.createDocument("__substg1.0_3707001F",
                    new ByteArrayInputStream(fileName.getBytes(StandardCharsets.UTF_16LE)));
            attach.createDocument("__substg1.0_37010102", new ByteArrayInputStream(file));
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] mailCarrying(String fileName, byte[] item) {
        String b64 = Base64.getMimeEncoder().encodeToString(item);
        return ("From: sw@council.test\r\nTo: intake@ypsa.test\r\nSubject: FW: referral\r\nDate: Mon, 30 Nov 2026 "
                + "10:00:00 +0000\r\nMessage-ID: <m1@council.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
                + "boundary=\"b\"\r\n\r\n--b\r\nContent-Type: application/vnd.ms-outlook\r\nContent-Disposition: "
                + "attachment; filename=\"" + fileName + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64
                + "\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aFormInsideAnAttachedOutlookItemIsReadAsTheMailsOwnAttachmentAndItsBodyAsTheMailsBody() throws Exception {
        byte[] form = Fixtures.bytes("referrals/referral-emergency-table-4col.docx");
        byte[] item = outlookItem("Please see the referral attached.", "Referral form.docx", form);
        InboundMail mail = MailReader.parse(mailCarrying("Referral from the provider.msg", item), "intake@ypsa.test",
                Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(mail.attachments()).extracting(InboundMail.Attachment::name)
                .containsExactly("Referral from the provider.msg", "Referral form.docx");
        assertThat(mail.attachments().get(1).bytes()).isEqualTo(form);
        assertThat(mail.textBody()).contains("Please see the referral attached.");
    }

    @Test
    void anOutlookItemThatCannotBeReadIsKeptAsItCameAndAddsNothing() {
        byte[] notAnItem = new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4, 5, 6};
        InboundMail mail = MailReader.parse(mailCarrying("broken.msg", notAnItem), "intake@ypsa.test",
                Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(mail.attachments()).extracting(InboundMail.Attachment::name).containsExactly("broken.msg");
    }
}
