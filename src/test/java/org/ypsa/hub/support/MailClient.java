package org.ypsa.hub.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.ypsa.hub.adapter.mail.MailReader;
import org.ypsa.hub.domain.Reference;

/** A mail client for tests: sends raw .eml bytes over SMTP and reads mailboxes over IMAP, as a person's client would. */
public final class MailClient {
    public static final String PASSWORD = "ypsa-demo";
    private final String host;
    private final int smtpPort;
    private final int imapPort;
    private final Session session = Session.getInstance(new Properties());

    public MailClient(String host, int smtpPort, int imapPort) {
        this.host = host;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    /** Sends the bytes as they are (no header rewritten), to the hub's intake mailbox. */
    public void send(String eml, String to) {
        try {
            MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(eml.getBytes(StandardCharsets.ISO_8859_1)));
            try (Transport t = session.getTransport("smtp")) {
                t.connect(host, smtpPort, null, null);
                t.sendMessage(m, new Address[] {new InternetAddress(to)});
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test mail", e);
        }
    }

    /** Puts a mail straight into a mailbox with the given flags, as if a person had already opened it. */
    public void append(String user, String eml, Flags flags) {
        try (Store store = store(user)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(eml.getBytes(StandardCharsets.ISO_8859_1)));
            m.setFlags(flags, true);
            inbox.appendMessages(new Message[] {m});
            inbox.close(false);
        } catch (Exception e) {
            throw new IllegalStateException("could not append a test mail", e);
        }
    }

    public record Received(String from, String to, String subject, String text, String inReplyTo, String autoSubmitted,
            String messageId) {
    }

    public List<Received> inbox(String user) {
        return folder(user, "INBOX");
    }

    public List<Received> folder(String user, String name) {
        List<Received> out = new ArrayList<>();
        try (Store store = store(user)) {
            Folder f = store.getFolder(name);
            if (!f.exists()) {
                return out;
            }
            f.open(Folder.READ_ONLY);
            for (Message m : f.getMessages()) {
                if (m.isSet(Flags.Flag.DELETED)) {
                    continue;
                }
                Object content = m.getContent();
                String text = content instanceof String s ? s : "";
                out.add(new Received(m.getFrom() == null ? null : ((InternetAddress) m.getFrom()[0]).getAddress(),
                        m.getRecipients(Message.RecipientType.TO) == null ? null
                                : ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress(),
                        m.getSubject(), text, header(m, "In-Reply-To"), header(m, "Auto-Submitted"),
                        header(m, "Message-ID")));
            }
            f.close(false);
        } catch (Exception e) {
            throw new IllegalStateException("could not read mailbox " + name, e);
        }
        return out;
    }

    /** The hub's reference of every mail in the user's INBOX, from its raw bytes as the hub computes it. */
    public Set<String> references(String user) {
        Set<String> out = new LinkedHashSet<>();
        try (Store store = store(user)) {
            Folder f = store.getFolder("INBOX");
            f.open(Folder.READ_ONLY);
            for (Message m : f.getMessages()) {
                if (!m.isSet(Flags.Flag.DELETED)) {
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    m.writeTo(raw);
                    out.add(Reference.of(MailReader.dedupKey(raw.toByteArray())));
                }
            }
            f.close(false);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the INBOX of " + user, e);
        }
        return out;
    }

    private static String header(Message m, String name) throws jakarta.mail.MessagingException {
        String[] v = m.getHeader(name);
        return v == null ? null : v[0];
    }

    private Store store(String user) throws jakarta.mail.MessagingException {
        Store store = session.getStore("imap");
        store.connect(host, imapPort, user, PASSWORD);
        return store;
    }
}
