package org.ypsa.hub.adapter.mail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.intake.InboundMail;

/**
 * An Outlook item attached to a mail (.msg): a social worker who drags the provider's email into a new one sends the
 * form inside it. Read with POI's HSMF, its body stands for the mail's when the mail has none of its own, and its
 * files are read as the mail's own (as a mail forwarded as message/rfc822 is). The .msg itself is kept too.
 */
final class OutlookMessage {
    private static final int MAX_DEPTH = 3;
    private static final int MAX_FILES = 50;

    /** What an Outlook item holds: its body (null when it has none) and its files. */
    record Unpacked(String body, List<InboundMail.Attachment> attachments) {
    }

    private OutlookMessage() {
    }

    static boolean is(String name, String type, byte[] bytes) {
        return FileMagic.valueOf(bytes) == FileMagic.OLE2 && (name != null && name.toLowerCase(Locale.ROOT).endsWith(".msg")
                || type.contains("vnd.ms-outlook"));
    }

    /** The item's body and files; empty when it cannot be read (it is kept as it came, for an admin). */
    static Optional<Unpacked> unpack(byte[] bytes) {
        try {
            List<InboundMail.Attachment> files = new ArrayList<>();
            MAPIMessage msg = new MAPIMessage(new ByteArrayInputStream(bytes));
            String body = body(msg);
            files(msg, files, 1);
            return Optional.of(new Unpacked(body, files));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String body(MAPIMessage msg) {
        try {
            return msg.getTextBody();
        } catch (ChunkNotFoundException e) {
            return null;
        }
    }

    private static void files(MAPIMessage msg, List<InboundMail.Attachment> out, int depth) {
        for (AttachmentChunks a : msg.getAttachmentFiles()) {
            if (out.size() >= MAX_FILES) {
                return;
            }
            if (a.isEmbeddedMessage() && depth < MAX_DEPTH) {
                try {
                    files(a.getEmbeddedMessage(), out, depth + 1);
                } catch (Exception e) {
                    // an embedded item that cannot be read adds nothing
                }
                continue;
            }
            byte[] data = a.getAttachData() == null ? null : a.getAttachData().getValue();
            if (data == null) {
                continue;
            }
            String name = a.getAttachLongFileName() != null ? a.getAttachLongFileName().getValue()
                    : a.getAttachFileName() != null ? a.getAttachFileName().getValue() : "attachment";
            String type = a.getAttachMimeTag() != null ? a.getAttachMimeTag().getValue() : "application/octet-stream";
            out.add(new InboundMail.Attachment(MailReader.safeName(name), type.toLowerCase(Locale.ROOT).strip(), data,
                    OriginalStore.sha256(data)));
        }
    }
}
