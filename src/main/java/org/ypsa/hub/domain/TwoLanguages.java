package org.ypsa.hub.domain;

import java.util.regex.Pattern;

/**
 * Text written in two languages, as a bilingual form writes it: the halves either side of a spaced slash ("Swydd y
 * gweithiwr / Worker's post", "4ydd Rhagfyr 2026 / Friday 4th December 2026"). An unspaced slash is no second language
 * ("Y/N", "SW/PA"). The one place the hub splits a label, an answer or a line into its languages.
 */
public final class TwoLanguages {
    private static final Pattern SPACED_SLASH = Pattern.compile("\\s+/\\s+");

    private TwoLanguages() {
    }

    /** The halves either side of each spaced slash; the text alone when it has none. */
    public static String[] halves(String text) {
        return SPACED_SLASH.split(text, -1);
    }

    /**
     * The last half of the text before {@code end}: in "Dargyfeirio - teulu / Diversion explored: Aunt", the label
     * before the colon is read by its last language, "Diversion explored". -1 when no spaced slash comes before end.
     */
    public static int lastHalfStart(String text, int end) {
        int slash = text.lastIndexOf(" / ", end);
        return slash < 0 ? -1 : slash + 3;
    }
}
