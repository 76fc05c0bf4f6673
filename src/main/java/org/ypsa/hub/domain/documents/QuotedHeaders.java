package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header of an earlier mail quoted or forwarded in a body ("From: Duty Team &lt;duty@council.test&gt;", then
 * "Sent:", "To:", "Cc:", "Subject:" or "Date:" lines) says who sent that mail and when, not what the form holds: its
 * lines are no labels of the form.
 */
final class QuotedHeaders {
    private static final Pattern FROM = Pattern.compile("(?i)^\\s*>?\\s*from\\s*:.*@.*");
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*>?\\s*(from|sent|date|to|cc|subject)\\s*:.*");

    private QuotedHeaders() {
    }

    /** Whether the line is one of a mail header's: "From:", "Sent:", "Date:", "To:", "Cc:" or "Subject:". */
    static boolean isHeaderLine(String line) {
        return HEADER.matcher(line).matches();
    }

    /** Whether a quoted mail header starts at line i: a "From:" line with an address and a header line after it. */
    static boolean startsAt(String[] lines, int i) {
        return FROM.matcher(lines[i]).matches() && i + 1 < lines.length && isHeaderLine(lines[i + 1]);
    }

    /** Whether line i is in a mail header: a header line with another header line before or after it. */
    static boolean inHeader(String[] lines, int i) {
        return isHeaderLine(lines[i]) && (i > 0 && isHeaderLine(lines[i - 1])
                || i + 1 < lines.length && isHeaderLine(lines[i + 1]));
    }

    /** The lines without each quoted mail header: a "From:" line with an address and the header lines after it. */
    static String[] without(String[] lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (startsAt(lines, i)) {
                while (i + 1 < lines.length && isHeaderLine(lines[i + 1])) {
                    i++;
                }
                continue;
            }
            out.add(lines[i]);
        }
        return out.toArray(String[]::new);
    }
}
