package org.ypsa.hub.adapter.mail;

import org.ypsa.hub.domain.Reference;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailRequeueTest {
    private static final String EML = "From: a@provider.test\r\nTo: intake@ypsa.test\r\nSubject: Void return\r\n"
            + "Message-ID: <first@provider.test>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\n\r\n"
            + "Message-ID: <in the body, untouched>\r\nProvider: Response\r\n";

    @Test
    void aMailReadAgainIsANewEmailWithANewReferenceAndOtherwiseTheSameBytes() {
        byte[] again = MailRequeue.asNewEmail(EML.getBytes(StandardCharsets.ISO_8859_1), "YPSA-AAAAA-BBBBB");
        String text = new String(again, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("<first@provider.test>").contains("X-YPSA-Reprocess-Of: YPSA-AAAAA-BBBBB")
                .containsPattern("(?m)^Message-ID: <reprocess\\.[0-9a-f-]+@ypsa-hub>$")
                .endsWith("\r\n\r\nMessage-ID: <in the body, untouched>\r\nProvider: Response\r\n")
                .startsWith("From: a@provider.test\r\nTo: intake@ypsa.test\r\nSubject: Void return\r\n");
        assertThat(Reference.of(MailReader.dedupKey(again)))
                .isNotEqualTo(Reference.of(MailReader.dedupKey(EML.getBytes(StandardCharsets.ISO_8859_1))));
    }

    @Test
    void aMailWithNoMessageIdGetsOne() {
        String text = new String(MailRequeue.asNewEmail("From: a@b.test\r\n\r\nbody".getBytes(
                StandardCharsets.ISO_8859_1), "YPSA-AAAAA-BBBBB"), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("Message-ID: <reprocess.").endsWith("From: a@b.test\r\n\r\nbody");
    }
}
