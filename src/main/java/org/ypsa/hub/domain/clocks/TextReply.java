package org.ypsa.hub.domain.clocks;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.notify.PhoneNumber;

/**
 * A text sent back to the hub's Notify number: "ACK YPSA-XXXXX-XXXXX", or any word staff open an email reply with
 * (the directory's replies, recognised as for email), and the reference in any order. A word that needs a date
 * (MOVED IN) is for email only.
 */
public final class TextReply {
    private TextReply() {
    }

    /** The reply a text makes, or empty when it quotes no reference or opens with no reply word. */
    public static Optional<StaffReply> parse(Directory directory, String text, PhoneNumber from) {
        String t = text == null ? "" : text.strip();
        Matcher ref = org.ypsa.hub.domain.Reference.PATTERN.matcher(t.toUpperCase(Locale.ROOT));
        if (!ref.find()) {
            return Optional.empty();
        }
        String words = (t.substring(0, ref.start()) + " " + t.substring(ref.end())).strip();
        return directory.replyWordIn(words).map(java.util.Map.Entry::getKey).filter(w -> !w.needsDate())
                .map(w -> new StaffReply(ref.group(), w.word(), w.closes(), w.starts(), w.tellReferrer(), null,
                        from.asRecipient()));
    }
}
