package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.TwoLanguages;
import org.ypsa.hub.domain.forms.Instructions;
import org.ypsa.hub.domain.forms.Words;

/**
 * "Label: value" lines in free text: an email body, a PDF's text, a paragraph. A label with nothing after its
 * colon takes the lines under it up to the next label or blank line ("Reason for referral:" then a paragraph).
 * A short line with no colon ("Referrer details"), or a section's heading ("SECTION TWO: REFERRER"), is the heading
 * of the labels under it.
 */
public final class TextFields {
    private static final Pattern LABEL_VALUE = Pattern.compile("^\\s*([^:]{1,80}?)\\s*:\\s*(.*)$");
    private static final int HEADING_WORDS = 8;
    private static final int VALUE_LINES = 30;

    private TextFields() {
    }

    public static List<LabelledDocument.Entry> labelValues(String text, String where) {
        List<LabelledDocument.Entry> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // a paper form typed over is read as typed: its leaders are colons, the marks its answers open with nothing
        // (a label in two languages over two lines, a label with its hint wrapped under it: one label, rules 3 and 5)
        String[] lines = hintsClosedOnTheNextLine(LabelShapes.joinLabelsRunOn(AnswerMarks.underQuestions(
                Leaders.inLines(DocumentMarkings.without(QuotedHeaders.without(clockHintsWhole(widthsAsSpaces(text))
                        .split("\\R")))))));
        String heading = "";
        String headingBefore = "";
        NumberedQuestions questions = NumberedQuestions.of(lines);
        boolean numbered = numberedLabels(lines) || questions.inSequence();
        int askedAt = -1;
        for (int i = 0; i < lines.length && i < 5_000; i++) {
            Matcher m = labelValue(lines[i]);
            if (m == null && i == askedAt) {
                // a label with no colon that ended the answer above it ("Rhyw / Sex (as recorded)", "Where would the
                // YP like to live?"): a label, its answer on the lines under it or after its question mark
                m = LABEL_VALUE.matcher(asLabelLine(lines[i]));
                m = m.matches() ? m : null;
            }
            if (m == null && numbered && questions.asks(lines, i) && i + 1 < lines.length && !lines[i + 1].isBlank()
                    && !questions.asks(lines, i + 1) && labelValue(lines[i + 1]) == null
                    && lines[i].strip().split("\\s+").length <= QUESTION_WORDS && !SectionHeading.is(lines[i])) {
                // on a form whose questions are numbered, a numbered question without a colon is a label too
                // ("Q3 Worker's role or title *"), its answer on the lines under it
                // a question longer than a label's eighty letters is no label: its line stays text, as any other
                m = LABEL_VALUE.matcher(lines[i].replace(":", " ") + ":");
                m = m.matches() ? m : null;
            }
            if (m == null && answeredAmongLabels(lines, i)) {
                // "yp ok with this referral? yes" between "Label: answer" lines: a label asked as a question
                m = LABEL_VALUE.matcher(asLabelLine(lines[i]));
                m = m.matches() ? m : null;
            }
            if (GuidanceNotes.isGuidance(lines[i])) {
                continue; // "Note: leave blank if you are the allocated worker." is neither a label nor a heading
            }
            if (SectionHeading.is(lines[i]) || SectionHeading.numberedOverItsQuestions(lines, i)) {
                heading = lines[i].replace('\u00a0', ' ').strip();
                continue;
            }
            if (m == null) {
                String l = lines[i].replace('\u00a0', ' ').strip();
                if (!l.isEmpty() && l.split("\\s+").length <= HEADING_WORDS && !l.startsWith(">")
                        && !overASentence(lines, i)) {
                    headingBefore = heading;
                    heading = l;
                }
                continue;
            }
            if (insideAParagraph(lines, i)) {
                // "The arrangement broke down because:" over bullets, under a sentence of an answer: the answer goes on
                while (i + 1 < lines.length && runsOn(lines, i + 1)) {
                    i++;
                }
                continue;
            }
            String label = m.group(1).trim();
            if (wrapped(lines, i, label)) {
                // "Reason the risk cannot be" / "managed at our scheme: ...": a label wrapped onto the next line, the
                // line before is no heading but the label's start
                label = lines[i - 1].replace('\u00a0', ' ').strip() + " " + label;
                heading = headingBefore;
            }
            String value = m.group(2).trim();
            int at = i;
            if (startsARunningAnswer(value)) {
                // "Reason for referral: She has lived with her aunt." then running text and bullets on the lines
                // under it, with no blank line between: the answer goes on
                int j = i + 1;
                StringBuilder more = new StringBuilder(value);
                while (j < lines.length && j <= i + VALUE_LINES && runsOn(lines, j)) {
                    more.append("\n").append(lines[j].strip());
                    j++;
                }
                int end;
                while (j + 1 < lines.length && j <= i + VALUE_LINES && lines[j].isBlank()
                        && (end = paragraphAmongLabels(lines, j + 1)) > 0) {
                    // the answer's next paragraph, after a blank line, with the form's labels going on under it
                    for (int k = j + 1; k < end; k++) {
                        more.append("\n").append(lines[k].strip());
                    }
                    j = end;
                }
                value = more.toString();
                i = j - 1;
            }
            if (FieldValues.isBlank(value) && !SAYS_NONE.matcher(value).matches()) {
                StringBuilder more = new StringBuilder();
                int j = i + 1;
                boolean numberedLabel = numbered && questions.asks(lines, i);
                while (j < lines.length && j <= i + VALUE_LINES && !lines[j].isBlank()
                        && (labelValue(lines[j]) == null && labelValueInTwoLanguages(lines[j]) == null
                                || questions.listed(j))
                        && !(numberedLabel && questions.asks(lines, j)) && !opensTheNextLabel(lines, j)) {
                    if (more.length() > 0 && asksOnItsOwn(lines[j])) {
                        askedAt = j; // questions with their answers under them, no blank line between
                        break;
                    }
                    more.append(more.length() == 0 ? "" : "\n").append(lines[j].strip());
                    j++;
                }
                if (more.length() > 0) {
                    value = more.toString();
                    i = j - 1;
                }
            }
            out.add(new LabelledDocument.Entry(label, value, where + " " + (at + 1), heading));
        }
        return out;
    }

