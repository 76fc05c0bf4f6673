package org.ypsa.hub.adapter.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.intake.InboundMail;

/**
 * Turns a mail from the server into the domain's {@link InboundMail}. Reading from the server may fail
 * transiently (and is retried); parsing the bytes never throws: what cannot be read is left out.
 */
public final class MailReader {
    private static final int MAX_DEPTH = 8;
    private static final int MAX_PARTS = 200;
    private static final Session SESSION = Session.getInstance(new Properties());

    private MailReader() {
    }

    /** The raw mail up to the limit; over it, only its first 64 KB, marked truncated. */
    private static Raw capped(Message mail, long maxBytes, Instant received) throws MessagingException, IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        java.io.OutputStream cap = new java.io.FilterOutputStream(buf) {
            @Override
            public void write(int b) throws IOException {
                if (buf.size() > maxBytes) {
                    throw new java.io.EOFException("over the limit");
                }
                buf.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (buf.size() + len > maxBytes) {
                    throw new java.io.EOFException("over the limit");
                }
                buf.write(b, off, len);
            }
        };
        try {
            mail.writeTo(cap);
            return new Raw(buf.toByteArray(), false, received);
        } catch (java.io.EOFException e) {
            byte[] all = buf.toByteArray();
            return new Raw(java.util.Arrays.copyOf(all, Math.min(all.length, 65_536)), true, received);
        }
    }

    /** The raw bytes as the server holds them, or only the headers when the mail is over the limit. */
    public record Raw(byte[] bytes, boolean truncated, Instant receivedAt) {
    }

    public static Raw fetch(Message mail, long maxBytes, Instant fallbackReceived) throws MessagingException, IOException {
        Instant received;
        int size;
        try {
            received = mail.getReceivedDate() != null ? mail.getReceivedDate().toInstant() : fallbackReceived;
            size = mail.getSize();
        } catch (jakarta.mail.FolderClosedException | jakarta.mail.StoreClosedException e) {
            throw e; // the connection, not the mail: try again on the next poll
        } catch (MessagingException e) {
            // The server cannot describe this mail (its envelope does not parse): read it as raw bytes, capped.
            return capped(mail, maxBytes, fallbackReceived);
        }
        if (size > maxBytes) {
            ByteArrayOutputStream headers = new ByteArrayOutputStream();
            Enumeration<String> lines = ((MimeMessage) mail).getAllHeaderLines();
            while (lines.hasMoreElements()) {
                headers.write((lines.nextElement() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            headers.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            return new Raw(headers.toByteArray(), true, received);
        }
        byte[] whole = whole(mail);
        if (whole != null) {
            return new Raw(whole, false, received);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024));
        mail.writeTo(out);
        return new Raw(out.toByteArray(), false, received);
    }

    /**
     * Asks the server in one round trip for what camel-mail and the hub need before a mail is read: UID, flags,
     * size and arrival time (each would be a round trip of its own), for this mail and the next {@code ahead}
     * (Jakarta Mail keeps them, and asks again only for what it does not have). Not the envelope: a server that
     * cannot parse a mail fails on that. Connection failures are thrown (try again on the next poll); anything
     * else leaves the values to be asked one by one.
     */
    public static void prefetch(Message mail, int ahead) throws MessagingException {
        if (!(mail.getFolder() instanceof IMAPFolder folder) || !folder.isOpen()) {
            return;
        }
        FetchProfile fp = new FetchProfile();
        fp.add(UIDFolder.FetchProfileItem.UID);
        fp.add(FetchProfile.Item.FLAGS);
        fp.add(FetchProfile.Item.SIZE);
        fp.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        try {
            int n = mail.getMessageNumber();
            int last = Math.min(folder.getMessageCount(), n + ahead);
            folder.fetch(last > n ? folder.getMessages(n, last) : new Message[] {mail}, fp);
        } catch (jakarta.mail.FolderClosedException | jakarta.mail.StoreClosedException e) {
            throw e;
        } catch (MessagingException | RuntimeException e) {
            // asked one by one instead
        }
    }

    /** The whole mail as the server stores it, in one round trip (BODY.PEEK[]: not marked read), or null. */
    private static byte[] whole(Message mail) throws MessagingException {
        if (!(mail.getFolder() instanceof IMAPFolder folder) || !(mail instanceof IMAPMessage m)) {
            return null;
        }
        try {
            return (byte[]) folder.doCommand(protocol -> {
                BODY body = protocol.peekBody(m.getMessageNumber(), "");
                return body == null || body.getByteArray() == null ? null : body.getByteArray().getNewBytes();
            });
        } catch (jakarta.mail.FolderClosedException | jakarta.mail.StoreClosedException e) {
            throw e;
        } catch (MessagingException | RuntimeException e) {
            return null; // read in parts instead
        }
    }

    public static InboundMail parse(byte[] raw, String mailbox, Instant receivedAt) {
        MimeMessage m;
        try {
            m = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            return new InboundMail(mailbox, null, null, "", receivedAt, "", List.of(), false);
        }
        String from = firstAddress(m);
        String subject = safe(() -> m.getSubject());
        String messageId = safe(() -> m.getMessageID());
        Collector c = new Collector();
        try {
            c.walk(m, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            // A broken part ends the walk; what was read before it is kept.
        }
        String body = c.body();
        return new InboundMail(mailbox, messageId, from, subject == null ? "" : subject, receivedAt, body,
                c.attachments, isAutoGenerated(m, from));
    }

    /**
     * Whether the council's own mail server (its authserv-id) recorded dmarc=pass for this mail: the topmost
     * Authentication-Results header carrying that id decides (RFC 8601; the server must strip such headers from
     * incoming mail, as RFC 8601 section 5 requires).
     */
    public static boolean dmarcPass(byte[] raw, String authservId) {
        try {
            jakarta.mail.internet.InternetHeaders h = new jakarta.mail.internet.InternetHeaders(
                    new java.io.ByteArrayInputStream(raw));
            String[] results = h.getHeader("Authentication-Results");
            if (results == null) {
                return false;
            }
            for (String r : results) {
                String v = r.replaceAll("\\s+", " ").trim();
                int semi = v.indexOf(';');
                String id = (semi < 0 ? v : v.substring(0, semi)).trim().split(" ")[0];
                if (id.equalsIgnoreCase(authservId)) {
                    return semi >= 0 && java.util.regex.Pattern.compile("(?i)(^|[;\\s])dmarc=pass\\b")
                            .matcher(v.substring(semi + 1)).find();
                }
            }
            return false;
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The de-duplication key: a SHA-256 over the headers a sender's client sets once (Message-ID, From,
     * To, Date, Subject) and the SHA-256 of the body, so a forged Message-ID alone matches nothing,
     * while the same mail redelivered or seen again after a restart gets the same key.
     */
    public static String dedupKey(byte[] raw) {
        int split = headerEnd(raw);
        StringBuilder sb = new StringBuilder("ypsa-dedup-v1\n");
        try {
            MimeMessage m = new MimeMessage(SESSION, new ByteArrayInputStream(raw, 0, split));
            for (String h : new String[] {"Message-ID", "From", "To", "Date", "Subject"}) {
                String v = m.getHeader(h, ",");
                sb.append(h).append(':').append(v == null ? "" : v.replaceAll("\\s+", " ").trim()).append('\n');
            }
        } catch (MessagingException e) {
            sb.append(new String(raw, 0, split, StandardCharsets.ISO_8859_1));
        }
        sb.append(OriginalStore.sha256(canonicalBody(raw, split)));
        return OriginalStore.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Mail servers may change line endings and the final blank lines in transit: neither counts. */
    private static byte[] canonicalBody(byte[] raw, int from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length - from);
        for (int i = from; i < raw.length; i++) {
            if (raw[i] != '\r') {
                out.write(raw[i]);
            }
        }
        byte[] b = out.toByteArray();
        int end = b.length;
        while (end > 0 && (b[end - 1] == '\n' || b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        return java.util.Arrays.copyOf(b, end);
    }

    private static int headerEnd(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && raw[i + 1] == '\n') {
                return i + 2;
            }
            if (i + 3 < raw.length && raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                return i + 4;
            }
        }
        return raw.length;
    }

    private static final class Collector {
        String plain;
        String html;
        final List<InboundMail.Attachment> attachments = new ArrayList<>();
        /** The mails attached whole, each as its header's lines and its body. */
        final List<String> forwarded = new ArrayList<>();
        int parts;

        /** The mail's own body, then each mail it forwards as an attachment, as a mail forwarded inline shows it. */
        String body() {
            String own = HtmlText.bodyOf(html, plain);
            if (forwarded.isEmpty()) {
                return own;
            }
            StringBuilder b = new StringBuilder(own.stripTrailing());
            for (String f : forwarded) {
                b.append(b.isEmpty() ? "" : "\n\n").append(f);
            }
            return b.toString();
        }

        void walk(Part p, int depth) throws MessagingException, IOException {
            if (depth > MAX_DEPTH || ++parts > MAX_PARTS) {
                return;
            }
            String type = lower(p.getContentType());
            String name = fileName(p);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) || name != null;
            if (type.startsWith("multipart/")) {
                Object content = p.getContent();
                if (content instanceof Multipart mp) {
                    for (int i = 0; i < mp.getCount(); i++) {
                        BodyPart bp = mp.getBodyPart(i);
                        walk(bp, depth + 1);
                    }
                }
                return;
            }
            if (type.startsWith("message/rfc822")) {
                // a mail forwarded as an attachment ("Forward as attachment"): its files are read, and its body as
                // a mail forwarded inline is, under its own header, after the forwarder's note
                Object content = p.getContent();
                if (content instanceof Part inner) {
                    Collector original = new Collector();
                    original.parts = parts;
                    try {
                        original.walk(inner, depth + 1);
                    } finally {
                        // a broken part of the original ends the walk, but what was read of it before is kept
                        parts = original.parts;
                        attachments.addAll(original.attachments);
                        String text = original.body();
                        if (!text.isBlank()) {
                            forwarded.add(forwardedHeader(inner) + text);
                        }
                    }
                }
                return;
            }
            if (!attachment && type.startsWith("text/plain") && plain == null) {
                plain = FlowedText.unwrap(text(p), p.getContentType());
                return;
            }
            if (!attachment && type.startsWith("text/html") && html == null) {
                html = text(p);
                return;
            }
            if (attachment || !type.startsWith("text/")) {
                byte[] bytes;
                try (InputStream in = p.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                String safeName = name == null ? "attachment" : name;
                attachments.add(new InboundMail.Attachment(safeName, baseType(type), bytes, OriginalStore.sha256(bytes)));
                if (OutlookMessage.is(name, type, bytes)) {
                    OutlookMessage.unpack(bytes).ifPresent(item -> {
                        if (plain == null && html == null && item.body() != null) {
                            plain = item.body();
                        }
                        attachments.addAll(item.attachments());
                    });
                }
            }
        }
    }

    /** The header lines a mail client writes over a mail it forwards inline (Gmail's), from the attached mail's own. */
    private static String forwardedHeader(Part inner) {
        StringBuilder h = new StringBuilder("---------- Forwarded message ---------\n");
        if (inner instanceof MimeMessage m) {
            for (String name : new String[] {"From", "Date", "Subject", "To", "Cc"}) {
                String v = header(m, name);
                if (v != null && !v.isBlank()) {
                    try {
                        v = MimeUtility.decodeText(v);
                    } catch (IOException | RuntimeException ignored) {
                        // keep the encoded form
                    }
                    h.append(name).append(": ").append(v.replaceAll("\\s+", " ").strip()).append('\n');
                }
            }
        }
        return h.append('\n').toString();
    }

    /** The file name without any path a sender put in it ("../../etc/passwd" becomes "passwd"). */
    static String fileName(Part p) {
        String name;
        try {
            name = p.getFileName();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
        if (name == null) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (IOException | RuntimeException ignored) {
            // keep the encoded form
        }
        return safeName(name);
    }

    /** A file name without any path a sender put in it, nor control characters. */
    static String safeName(String name) {
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").trim();
        return name.isEmpty() || name.equals("..") || name.equals(".") ? "attachment" : name;
    }

    private static String text(Part p) throws MessagingException, IOException {
        try {
            Object c = p.getContent();
            if (c instanceof String s) {
                return s;
            }
        } catch (IOException | RuntimeException e) {
            // an unknown or wrong charset: fall back below
        }
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.readAllBytes();
        }
        return decodeLeniently(bytes);
    }

    static String decodeLeniently(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean isAutoGenerated(MimeMessage m, String from) {
        String auto = header(m, "Auto-Submitted");
        if (auto != null && !auto.trim().equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = header(m, "Precedence");
        if (precedence != null && precedence.trim().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return true;
        }
        if (header(m, "X-Autoreply") != null || header(m, "X-Autorespond") != null) {
            return true;
        }
        if (from == null) {
            return true;
        }
        String local = from.substring(0, Math.max(0, from.indexOf('@'))).toLowerCase(Locale.ROOT);
        return local.equals("mailer-daemon") || local.equals("postmaster") || local.startsWith("noreply")
                || local.startsWith("no-reply");
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, ",");
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String firstAddress(MimeMessage m) {
        try {
            // Exactly one sender: "returns@provider.test, attacker@evil.test" is a spoof, not a provider.
            Address[] from = m.getFrom();
            if (from != null && from.length == 1 && from[0] instanceof InternetAddress ia && ia.getAddress() != null) {
                return ia.getAddress().trim().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException | RuntimeException e) {
            // fall through: a mail with no readable sender
        }
        return null;
    }

    private interface Io<T> {
        T get() throws MessagingException;
    }

    private static <T> T safe(Io<T> io) {
        try {
            return io.get();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String lower(String s) {
        return s == null ? "text/plain" : s.toLowerCase(Locale.ROOT);
    }

    private static String baseType(String type) {
        try {
            return new ContentType(type).getBaseType().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return "application/octet-stream";
        }
    }
}
