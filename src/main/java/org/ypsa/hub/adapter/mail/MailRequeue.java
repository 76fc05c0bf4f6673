package org.ypsa.hub.adapter.mail;

import org.ypsa.hub.domain.Reference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.store.OriginalStore;

/**
 * Puts a held email's original back in the mailbox it arrived at, for the hub to read again once an admin has
 * fixed what held it (a wording added to config/forms, a sender added to the directory). It goes back as a new
 * email, with a new Message-ID and so a new reference: the hub's decision on the first one stands, exactly once.
 */
@Component
public class MailRequeue {
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*\\r?\\n");

    private final Mailboxes mailboxes;
    private final OriginalStore originals;

    public MailRequeue(Mailboxes mailboxes, OriginalStore originals) {
        this.mailboxes = mailboxes;
        this.originals = originals;
    }

    /** Appends the original to the mailbox's inbox folder as a new email; returns the reference it will get. */
    public String requeue(String reference, String mailboxId, String originalSha256) throws IOException,
            MessagingException {
        byte[] again = asNewEmail(originals.get(originalSha256), reference);
        Mailbox m = mailboxes.all().stream().filter(b -> b.id().equals(mailboxId)).findFirst()
                .orElse(mailboxes.all().get(0));
        Session session = m.session(Duration.ofSeconds(10), Duration.ofSeconds(30));
        try (Store store = session.getStore(m.protocol())) {
            store.connect(m.host(), m.port(), m.login().username(), m.login().credential());
            Folder inbox = store.getFolder(m.folder());
            inbox.appendMessages(new Message[] {new MimeMessage(session, new ByteArrayInputStream(again))});
        }
        return Reference.of(MailReader.dedupKey(again));
    }

    /** The same bytes under a new Message-ID, saying which reference it repeats; nothing else changes. */
    static byte[] asNewEmail(byte[] raw, String reference) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        String id = "Message-ID: <reprocess." + UUID.randomUUID() + "@ypsa-hub>\r\n"
                + "X-YPSA-Reprocess-Of: " + reference + "\r\n";
        Matcher mm = MESSAGE_ID.matcher(text);
        int headerEnd = headerEnd(text);
        String out = mm.find() && mm.start() < headerEnd ? text.substring(0, mm.start())
                + id + text.substring(mm.end()) : id + text;
        return out.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int headerEnd(String text) {
        int crlf = text.indexOf("\r\n\r\n");
        int lf = text.indexOf("\n\n");
        if (crlf < 0) {
            return lf < 0 ? text.length() : lf;
        }
        return lf < 0 ? crlf : Math.min(crlf, lf);
    }
}
