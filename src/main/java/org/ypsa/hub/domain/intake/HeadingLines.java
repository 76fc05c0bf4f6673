package org.ypsa.hub.domain.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's heading: its first few lines that are short enough to be one. Intake reads a form's title and the
 * police's information heading there, {@link MediationNotices} a notice's mediation heading.
 */
final class HeadingLines {
    /** How many of a document's first lines may be its heading (a greeting and a subject line may come first). */
    private static final int HEADING_LINES = 4;

    private HeadingLines() {
    }

    /** The document's first lines that are short enough to be its heading. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int seen = 0;
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() <= 90) {
                out.add(l);
            }
            if (++seen >= HEADING_LINES) {
                break;
            }
        }
        return out;
    }
}
