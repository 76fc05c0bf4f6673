package org.ypsa.hub.domain.documents;

import static org.ypsa.hub.domain.documents.TypedValues.Kind;
import static org.ypsa.hub.domain.documents.TypedValues.kindOf;
import static org.ypsa.hub.domain.forms.Words.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.Instructions;
import org.ypsa.hub.domain.forms.Words;

/**
 * What a cell or a line of a document looks like, before any field is named: a label of its own ("Referrer role"),
 * not a sentence, a sign-off or a date; a cell holding its label and its answer ("Consent: Yes"); a label wrapped
 * onto the next line ("Individuals named (name," / "DOB, description)"); an answer between two numbered questions.
 */
final class LabelShapes {
    static final int MAX_LABEL_WORDS = 12;
    /** No form runs longer; a long email thread under a form is not read line by line as labels. */
    static final int MAX_TEXT_LINES = 400;
    /** A question ending in its question mark may be this long and still be one label. */
    static final int MAX_QUESTION_WORDS = 20;
    private static final Set<String> NOT_LABELS = Set.of("from", "sent", "to", "cc", "bcc", "subject", "date sent",
            "importance", "reply to", "attachments", "tel", "mobile", "web", "www", "http", "https", "mailto");
    private static final java.util.regex.Pattern SIGN_OFF = java.util.regex.Pattern.compile(
            "(?i)^(kind |best |warm |many )?(regards|thanks|thank you|wishes|cheers)\\b.*|^yours\\b.*|^diolch\\b.*");

    private LabelShapes() {
    }

    /** A label of at most 80 characters before a colon and its answer after it, on one line: "Locality: West Oxon". */
    private static final Pattern ANSWERED_ON_ITS_LINE = Pattern.compile("^\\s*[^:]{1,80}:\\s*\\S.*$");

    /** Whether a line is a label and its answer ("Locality: West Oxon", "UASC: N"), not a question alone. */
    static boolean answeredOnItsLine(String line) {
        return ANSWERED_ON_ITS_LINE.matcher(line).matches();
    }

    /** A cell that says it is a label: it ends in a colon, a question mark or a required star. */
    static boolean markedAsLabel(String cell) {
        String c = cell.strip();
        return c.endsWith(":") || c.endsWith("?") || c.endsWith("*");
    }

