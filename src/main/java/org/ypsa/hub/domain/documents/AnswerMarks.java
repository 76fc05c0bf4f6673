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
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (QUESTION.matcher(previous).matches() && MARK.matcher(lines[i]).find()) {
                lines[i] = without(lines[i]);
            }
            previous = lines[i];
        }
        return lines;
    }
}
