package org.ypsa.hub.domain.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark a numbered question's answer opens with on the line under it: "A: 22/05/2008", "Answer - Jo Bloggs",
 * "Ans: yes", "Response: ...", "Reply: ...", "A. 3/5/2010". The mark says "here is the answer", and is no part of it.
 */
final class AnswerMarks {
    /**
     * The mark and its stop: a colon or a dash after any of the words, a full stop after "A" and "Ans" only before a
     * number, so that "A. Patel" as a name keeps its initial.
     */
    private static final Pattern MARK = Pattern.compile(
            "(?i)^\\s*(?:(?:a|ans|answer|response|reply|resp)\\s*(?::|\\s[-\u2013\u2014]|[-\u2013\u2014])"
                    + "|(?:a|ans|answer)\\.(?=\\s*\\d))\\s*(?=\\S)");
    /** "A." as a mark before anything: "A. Sat 4/12/10", "A. Jo Bloggs" (see {@link #underQuestions}). */
    private static final Pattern INITIAL_MARK = Pattern.compile("^\\s*[Aa]\\.\\s+(?=\\S)");
    /** A question: numbered ("Q3.", "Question 3:", "3)", "3.") or ending as questions and labels do. */
    private static final Pattern QUESTION = Pattern.compile(
            "(?i)^\\s*(?:q\\s?\\.?\\s?\\d+|question\\s+\\d+|\\d{1,2}\\s?[.):])\\s?.*|.*[?:*]\\s*$");

    private AnswerMarks() {
    }

    /** The answer without the mark it opens with; as written when it has none. */
    static String without(String answer) {
        if (answer == null) {
            return null;
        }
        Matcher m = MARK.matcher(answer);
        return m.find() ? answer.substring(m.end()) : answer;
    }

    /**
     * The document's lines with the mark taken off each answer that stands under a question: "Q4 Date of birth" /
     * "Answer: 22/05/2008" reads as the question and "22/05/2008" under it. A line "Reply: ..." under anything else is
     * left as it is written.
     */
    static String[] underQuestions(String[] lines) {
        boolean marksWithInitial = marksAnswersWithA(lines);
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (QUESTION.matcher(previous).matches()) {
                Matcher initial = INITIAL_MARK.matcher(lines[i]);
                if (marksWithInitial && initial.find()) {
                    lines[i] = lines[i].substring(initial.end());
                } else if (MARK.matcher(lines[i]).find()) {
                    lines[i] = without(lines[i]);
                }
            }
            previous = lines[i];
        }
        return lines;
    }

    /**
     * Whether the document marks its answers "A.": two or more answers under questions open with "A. " and one of
     * them is a number ("A. 19/01/2027"), which no initial stands before. Then "A. Sat 4/12/10" and "A. Jo Bloggs"
     * under a question are marked answers too, not an initial; a single "A. Patel" keeps its initial.
     */
    private static boolean marksAnswersWithA(String[] lines) {
        int marked = 0;
        boolean beforeANumber = false;
        String previous = "";
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher initial = INITIAL_MARK.matcher(line);
            if (QUESTION.matcher(previous).matches() && initial.find()) {
                marked++;
                beforeANumber |= Character.isDigit(line.charAt(initial.end()));
            }
            previous = line;
        }
        return marked >= 2 && beforeANumber;
    }
}
