package org.ypsa.hub.domain.forms;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ypsa.hub.domain.Dates;

/**
 * What a form tells its writer to do beside a label or where the answer goes: "please describe", "enter full date",
 * "(please specify)", "(if known)", " - please give details". Such words ask for an answer; they are neither the label's
 * meaning nor an answer. One reader for the label matcher (a "Date of birth - please check" still asks the date of
 * birth), the text reader (a line ending in a hint is the next label) and the value reader ("please describe" left in
 * the answer's place is no answer).
 */
public final class Instructions {
    /** The verbs a form tells its writer with. */
    private static final String VERB = "describe|give|state|specify|enter|provide|list|explain|tick|select|write|detail"
            + "|include|confirm|check|continue";
    /** When an answer is asked for, after a dash: "- required for planned", "- optional", "- mandatory if under 18" */
    // (or said only when it applies or must be: "- if known", "- where applicable", "- must be completed", "- facts only")
    private static final String WHEN_ASKED = "(?:(?:required|optional|mandatory)(?:\\s+(?:for|if|when|where|on|only)\\b"
            + "[\\p{L}\\s,/-]{0,40})?|(?:if|where)\\s+(?:known|any|applicable|relevant|available|appropriate)"
            + "|must\\s+be\\s+(?:completed|filled\\s+in|answered)|be\\s+specific|facts\\s+only|your\\s+answer|as\\s+best\\s+you\\s+can)";
    /**
     * A hint in brackets opens with an instruction or says when or how to answer: "(if known)", "(as recorded)", "(dd/mm)",
     * or tells the writer to answer there ("(record here)", "(complete)").
     */
    private static final String HINT_OPENS = "please|" + VERB + "|if|as|known|optional|required|in full|dd|day|record|complete";

    /**
     * How to write a date or a time, alone where the answer goes: "DD / MM / YYYY please", "dd/mm/yy", "(dd.mm.yyyy
     * only)", "hh:mm". No figure, so never a date.
     */
    private static final Pattern FORMAT_ONLY = Pattern.compile("(?i)^[-\u2013\\s(]*(?:please\\s+(?:use|give|write)\\s+)?"
            + Dates.FORMAT_HINT
            + "(?:\\s*,?\\s*(?:please|only|format))?\\s*[).:]?\\s*$");

    /** Only an instruction: "please describe", "Give details", "(please specify)", "- enter full date". */
    private static final Pattern ONLY = Pattern.compile("(?i)^[-\u2013\\s(]*(?:(?:please\\s+)?(?:" + VERB
            + ")\\b[\\p{L}\\s,/]{0,40}|" + WHEN_ASKED + ")[).:]?\\s*$");
    /** A label, a dash, then an instruction: "Needed from - enter full date", "Why? \u2013 please describe". */
    private static final Pattern AFTER_A_DASH = Pattern.compile("(?i)\\s[-\u2013]\\s+(?:(?:please\\s+\\p{L}+|(?:" + VERB
            + ")\\b)[^\\d\\n]{0,40}|" + WHEN_ASKED + ")$");
    /** A label ending in a bracketed hint on how to answer it: "Sex (as recorded)", "Date (dd/mm/yyyy)". */
    private static final Pattern BRACKETED_HINT = Pattern.compile("(?i).*\\((?:" + HINT_OPENS + ")\\b[^()]*\\)$");

    /** The words of an instruction, which say nothing of what is asked ("Date of birth please check", "in full"). */
    public static final Set<String> WORDS = Set.copyOf(Words.of(("please " + HINT_OPENS).replace('|', ' ')));

    /** An instruction for the form as a whole: "Fill in every section, please.", "Please complete all questions". */
    private static final Pattern FOR_THE_WHOLE_FORM = Pattern.compile("(?i)^(?:please\\s+)?(?:(?:fill\\s+in|complete|answer)"
            + "\\s+(?:every|all|each|all\\s+the|all\\s+of\\s+the)\\s+(?:sections?|questions?|parts?|fields?|boxes?)\\b[\\p{L}\\s,]{0,20}"
            // or how to mark its boxes: "Tick one box per question where boxes are shown."
            + "|(?:tick|mark|cross|select)\\s+(?:one|a|the\\s+(?:relevant|appropriate))\\s+box(?:es)?\\s+(?:per|for\\s+each|in\\s+each|on\\s+each)"
            + "\\s+(?:question|section|row|line)\\b[\\p{L}\\s,]{0,40})[.!]?$");

