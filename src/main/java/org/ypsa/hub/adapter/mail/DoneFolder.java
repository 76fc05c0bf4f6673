package org.ypsa.hub.adapter.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Moving committed mail out of the inbox into the mailbox's done folder: with IMAP MOVE (RFC 6851) where the server
 * offers it (Dovecot, Exchange Online, Gmail), so a mail is never in both folders; otherwise COPY, then the originals
 * flagged deleted and expunged (only them, by UID, where the server has UIDPLUS, RFC 4315).
 *
 * <p>The mails of one poll are moved together once the poll has ended, by UID on a freshly opened inbox: a move
 * during the poll would renumber the messages camel-mail still holds, and the next one read would be another mail.
 * A mail whose move fails (or a hub stopped before it) stays in the inbox; it is read again, finds its committed
 * decision, sends nothing and is moved then.
 */
final class DoneFolder {
    /** A committed mail, by the inbox's UIDVALIDITY and its UID. */
    record Committed(long uidValidity, long uid) {
    }

    private DoneFolder() {
    }

    /** The committed mail the exchange read, or null when its folder cannot say (it is then read again). */
    static Committed of(Message mail) {
        try {
            if (mail.getFolder() instanceof UIDFolder f) {
                return new Committed(f.getUIDValidity(), f.getUID(mail));
            }
        } catch (MessagingException | RuntimeException e) {
            // read again on the next poll, found committed, and moved then
        }
        return null;
    }

    /** Moves the committed mails still in {@code inbox} (open read-write) into {@code target}; returns how many. */
    static int move(Folder inbox, List<Committed> committed, String target) throws MessagingException {
        if (!(inbox instanceof IMAPFolder imap) || committed.isEmpty()) {
            return 0;
        }
        long validity = imap.getUIDValidity();
        long[] uids = committed.stream().filter(c -> c.uidValidity() == validity).mapToLong(Committed::uid).toArray();
        Message[] found = Arrays.stream(imap.getMessagesByUID(uids)).filter(Objects::nonNull).toArray(Message[]::new);
        if (found.length == 0) {
            return 0;
        }
        move(found, target, offersMove(inbox));
        return found.length;
    }

    static boolean offersMove(Folder folder) throws MessagingException {
        return folder.getStore() instanceof IMAPStore store && store.hasCapability("MOVE");
    }

    /** Moves {@code mails} into {@code target} (made when missing): MOVE when {@code useMove}, else COPY and expunge. */
    static void move(Message[] mails, String target, boolean useMove) throws MessagingException {
        Folder from = mails[0].getFolder();
        Folder to = from.getStore().getFolder(target);
        if (!to.exists()) {
            to.create(Folder.HOLDS_MESSAGES);
        }
        if (useMove && from instanceof IMAPFolder imap) {
            imap.moveMessages(mails, to);
            return;
        }
        from.copyMessages(mails, to);
        from.setFlags(mails, new Flags(Flags.Flag.DELETED), true);
        if (from instanceof IMAPFolder imap && from.getStore() instanceof IMAPStore store
                && store.hasCapability("UIDPLUS")) {
            imap.expunge(mails); // only these, not others someone flagged deleted
        }
        // else they stay flagged deleted until the folder is expunged: camel-mail skips a mail flagged deleted
    }

    static List<Committed> drain(List<Committed> pending) {
        synchronized (pending) {
            List<Committed> out = new ArrayList<>(pending);
            pending.clear();
            return out;
        }
    }
}
