package org.ypsa.hub.domain.documents;

import java.util.Arrays;
import java.util.regex.Matcher;
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
                    // the template's boxes by their look: "Please type in the grey boxes.", "Complete the shaded areas."
                    + "|.*\\b(?:the|these|all) (?:grey|gray|shaded|white|blank|coloured|yellow) (?:boxes|box|areas|fields|cells|sections)\\b.*"
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
        return l.endsWith(".") && l.split("\\s+").length >= 5 && !l.contains("\t")
                && ((!isLabelAndValue(l) || instructionsAroundAColon(l))
                        && (ABOUT_THE_FORM.matcher(l).matches() || TELLS_WHAT_TO_WRITE.matcher(l).matches())
                        || isLabelAndValue(l) && aRuleForAKindOfForm(l));
    }

    /** The sentence about the form before the colon, at least a subject and a verb, and what to do after it. */
    private static boolean instructionsAroundAColon(String l) {
        int colon = l.indexOf(':');
        String before = l.substring(0, colon).strip();
        String after = l.substring(colon + 1).strip();
        return before.split("\\s+").length >= 3 && ABOUT_THE_FORM.matcher(before).matches()
                && WHAT_TO_DO_NEXT.matcher(after).matches();
    }

    /** The forms of a kind, before a colon: "Non-emergency referrals", "All referrals", "Emergency submissions". */
    private static final Pattern KIND_OF_FORM = Pattern.compile("(?i)(?:(?:all|emergency|non-emergency|non emergency|planned|"
            + "urgent|new|mash)\\s+)*(?:referrals|submissions|forms|notifications)");
    /** A rule a form's notes state: "must have been offered before referral", "should include the LCS number". */
    private static final Pattern RULE = Pattern.compile("(?i).*\\b(?:must|should|needs? to|has to|have to)\\s+(?:not\\s+)?"
            + "(?:have been|be|include|complete|attach|come|go|state)\\b.*");

    /**
     * A rule for a kind of the form, stated after it with a colon ("Non-emergency referrals: a Family Group Conference
     * must have been offered before referral."): the form's notes, not the referral type and its answer.
     */
    private static boolean aRuleForAKindOfForm(String l) {
        int colon = l.indexOf(':');
        return KIND_OF_FORM.matcher(l.substring(0, colon).strip()).matches() && RULE.matcher(l.substring(colon + 1)).matches();
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

    /** A part of a person's name as a form asks for it: "first name", "SURNAME", "forename(s)", "family name". */
    private static final String NAME_PART = "(?:(?:first|given|middle|last|family)\\s+names?|fore-?names?(?:\\(s\\))?|surnames?)";
    /** The verbs a form asks for an answer with, after a condition: "If no, state ...", "If NFA, say where ...". */
    private static final String ASKS = "say|state|give|describe|tell\\s+us|write|list|explain|add|provide|enter|include|put"
            + "|name|specify|attach|leave|use|record|note";
    /**
     * A line printed under a label telling its writer how to answer, full stop or not: leave it blank when it does not
     * apply ("Leave blank if not known to social care"), a rule the answer must meet ("Must be aged 16-24 on the date
     * the bed is needed"), what to write if a condition holds ("If no, state the safeguarding basis", "If no fixed
     * abode, say where they slept last night"), what kind of answer to give and not ("Give a date, not ASAP", "Write
     * the full name, not initials"), how much ("Give as much detail as you can"), examples ("e.g. s.20, s.31"), or the
     * order of a name's parts in brackets ("(first name, SURNAME)", "(Surname / Forename)").
     */
    private static final Pattern TELLS_THE_WRITER = Pattern.compile("(?iu)^(?:note:\\s*|nb:?\\s*|\\(\\s*)?(?:"
            + "(?:please\\s+)?leave\\s+(?:this\\s+|it\\s+)?(?:blank|empty)\\b"
            + "|(?:it\\s+|they\\s+|the\\s+(?:yp|young\\s+person|date|answer)\\s+)?(?:must|should|has\\s+to|needs?\\s+to)\\s+be"
            + "\\s+(?:aged|over|under|between|at\\s+least|no\\s+(?:more|later|earlier|older|younger)|in\\s+the\\s+(?:future|past)"
            + "|a\\s+(?:date|valid|full)|completed|filled|dated|given|\\d)\\b"
            + "|if\\s+[^,.;:]{1,40},\\s*(?:please\\s+)?(?:" + ASKS + ")\\b"
            + "|(?:please\\s+)?(?:give|write|enter|put|use|state)\\s+(?:a|an|the|their|your|full)\\s+(?:\\p{L}+\\s+)?\\p{L}+\\s*[,;\u2013-]?"
            + "\\s*(?:not|rather\\s+than|never|in\\s+full|if\\s+known|only)\\b"
            + "|(?:please\\s+)?give\\s+as\\s+much\\s+(?:detail|information)\\b"
            + "|(?<=\\()" + NAME_PART + "\\s*(?:,|/|\\bthen\\b|\\band\\b)?\\s*" + NAME_PART + "\\s*\\)$"
            + "|e\\.\\s?g\\.?\\s|for\\s+example\\s*[:,]"
            // what the service does with a form not answered so: "Non-emergency referrals will not be accepted without ..."
            + "|(?:[\\p{L}-]+\\s+){0,2}(?:referrals?|forms?|requests?|applications?|submissions?)\\s+(?:will|can|cannot|can't|won't|may|are|is)"
            + "(?:\\s+not)?\\s+(?:be\\s+)?(?:accepted|considered|processed|returned|progressed|rejected)\\b)");

    /**
     * Whether the line only tells its writer how to answer the label over it ({@link #TELLS_THE_WRITER}), or is a
     * sentence of guidance ({@link #isGuidance}): printed by the form under a label, never the answer. A line holding
     * a colon with words after it is a label and its answer ("If no, state why: she lives with her aunt").
     */
    static boolean tellsTheWriter(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        if (l.isEmpty() || l.contains("\n") || l.matches(".*:\\s*\\S.*") && !l.matches("(?i)^(?:note|nb):.*")) {
            return false;
        }
        return TELLS_THE_WRITER.matcher(l).find() || isGuidance(l);
    }

    /**
     * The answer without the lines over it that tell its writer how to answer ({@link #tellsTheWriter}): "Must be
     * aged 16-24 on the date the bed is needed" over "19/4/2003" is 19/4/2003. As written when nothing follows them:
     * a hint alone is left for whoever reads the value to refuse.
     */
    static String withoutGuidanceOver(String value) {
        if (value == null || !value.contains("\n")) {
            return value;
        }
        String[] lines = value.strip().split("\\R");
        int first = 0;
        while (first < lines.length - 1 && tellsTheWriter(lines[first])) {
            first++;
        }
        if (first == 0) {
            return value;
        }
        String rest = String.join("\n", Arrays.copyOfRange(lines, first, lines.length)).strip();
        return rest.isEmpty() ? value : rest;
    }

    /**
     * A cell's label without the lines under it that tell its writer how to answer ({@link #tellsTheWriter}): "Date of
     * birth:" over "Must be aged 16-24 on the date the bed is needed" is the label "Date of birth:", its answer still to
     * come. As written unless every line after the first is such a hint.
     */
    static String labelOverHints(String cell) {
        String[] lines = cell == null ? new String[0] : cell.strip().split("\\s*\\R\\s*");
        if (lines.length < 2 || tellsTheWriter(lines[0]) || !lines[0].matches(".*\\p{L}.*")) {
            return cell;
        }
        for (int i = 1; i < lines.length; i++) {
            if (!tellsTheWriter(lines[i])) {
                return cell;
            }
        }
        return lines[0];
    }

    /** Where a hint's paragraph may have been run onto its label's with no space: "MosaicLeave", "move?What", "none?e.g.". */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll}?)])(?=\\p{Lu}|e\\.g\\.)|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    /**
     * A label with the hint printed under it run on with no space, as a Word cell's two paragraphs are read ("Person
     * number on LCS / MosaicLeave blank if not known to social care", "What has happened?What has changed? Why can't
     * the young person remain at home?"): the label alone. As written when no such hint ends it.
     */
    static String withoutGluedHint(String label) {
        if (label == null || label.contains("\n")) {
            return label;
        }
        Matcher m = GLUED.matcher(label);
        while (m.find()) {
            String head = label.substring(0, m.start()).strip();
            String rest = label.substring(m.start()).strip();
            if (head.split("\\s+").length >= 2 && (tellsTheWriter(rest) || asksSeveralQuestions(rest))) {
                return head;
            }
        }
        return label;
    }

    /**
     * Two questions or more, ending in one, under a label: what to cover in the answer ("What has changed? Why can't
     * the young person remain at home?"), the form's prompt. A label asks one question.
     */
    static boolean asksSeveralQuestions(String text) {
        String c = text == null ? "" : text.strip();
        return !c.contains("\n") && c.endsWith("?") && c.chars().filter(ch -> ch == '?').count() >= 2
                && c.split("\\s+").length <= 25 && !c.matches("(?s).*[.!].*");
    }

    /** Whether the text holds words and every line of it tells its writer how to answer ({@link #tellsTheWriter}). */
    static boolean onlyHints(String text) {
        String[] lines = text == null ? new String[0] : text.strip().split("\\s*\\R\\s*");
        return lines.length > 0 && !lines[0].isEmpty() && Arrays.stream(lines).allMatch(GuidanceNotes::tellsTheWriter);
    }

    /** The lines without the form's guidance notes. */
    static String[] without(String[] lines) {
        return Arrays.stream(lines).filter(l -> !isGuidance(l)).toArray(String[]::new);
    }
}