    /**
     * Whether the next line the sender wrote under line {@code i} is a sentence of its own, not a label or a heading:
     * "Where living" over "No fixed abode - last at 90 Tanners Yard, Abingdon" is that answer's label, and no heading
     * of the labels after it ("Presented at:" is the presenting agency, not where the young person is living).
     */
    private static boolean overASentence(String[] lines, int i) {
        for (int j = i + 1; j < lines.length; j++) {
            String next = lines[j].replace('\u00a0', ' ').strip();
            if (next.isEmpty() || GuidanceNotes.isGuidance(lines[j])) {
                continue;
            }
            return labelValue(lines[j]) == null && !SectionHeading.is(lines[j])
                    && next.split("\\s+").length > HEADING_WORDS;
        }
        return false;
    }

    /** A label ended by a spaced dash before its number or date: "yp birth date - 14-12-10" holds its answer. */
    private static final Pattern ANSWERED_AFTER_A_DASH = Pattern.compile(".*\\p{L}.*\\s[-\u2013\u2014]\\s+\\S*\\d[\\d\\s./-]*$");
    /**
     * A dash or "n/a" after a label's colon: the sender's answer that there is none ("Date FGC was held (if held): -"),
     * so the line under it is the next label or heading, not this label's answer.
     */
    private static final Pattern SAYS_NONE = Pattern.compile("(?i)[-\u2013\u2014]+|n/?a|none|nil");
    /** A bullet before an answer's words: a dash, a dot, or a small "o" as a mail's plain text writes one ("o   Police ..."). */
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-\u2022\u2013*\u25aa\u25cf\u00b7]|o(?=\\s+\\p{Lu}))\\s+\\S.*");
    /** What makes words a sentence, not a label: a pronoun opening them, or a verb ("The arrangement has broken down"). */
    private static final Pattern SENTENCE = Pattern.compile("(?i)^(?:he|she|they|it|we|i|there|this|his|her|their)\\b|"
            + "\\b(?:" + Words.AUXILIARY + "|because|broke|ended|became)\\b");
    private static final int SENTENCE_MIN_WORDS = 4;
    private static final Pattern DASHED_LABEL = Pattern.compile("^[^.?!:\\-\u2013]{3,80}\\s[-\u2013]\\s+\\S.*");

    /**
     * Whether the line at {@code i}, a sentence with a colon over bullets, goes on with the sentence of an answer on the
     * line above (a sentence, alone or after its label's colon) rather than starting a label.
     */
    static boolean insideAParagraph(String[] lines, int i) {
        if (i == 0) {
            return false;
        }
        String above = lines[i - 1].replace('\u00a0', ' ').strip();
        above = above.substring(above.indexOf(':') + 1).strip(); // "Reason: He has lived with his aunt."
        return !above.contains(":") && above.matches(".*[.!]$") && above.split("\\s+").length >= SENTENCE_MIN_WORDS
                && runsOn(lines, i) && labelValue(lines[i]) != null;
    }

    /**
     * Where a paragraph of sentences at {@code from} ends, when a label comes straight under it (on the next line, or
     * over two lines when the label wrapped): a second paragraph of the answer above, typed after a blank line in the
     * middle of the form ("... dad drove her to the police station." / "" / "The duty worker agrees she cannot go
     * back." / "How will the YP be kept safe tonight? ..."); -1 when it is no such paragraph (a sign-off, a heading, a
     * label of its own, or text after the form).
     */
    private static int paragraphAmongLabels(String[] lines, int from) {
        int end = from;
        while (end < lines.length && end - from < VALUE_LINES && runsOn(lines, end)) {
            end++;
        }
        if (end == from || end >= lines.length || lines[end].isBlank()) {
            return -1;
        }
        boolean labelNext = startsAnEntry(lines[end]) || asksOverItsAnswer(lines, end)
                || end + 1 < lines.length && !lines[end].strip().matches(".*[.!]$")
                        && (startsAnEntry(lines[end + 1]) || asksOverItsAnswer(lines, end + 1));
        return labelNext ? end : -1;
    }

    /** The most words of a question or label alone on its line over its answer ("kept safe tonight?" / its answer). */
    private static final int ASKED_ALONE_WORDS = 8;

    /**
     * Whether line {@code i} is a question or a label alone on its line, ended by its question mark or colon, over a
     * line of its answer: the form's next label, its answer put under it ("How will the YP be" / "kept safe tonight?"
     * / "A friend's parents will have her"), as a mail's client rewraps a question and its answer after the mark.
     */
    private static boolean asksOverItsAnswer(String[] lines, int i) {
        String l = lines[i].replace('\u00a0', ' ').strip();
        return l.matches("[^.!?:]+[?:]") && l.split("\\s+").length <= ASKED_ALONE_WORDS && i + 1 < lines.length
                && !lines[i + 1].isBlank() && labelValue(lines[i + 1]) == null;
    }

    /** A short question and its answer after its mark, a shortened word's dot allowed ("seeker (unaccomp.)? no"). */
    private static final Pattern ANSWERED_AFTER_ITS_MARK = Pattern.compile("[^?!:]{3,80}\\?\\s+\\S.*");

    /**
     * Whether line {@code i} is a short question answered after its mark ("came to the uk alone? no") typed among the
     * form's "Label: answer" lines (the line above or under it is one): the form's label asked as a question.
     */
    private static boolean answeredAmongLabels(String[] lines, int i) {
        String l = lines[i].replace('\u00a0', ' ').strip();
        if (!ANSWERED_AFTER_ITS_MARK.matcher(l).matches() || l.startsWith(">")
                || l.substring(0, l.indexOf('?')).split("\\s+").length > ASKED_ALONE_WORDS
                || Instructions.endALabel(l)) {
            return false;
        }
        for (int d : new int[] {-1, 1}) {
            int j = i + d;
            if (j >= 0 && j < lines.length && labelValue(lines[j].strip()) != null && !lines[j].strip().startsWith(">")) {
                return true;
            }
        }
        return false;
    }

    /** "Label: answer", or a question and its answer after the question mark ("Kept safe tonight? With a friend"). */
    private static boolean startsAnEntry(String line) {
        return labelValue(line) != null || QUESTION_AND_ANSWER.matcher(line.strip()).matches();
    }

    private static final Pattern QUESTION_AND_ANSWER = Pattern.compile("[^?.!]{3,80}\\?\\s+\\S.*");

    /** Whether an answer is a sentence that may go on over the lines under it: it ends as one, or has five words or more. */
    static boolean startsARunningAnswer(String value) {
        return !FieldValues.isBlank(value) && (value.strip().matches(".*[.!:]$") || value.strip().split("\\s+").length > 4);
    }

    /**
     * Whether line {@code j} goes on with the answer above it (a sentence) rather than starting a label or a heading: a
     * bullet ("- no other family can offer a home"), a sentence of four words or more with no colon that asks nothing
     * ("She wants to stay near college."), or a sentence introducing a list over bullets ("The arrangement broke down
     * because:"); a label over bullets ("Risks to self and others:") has no verb and stays a label.
     */
    static boolean runsOn(String[] lines, int j) {
        String l = lines[j].replace('\u00a0', ' ').strip();
        if (l.isEmpty() || l.startsWith(">") || SectionHeading.is(l) || GuidanceNotes.isGuidance(l)) {
            return false;
        }
        Matcher m = labelValue(l);
        if (m == null) {
            // a label and its answer after a dash ("Reason they cannot stay tonight - The placement ended.") or a
            // label with its hint in brackets ("Immediate safety concern (emergency referrals only)") is no sentence
            // of the answer above
            return BULLET.matcher(l).matches() || l.split("\\s+").length >= SENTENCE_MIN_WORDS && l.matches(".*[.!]\\)?$")
                    && !Words.asks(l) && !DASHED_LABEL.matcher(l).matches();
        }
        return m.group(2).isBlank() && SENTENCE.matcher(m.group(1)).find() && m.group(1).split("\\s+").length >= SENTENCE_MIN_WORDS
                && !Words.asks(m.group(1)) && j + 1 < lines.length
                && BULLET.matcher(lines[j + 1]).matches();
    }

    private static final int QUESTION_WORDS = 14;
    /** A question: a capital, a few words and a question mark, its answer (if any) after it ("Is the YP pregnant? No"). */
    private static final Pattern QUESTION = Pattern.compile("^\\p{Lu}[^.!?:]{2,120}\\?(?:\\s.*)?$");

    /**
     * Whether a line under an answer is the next label though it has no colon: a question, a label marked required with
     * a star, or one ending in a hint on how to answer it ("Sex (as recorded)", "Why are you referring? - please
     * describe"), a line of a few words each time. An answer's own line is none of these.
     */
    private static boolean asksOnItsOwn(String line) {
        String l = line.replace('\u00a0', ' ').strip();
        String words = l.replaceAll("\\([^()]*\\)", " ").strip();
        if (l.isEmpty() || !Character.isUpperCase(l.codePointAt(0)) || GuidanceNotes.isGuidance(l)
                || words.split("\\s+").length > QUESTION_WORDS) {
            return false;
        }
        Matcher q = QUESTION.matcher(l);
        return q.matches() && l.substring(0, l.indexOf('?')).split("\\s+").length <= QUESTION_WORDS
                || l.endsWith("*") && !l.matches(".*[.!]\\s*\\*$") || Instructions.endALabel(l);
    }

    /** The line as "label: answer": after a question's mark, or with a colon for a label alone ("Sex (as recorded):"). */
    private static String asLabelLine(String line) {
        String l = line.replace('\u00a0', ' ').strip();
        int q = l.indexOf('?');
        if (q > 0 && q < l.length() - 1 && !Instructions.endALabel(l)) {
            return l.substring(0, q + 1).replace(":", " ") + ": " + l.substring(q + 1).strip();
        }
        return l.replace(":", " ").replaceAll("[*\\s]+$", "") + ":";
    }
    /** A question number before a label: "Q3 ", "Q.3 ", "Question 3: ", "3. ", "3) ", "3a. " (a bare "3 " may be an address). */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:(?i:q|question)\\.?\\s*\\d{1,2}[a-z]?[.):]?|\\d{1,2}[a-z]?[.)])\\s+\\p{L}.*");

    /**
     * Whether the label at line {@code i} goes on from the line above: it starts in lower case ("managed at our
     * scheme"), and the line above, with no colon and opening in no small letter, starts a label ("2/2 Reason the risk
     * cannot be", "What would enable you").
     */
    private static boolean wrapped(String[] lines, int i, String label) {
        if (i == 0 || !label.matches("\\p{Ll}.*") || lines[i - 1].isBlank()) {
            return false;
        }
        String above = lines[i - 1].replace('\u00a0', ' ').strip();
        // (a line whose label a spaced dash ends before a number or a date holds its answer: "yp birth date - 14-12-10")
        // (nor is a question answered after its mark, "urgent y/n? y", nor a heading in capitals over a label in small
        // letters, "YP DETAILS" / "young person's name: ...")
        // (nor a line opening in a small letter itself: in a body typed in small letters throughout, "emergency
        // referral - supported accommodation" over "name: kayden morris" is a heading, the wrap shows in no capital)
        return !above.contains(":") && !above.startsWith(">") && !above.matches(".*[.!]$") && !SectionHeading.is(above)
                && !above.matches("\\p{Ll}.*")
                && !ANSWERED_AFTER_A_DASH.matcher(above).matches() && !ANSWERED_AFTER_ITS_MARK.matcher(above).matches()
                && !(above.matches("[^\\p{Ll}]*\\p{Lu}{2}[^\\p{Ll}]*") && label.matches("\\p{Ll}.*\\p{Ll}.*"))
                && above.split("\\s+").length <= HEADING_WORDS && !GuidanceNotes.isGuidance(above);
    }

    /** A line left open by a joining mark or word at its end: "Diversion /", "Risks to self &", "Date of". */
    private static final Pattern LEFT_OPEN = Pattern.compile("(?i).*\\p{L}.*\\s(?:[/&+\u2013-]|and|or|of|for|to)$");

    /**
     * Whether line {@code j}, under a label left unanswered, is the first half of the next label wrapped over two lines
     * ("FGC date (held or booked):" / "Diversion /" / "prevention attempts : Offered a short stay ..."): left open by a
     * slash, a dash or a joining word, over a line in small letters ending that label with its mark. It is no answer of
     * the label above (a date field was given "Diversion /").
     */
    private static boolean opensTheNextLabel(String[] lines, int j) {
        String l = lines[j].replace('\u00a0', ' ').strip();
        if (j + 1 >= lines.length || l.contains(":") || l.split("\\s+").length > HEADING_WORDS || !LEFT_OPEN.matcher(l).matches()) {
            return false;
        }
        Matcher next = labelValue(lines[j + 1]);
        return next != null && wrapped(lines, j + 1, next.group(1).trim());
    }

    /** The words a wrapped bracket's end may hold on the next line ("overleaf)", "nhs.net)") before the answer. */
    private static final int BRACKET_END_WORDS = 4;
    private static final Pattern BRACKET_END = Pattern.compile("^\\s*([^():]{1,40}?\\))\\s*(\\*?)\\s*:?\\s*(.*)$");
    /** A dashed hint left open at a line's end: "1.3. Birth date (dd/mm/yyyy) \u2013 check", "1.9. Asylum \u2013". */
    private static final Pattern DASH_LEFT_OPEN = Pattern.compile("\\s[-\u2013\u2014](\\s+\\p{Ll}[\\p{L}'/]*){0,3}\\s*$");
    /** A word of a hint: in small letters ("against", "if"), or a short code in capitals ("LCS", "YP"). */
    private static final String HINT_WORD = "(?:\\p{Ll}[\\p{L}'/.]*|\\p{Lu}{2,4})";
    /** A dashed hint's last words on the next line, then its star or colon, then the answer (if any). */
    private static final Pattern DASH_END = Pattern.compile("^\\s*(" + HINT_WORD + "(?:\\s+" + HINT_WORD + "){0,"
            + (BRACKET_END_WORDS - 1) + "})(?=\\s|$)\\s*(\\*?)\\s*:?\\s*(.*)$");
    /** Words that answer a question in small letters: never a hint's last words. */
    private static final Pattern SMALL_ANSWER = Pattern.compile("(?i)^(yes|no|y|n|n/?a|n/k|none|nil|unknown|not known)\\b.*");

    /**
     * A numbered question whose hint a PDF wrapped onto the next line, its answer after the hint's end, read as one
     * line: a bracket left open ("1a) Submitting organisation (continue" over "overleaf) * A2Dominion" is the label
     * "1a) Submitting organisation (continue overleaf) *" and the answer "A2Dominion", never the answer "overleaf) *
     * A2Dominion": safety, tuned16 routed that as an intelligence submission's agency), or a dash left open ("1.3. Birth
     * date (dd/mm/yyyy) \u2013 check" over "against LCS Tue 19 Apr 2005" is the label "... \u2013 check against LCS" and the
     * answer "Tue 19 Apr 2005"; "1a) Name of young person (16/17) \u2013 if" over "applicable Jolene Penhaligon"). Only a
     * numbered question with no colon, whose hint the next line ends in a few words (in small letters, or codes in
     * capitals) before any other bracket or colon; an answer in small letters ("yes", "n/a") is never taken for the hint.
     */
    static String[] hintsClosedOnTheNextLine(String[] lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String question = line.strip().replaceFirst("^\\S+\\s+", ""); // after its number ("2a)")
            if (i + 1 < lines.length && isNumbered(line) && !line.contains(":") && !lines[i + 1].isBlank()
                    && !isNumbered(lines[i + 1])) {
                boolean bracketOpen = Words.count(question, '(') > Words.count(question, ')');
                Matcher end = bracketOpen ? BRACKET_END.matcher(lines[i + 1])
                        : DASH_LEFT_OPEN.matcher(line).find() && !SMALL_ANSWER.matcher(lines[i + 1].strip()).matches()
                                ? DASH_END.matcher(lines[i + 1]) : null;
                // a dashed hint's words with nothing after them, no star or colon, may be the answer itself ("SWP",
                // "white british"): the lines are left as they are
                boolean answerLeft = end != null && end.matches() && (!end.group(3).isBlank() || !end.group(2).isEmpty()
                        || lines[i + 1].strip().endsWith(":") || bracketOpen);
                if (answerLeft && end.group(1).strip().split("\\s+").length <= BRACKET_END_WORDS) {
                    out.add(line.stripTrailing() + " " + end.group(1).strip() + (end.group(2).isEmpty() ? "" : " *")
                            + ":" + (end.group(3).isBlank() ? "" : " " + end.group(3).strip()));
                    i++;
                    continue;
                }
            }
            out.add(line);
        }
        return out.toArray(String[]::new);
    }

    /**
     * A wide space after a question's number at a line's start ("1\u2003Submitting agency", as Word's numbered templates
     * set the number apart) is a space; elsewhere a wide space is left as the sender wrote it.
     */
    private static String widthsAsSpaces(String text) {
        return NUMBER_AND_WIDE_SPACE.matcher(text).replaceAll("$1 ");
    }

    private static final Pattern NUMBER_AND_WIDE_SPACE = Pattern.compile("(?m)^(\\s*(?:[Qq]\\.?\\s*)?\\d{1,2}[.)]?)[\u2002\u2003]+");

    /** A clock's hint in a label: "hh:mm", "HH:MM:SS", its colons no label's end. */
    private static final Pattern CLOCK_HINT = Pattern.compile("(?i)\\b(hh)\\s*:\\s*(mm)\\b(?:\\s*:\\s*(ss)\\b)?");

    /**
     * The text with the colons of a clock's hint written as dots ("Date + time of incident \u2013 dd/mm/yyyy hh:mm:"
     * is the label "... dd/mm/yyyy hh.mm"): the hint's colon never ends the label, so "mm" is never its answer
     * (tuned16 read "mm" and "mm:" as incidents' dates and times).
     */
    static String clockHintsWhole(String text) {
        return text.indexOf(':') < 0 ? text : CLOCK_HINT.matcher(text).replaceAll(m -> m.group(1) + "." + m.group(2)
                + (m.group(3) == null ? "" : "." + m.group(3)));
    }

    /** Whether the line starts with a question number. */
    static boolean isNumbered(String line) {
        return NUMBERED.matcher(line).matches()
                || Words.opensWithAQuestionNumber(line) && !A_TIME_OR_AMOUNT.matcher(line).lookingAt();
    }

    /** A time or an amount that opens an answer like a section's number: "14.05 hrs", "10.30 am", "2.5 hours later". */
    private static final Pattern A_TIME_OR_AMOUNT = Pattern.compile(
            "\\s*\\d{1,2}\\.\\d{1,2}\\s*(?i:a\\.?m\\b|p\\.?m\\b|hrs?\\b|hours?\\b|h\\b|mins?\\b|minutes\\b|miles?\\b|km\\b|kg\\b|%)");

    /** Whether the form numbers its questions: two or more lines are a numbered label with its colon. */
    private static boolean numberedLabels(String[] lines) {
        int n = 0;
        for (String l : lines) {
            if (isNumbered(l) && labelValue(l) != null && ++n >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line typed "label: answer" whose label is written in two languages, too long as a whole to read as one label
     * ("Dargyfeirio - teulu, ffrindiau, cyfryngu / Diversion explored (family & friends, mediation): Aunt in ..."):
     * read by the label's last language. Null for any other line.
     */
    private static Matcher labelValueInTwoLanguages(String line) {
        int colon = line.indexOf(": ");
        int lastHalf = colon < 0 ? -1 : TwoLanguages.lastHalfStart(line, colon);
        return lastHalf < 0 ? null : labelValue(line.substring(lastHalf));
    }

    /** The line as label and value, or null: "Time 14:00" is a time, not a label "Time 14" with the value "00". */
    private static Matcher labelValue(String line) {
        Matcher m = LABEL_VALUE.matcher(line);
        if (m.matches() && !(m.group(1).matches(".*\\d") && m.group(2).matches("\\d.*"))) {
            return m;
        }
        return null;
    }
}
