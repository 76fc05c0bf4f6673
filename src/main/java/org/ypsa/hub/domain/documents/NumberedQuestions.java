package org.ypsa.hub.domain.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of a form numbered one after another ("1 Sharing agency", "2) Date of birth", "Q3 Your role"), found
 * by their numbers running on: a line opening with the next number (or the one after, a question missed) and a
 * capital is the next question, even a bare number ("2 Worker completing the submission") that elsewhere could open
 * an address - but never a house number and its street ("4 Old Mill Court"), a line with a postcode, or a section's
 * heading over labels of their own ("1) YOUNG PERSON", "2. Referrer"). On such a form a numbered line whose
 * number goes back ("1. she left at 10pm" under question 11) is a list inside the answer above it, not a question:
 * the answer's. Lines are read as
 * {@link TextFields} gives them; a form with fewer than {@value #LEAST} questions in a row is not numbered this way,
 * and its lines are read as ever.
 */
record NumberedQuestions(boolean[] questions, boolean[] listed, boolean inSequence) {
    /** The fewest questions numbered one after another that make a numbered form. */
    private static final int LEAST = 3;

    /** A question's whole number before its words: "7 ", "7. ", "7) ", "Q7 ", "Q.7 ", "Question 7: ". */
    private static final Pattern WHOLE_NUMBER = Pattern.compile(
            "^\\s*(?:(?i:q|question)\\.?\\s*)?(\\d{1,2})(?:[.):]\\s*|\\s+)(\\S.*)$");

    /** A house number's street ("4 Old Mill Court, Banbury") or a postcode in the line: an address, no question. */
    private static final Pattern ADDRESS = Pattern.compile("^(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?:Road|Rd|Street|St|Lane|"
            + "Close|Court|Way|Row|Walk|Avenue|Ave|Drive|Crescent|Place|Terrace|Gardens|Grove|Square|Mews|Rise)\\b.*"
            + "|.*\\b\\p{Lu}{1,2}\\d[\\p{Lu}\\d]?\\s*\\d\\p{Lu}{2}\\b.*");

    static NumberedQuestions of(String[] lines) {
        boolean[] questions = new boolean[lines.length];
        boolean[] listed = new boolean[lines.length];
        int next = 1;
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = WHOLE_NUMBER.matcher(lines[i].replace('\u00a0', ' '));
            if (!m.matches()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            String words = m.group(2);
            // a section's heading over labels of their own ("1) YOUNG PERSON" over "Young person (name) - Ayaan Eze",
            // "1. Young person" over "Full name<tab>Geraint Tudor", "2. YOUNG PERSON" over "2/1 Which young person?")
            // numbers no question; "2 DOB" over its date does
            boolean heading = holdsLabelledLines(lines, i + 1);
            boolean asks = Character.isUpperCase(words.codePointAt(0)) && !heading && !ADDRESS.matcher(words).matches();
            // (one question may be missed - "1 16/17 year old's full name" opens with no word - and the numbers go on)
            if (asks && (n == next || n == next + 1 || n > next && TextFields.isNumbered(lines[i]))) {
                questions[i] = true;
                next = n + 1;
                found++;
            } else if (found >= LEAST - 1 && n < next - 1) {
                listed[i] = true; // the numbers start again: a list in the answer ("1. she left at 10pm")
            }
        }
        if (found < LEAST) {
            return new NumberedQuestions(questions, new boolean[lines.length], false);
        }
        return new NumberedQuestions(questions, listed, true);
    }

    /**
     * A line of a label, with its own answer or over it: a few words, then a colon, a question mark, a spaced dash or
     * a tab, then the answer ("Young person (name) - Ayaan Eze", "Is the child homeless or at risk? Homeless", "Full
     * name<tab>Geraint Tudor"), or a colon or question mark ending the line ("2/1 Which young person?").
     */
    private static final Pattern LABELLED = Pattern.compile(
            "^[^:?\\t]{3,80}?(?:[:?]\\s*$|(?::|\\?|\\s[-\u2013]\\s|\\t)\\s*\\S.*$)");

    /** Whether the lines from i up to the next numbered line hold a label of their own. */
    private static boolean holdsLabelledLines(String[] lines, int from) {
        for (int j = from; j < lines.length && !WHOLE_NUMBER.matcher(lines[j].replace('\u00a0', ' ')).matches(); j++) {
            if (LABELLED.matcher(lines[j]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether line i is a numbered question: one of the form's run of numbers, or numbered as a question always is. */
    boolean asks(String[] lines, int i) {
        return inSequence ? questions[i] || TextFields.isNumbered(lines[i]) && !listed[i] : TextFields.isNumbered(lines[i]);
    }

    /** Whether line i is an item of a numbered list inside an answer (the numbers starting again). */
    boolean listed(int i) {
        return listed[i];
    }
}
