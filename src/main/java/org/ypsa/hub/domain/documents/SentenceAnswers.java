package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.LabelMatcher;
import org.ypsa.hub.domain.forms.Words;

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
    /** "no." before a number ("LCS no. 710"), "c." or "ca." (circa) before a time ("at c. 22:35") end no sentence. */
    private static final Pattern NUMBER_OR_CIRCA = Pattern.compile("(?i)(?:^|[\\s(])(?:no|c|ca)\\.$");
    /** An email address and the full stop of the sentence it ends: "Email her at a.b@council.test." */
    private static final Pattern EMAIL_AT_FULL_STOP = Pattern.compile("([^@\\s]+@[^@\\s]+\\.\\p{L}{2,})\\.(?=\\s*$)");
    /** "Label is answer": a short subject, "is"/"are"/"was"/"were", its answer. */
    private static final Pattern COPULA = Pattern.compile("^([^:\\d]{2,60}?)\\s+(?:is|are|was|were)\\s+(\\S.*)$");
    /** Subjects that name no field: "This is Cai writing", "They are 17", "It was agreed". */
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:i|it|this|that|there|he|she|they|we|you|which|who|"
            + "what|mum|dad"
            // nor do subjects that count or deny: "No dates were given", "All residents are safe", "Some threats were made"
            + "|no|not|none|nothing|any|all|some|both|several|many|few|each|every|other|two|three)\\b.*");
    /** A sentence that denies or counts with a verb after its subject ("No dates were given", "No threats were made"). */
    private static final Pattern DENIAL = Pattern.compile("(?i)^(?:(?:no|not|none|nothing)\\s+\\S+(?:\\s+\\S+)?\\s+"
            + "(?:" + Words.AUXILIARY + "|made|given)\\b|no\\s+(?:concerns?|further|known|issues?|threats?|"
            + "risks?|immediate|current)\\s+\\S+)");
    private static final int LABEL_WORDS = 6;
    /** An answer of this many words or fewer (a date, a name, a yes or no) is whole without a sentence after it. */
    private static final int SHORT_ANSWER = 3;
    /** A sentence longer than this that opens with a field's word and no colon or dash is prose, no label. */
    private static final int LONG_SENTENCE = 5;
    /** An answer after "is" longer than this is a clause ("Placement is ending because ..."), not a label's answer. */
    private static final int COPULA_ANSWER = 6;

    /** A time of day as people type it: "22:35", "10.55am", "10pm", "1835hrs". */
    private static final String TIME = "(?:\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|hrs|hours)?|\\d{1,2}\\s*(?:am|pm)"
            + "|(?:[01]\\d|2[0-3])[0-5]\\d\\s*(?:hrs|hours|h))";
    /** Words before a time that say it is near enough: "roughly", "c.", "about". */
    private static final String ABOUT = "(?:(?:roughly|about|around|approx\\.?|approximately|c\\.|ca\\.?|circa)\\s+)?";
    /** The same said after it, in brackets: "(roughly)". */
    private static final String ABOUT_AFTER = "(?:\\s*\\((?:roughly|approx\\.?|approximately|about|est\\.?)\\))?";
    /** When it happened, a sentence of its own: "On Saturday 16th January", "This happened 17 Jan 2027; c. 22:35". */
    private static final Pattern HAPPENED_ON = Pattern.compile("(?i)^(?:(?:this|it|the incident|that) (?:happened|took place"
            + "|occurred|was)(?: on)?|on) (.+?)(?:[;,]?\\s+(?:at\\s+)?" + ABOUT + "(" + TIME + ")" + ABOUT_AFTER + ")?$");
    /** The time it happened, a sentence of its own: "At roughly 10:55am", "At 1835hrs (roughly)". */
    private static final Pattern HAPPENED_AT = Pattern.compile("(?i)^(?:at|around|about)\\s+" + ABOUT + "(" + TIME + ")"
            + ABOUT_AFTER + "$");

    /** Words that say it is so now: "Currently", "At the moment,". */
    private static final String NOW = "(?:(?:currently|at the moment|at present|right now|for now),? )?";
    /** The young person as a sentence's subject. */
    private static final String WHO = "(?:he|she|they|yp|the young person) ";

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
            Map.entry(Pattern.compile("(?i)^my (\\p{L}+(?: \\p{L}+)?) (?:is|are) (\\S.*)$"), "Your $1: $2"),
            // where the young person is now, an address (it has a number): "Currently staying at 4 Elm Row", "She lives
            // with her nan at 9 Cross St", "At the moment they are at Flat 2, 7 Hill Rd"
            Map.entry(Pattern.compile("(?i)^" + NOW + "(?:" + WHO + "(?:is |are )?)?(?:currently |now |still )?"
                    + "(?:staying|living|lives?|residing|sleeping) (?:with [^,.]{1,40}? )?(?:at|in) (?=[^.]*\\d)(\\S.*)$"),
                    "Current address: $1"),
            Map.entry(Pattern.compile("(?i)^" + NOW + WHO + "(?:is|are) (?:currently |now |still )?at (?=[^.]*\\d)(\\S.*)$"),
                    "Current address: $1"));

    /** A name as written: words opening with a capital, joined by "of", "and", "the", "&" ("Stonewater Housing"). */
    private static final String PROPER_NAME = "(?-i:\\p{Lu})[\\p{L}\\d'\u2019&.-]*(?:\\s+(?:of|and|for|the|&"
            + "|(?-i:\\p{Lu})[\\p{L}\\d'\u2019&.-]*)){0,5}";
    /**
     * Sentences that say one field whole, read even alone on their line: who the sender's organisation is ("We are
     * Stonewater Housing"), where a young person named by their first name is staying, at an address with a number
     * ("Kwabena is currently staying at 4 Elm Row"). A name or an address is taken only where the sentence gives it
     * whole: "We are unable to manage this" names nothing, "Kai is staying with friends" gives no address.
     */
    private static final List<Map.Entry<Pattern, String>> WHOLE_SENTENCES = List.of(
            Map.entry(Pattern.compile("(?i)^(?:we are|we're|we\u2019re)\\s+(" + PROPER_NAME + ")\\.?$"),
                    "Your organisation: $1"),
            Map.entry(Pattern.compile("(?i)^" + NOW + "(?-i:\\p{Lu})\\p{L}+(?:[ -](?-i:\\p{Lu})[\\p{L}'-]+)?\\s+(?:is|are)\\s+"
                    + "(?:currently |now |still )?(?:staying|living|residing|sleeping)(?: with [^,.]{1,40}?)? (?:at|in) "
                    + "(?=[^.]*\\d)(\\S.*?)\\.?$"), "Current address: $1"));

    private SentenceAnswers() {
    }

    /**
     * A line of one sentence that says one field whole ({@link #WHOLE_SENTENCES}), or when it happened ("The incident
     * happened on Tue 1 Dec 2026 at about 9.40pm"), as a label and its answer; any other line as written.
     */
    static String wholeSentence(String line) {
        String s = withoutFullStop(line.strip());
        for (Map.Entry<Pattern, String> p : WHOLE_SENTENCES) {
            Matcher m = p.getKey().matcher(s);
            if (m.matches()) {
                return m.replaceFirst(p.getValue());
            }
        }
        Matcher on = HAPPENED_ON.matcher(s);
        if (on.matches() && isDate(on.group(1))) {
            return "Date and time: " + on.group(1) + (on.group(2) == null ? "" : " at " + on.group(2));
        }
        return line;
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

    private static String split(String written, ToDoubleFunction<String> score) {
        if (written.isBlank() || written.strip().startsWith(">")) {
            return written;
        }
        // a full stop after an email address that ends the line is the sentence's: no address ends with a dot (one
        // inside the line still parts two sentences, each losing its own full stop when it is a line of its own)
        String line = EMAIL_AT_FULL_STOP.matcher(written).replaceAll("$1");
        List<String> sentences = sentences(line.strip());
        if (sentences.size() < 2) {
            return wholeSentence(line);
        }
        List<String> lines = new ArrayList<>();
        int opening = 0;
        String previous = "";
        for (String s : sentences) {
            String read = asLabelled(s, score);
            boolean opens = !read.equals(s) || opensWithLabel(s, score);
            if (opens) {
                opening++;
            }
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            if (lines.isEmpty() || opens || last.split("\\s+").length <= SHORT_ANSWER + 1 || endsWithDate(last)) {
                // a short answer ("Date of birth: 3 May 2009") is whole: a sentence after it is a remark of its own
                lines.add(withoutFullStop(read));
            } else {
                // the sentence before keeps its own full stop when one goes on after it ("... drug supply. Residents say")
                String stop = previous.endsWith(".") && !last.endsWith(".") ? "." : "";
                lines.set(lines.size() - 1, last + stop + " " + s);
            }
            previous = s;
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
            if (ABBREVIATION.matcher(before).find() || NUMBER_OR_CIRCA.matcher(before).find()
                    && Character.isDigit(line.charAt(m.end()))) {
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
        String whole = wholeSentence(s);
        if (!whole.equals(s)) {
            return whole;
        }
        for (Map.Entry<Pattern, String> p : FIRST_PERSON) {
            Matcher m = p.getKey().matcher(s);
            if (m.matches()) {
                return m.replaceFirst(p.getValue());
            }
        }
        Matcher at = HAPPENED_AT.matcher(withoutFullStop(s));
        if (at.matches()) {
            return "Time: " + at.group(1);
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

    /** Whether a word opens an answer, not the rest of a clause: a capital, a digit or a tick box ("Yes", "12", "☑"). */
    private static boolean answerStarts(String word) {
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\u25a1\u25a0\u2610\u2611\u2612\u2713\u2714[".indexOf(c) >= 0;
    }

    /** Whether the words are a date, with or without its year or a weekday ("Saturday 16th January", "12/01/2027"). */
    private static boolean isDate(String words) {
        return org.ypsa.hub.domain.Dates.parse(words).isPresent() || org.ypsa.hub.domain.Dates.isDayAndMonth(words);
    }

    /**
     * Whether the line ends with a date ("D.O.B. 11 April 2009 (tbc)"): an answer that is whole, so the sentence after
     * it ("They are aged 17.") is a remark of its own, not more of the answer.
     */
    private static boolean endsWithDate(String line) {
        String[] words = line.replaceAll("\\s*\\([^()]*\\)\\.?$", "").split("\\s+");
        for (int k = Math.min(4, words.length - 1); k >= 1; k--) {
            if (org.ypsa.hub.domain.Dates.parse(String.join(" ", java.util.Arrays.asList(words)
                    .subList(words.length - k, words.length))).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence opens with a label: words before a colon or a dash, or its first words, name a field. */
    private static boolean opensWithLabel(String sentence, ToDoubleFunction<String> score) {
        Matcher marked = Pattern.compile("^([^:]{2,60}?)\\s*(?::|\\s[-\u2013]\\s)").matcher(sentence);
        if (marked.find() && marked.group(1).split("\\s+").length <= LABEL_WORDS
                && score.applyAsDouble(marked.group(1)) >= LabelMatcher.THRESHOLD) {
            return true;
        }
        if (DENIAL.matcher(sentence).find()) {
            return false;
        }
        String[] words = sentence.split("\\s+");
        for (int k = Math.min(LABEL_WORDS, words.length - 1); k >= 1; k--) {
            // a long sentence opening with a field's word is prose ("Staff have seen him ..."), unless the answer
            // plainly starts after the label: a capital, a number or a tick box ("Status Not known to social care",
            // "Consent to share information Yes")
            if ((k <= 3 && words.length <= LONG_SENTENCE || answerStarts(words[k]))
                    && score.applyAsDouble(String.join(" ", java.util.Arrays.asList(words).subList(0, k)))
                    >= LabelMatcher.LINE_THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
