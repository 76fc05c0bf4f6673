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
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*>?\\s*(sent|date|to|cc|subject)\\s*:.*");

    private QuotedHeaders() {
    }

    /** The lines without each quoted mail header: a "From:" line with an address and the header lines after it. */
    static String[] without(String[] lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (FROM.matcher(lines[i]).matches() && i + 1 < lines.length && HEADER.matcher(lines[i + 1]).matches()) {
                while (i + 1 < lines.length && HEADER.matcher(lines[i + 1]).matches()) {
                    i++;
                }
                continue;
            }
            out.add(lines[i]);
        }
        return out.toArray(String[]::new);
    }
}
