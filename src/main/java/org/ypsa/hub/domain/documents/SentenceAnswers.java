package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.LabelMatcher;

/**
 * Answers typed as sentences in a mail body, a paragraph to a section: "I'm referring Cai Bowen. Date of birth is
 * 3 May 2009. Status CIN. I am a Youth Worker." Each sentence that opens with a label becomes a line of its own, a
 * label joined to its answer by "is" or "are" reads as one with a colon ("Date of birth: 3 May 2009"), and what a
 * writer says of themselves in the first person reads as the form's second-person labels ("I am a Youth Worker" is
 * "Your role: Youth Worker"). A sentence that opens with no label stays with the one before it, so an answer of
 * several sentences ("Reason: Mum asked her to leave. She has nowhere to go.") is not cut.
 */
public final class SentenceAnswers {
    /** Where a sentence may end: a full stop, question or exclamation mark, then a capital or a digit. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])");
    /** Words cut short before a full stop that ends no sentence: "D.O.B. 3 May", "approx. 2pm", "Mr. Bowen". */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|[\\s(])(?:\\p{L}(?:\\.\\p{L})+|mr|mrs|ms|dr|st|approx|"
            + "tel|ref)\\.$");
    /** "Label is answer": a short subject, "is"/"are"/"was"/"were", its answer. */
    private static final Pattern COPULA = Pattern.compile("^([^:\\d]{2,60}?)\\s+(?:is|are|was|were)\\s+(\\S.*)$");
    /** Subjects that name no field: "This is Cai writing", "They are 17", "It was agreed". */
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:i|it|this|that|there|he|she|they|we|you|which|who|"
            + "what|mum|dad)\\b.*");
    private static final int LABEL_WORDS = 6;
    /** An answer of this many words or fewer (a date, a name, a yes or no) is whole without a sentence after it. */
    private static final int SHORT_ANSWER = 3;
    /** A sentence longer than this that opens with a field's word and no colon or dash is prose, no label. */
    private static final int LONG_SENTENCE = 5;
    /** An answer after "is" longer than this is a clause ("Placement is ending because ..."), not a label's answer. */
    private static final int COPULA_ANSWER = 6;

    /** First-person sentences about the writer, as the form's own second-person labels. */
    private static final List<Map.Entry<Pattern, String>> FIRST_PERSON = List.of(
            Map.entry(Pattern.compile("(?i)^(?:i am|i'm|i’m) (?:referring|making a referral for) (\\S.*)$"),
                    "Young person's name: $1"),
            Map.entry(Pattern.compile("(?i)^this is (\\S.*?) (?:writing|here)[.!]?$"), "Your name: $1"),
            Map.entry(Pattern.compile("(?i)^(?:i am|i'm|i’m) (?:a|an) (\\S.*)$"), "Your role: $1"),
            Map.entry(Pattern.compile("(?i)^(?:i work (?:for|in|at|with)|(?:i am|i'm|i’m) from|from) (\\S.*)$"),
                    "Your team: $1"),
            Map.entry(Pattern.compile("(?i)^(?:responding|writing|replying) on behalf of (\\S.*)$"),
                    "Your organisation: $1"),
            Map.entry(Pattern.compile("(?i)^(?:reply to|email me (?:at|on)) (\\S+@\\S+?)[.]?$"), "Your email: $1"),
            Map.entry(Pattern.compile("(?i)^my (\\p{L}+(?: \\p{L}+)?) (?:is|are) (\\S.*)$"), "Your $1: $2"));

    private SentenceAnswers() {
    }

    /**
     * The text with each line of sentences split where a sentence opens with a label ({@code score} says how well
     * words name their best field: the words before a colon, a dash or "is" must reach the label threshold, a
     * sentence's first words with nothing after them the line threshold), the rest as it was. "Address: 3 Mill Lane. Status CIN."
     * gives "Address: 3 Mill Lane." and "Status CIN."; a line of one sentence with no label in it is kept as written.
     */
    public static String lines(String text, ToDoubleFunction<String> score) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (String line : text.split("\\R", -1)) {
            String read = split(line, score);
            changed |= !read.equals(line);
            out.append(read).append('\n');
        }
        return changed ? out.substring(0, out.length() - 1) : text; // a body with no such line is read as it came
    }

    private static String split(String line, ToDoubleFunction<String> score) {
        if (line.isBlank() || line.strip().startsWith(">")) {
            return line;
        }
        List<String> sentences = sentences(line.strip());
        if (sentences.size() < 2) {
            return line;
        }
        List<String> lines = new ArrayList<>();
        int opening = 0;
        for (String s : sentences) {
            String read = asLabelled(s, score);
            boolean opens = !read.equals(s) || opensWithLabel(s, score);
            if (opens) {
                opening++;
            }
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            if (lines.isEmpty() || opens || last.split("\\s+").length <= SHORT_ANSWER + 1) {
                // a short answer ("Date of birth: 3 May 2009") is whole: a sentence after it is a remark of its own
                lines.add(withoutFullStop(read));
            } else {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + s);
            }
        }
        return opening >= 2 ? String.join("\n", lines) : line;
    }

    /** A sentence's own full stop is no part of its answer ("Status CIN." is CIN); a shortened word keeps its dot. */
    static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") && !sentence.matches("(?is).*(?:\\b\\p{L}\\.\\p{L}\\.|\\b(?:etc|approx|e\\.g|i\\.e))$")
                ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** The line's sentences, a full stop after a shortened word ("D.O.B.", "approx.") ending none. */
    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(line);
        int from = 0;
        while (m.find()) {
            String before = line.substring(from, m.start());
            if (ABBREVIATION.matcher(before).find()) {
                continue;
            }
            out.add(before.strip());
            from = m.end();
        }
        out.add(line.substring(from).strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * A sentence as a label and its answer: "Date of birth is 3 May 2009" as "Date of birth: 3 May 2009" when the
     * words before "is" name a field, a first-person sentence about the writer as its second-person label; any other
     * sentence as written.
     */
    static String asLabelled(String sentence, ToDoubleFunction<String> score) {
        String s = sentence.strip();
        for (Map.Entry<Pattern, String> p : FIRST_PERSON) {
            Matcher m = p.getKey().matcher(s);
            if (m.matches()) {
                return m.replaceFirst(p.getValue());
            }
        }
        Matcher c = COPULA.matcher(s);
        if (c.matches() && !PRONOUN.matcher(c.group(1)).matches()
                && c.group(2).strip().split("\\s+").length <= COPULA_ANSWER
                && c.group(1).strip().split("\\s+").length <= LABEL_WORDS
                && score.applyAsDouble(c.group(1).strip()) >= LabelMatcher.THRESHOLD) {
            return c.group(1).strip() + ": " + c.group(2);
        }
        return s;
    }

    /** Whether the sentence opens with a label: words before a colon or a dash, or its first words, name a field. */
    private static boolean opensWithLabel(String sentence, ToDoubleFunction<String> score) {
        Matcher marked = Pattern.compile("^([^:]{2,60}?)\\s*(?::|\\s[-\u2013]\\s)").matcher(sentence);
        if (marked.find() && marked.group(1).split("\\s+").length <= LABEL_WORDS
                && score.applyAsDouble(marked.group(1)) >= LabelMatcher.THRESHOLD) {
            return true;
        }
        String[] words = sentence.split("\\s+");
        if (words.length > LONG_SENTENCE) {
            return false; // a long sentence opening with a field's word is prose ("Staff have seen him ...")
        }
        for (int k = Math.min(3, words.length - 1); k >= 1; k--) {
            if (score.applyAsDouble(String.join(" ", java.util.Arrays.asList(words).subList(0, k)))
                    >= LabelMatcher.LINE_THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