    /**
     * How the form's boxes are to be filled, after what they are, if said: "Grey boxes - no need to tick, just write
     * your answer.", "Shaded cells: type your answers in the white boxes", "Just write your answers beside each question",
     * "Type in the boxes to the right of each question".
     */
    private static final Pattern HOW_TO_FILL_THE_BOXES = Pattern.compile("(?iu)^(?:[\\p{L}\\s]{1,30}?(?:\\s[-\u2013]|:)\\s+)?"
            + "(?:please\\s+|just\\s+)?(?:(?:there\\s+is|there['\u2019]s)\\s+)?(?:no\\s+need\\s+to\\s+(?:tick|cross|sign|circle|print)\\b"
            + "|(?:write|type|put|enter)\\s+(?:your|the|an|each)\\s+answers?\\s*(?:$|[.,]|in\\b|into\\b|here\\b|below\\b|beside\\b|next\\s+to\\b)"
            // where the answers go: "Type in the boxes to the right of each question", "Write in the white spaces"
            + "|(?:write|type|fill)\\s+(?:in|into)\\s+the\\s+(?:\\p{L}+\\s+)?(?:boxes|box|cells|spaces)\\b)"
            + "[\\p{L}\\s,'\u2019]{0,50}[.!]?$");

    private Instructions() {
    }

    /**
     * Whether the text only tells the writer how to answer ("please describe", "enter full date", "DD / MM / YYYY
     * please"): no answer.
     */
    public static boolean isOnlyOne(String text) {
        String t = text == null ? "" : text.replace('\u00a0', ' ').strip();
        return text != null && (ONLY.matcher(t).matches() || FORMAT_ONLY.matcher(t).matches());
    }

    /** Whether the text tells the writer to answer every part of the form: it asks nothing, and is no label. */
    public static boolean isForTheWholeForm(String text) {
        String t = text == null ? "" : text.replace('\u00a0', ' ').strip();
        return text != null && (FOR_THE_WHOLE_FORM.matcher(t).matches() || HOW_TO_FILL_THE_BOXES.matcher(t).matches());
    }

    /**
     * The writer saying what follows is set out below ("I have set out below what has been happening", "We've listed
     * the details below", "I have written the information as follows"): a letter's sentence, never a label, whatever
     * field its words ("what I know", "the information") name. Kept apart from {@link #isForTheWholeForm}, which also
     * tells a free-text value that is no answer: an account may open with such a sentence and go on below it.
     */
    private static final Pattern POINTS_TO_WHAT_FOLLOWS = Pattern.compile("(?iu)^\\W*(?:i|we)(?:\\s*['\u2019](?:ve|m)"
            + "|\\s+(?:have|am|are|will|would\\s+like\\s+to))?\\s+(?:\\p{L}+\\s+){0,2}?(?:set\\s+out|listed|written|"
            + "outlined|put|summari[sz]ed|included|detailed|provided|given|noted|pasted|copied|added|typed)\\b.*?\\b"
            + "(?:below|as\\s+follows|underneath|beneath)\\b");

    /**
     * Whether the text is no label, whatever field its words name: an instruction for the whole form
     * ({@link #isForTheWholeForm}) or the writer pointing to what follows ("I have set out below ...").
     */
    public static boolean isNoLabel(String text) {
        return isForTheWholeForm(text) || text != null && POINTS_TO_WHAT_FOLLOWS.matcher(text).find();
    }

    /** Whether the label ends in how to answer it: a hint in brackets or an instruction after a dash. */
    public static boolean endALabel(String label) {
        String l = label.replace('\u00a0', ' ').strip();
        return BRACKETED_HINT.matcher(l).matches() || AFTER_A_DASH.matcher(l).find();
    }

    /** A bracketed hint naming the answers a yes/no question takes: "(Y/N)", "(yes / no)", "(Y or N)". */
    private static final Pattern YES_NO_HINT = Pattern.compile("(?i).*\\(\\s*(?:y|yes)\\s*(?:/|or)\\s*(?:n|no)\\s*\\)$");