    /**
     * Two cells side by side that each hold a label and its answer ("Email of YP's social worker: n/a" | "Offer of FGC
     * made to family? YES"), read by a table reader as one label and its value: each cell is an entry of its own, so
     * that the second cell's question is not lost as the first one's value.
     */
    static List<LabelledDocument.Entry> cellsOfTheirOwn(List<LabelledDocument.Entry> entries) {
        List<LabelledDocument.Entry> out = new ArrayList<>();
        for (LabelledDocument.Entry e : entries) {
            if (e.label() != null && e.value() != null && holdsItsAnswer(e.label()) && holdsItsAnswer(e.value())) {
                for (String cell : List.of(e.label(), e.value())) {
                    String c = cell.replace('\u00a0', ' ').strip();
                    int end = labelEnd(c);
                    out.add(new LabelledDocument.Entry(c.substring(0, end + 1).replaceAll(":$", "").strip(),
                            c.substring(end + 1).strip(), e.where(), e.section()));
                }
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** Where a cell's label ends: its first colon or question mark, or -1. */
    private static int labelEnd(String c) {
        for (int i = 0; i < c.length(); i++) {
            if (c.charAt(i) == ':' || c.charAt(i) == '?') {
                return i;
            }
        }
        return -1;
    }

    /** A cell holding a label ended by a colon or a question mark and an answer after it, on one line. */
    private static boolean holdsItsAnswer(String cell) {
        String c = cell.replace('\u00a0', ' ').strip();
        if (c.contains("\n")) {
            return false;
        }
        int end = labelEnd(c);
        if (end <= 0 || end >= c.length() - 1 || c.substring(end + 1).isBlank()) {
            return false;
        }
        String label = c.substring(0, end).strip();
        return label.matches(".*\\p{L}.*") && !label.matches(".*\\d.*") && label.split("\\s+").length <= MAX_QUESTION_WORDS;
    }

    /**
     * A label closing a bracket it did not open ("DOB, description)" under "Individuals named (name,"): the end of
     * a label wrapped over two lines, which the document's text reads whole ({@link #joinOpenHints}); as a label of
     * its own its few words would name some other field ("description" the information).
     */
    static boolean isWrappedLabelEnd(String label) {
        String l = org.ypsa.hub.domain.forms.Words.withoutNumber(label.strip()).strip();
        return !l.isEmpty() && count(l, ')') > count(l, '(') && !l.startsWith(")");
    }

    /** A label whose bracketed hint runs onto the next line ("Category (missing / violence /" ...) is one line. */
    static String[] joinOpenHints(String[] lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (count(line, '(') > count(line, ')') && i + 1 < lines.length
                    && count(lines[i + 1], ')') > count(lines[i + 1], '(')) {
                line = line + " " + lines[++i];
            } else if (i + 1 < lines.length && continuesLabel(line, lines[i + 1])) {
                line = line.stripTrailing() + " " + lines[++i].strip();
            }
            out.add(line);
        }
        return out.toArray(String[]::new);
    }

    /** A label's first half, in one language, ended by a slash before the other's ("Pam ydych chi'n atgyfeirio? /"). */
    private static final java.util.regex.Pattern HALF_BEFORE_SLASH = java.util.regex.Pattern.compile("^(\\p{L}[^:\\t]*?)\\??\\s+/$");
    /** A line of a few words left open by a spaced dash, with no colon: "KIND OF INCIDENT -", "Incident happened on –". */
    private static final java.util.regex.Pattern DASH_LEFT_OPEN = java.util.regex.Pattern.compile(
            "^\\p{Lu}[^:\\t.?!]*\\p{L}\\s+[-–—]$");
    /** A label of up to six words, its colon or question mark, then an answer: "ENTER FULL DATE: 1/12/2026". */
    private static final java.util.regex.Pattern ANSWER_AFTER_A_SHORT_LABEL = java.util.regex.Pattern.compile(
            "^\\p{L}[^:?\\s]*(?:\\s+[^:?\\s]+){0,5}\\s*[:?]\\s*\\S.*");
    /** A bracketed hint or a dashed instruction opening a line, then a colon and an answer: "(please give details): ...". */
    private static final java.util.regex.Pattern HINT_THEN_ANSWER = java.util.regex.Pattern.compile(
            "^(\\([^()]*\\p{L}[^()]*\\)|[-\u2013]\\s*[^:()]{3,40}?)\\s*:\\s*\\S.*");

    /**
     * A label that goes on over the next line in a mail's body or a text: a label ending in " /" whose other language
     * is on the next line ("Gweithiwr y cyngor /" over "Council worker: Blessing Hussain", rule 3), read as one label
     * in two languages; a label alone on its line with its hint wrapped under it, then the answer ("Description of the
     * incident" over "(please give details): Ayaan was ...", "What has been done since?" over "- please describe:
     * ...", rule 5), read as the label with its hint. A hint line with no answer after its colon is left as it is: it
     * is never made a label of its own with an answer taken from the lines under it. Safety: tuned13 routed "/" as the
     * reason for referral and the actions taken as the incident's description.
     */
    static String[] joinLabelsRunOn(String[] lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String l = line.replace('\u00a0', ' ').strip();
            String n = i + 1 < lines.length ? lines[i + 1].replace('\u00a0', ' ').strip() : "";
            java.util.regex.Matcher half = HALF_BEFORE_SLASH.matcher(l);
            if (half.matches() && !n.isEmpty() && Character.isUpperCase(n.codePointAt(0)) && !n.contains("/ ")
                    && l.split("\\s+").length <= MAX_LABEL_WORDS && (n.contains(":") || n.contains("?"))) {
                out.add(half.group(1).strip() + " / " + n);
                i++;
                continue;
            }
            if (DASH_LEFT_OPEN.matcher(l).matches() && l.split("\\s+").length <= MAX_LABEL_WORDS
                    && ANSWER_AFTER_A_SHORT_LABEL.matcher(n).matches() && !n.contains("\t")) {
                // "INCIDENT HAPPENED ON -" over "ENTER FULL DATE: 1/12/2026": a label's first half left open by its
                // dash, its instruction and the answer on the next line, is one label
                out.add(l + " " + n);
                i++;
                continue;
            }
            java.util.regex.Matcher hint = HINT_THEN_ANSWER.matcher(n);
            if (hint.matches() && !l.isEmpty() && !l.contains(":") && !l.contains("\t") && !l.endsWith(".")
                    && Character.isUpperCase(l.codePointAt(0)) && l.split("\\s+").length <= MAX_LABEL_WORDS
                    && (hint.group(1).startsWith("(") || Instructions.isOnlyOne(hint.group(1).replaceFirst("^[-\u2013]\\s*", "")))) {
                out.add(l.replaceFirst("\\?$", "") + " " + n);
                i++;
                continue;
            }
            out.add(line);
        }
        return out.toArray(String[]::new);
    }

    /**
     * A label wrapped onto the next line: the line has no colon or question mark and opens with no small letter, and
     * the next starts in lower case and ends the label with one ("Is the young person homeless or" / "threatened with
     * homelessness? Yes").
     */
    static boolean continuesLabel(String line, String next) {
        String l = line.replace('\u00a0', ' ').strip();
        String n = next.replace('\u00a0', ' ').strip();
        if (!l.isEmpty() && !l.contains(":") && !l.contains("?") && !l.endsWith(".") && !l.contains("\t")
                && l.split("\\s+").length <= MAX_LABEL_WORDS && Character.isUpperCase(l.codePointAt(0))
                && n.matches("\\([^()]*\\p{L}[^()]*\\).*")) {
            // the label's bracketed hint wrapped onto the next line, the answer after it ("Date of birth" over
            // "(dd/mm/yyyy): 16/07/2010", "Reporting organisation" over "(the provider) Key2")
            return true;
        }
        // (the wrap shows in the change from the label's capital to the small letter going on: in a body typed in
        // small letters throughout, "emergency referral - supported accommodation" over "name: kayden morris" is a
        // heading over a label, not one label)
        if (l.isEmpty() || n.isEmpty() || l.contains(":") || l.contains("?") || l.endsWith(".")
                || l.split("\\s+").length > MAX_LABEL_WORDS || !Character.isLowerCase(n.codePointAt(0))
                || Character.isLowerCase(l.codePointAt(0))) {
            return false;
        }
        // the label's end is marked by "?" or ":", or by the tab before its value's cell ("was offered<TAB>12/11/2026")
        String raw = next.replace('\u00a0', ' ').stripLeading();
        int tab = raw.indexOf('\t');
        int mark = n.replaceAll("[?:].*$", "").length();
        if (tab > 0 && !line.contains("\t") && raw.substring(0, tab).strip().split("\\s+").length <= 6
                && !raw.substring(0, tab).contains(":")) {
            return true;
        }
        return mark < n.length() && n.substring(0, mark).split("\\s+").length <= 6;
    }

    /** A bracketed hint ending a label, after its words: "(to self, to others, ...)", "(Y/N and date)". */
    private static final Pattern HINT_AT_THE_END = Pattern.compile("(?<=\\S)\\s*\\([^()]*\\)\\s*[:?*]?$");

    /**
     * A line that reads as a label of its own: a short phrase starting with a capital, not a sentence (no full
     * stop), not a greeting or sign-off ("Kind regards", "Thanks,"), and not a value such as a date or an email.
     */
    static boolean looksLikeLabelLine(String line) {
        // a bracketed hint after the label lists what to write, and is no part of its length: "Risks (to self, to
        // others, from others, exploitation, substance misuse, offending, mental health)"
        String t = HINT_AT_THE_END.matcher(Words.withoutNumber(line.replace('\u00a0', ' ').strip())).replaceFirst("");
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || t.endsWith(".") || t.endsWith(",")
                || t.contains("@") || t.contains("\t") || t.split("\\s+").length > 8 || SIGN_OFF.matcher(t).matches()
                || kindOf(t) != Kind.UNTYPED || t.matches(".*\\d.*")) {
            return false;
        }
        return looksLikeLabel(t);
    }

