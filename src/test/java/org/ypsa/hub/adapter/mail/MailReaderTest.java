package org.ypsa.hub.adapter.mail;

import org.ypsa.hub.domain.Reference;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

class MailReaderTest {

    private static byte[] eml(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void referenceIsStableAcrossLineEndingAndTrailingBlankLineChangesInTransit() {
        String eml = Fixtures.mail("void-csv-key2.eml");
        String lf = eml.replace("\r\n", "\n") + "\n\n";
        assertThat(Reference.of(MailReader.dedupKey(eml(lf)))).isEqualTo(Reference.of(MailReader.dedupKey(eml(eml))));
        assertThat(Reference.of(MailReader.dedupKey(eml(eml)))).matches("YPSA-[0-9A-Z]{5}-[0-9A-Z]{5}");
    }

    @Test
    void sameMessageIdWithDifferentContentIsADifferentMail() {
        String eml = Fixtures.mail("void-csv-key2.eml");
        String other = eml.replace("Please send your void return", "Please send the void return");
        assertThat(MailReader.dedupKey(eml(other))).isNotEqualTo(MailReader.dedupKey(eml(eml)));
    }

    @Test
    void attachmentNamesLoseAnyPathTheSenderPutInThem() {
        String eml = "From: a@response.provider.test\r\nTo: intake@ypsa.test\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\n"
                + "Content-Type: text/csv\r\nContent-Disposition: attachment; filename=\"../../etc/passwd.csv\"\r\n\r\n"
                + "a,b\r\n--b--\r\n";
        InboundMail m = MailReader.parse(eml(eml), "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.attachments()).extracting(InboundMail.Attachment::name).containsExactly("passwd.csv");
        assertThat(m.textBody()).isEqualTo("hi");
    }

    @Test
    void aMailForwardedAsAnAttachmentHasItsFilesReadAndItsBodyUnderItsHeader() {
        String inner = "From: duty@response.provider.test\r\nSubject: Void return\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=i\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\n"
                + "Provider: Response\r\n--i\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; "
                + "filename=\"voids.csv\"\r\n\r\na,b\r\n--i--\r\n";
        String forwarded = "From: a@response.provider.test\r\nTo: intake@ypsa.test\r\nSubject: FW: Void return\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nSee attached\r\n--b\r\nContent-Type: message/rfc822\r\n"
                + "Content-Disposition: attachment; filename=\"Void return.eml\"\r\n\r\n" + inner + "--b--\r\n";
        InboundMail m = MailReader.parse(eml(forwarded), "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.attachments()).extracting(InboundMail.Attachment::name).containsExactly("voids.csv");
        assertThat(m.textBody()).isEqualTo("See attached\n\n---------- Forwarded message ---------\n"
                + "From: duty@response.provider.test\nSubject: Void return\n\nProvider: Response");

        String bare = forwarded.replace("Content-Type: text/plain\r\n\r\nSee attached\r\n--b\r\n", "");
        assertThat(MailReader.parse(eml(bare), "intake@ypsa.test", Instant.EPOCH).textBody())
                .isEqualTo("---------- Forwarded message ---------\nFrom: duty@response.provider.test\n"
                        + "Subject: Void return\n\nProvider: Response");
    }

    @Test
    void anHtmlOnlyBodyKeepsItsTableAsTabSeparatedLines() {
        String eml = "From: a@response.provider.test\r\nSubject: voids\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Hi</p><table><tr><th>Property ref</th>"
                + "<th>Vacant</th></tr><tr><td>RSP-CHE-01</td><td>1</td></tr></table></body></html>\r\n";
        InboundMail m = MailReader.parse(eml(eml), "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.textBody()).contains("Property ref\tVacant").contains("RSP-CHE-01\t1");
    }

    @Test
    void anOutlookFormWithBoldLabelsIsReadFromItsHtmlPartNotItsPlainPart() {
        String eml = "From: a@council.test\r\nSubject: referral\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "Name of YP:\r\n\r\nKit Barlow\r\n\r\nDOB:\r\n\r\n02/03/2010\r\n\r\nLegal status:\r\n\r\nCIN\r\n"
                + "--b\r\nContent-Type: text/html\r\n\r\n<p class=MsoNormal><b>Name of YP:</b></p><p class=MsoNormal>Kit Barlow</p>"
                + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><b>DOB:</b> 02/03/2010</p>"
                + "<p class=MsoNormal><b>Legal status:</b></p><p>CIN</p>\r\n--b--\r\n";
        assertThat(MailReader.parse(eml(eml), "intake@ypsa.test", Instant.EPOCH).textBody())
                .isEqualTo("Name of YP:\nKit Barlow\n\nDOB: 02/03/2010\nLegal status:\nCIN");
        // a plain part beside HTML that lays nothing out is read as it is
        String simple = eml.replace("<b>", "").replace("</b>", "");
        assertThat(MailReader.parse(eml(simple), "intake@ypsa.test", Instant.EPOCH).textBody().replace("\r", ""))
                .startsWith("Name of YP:\n\nKit");
    }

    @Test
    void outOfOfficeRepliesAreMarkedAutomatic() {
        String eml = "From: a@response.provider.test\r\nAuto-Submitted: auto-replied\r\nSubject: Out of office\r\n\r\nAway\r\n";
        assertThat(MailReader.parse(eml(eml), "i", Instant.EPOCH).autoGenerated()).isTrue();
    }

    @Test
    void malformedMimeStillYieldsAMailWithWhatCouldBeRead() {
        String eml = "From: a@response.provider.test\r\nSubject: broken\r\nContent-Type: multipart/mixed; boundary=zz\r\n"
                + "\r\n--zz\r\nContent-Type: text/plain\r\n\r\nno closing boundary";
        InboundMail m = MailReader.parse(eml(eml), "i", Instant.EPOCH);
        assertThat(m.from()).isEqualTo("a@response.provider.test");
        assertThat(m.subject()).isEqualTo("broken");
    }

    @Test
    void aMailFromTwoAddressesHasNoSenderTheHubWillTrust() {
        InboundMail m = MailReader.parse(eml("From: returns@response.provider.test, attacker@evil.test\r\nTo: "
                + "intake@ypsa.test\r\nSubject: Void return\r\n\r\nProvider: Response\r\n"), "intake@ypsa.test",
                Instant.EPOCH);
        assertThat(m.from()).isNull();
    }

    @Test
    void aDisplayNameThatLooksLikeAProviderIsNotItsAddress() {
        InboundMail m = MailReader.parse(eml("From: \"returns@response.provider.test\" <x@evil.test>\r\nTo: "
                + "intake@ypsa.test\r\nSubject: Void return\r\n\r\nhello\r\n"), "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.from()).isEqualTo("x@evil.test");
    }

    @Test
    void dmarcPassCountsOnlyFromTheCouncilsOwnServerAndOnlyItsTopmostResult() {
        String body = "From: returns@response.provider.test\r\nSubject: x\r\n\r\nhello\r\n";
        assertThat(MailReader.dmarcPass(eml("Authentication-Results: mx.council.test; dmarc=pass header.from=x\r\n"
                + body), "mx.council.test")).isTrue();
        assertThat(MailReader.dmarcPass(eml("Authentication-Results: mx.council.test; dmarc=fail\r\n" + body),
                "mx.council.test")).isFalse();
        assertThat(MailReader.dmarcPass(eml("Authentication-Results: mx.other.test; dmarc=pass\r\n" + body),
                "mx.council.test")).isFalse();
        assertThat(MailReader.dmarcPass(eml("Authentication-Results: mx.council.test; dmarc=fail\r\n"
                + "Authentication-Results: mx.council.test; dmarc=pass\r\n" + body), "mx.council.test")).isFalse();
        assertThat(MailReader.dmarcPass(eml(body), "mx.council.test")).isFalse();
    }

    private static String plainMail(String contentType, String body) {
        return "From: a@response.provider.test\r\nTo: intake@ypsa.test\r\nSubject: Referral\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n" + body;
    }

    @Test
    void aLineThunderbirdWrappedInFlowedTextIsOneLineAgain() {
        String body = "Name of young person \r\nneeding accommodation: Jo Bloggs\r\nReason for referral: Jo told her "
                + "\r\ntutor she has been sleeping on a \r\nnight bus.\r\n\r\n-- \r\nAnn\r\n";
        InboundMail m = MailReader.parse(eml(plainMail("text/plain; charset=utf-8; format=flowed", body)),
                "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.textBody().strip()).isEqualTo("Name of young person needing accommodation: Jo Bloggs\n"
                + "Reason for referral: Jo told her tutor she has been sleeping on a night bus.\n\n-- \nAnn");
    }

    @Test
    void flowedTextKeepsItsQuoteDepthsAndUndoesSpaceStuffingAndDelSp() {
        String body = "Resent below\r\n> Date of birth: 8 Aug \r\n> 2009\r\n>> Earlier \r\n> Older\r\n From Jo\r\n";
        InboundMail m = MailReader.parse(eml(plainMail("text/plain; charset=utf-8; format=flowed", body)),
                "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.textBody().strip()).isEqualTo("Resent below\n> Date of birth: 8 Aug 2009\n>> Earlier\n> Older\nFrom Jo");
        InboundMail d = MailReader.parse(eml(plainMail("text/plain; format=flowed; delsp=yes", "Reas \r\non\r\n")),
                "intake@ypsa.test", Instant.EPOCH);
        assertThat(d.textBody().strip()).isEqualTo("Reason");
    }

    @Test
    void plainTextThatIsNotFlowedKeepsItsLineEndsWhereverItsSpacesAre() {
        InboundMail m = MailReader.parse(eml(plainMail("text/plain; charset=utf-8", "Name: Jo \r\nBloggs\r\n")),
                "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.textBody().lines()).containsExactly("Name: Jo ", "Bloggs");
    }
}
