package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply that answers an earlier mail's questions inline: the request quoted under the sender's note ("> Young
 * person's name", "> When did it happen?"), each answer typed under its question, bare or as "A: ...", "Answer: ...",
 * "- ..." or "[RW] ..." (the replier's initials). A quoted question is a label; the sender's own, unquoted lines under
 * it are its answer. Set out as "question: answer" lines, the form reads as any other body. The quoted mail's own
 * words are never an answer: an unanswered question is left out, and a quoted "label: value" line is no question.
 */
public final class InlineAnswers {
    /** Where the earlier mail starts: a quoted line, a divider, "On ... wrote:", an Outlook "From: ..." header. */
    private static final Pattern EARLIER_MAIL = Pattern.compile("(?i)^(?:>.*|on .{4,120} wrote:|-{2,}\\s*(?:original message"
            + "|previous message|forwarded message)\\s*-*|_{8,}|begin forwarded message:?|from\\s*:.*@.*)$");
    /** A mail header line of the earlier mail: "Sent: 22 December 2026 09:37", "Subject: ...". */
    private static final Pattern HEADER = Pattern.compile("(?i)^(?:from|sent|date|to|cc|subject)\\s*:.*");
    /** The word an online form's export or a replier puts before each answer: "Answer: ", "Ans. ", "Response: ". */
    private static final String ANSWER_WORD = "(?i:ans|answer|response)\\s*[:.)\\-\u2013]\\s*";
    /** What a replier types before an answer: "A: ", "Ans. ", "Answer - ", "[RW] ", "- ". */
    private static final Pattern MARK = Pattern.compile("^(?:A\\s*(?:[:)]|\\s[-\u2013])\\s*|" + ANSWER_WORD + "|\\[[A-Z]{1,4}\\]\\s*"
            + "|[-\u2013\u2022*]\\s+)");
    /** A line of an answer under its question, as an online form's responses are exported: "Response: DAWIT HAILE". */
    private static final Pattern ANSWER_LINE = Pattern.compile("^\\s*" + ANSWER_WORD + "(.*)$");
    /** This many questions answered inline make the reply a form answered inline; fewer are remarks on a mail. */
    private static final int ANSWERS = 3;
    private static final int HEADING_WORDS = 8;

    private InlineAnswers() {
    }

    private enum Kind { QUOTED, MARKED, PLAIN, BLANK, OTHER }

    private record Line(Kind kind, String text, String raw) {
    }

    /**
     * The body without the word put before each answer under its question, when {@link #ANSWERS} answers or more have
     * it, as an online form's responses are exported ("Your name" / "Response: ELIN VAUGHAN" is "Your name" over its
     * answer), each question answered inline set out as "question: answer"; unchanged when it answers none.
     */
    public static String lines(String body) {
        if (body == null || body.isBlank()) {
            return body;
        }
        body = withoutAnswerWords(body);
        String[] raw = body.split("\\R", -1);
        int start = -1;
        for (int i = 0; i < raw.length && start < 0; i++) {
            if (EARLIER_MAIL.matcher(raw[i].strip()).matches()) {
                start = i;
            }
        }
        if (start < 0) {
            return body;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = start; i < raw.length; i++) {
            lines.add(line(raw[i]));
        }
        List<String> out = new ArrayList<>(List.of(raw).subList(0, start));
        int answered = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line q = lines.get(i);
            List<String> answer = q.kind() == Kind.QUOTED || q.kind() == Kind.PLAIN ? answerUnder(lines, i, q.kind())
                    : List.of();
            if (answer.isEmpty() || !isQuestion(q.text())) {
                // the request's own words are no answers: its headings stay, its other lines go
                out.add(q.kind() == Kind.QUOTED && isHeading(q.text()) ? q.text()
                        : q.kind() == Kind.QUOTED || q.kind() == Kind.BLANK ? "" : q.raw());
                continue;
            }
            answered++;
            String label = q.text().replaceFirst("\\s*:\\s*$", "");
            if (answer.size() == 1) {
                out.add(label + ": " + answer.get(0));
            } else {
                out.add(label + ":");
                out.addAll(answer);
            }
            i = next(lines, i, answer.size());
        }
        return answered >= ANSWERS ? String.join("\n", out) : body;
    }

    private static Line line(String raw) {
        String s = raw.strip();
        if (s.startsWith(">")) {
            String text = s.replaceFirst("^(?:>\\s?)+", "").strip();
            return new Line(text.isEmpty() ? Kind.BLANK : Kind.QUOTED, text, raw);
        }
        if (s.isEmpty()) {
            return new Line(Kind.BLANK, "", raw);
        }
        if (HEADER.matcher(s).matches() || EARLIER_MAIL.matcher(s).matches()) {
            return new Line(Kind.OTHER, s, raw);
        }
        String unmarked = MARK.matcher(s).replaceFirst("").strip();
        return unmarked.length() < s.length() && !unmarked.isEmpty() ? new Line(Kind.MARKED, unmarked, raw)
                : new Line(Kind.PLAIN, s, raw);
    }

    /**
     * The sender's answer under line {@code at}: under a quoted question the unquoted lines up to the next quoted or
     * blank line; under a question of the sender's own mail only lines marked as answers ("A: ...").
     */
    private static List<String> answerUnder(List<Line> lines, int at, Kind question) {
        List<String> answer = new ArrayList<>();
        int i = at + 1;
        while (i < lines.size() && lines.get(i).kind() == Kind.BLANK && lines.get(i).raw().isBlank()
                && !lines.get(i).raw().strip().startsWith(">")) {
            i++; // an empty line between a question and its answer
        }
        for (; i < lines.size(); i++) {
            Kind k = lines.get(i).kind();
            if (k == Kind.MARKED || k == Kind.PLAIN && question == Kind.QUOTED) {
                answer.add(lines.get(i).text());
            } else {
                break;
            }
        }
        return answer;
    }

    /** The index of the last line of the answer of {@code size} lines under the question at {@code at}. */
    private static int next(List<Line> lines, int at, int size) {
        int i = at;
        int taken = 0;
        while (taken < size && i + 1 < lines.size()) {
            i++;
            if (lines.get(i).kind() == Kind.MARKED || lines.get(i).kind() == Kind.PLAIN) {
                taken++;
            }
        }
        return i;
    }

    private static String withoutAnswerWords(String body) {
        String[] raw = body.split("\\R", -1);
        int marked = 0;
        for (int i = raw.length - 1; i > 0; i--) {
            Matcher m = ANSWER_LINE.matcher(raw[i]);
            if (m.matches() && !raw[i - 1].isBlank()) {
                raw[i] = m.group(1);
                marked++;
            }
        }
        return marked < ANSWERS ? body : String.join("\n", raw);
    }

    /** A quoted line that already holds its value ("> Name: Jo Bloggs") is the earlier mail's form, no question. */
    private static boolean isQuestion(String text) {
        return !text.isEmpty() && !LabelShapes.answeredOnItsLine(text) && !HEADER.matcher(text).matches();
    }

    /** A short quoted line in capitals ("B. RESIDENT", "2. ABOUT YOU") or lettered as a section is a heading. */
    private static boolean isHeading(String text) {
        return !text.isEmpty() && text.split("\\s+").length <= HEADING_WORDS && !text.matches(".*[?:*]$")
                && (!text.matches(".*\\p{Ll}.*") || SectionHeading.is(text));
    }
}
