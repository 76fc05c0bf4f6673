package org.ypsa.hub.domain.documents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's section heading as British forms letter or number them: "SECTION ONE: THE YOUNG PERSON", "Part 2b: Lead
 * professional" (a part numbered and lettered), "Part B -
 * Referrer", "Adran 2 / Section 2: Referrer" (Welsh first on a bilingual form). The line is a heading as a whole, not
 * the label "SECTION ONE" with the value "THE YOUNG PERSON"; what it is about is the words after its marker.
 */
final class SectionHeading {
    private static final String NUMBER = "(?:[1-9][a-h]?|[a-h][1-9]?|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final String MARKER = "(?:section|part|adran|rhan)\\s+" + NUMBER + "\\b";
    /** One marker, or a Welsh and an English one joined by a slash, then what the section is about, if anything. */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^\\s*" + MARKER + "(?:\\s*/\\s*" + MARKER + ")?\\s*(?:[:.)\\-\u2013\u2014]\\s*)?(\\D*?)\\s*$");
    /** A capital letter and a bracket before a heading in words: "A) Provider and property", "D) What happened". */
    private static final Pattern LETTERED = Pattern.compile("^\\s*[A-H]\\)\\s+(\\p{Lu}[^\\d:?*]*?)\\s*$");
    private static final int MAX_WORDS = 8;

    private SectionHeading() {
    }

    /** Whether the line is a lettered or numbered section's heading, with or without a colon after its marker. */
    static boolean is(String line) {
        Matcher m = HEADING.matcher(line == null ? "" : line.replace('\u00a0', ' '));
        if (!m.matches()) {
            m = LETTERED.matcher(line == null ? "" : line.replace('\u00a0', ' '));
            return m.matches() && m.group(1).split("\\s+").length <= MAX_WORDS && !m.group(1).strip().endsWith(".");
        }
        return m.matches() && m.group(1).split("\\s+").length <= MAX_WORDS && !m.group(1).contains("?")
                && FieldValues.yesNo(m.group(1)).isEmpty();
    }

    /** Whether the line is a heading lettered with a bracket ("A) Provider and property"). */
    static boolean lettered(String line) {
        return line != null && LETTERED.matcher(line.replace('\u00a0', ' ')).matches() && is(line);
    }

    /** What a section heading is about ("THE YOUNG PERSON"), or the heading as it is when it is not one. */
    static String topic(String heading) {
        if (heading == null) {
            return "";
        }
        Matcher m = HEADING.matcher(heading.replace('\u00a0', ' '));
        if (!m.matches()) {
            m = LETTERED.matcher(heading.replace('\u00a0', ' '));
        }
        return m.matches() && is(heading) ? m.group(1) : heading;
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\s*(\\d{1,2})[.)]?\\s+\\p{L}[^:?*\\t]*$");
    /** A question numbered within a section: "3.1 Day of incident" is question 1 of section 3. */
    private static final Pattern SECTION_AND_QUESTION = Pattern.compile("^\\s*(\\d{1,2})\\.\\d{1,2}\\b.*");
    /** How many lines under a section's title may come before its first numbered question (an instruction or two). */
    private static final int LINES_TO_ITS_QUESTIONS = 3;

    /**
     * A section's number and title over the questions numbered in it ("3. What happened" over an instruction, then
     * "3.1 Day of incident"): a heading, never a question whose answer is the line under it ("What happened" names an
     * incident's description; the instruction under it is none).
     */
    static boolean numberedOverItsQuestions(String[] lines, int i) {
        Matcher m = WHOLE_NUMBER.matcher(lines[i]);
        if (!m.matches()) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < lines.length && seen <= LINES_TO_ITS_QUESTIONS; j++) {
            if (lines[j].isBlank()) {
                continue;
            }
            Matcher q = SECTION_AND_QUESTION.matcher(lines[j]);
            if (q.matches() && q.group(1).equals(m.group(1))) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
