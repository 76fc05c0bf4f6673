package org.ypsa.hub.adapter.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.support.SynchronizationAdapter;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a mail out of the inbox into its mailbox's done folder once its outcome is on the broker: with IMAP MOVE
 * (RFC 6851) where the server offers it (Dovecot, Exchange Online, Gmail), so the mail is never in both folders;
 * otherwise COPY, then the original flagged deleted and expunged (by UID where the server has UIDPLUS, RFC 4315).
 * A move that fails leaves the mail in the inbox: it is read again, finds its committed decision, and is moved then.
 */
@Component("doneFolder")
public class DoneFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DoneFolder.class);

    /** The intake route's last step: the move runs when the exchange has completed (after camel-mail's commit). */
    public void whenCommitted(Exchange exchange) {
        Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
        Mailbox mailbox = exchange.getProperty(PushPollScheduler.MAILBOX, Mailbox.class);
        String reference = exchange.getProperty(IntakeProcessor.REFERENCE, String.class);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange done) {
                try {
                    move(mail, mailbox.doneFolder(), offersMove(mail.getFolder()));
                } catch (MessagingException | RuntimeException e) {
                    LOG.warn("Mail {} in mailbox {} not moved to {} ({}): it is read again and moved then", reference,
                            mailbox.id(), mailbox.doneFolder(), e.getClass().getSimpleName());
                }
            }
        });
    }

    static boolean offersMove(Folder folder) throws MessagingException {
        return folder.getStore() instanceof IMAPStore store && store.hasCapability("MOVE");
    }

    /** Moves {@code mail} into {@code target} (made when missing): MOVE when {@code useMove}, else COPY and expunge. */
    static void move(Message mail, String target, boolean useMove) throws MessagingException {
        Folder from = mail.getFolder();
        if (!from.isOpen()) {
            from.open(Folder.READ_WRITE);
        }
        Folder to = from.getStore().getFolder(target);
        if (!to.exists()) {
            to.create(Folder.HOLDS_MESSAGES);
        }
        Message[] one = {mail};
        if (useMove && from instanceof IMAPFolder imap) {
            imap.moveMessages(one, to);
            return;
        }
        from.copyMessages(one, to);
        mail.setFlag(Flags.Flag.DELETED, true);
        if (from instanceof IMAPFolder imap && from.getStore() instanceof IMAPStore store
                && store.hasCapability("UIDPLUS")) {
            imap.expunge(one); // only this mail, not others someone flagged deleted
        }
        // else it stays flagged deleted until the folder is expunged: camel-mail skips such a mail
    }
}