    /**
     * Whether the text ends in a bracketed hint on how to answer ("(if held)", "(please specify)") or which answers a
     * yes/no question takes ("(Y/N)"): words ending so are a label's last words, never its answer.
     */
    public static boolean endsInAHint(String text) {
        String l = text == null ? "" : text.replace('\u00a0', ' ').replaceAll("[:*?\\s]+$", "");
        return BRACKETED_HINT.matcher(l).matches() || YES_NO_HINT.matcher(l).matches();
    }

    /** Words that say what is asked, not how to answer: "Referrer - email address", "Young person - date of birth". */
    private static final Pattern WHAT_IS_ASKED = Pattern.compile("(?i).*\\b(?:name|number|no|date|e-?mail|address|phone"
            + "|telephone|mobile|reference|ref|code|id|dob|age)\\b.*");

    /** Whether the words say what is asked (a name, a number, a date, an address), not how to answer it. */
    public static boolean sayWhatIsAsked(String words) {
        return words != null && WHAT_IS_ASKED.matcher(words).matches();
    }

    /** Words, a spaced dash, then more words: "What is the risk - describe", "Young person – full name". */
    private static final Pattern SPACED_DASH = Pattern.compile("^(\\p{L}.*?\\S)\\s+[-\u2013\u2014]\\s+(\\p{L}.*)$");

    /**
     * A label split at a spaced dash into what comes before it and the rest: one reader for "label - hint" ("What is
     * the risk - describe"), "party - thing" ("Person making the referral - role") and "label - what is asked"
     * ("Referrer - email address").
     */
    public record Dashed(String head, String rest) {
        /** The label split at its first spaced dash, less a colon, star or question mark at its end. */
        public static Optional<Dashed> of(String label) {
            Matcher m = SPACED_DASH.matcher(label == null ? "" : label.strip().replaceAll("[:*?]+$", ""));
            return m.matches() ? Optional.of(new Dashed(m.group(1), m.group(2))) : Optional.empty();
        }

        /**
         * Whether the rest is a hint of how to answer: in small letters, or in capitals like the head ("WHAT IS THE RISK
         * - DESCRIBE"), and not saying what is asked ("Referrer - email address" is the label's own).
         */
        public boolean restIsAHint() {
            if (sayWhatIsAsked(rest)) {
                return false;
            }
            boolean capitals = rest.equals(rest.toUpperCase(Locale.ROOT)) && head.equals(head.toUpperCase(Locale.ROOT));
            return Character.isLowerCase(rest.codePointAt(0)) || capitals;
        }

        /** Whether the rest only lists question words, what to cover in the answer: "what, who, where", "who / when". */
        public boolean restListsQuestionWords() {
            return QUESTION_WORDS_LISTED.matcher(rest).matches();
        }
    }

    /** Question words listed: "what, who, where", "who / when", "what and why". */
    private static final Pattern QUESTION_WORDS_LISTED = Pattern.compile("(?i)(?:what|who|where|when|why|how|which)"
            + "(?:\\s*(?:,|/|&|\\band\\b|\\bor\\b)\\s*(?:what|who|where|when|why|how|which))+\\s*[:*?.]*\\s*");

    /**
     * Examples after a label, outside brackets: of what to cover ("incl. staff", "including meds") or of the answer
     * itself ("e.g. SW, PA", "such as").
     */
    private static final Pattern EXAMPLES = Pattern.compile("(?i)^(\\p{L}[^()\\[\\]]*?\\p{L})\\s*,?\\s+(?:incl\\.?|inc\\.|including"
            + "|(?<answers>e\\.\\s?g\\.?|eg|such\\s+as))\\s+\\p{L}[^()\\[\\]]*$");

    /**
     * What a label asks before the examples after it ({@code asked}), and whether they are examples of the answer
     * ("Your position e.g. PA, SW": their words are answers, and may name another field) or of what to cover ("Offences
     * incl. bail conditions": they only dilute the label).
     */
    public record Examples(String asked, boolean ofTheAnswer) {
    }

    /**
     * The examples after the label ({@link Examples}): "Offences incl. bail conditions" asks the offending, "Mental
     * health including meds" the mental health; the examples name no field of their own. Empty when it has none.
     */
    public static Optional<Examples> examples(String label) {
        Matcher m = EXAMPLES.matcher(label == null ? "" : label.replace('\u00a0', ' ').strip().replaceAll("[:*?]+$", ""));
        return m.matches() ? Optional.of(new Examples(m.group(1), m.group("answers") != null)) : Optional.empty();
    }


