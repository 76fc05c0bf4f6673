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
    /** How a template tells its reader to fill it in: "click in a box", "tap to tick", "complete the grey boxes". */
    private static final String WHAT_TO_DO = "click|tap|double-click|press|(complete|tick|choose|select) (the|this|all|each|every|an?|one|any)";
    /**
     * A sentence about the form itself: "this form", "the section", and, in a long council form's notes, its parts in
     * the plural ("All sections must be completed by the referring worker.", "Boxes expand as you type.").
     */
    private static final Pattern ABOUT_THE_FORM = Pattern.compile(
            "(?i).*\\b(this|the) (form|section|box|page|template|document)\\b.*"
                    + "|(?:(?:all|each|every|these|the) )?(?:sections|boxes|questions|fields|pages) "
                    + "(?:must|should|will|can|may|expand|are|have)\\b.*");
    private static final Pattern TELLS_WHAT_TO_WRITE = Pattern.compile(
            "(?i)^(note:\\s*|guidance:\\s*)?(use|only use|do not use|don't use|leave|give|tell us|describe|say|write"
                    + "|stick to|be specific|all boxes|fill|send|ring|submit|" + WHAT_TO_DO + ")\\b.*");
    private static final Pattern WHAT_TO_DO_NEXT = Pattern.compile("(?i)^(" + WHAT_TO_DO + ")\\b.*");

    private GuidanceNotes() {
    }

    /**
     * A whole sentence of five words or more, ending in a full stop, about the form or telling what to write; with a
     * colon in it too when the words before it are a sentence about the form or those after it tell the reader what
     * to do ("This template uses content controls: click in a box to type."), which no label and answer are.
     */
    static boolean isGuidance(String line) {
        String l = line.replace('\u00a0', ' ').strip();
        return l.endsWith(".") && (!isLabelAndValue(l) || instructionsAroundAColon(l)) && l.split("\\s+").length >= 5
                && !l.contains(":\t") && !l.contains("\t")
                && (ABOUT_THE_FORM.matcher(l).matches() || TELLS_WHAT_TO_WRITE.matcher(l).matches());
    }

    /** The sentence about the form before the colon, at least a subject and a verb, and what to do after it. */
    private static boolean instructionsAroundAColon(String l) {
        int colon = l.indexOf(':');
        String before = l.substring(0, colon).strip();
        String after = l.substring(colon + 1).strip();
        return before.split("\\s+").length >= 3 && ABOUT_THE_FORM.matcher(before).matches()
                && WHAT_TO_DO_NEXT.matcher(after).matches();
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

    /**
     * Where a form sends its reader to read how to answer, in brackets at a label's end: "(see guidance notes)",
     * "(refer to notes)", "(see guidance)", "(please see the notes overleaf)".
     */
    private static final Pattern POINTER = Pattern.compile(
            "(?i)(.*?)\\s*\\(\\s*(?:please\\s+)?(?:see|refer\\s+to|read|check)\\s+(?:the\\s+)?(?:guidance(?:\\s+notes?)?|notes?"
                    + "|instructions)(?:\\s+(?:overleaf|below|above|attached|on\\s+page\\s+\\d+))?\\s*\\)[\\s:*]*");

    /**
     * A label's words ending in a pointer to the form's guidance ("REFERRING OFFICER (SEE GUIDANCE NOTES)", "Key
     * support needs (refer to notes)") are the label's, never its answer: at most four words before the pointer, with
     * no digit, or none at all. The answer is still to come.
     */
    static boolean pointsToGuidance(String value) {
        java.util.regex.Matcher m = POINTER.matcher(value.replace('\u00a0', ' ').strip());
        if (!m.matches()) {
            return false;
        }
        String before = m.group(1).strip();
        return before.isEmpty() || !before.matches(".*\\d.*") && before.split("\\s+").length <= 4;
    }

    /** The lines without the form's guidance notes. */
    static String[] without(String[] lines) {
        return Arrays.stream(lines).filter(l -> !isGuidance(l)).toArray(String[]::new);
    }
}
