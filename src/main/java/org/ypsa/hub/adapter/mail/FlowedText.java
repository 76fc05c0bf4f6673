package org.ypsa.hub.adapter.mail;

import java.util.Locale;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

/**
 * Plain text sent as {@code format=flowed} (RFC 3676), as Thunderbird and other clients send it: a line ending in a
 * space was wrapped by the mail client, not by the person typing, and goes on on the next line. Read back, each such
 * line is joined with the next one at the same quote depth, so that a long "Label: value" line (or a label wrapped
 * before its colon) is one line again. Space-stuffing is undone; "-- " (the signature's separator) is never joined.
 */
final class FlowedText {

    private FlowedText() {
    }

    /** Whether a part's content type says its text is flowed. */
    private static boolean isFlowed(String contentType) {
        return "flowed".equalsIgnoreCase(parameter(contentType, "format"));
    }

    /** The text as the sender typed it, from a part whose content type is {@code contentType}. */
    static String unwrap(String text, String contentType) {
        if (text == null || !isFlowed(contentType)) {
            return text;
        }
        boolean delSp = "yes".equalsIgnoreCase(parameter(contentType, "delsp"));
        String[] lines = text.split("\r?\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1); // space-stuffed (or the space after a quote's marks)
            }
            if (paragraph != null && depth != paragraphDepth) {
                // a quote depth changed under a flowed line: the sender's client ended the paragraph there
                out.append(paragraph.toString().stripTrailing()).append('\n');
                paragraph = null;
            }
            boolean flowed = line.endsWith(" ") && !line.equals("-- ");
            String content = flowed && delSp ? line.substring(0, line.length() - 1) : line;
            if (paragraph == null) {
                paragraph = new StringBuilder(">".repeat(depth) + (depth > 0 ? " " : ""));
                paragraphDepth = depth;
            }
            paragraph.append(content);
            if (!flowed) {
                out.append(paragraph).append('\n');
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.append(paragraph).append('\n');
        }
        // the split added one line end after the text's last line
        return out.substring(0, Math.max(0, out.length() - 1));
    }

    private static String parameter(String contentType, String name) {
        if (contentType == null) {
            return null;
        }
        try {
            return new ContentType(contentType).getParameter(name.toLowerCase(Locale.ROOT));
        } catch (ParseException e) {
            return null;
        }
    }
}