    /**
     * How the writer is to put the answer, after a comma: "facts only", "no opinion", "not opinions", "in your own
     * words", "briefly", "be specific", "if known"; one or more ("What happened, facts only, no opinion").
     */
    private static final String HOW_TO_PUT_IT = "(?:facts\\s+only|(?:no|not|without)\\s+(?:(?:your|personal)\\s+)?opinions?"
            + "|in\\s+(?:your|their|his|her)\\s+own\\s+words|(?:be\\s+)?brief(?:ly)?|in\\s+brief|be\\s+(?:specific|factual)"
            + "|in\\s+(?:full|detail)|as\\s+much\\s+detail\\s+as\\s+(?:possible|you\\s+can)"
            // in what order: "step by step", "in the order it happened", "from the start"
            + "|step\\s+by\\s+step|in\\s+(?:the\\s+)?order\\s+(?:it|they|things)\\s+happened|in\\s+(?:date|time)\\s+order"
            + "|from\\s+the\\s+(?:start|beginning)|" + WHEN_ASKED + ")";
    private static final Pattern AFTER_A_COMMA = Pattern.compile("(?i)(?<=\\p{L})\\s*,\\s*(?:please\\s+)?" + HOW_TO_PUT_IT
            + "(?:\\s*[,;]\\s*(?:and\\s+)?(?:please\\s+)?" + HOW_TO_PUT_IT + ")*\\s*[.:*?]*\\s*$");

    /**
     * The label without how to put the answer after a comma ({@link #HOW_TO_PUT_IT}): "What happened, facts only, no
     * opinion" asks what happened; the tail's words ("no" read as a number) name no field.
     */
    public static String withoutHowToPutItAfterAComma(String label) {
        return AFTER_A_COMMA.matcher(label).replaceFirst("");
    }

    /** The label without an instruction after a dash: "Needed from - enter full date" is "Needed from". */
    public static String withoutOneAfterADash(String label) {
        return AFTER_A_DASH.matcher(label).replaceFirst("");
    }

    /**
     * An age the label asks the answer to be of: "aged 16/17", "must be 16/17", "(16/17 check)", "16 or 17", "16-17
     * yrs". It qualifies whom the form is for and is no value: "D.O.B. - must be 16/17:" ends at its colon
     * ({@code LineLabels.wholeBeforeColon}). Used there only: matching every label without its age cost a held-out
     * MASH referral its name (heldout2, void38).
     */
    private static final Pattern AN_AGE_ASKED = Pattern.compile("(?iu)\\s*[-\u2013\u2014]?\\s*(\\()?\\s*"
            + "((?:aged?|must\\s+be|should\\s+be|only|if)\\s+)?1\\d\\s*(?:/|-|\u2013|or|to|and|&)\\s*(1\\d)"
            + "(?:\\s*(?:check|only|yrs?|years?(?:\\s+old)?|y/?o))?\\s*\\)?(?=\\s*[:*?]*\\s*$|\\s+\\p{L})");

    /** A question answered yes or no: "Is the young person ...", "Are they ...", "Has the YP ...". */
    private static final Pattern YES_NO_QUESTION = Pattern.compile("(?iu)^\\s*" + Words.AUXILIARY + "\\b");

    /**
     * The label without the age it asks the answer to be of ({@link #AN_AGE_ASKED}), when other words are left. Two
     * numbers alone, neither after an age's word nor in brackets, are an age only when the second is no month ("16/17",
     * never "16/12": a date after a label is its value).
     */
    public static Optional<String> withoutItsAge(String label) {
        if (label == null || label.contains("?") || YES_NO_QUESTION.matcher(label).find()) {
            return Optional.empty(); // "Is the young person aged 16 or 17?" asks the age itself, not whose name
        }
        java.util.regex.Matcher m = AN_AGE_ASKED.matcher(label);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean asked = m.group(1) != null || m.group(2) != null || Integer.parseInt(m.group(3)) > 12;
            m.appendReplacement(out, asked ? "" : java.util.regex.Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        String without = out.toString().strip();
        return without.equals(label.strip()) || !without.matches("(?s).*\\p{L}.*") ? Optional.empty()
                : Optional.of(without);
    }
}