    /** A short phrase with a letter in it, not an email header or a sentence. */
    static boolean looksLikeLabel(String label) {
        String c = Words.clean(label);
        int words = c.isEmpty() ? 0 : c.split("\\s+").length;
        return words >= 1 && words <= MAX_LABEL_WORDS && c.matches(".*[a-z].*") && !NOT_LABELS.contains(c)
                && !label.trim().startsWith(">");
    }

    /**
     * Whether a line under a label alone on its line is that label's answer because the line after it is the next
     * label: the line carries no label's mark (no colon, question mark, tab, required star or question number) and
     * the line after it is blank, the end, or marked as a label (ends in a colon, a question mark or a star, or starts
     * with a question number).
     */
    static boolean answerBetweenQuestions(String next, String after) {
        String n = next.replace('\u00a0', ' ').strip();
        if (n.isEmpty() || n.contains(":") || n.contains("?") || next.contains("\t") || n.endsWith("*")
                || !Words.withoutNumber(n).equals(n) || n.matches("[^a-z]*[A-Z]{2}[^a-z]*")) {
            return false; // a line in capitals is a label as a whole ("DATE INCIDENT HAPPENED" under a heading)
        }
        String a = after.replace('\u00a0', ' ').strip();
        String rest = Words.withoutNumber(a);
        return a.isEmpty() || a.endsWith(":") || a.endsWith("?") || a.endsWith("*")
                || !rest.equals(a) && a.matches("^\\S*\\d.*") && !rest.matches(".*\\d.*") && kindOf(a) == Kind.UNTYPED;
    }

