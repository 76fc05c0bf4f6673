package org.ypsa.hub.adapter.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailUidGenerator;
import org.springframework.stereotype.Component;

/**
 * The key camel-mail gives each mail of the intake: the mailbox's own IMAP UID, not the Message-ID header
 * camel-mail uses by default (sender-controlled, and one more round trip to the server). It also asks, in the
 * same round trip, for this mail and the next ones, for the flags camel-mail reads and the size and arrival
 * time the hub reads (MailReader.prefetch).
 */
@Component("imapUidGenerator")
public class ImapUidGenerator implements MailUidGenerator {
    /** camel-mail asks for every mail of a poll in turn: one round trip covers this many after it. */
    private static final int AHEAD = 49;

    @Override
    public String generateUuid(MailEndpoint endpoint, Message message) {
        try {
            MailReader.prefetch(message, AHEAD);
            if (message.getFolder() instanceof UIDFolder f) {
                return "uid:" + f.getUIDValidity() + "/" + f.getUID(message);
            }
        } catch (MessagingException | RuntimeException e) {
            // the connection failed: the hub's own read of this mail will fail too and leave it for the next poll
        }
        return "number:" + message.getMessageNumber();
    }
}
