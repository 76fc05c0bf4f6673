package org.ypsa.hub.domain.documents;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A form's printed guidance under its headings ("Use this form only for young people aged 16 and 17.", "Give the
 * young person's name as on the referral.", "Send within 24 hours. Ring 999 first if anyone is in danger now.") is
 * written to whoever fills it in: a sentence about the form itself, or
 * one telling the reader what to write. It is neither a label nor an answer.
 */
final class GuidanceNotes {
    private static final Pattern ABOUT_THE_FORM = Pattern.compile(
            "(?i).*\\b(this|the) (form|section|box|page)\\b.*");
    private static final Pattern TELLS_WHAT_TO_WRITE = Pattern.compile(
            "(?i)^(note:\\s*|guidance:\\s*)?(use|only use|do not use|don't use|leave|give|tell us|describe|say|write"
                    + "|stick to|be specific|all boxes|fill|send|ring|submit)\\b.*");

    private GuidanceNotes() {
    }

    /** A whole sentence of five words or more, ending in a full stop, about the form or telling what to write. */
    static boolean isGuidance(String line) {
        String l = line.replace('\u00a0', ' ').strip();
        return l.endsWith(".") && !isLabelAndValue(l) && l.split("\\s+").length >= 5 && !l.contains(":\t") && !l.contains("\t")
                && (ABOUT_THE_FORM.matcher(l).matches() || TELLS_WHAT_TO_WRITE.matcher(l).matches());
    }

    private static final Pattern LABEL_COLON = Pattern.compile("^([^:.?]{1,60}):\\s+\\S.*");
    private static final Pattern NOTE = Pattern.compile("(?i)\\s*(note|notes|guidance|please note|nb)\\s*");

    /**
     * "Describe the incident in full: Idris was kept in hospital." is a label and its answer, not guidance: a colon
     * after a few words with an answer after it, unless the words before it are "Note" or "Guidance".
     */
    private static boolean isLabelAndValue(String l) {
        java.util.regex.Matcher m = LABEL_COLON.matcher(l);
        return m.matches() && m.group(1).split("\\s+").length <= 10 && !NOTE.matcher(m.group(1)).matches();
    }

    /** The lines without the form's guidance notes. */
    static String[] without(String[] lines) {
        return Arrays.stream(lines).filter(l -> !isGuidance(l)).toArray(String[]::new);
    }
}