    /** A question's number in a line after a few words: "Enw'r plentyn 1.1) Name of child". */
    private static final java.util.regex.Pattern NUMBER_INSIDE = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[^\\d:;.!\\t]{0,60}?)\\s+((?:Q\\d{1,2}(?:\\.\\d{1,2}){0,2}|\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?|\\d/\\d{1,2})"
                    + "[.)]?\\s+(?=\\p{Lu})\\S.*)$");
    private static final int MAX_OTHER_LANGUAGE_WORDS = 6;

    /**
     * A line of a form printed in two languages side by side, as a PDF's text gives a row of "Welsh | English |
     * answer": the words before the question's number are the question in the other language, part of the label and
     * never its answer or a label of their own; the line starts at the number ("Dyddiad geni'r plentyn 1.2) Child's DOB
     * 16/07/2010" is "1.2) Child's DOB 16/07/2010"). A few words with no digit, colon or full stop before a section's
     * number ("1.2", "Q1.2", "1/2") followed by a capital only: "She left at 3.15 pm" is a sentence.
     */
    static String fromItsNumber(String line) {
        if (line == null || line.indexOf('\t') >= 0) {
            return line;
        }
        java.util.regex.Matcher m = NUMBER_INSIDE.matcher(line.replace('\u00a0', ' ').strip());
        if (!m.matches() || m.group(1).strip().split("\\s+").length > MAX_OTHER_LANGUAGE_WORDS
                || !Words.withoutNumber(m.group(1)).equals(m.group(1))) {
            return line;
        }
        // "Cyfeiriad / 1/3 Address now": a label already in two languages keeps both, without the number
        return m.group(1).strip().endsWith("/") ? m.group(1).strip() + " " + Words.withoutNumber(m.group(2)) : m.group(2);
    }

    /** A section's question number at the start of a line: "Q1.1", "1.1", "1.2)", "2/3", "4.". Not "12 Church Street". */
    private static final java.util.regex.Pattern SECTION_NUMBER = java.util.regex.Pattern.compile(
            "^(?:(?i:q)\\d{1,2}|\\d{1,2}[./)]\\d{0,2})");

    /**
     * A short line with no number, no digit and no colon directly above a question numbered by its section ("Q1.1",
     * "1.2)", "2/3"): the question's label in the other language printed over it ("Enw'r darparwr" over "Q1.1
     * Reporting organisation"), or a heading, never a label with its own answer. Whether it answers the line above is
     * for that line to say.
     */
    static boolean labelOverNumberedQuestion(String line, String next) {
        String l = line.replace('\u00a0', ' ').strip();
        String n = next.replace('\u00a0', ' ').strip();
        return !l.isEmpty() && !n.isEmpty() && !l.matches(".*[\\d:\\t].*") && !l.endsWith(".") && !l.endsWith(",")
                && l.split("\\s+").length <= MAX_OTHER_LANGUAGE_WORDS && Character.isUpperCase(l.codePointAt(0))
                && !Words.withoutNumber(n).equals(n) && SECTION_NUMBER.matcher(n).find();
    }

    static boolean isNumberedQuestion(String line, String withoutNumber) {
        return !Words.withoutNumber(line.strip()).equals(line.strip()) && !withoutNumber.matches(".*[\\d:?\t].*")
                && withoutNumber.split("\\s+").length <= 8;
    }

    /** A word of the marks only that {@link #tidyValue} takes off a value: a value of such words may tidy to nothing. */
    static final Pattern SEPARATORS = Pattern.compile("[:\\-\u2013*=]*");

    static String tidyValue(String v) {
        // the separator or required-field star between a label and its value is neither's
        return v.trim().replaceFirst("^[:\\-\u2013*=]+\\s*", "").replaceFirst("\\s+\\*+$", "").trim();
    }
}
