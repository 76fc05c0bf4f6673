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
    /**
     * Where a sentence may end: a full stop, question or exclamation mark, then a capital or a digit; or a full stop
     * then a small letter, as a hurried writer opens a sentence ("Referring Cai Bowen. born 3 May 2009."), a shortened
     * word's dot ("approx. 2pm", "e.g. mum") ending none.
     */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])|(?<=\\.)\\s+(?=\\p{Ll})");
    /** Words cut short before a full stop that ends no sentence: "D.O.B. 3 May", "approx. 2pm", "Mr. Bowen". */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:^|[\\s(])(?:\\p{L}(?:\\.\\p{L})+|mr|mrs|ms|dr|st|approx|"
            + "tel|ref|etc|inc|incl|vs|eg|ie|esp|tbc)\\.$");
    /**
     * "no." before a number or a small word ("LCS no. 710", "LCS no. of resident"), "c." or "ca." (circa) before a time
     * ("at c. 22:35") end no sentence; before a capital they may ("Parent? No. She lives with ...").
     */
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
    /** A label typed with no colon is short ("Role", "date of birth", "Area preferred"): longer words are a sentence. */
    private static final int TYPED_LABEL_WORDS = 4;
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
    private static final Pattern HAPPENED_AT = Pattern.compile("(?i)^(?:at|around|about|time)\\s+" + ABOUT + "(" + TIME + ")"
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
            Map.entry(Pattern.compile("(?i)^(?:reply to|(?:you can |please )?(?:email|e-mail) me (?:at|on)) (\\S+@\\S+?)[.]?$"),
                    "Your email: $1"),
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

    /**
     * The sender's team or agency typed alone on its line in a hurry, "from" in small letters and the name after it:
     * "from Youth Justice Service.", "from District housing - Cherwell." (up to six words). "From Jo" opening a
     * signature, and "from" before a small word ("from the night team"), are no team.
     */
    private static final Pattern FROM_ALONE = Pattern.compile("^from\\s+(\\p{Lu}\\S*(?:\\s+\\S+){0,5})$");
    /** A person's name as a sentence gives it: two to four words, each a capital then a small letter ("Ellie-Mae O'Neil"). */
    private static final String PERSON_WORD = "(?-i:\\p{Lu}(?:\\p{Ll}|['\u2019]\\p{Lu})[\\p{L}'\u2019-]*)";
    private static final String PERSON = PERSON_WORD + "(?:\\s+" + PERSON_WORD + "){1,3}";
    /** Words that name a thing or a role, never a person: "Referring Agency Cherwell", "Re Placement Request". */
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?i)\\b(?:agency|team|service|services|worker|officer|"
            + "manager|adviser|advisor|social|council|housing|referral|referrals|placement|request|incident|risk|concern|"
            + "form|update|mash|young|person|people|child|children|family|support|options|care|the|of|and|for|from|to|"
            + "urgent|emergency|planned|new|please|team's|hub|ypsa|provider|practitioner|navigator|lead|worker's)\\b");
    /** Whether words read as a name are a team's, a role's or a thing's ("Referral Team", "New Placement"), no person's. */
    static boolean namesAThingNotAPerson(String name) {
        return NOT_A_PERSON.matcher(name).find();
    }

    /**
     * Sentences that name the young person or the writer, read only when the name is a person's ({@link #PERSON}, no
     * word of a team or a thing in it): "Referring Cai Bowen", "YP is Cai Bowen", "Re Cai Bowen", "It's Jo Hale
     * referring", "I'm Jo Hale".
     */
    private static final List<Map.Entry<Pattern, String>> NAMED = List.of(
            Map.entry(Pattern.compile("(?i)^(?:referring|making a referral for)\\s+("
                    + PERSON + ")$"), "Name of young person: $1"),
            Map.entry(Pattern.compile("(?i)^(?:(?:the )?(?:yp|young person)(?: is| =|:)?|re:?)\\s+(" + PERSON + ")$"),
                    "Name of young person: $1"),
            Map.entry(Pattern.compile("(?i)^(?:(?:it's|it\u2019s|it is|this is)\\s+)?(" + PERSON
                    + ")\\s+(?:is\\s+)?(?:referring|making (?:the|this) referral)$"), "Referrer name: $1"),
            Map.entry(Pattern.compile("(?i)^(?:i am|i'm|i\u2019m|my name is|my name's)\\s+(" + PERSON + ")$"), "Your name: $1"));
    /**
     * The writer's name, role and team in one sentence: "I'm Jo Hale, the allocated social worker in Assessment Team
     * South", "My name is Jo Hale, a Youth Worker at Bala YJS".
     */
    private static final Pattern NAME_ROLE_TEAM = Pattern.compile("(?i)^(?:i am|i'm|i\u2019m|my name is|my name's)\\s+("
            + PERSON + "),\\s+(?:the|a|an|your|their|his|her)\\s+([\\p{L} /'-]{3,50}?)\\s+(?:in|at|for|from|with|of)\\s+(?:the\\s+)?"
            + "(" + PROPER_NAME + ")$");
    /** The date of birth in a sentence: "born 7th July 2009", "DOB 3/4/2009", "She's 17 (DOB 3 April 2009)". */
    private static final Pattern BORN = Pattern.compile("(?i)^(?:(?:" + WHO.strip() + "|(?-i:\\p{Lu})\\p{Ll}+)(?:\\s+is|'s|\u2019s)\\s+"
            + "\\d{1,2}(?:\\s+years old)?\\s*\\(\\s*(?:dob|d\\.o\\.b\\.?|born)\\s*:?\\s*(.+?)\\s*\\)|(?:(?:she|he|they) (?:was|were) )?"
            + "(?:born|dob|d\\.o\\.b\\.?)(?: on)?\\s*:?\\s*(.+?))$");
    /**
     * A provider's reason it cannot manage a risk, after "because": "We can't manage it because our insurer will not
     * cover it". Said with no "because", or with "can" alone ("We can manage it"), it stays written.
     */
    private static final Pattern CANNOT_BECAUSE = Pattern.compile("(?i)^(?:we|i|the (?:scheme|service|provider|project))\\s+"
            + "(?:can't|can\u2019t|cannot|can not|are unable to|am unable to|is unable to|aren't able to|are not able to)\\s+"
            + "(?:safely\\s+)?(?:manage|meet|hold|support|keep)\\b[^.]{0,60}?\\s+because\\s+(?:of\\s+)?(\\S.*)$");
    /** The time said in a sentence after the day's ("On 13/12/2026. time 5.55pm."): the incident's time. */
    private static final Pattern TIME_AFTER = Pattern.compile("(?i)^(?:time|at|around|about|approx\\.?)\\s*:?\\s*" + ABOUT
            + "(" + TIME + ")" + ABOUT_AFTER + "\\.?$");

    /**
     * A sentence that names the young person, the writer, or the date of birth, or gives the reason a risk cannot be
     * managed, as a label and its answer; null when it does none of these whole.
     */
    private static String named(String sentence) {
        String s = withoutFullStop(sentence.strip());
        Matcher full = NAME_ROLE_TEAM.matcher(s);
        if (full.matches() && !NOT_A_PERSON.matcher(full.group(1)).find()) {
            return "Your name: " + full.group(1) + "\nYour role: " + full.group(2) + "\nYour team: " + full.group(3);
        }
        for (Map.Entry<Pattern, String> p : NAMED) {
            Matcher m = p.getKey().matcher(s);
            if (m.matches() && !NOT_A_PERSON.matcher(m.group(1)).find()) {
                return m.replaceFirst(p.getValue());
            }
        }
        Matcher born = BORN.matcher(s);
        if (born.matches()) {
            String date = born.group(1) != null ? born.group(1) : born.group(2);
            if (org.ypsa.hub.domain.Dates.parse(date).isPresent()) {
                return "Date of birth: " + date;
            }
        }
        Matcher why = CANNOT_BECAUSE.matcher(s);
        if (why.matches()) {
            return "Why the risk cannot be managed: " + why.group(1);
        }
        return null;
    }

    /**
     * The sentences with a day said alone ("On 13/12/2026") and its time in the next ("time 5.55pm") as one: "On
     * 13/12/2026 at 5.55pm".
     */
    static List<String> dayWithItsTime(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (i + 1 < sentences.size()) {
                Matcher on = HAPPENED_ON.matcher(withoutFullStop(s));
                Matcher at = TIME_AFTER.matcher(sentences.get(i + 1));
                if (on.matches() && on.group(2) == null && isDate(on.group(1)) && at.matches()) {
                    out.add(withoutFullStop(s) + " at " + at.group(1));
                    i++;
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private SentenceAnswers() {
    }

    /**
     * A line of one sentence that says one field whole ({@link #WHOLE_SENTENCES}), or when it happened ("The incident
     * happened on Tue 1 Dec 2026 at about 9.40pm"), as a label and its answer; any other line as written.
     */
    static String wholeSentence(String line) {
        String s = withoutFullStop(line.strip());
        String named = named(s);
        if (named != null) {
            return named;
        }
        for (Map.Entry<Pattern, String> p : WHOLE_SENTENCES) {
            Matcher m = p.getKey().matcher(s);
            if (m.matches()) {
                return m.replaceFirst(p.getValue());
            }
        }
        Matcher from = FROM_ALONE.matcher(s);
        if (from.matches()) {
            return "Your team: " + from.group(1);
        }
        Matcher on = HAPPENED_ON.matcher(s);
        if (on.matches() && isDate(on.group(1))) {
            return "Date and time: " + on.group(1) + (on.group(2) == null ? "" : " at " + on.group(2));
        }
        return line;
    }

    /**
     * The text with each line of sentences split where a sentence opens with a label ({@code score} says how well
     * words name their best field: the words before a colon or a dash must reach the label threshold, the words
     * before "is" and a sentence's first words with nothing after them the line threshold), the rest as it was. "Address: 3 Mill Lane. Status CIN."
     * gives "Address: 3 Mill Lane." and "Status CIN."; a line of one sentence with no label in it, and the answer under
     * a question alone on its line ({@link #aQuestionAlone}), are kept as written.
     */
    public static String lines(String text, ToDoubleFunction<String> score) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        String above = "";
        for (String line : text.split("\\R", -1)) {
            String read = aQuestionAlone(above, score) ? line : split(line, score);
            changed |= !read.equals(line);
            out.append(read).append('\n');
            above = line.isBlank() ? above : line;
        }
        return changed ? out.substring(0, out.length() - 1) : text; // a body with no such line is read as it came
    }

    /** A numbered question, or a label ended as one: "15. Diversion explored (family and friends, mediation)". */
    private static final Pattern ASKED_ALONE = Pattern.compile("^(?:\\d{1,2}[.)]\\s*)?(\\p{L}[^:]*?)\\s*[:?*]?$");
    private static final Pattern ASKED_AS_A_QUESTION = Pattern.compile("^\\d{1,2}[.)]\\s.*|.*[?)]$");

    /**
     * Whether a line is a form's question alone on its line, numbered or ended by a question mark or a bracketed hint,
     * and naming a field (a heading "Young person's details:" over "Name Jo Bloggs. DOB 3/4/09." is none): the
     * line under it is its answer, kept whole ("15. Diversion explored (family and friends, mediation)" over "FGC held
     * 16/11. Birth family contact limited. ...": one answer of sentences, not labels of their own).
     */
    private static boolean aQuestionAlone(String line, ToDoubleFunction<String> score) {
        String l = line.strip();
        Matcher m = ASKED_ALONE.matcher(l);
        return ASKED_AS_A_QUESTION.matcher(l).matches() && m.matches() && score.applyAsDouble(m.group(1)) >= LabelMatcher.THRESHOLD;
    }

    private static String split(String written, ToDoubleFunction<String> score) {
        if (written.isBlank() || written.strip().startsWith(">")) {
            return written;
        }
        // a full stop after an email address that ends the line is the sentence's: no address ends with a dot (one
        // inside the line still parts two sentences, each losing its own full stop when it is a line of its own)
        String line = EMAIL_AT_FULL_STOP.matcher(written).replaceAll("$1");
        List<String> sentences = dayWithItsTime(sentences(line.strip()));
        if (sentences.size() < 2) {
            String read = wholeSentence(line);
            if (read.equals(line) && sentences.size() == 1 && !sentences.get(0).equals(line.strip())) {
                // a day and its time said in two sentences, now one: read as one when it says the time whole
                String merged = wholeSentence(sentences.get(0));
                return merged.equals(sentences.get(0)) ? line : merged;
            }
            return read;
        }
        List<String> lines = new ArrayList<>();
        int opening = 0;
        String previous = "";
        boolean narrative = false;
        for (String s : sentences) {
            String read = asLabelled(s, score);
            boolean marked = marked(s, score);
            boolean opens = !read.equals(s) || opensWithLabel(s, marked, score);
            if (narrative && !marked && !endsAccount(s, read, score)) {
                // an account after its label ("Information: He was seen ... . Possible drug running. He was spoken
                // to.") goes on until a label is typed with its colon or dash: its next sentence, whatever its first
                // words, is more of the account
                opens = false;
                read = s;
            }
            if (opens && read.equals(s) && !previous.strip().endsWith("?")) {
                // (a sentence after a question is its answer, as written: "Which team are you in? CAMHS Crisis Team")
                read = withColon(s, score);
            }
            if (opens) {
                opening++;
            }
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            if (lines.isEmpty() || opens || !narrative && (last.split("\\s+").length <= SHORT_ANSWER + 1 || endsWithDate(last))) {
                // a short answer ("Date of birth: 3 May 2009") is whole: a sentence after it is a remark of its own
                lines.add(withoutFullStop(read));
                narrative = opens && marked && answerWords(s) > LONG_SENTENCE;
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
                    && !Character.isUpperCase(line.charAt(m.end()))) {
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
        if (c.matches() && !PRONOUN.matcher(c.group(1)).matches() && !askedWithIs(s)
                && c.group(2).strip().split("\\s+").length <= COPULA_ANSWER
                && c.group(1).strip().split("\\s+").length <= LABEL_WORDS
                && score.applyAsDouble(c.group(1).strip()) >= LabelMatcher.LINE_THRESHOLD) {
            // (a sentence's subject names its field well, as a line's opening words must: "Staying put arrangement
            // ending as carer is retiring" is an account, not the current address)
            return c.group(1).strip() + ": " + c.group(2);
        }
        return s;
    }

    /** A question word opening a question asked with "is" / "are": "Where is the YP sleeping tonight?". */
    private static final Pattern QUESTION_WORD = Pattern.compile("(?i)^(?:why|where|when|how|whose|whom)\\b.*");

    /**
     * Whether the sentence asks a question with "is" / "are" ("Why is the YP being referred?", "Where is she staying
     * tonight"): the words after "is" are the question's own, never its answer.
     */
    private static boolean askedWithIs(String s) {
        return s.endsWith("?") || QUESTION_WORD.matcher(s).matches();
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

    /**
     * A sentence that opens with a label and no colon ("Role Care Navigator", "date of birth 11th April 2006", "Rated
     * high") as the label and its answer with one ("Role: Care Navigator"): the label the words that best name a field,
     * with no digit in them, the answer starting plainly after it (a capital, a digit, a tick box, or a one-word answer
     * to a label of one or two words). A sentence whose label is not plain so stays as written.
     */
    static String withColon(String sentence, ToDoubleFunction<String> score) {
        String s = withoutFullStop(sentence.strip());
        if (s.contains(":") || s.endsWith("?") || DENIAL.matcher(s).find() || PRONOUN.matcher(s).matches()) {
            return sentence; // (a question is asked whole: "Why now?" is no label "Why" answered "now?")
        }
        String[] words = s.split("\\s+");
        if (words[0].matches("(?i)a|an|the")) {
            return sentence; // a sentence about someone ("A resident told staff that ..."), no label typed in a hurry
        }
        int best = 0;
        double bestScore = LabelMatcher.LINE_THRESHOLD;
        for (int k = Math.min(TYPED_LABEL_WORDS, words.length - 1); k >= 1; k--) {
            String label = LineLabels.joined(words, 0, k);
            boolean plain = answerStarts(words[k]) || words.length - k == 1 && words.length <= 3
                    || k == 1 && smallAnswerAfterOneWord(words, score);
            double named = plain && !label.matches(".*\\d.*") ? score.applyAsDouble(label) : 0;
            if (named > bestScore || named == bestScore && best == 0) {
                best = k;
                bestScore = named;
            }
        }
        // a short word in capitals after the label, with more words after it, may be the label's own ("Email for PA
        // t.ormsby@...", "Name of SW Jo Pryce") or the answer's ("Status CIN plan"): in doubt the sentence stays written
        if (best > 0 && best + 1 < words.length && words[best].matches("\\p{Lu}{2,4}(?:/\\p{Lu}{2,4})*")) {
            return sentence;
        }
        // a label does not end on a word that joins it to more ("Email for SW/PA j.pryce@..."): the label goes on
        if (best > 0 && words[best - 1].matches("(?i)for|of|to|with|by|and|or|in|on|at|from")) {
            return sentence;
        }
        return best == 0 ? sentence : LineLabels.joined(words, 0, best) + ": " + LineLabels.joined(words, best, words.length);
    }

    /**
     * Whether a sentence is a one-word label that names a field plainly (the label threshold, not the line's) and a
     * short answer in small letters: "Category police involvement", "Category hospital admission", or one word said
     * and explained after a dash, "Status threatened - notice given by parent". The answer is at most three words with
     * no word that joins a clause ("Concerns raised by school" is a sentence), or one word before a dash.
     */
    private static boolean smallAnswerAfterOneWord(String[] words, ToDoubleFunction<String> score) {
        if (words.length < 3 || !words[1].matches("\\p{Ll}[\\p{Ll}-]*")
                || score.applyAsDouble(words[0]) < LabelMatcher.THRESHOLD) {
            return false;
        }
        if (words.length >= 4 && words[2].matches("[-\u2013]")) {
            return true;
        }
        return words.length <= 4 && java.util.Arrays.stream(words, 1, words.length)
                .allMatch(w -> w.matches("\\p{Ll}[\\p{Ll}-]*") && !w.matches(JOINING_WORD));
    }

    /** Words that join a clause, never a choice's own: "by", "to", "was", "has", "not". */
    private static final String JOINING_WORD = "(?:by|to|of|for|with|from|at|in|on|and|or|but|the|a|an|was|were|is|are"
            + "|be|been|has|have|had|not|no|it|he|she|they|we|i|that|this|as|so|if|then|when)";

    /** A label typed with its colon or dash: "Information: ...", "Reason - ...". */
    private static final Pattern MARKED = Pattern.compile("^([^:]{2,60}?)\\s*(?::|\\s[-\u2013]\\s)");

    /** Whether the sentence opens with a label typed with its colon or dash, words that name a field. */
    private static boolean marked(String sentence, ToDoubleFunction<String> score) {
        Matcher marked = MARKED.matcher(sentence);
        return marked.find() && marked.group(1).split("\\s+").length <= LABEL_WORDS
                && score.applyAsDouble(marked.group(1)) >= LabelMatcher.THRESHOLD;
    }

    /** How well words must name a field, typed with no colon, to end an account: a form's own wording of it. */
    private static final double NAMED_EXACTLY = 2;

    /**
     * Whether a sentence after an account, typed with no colon, is the form's next answer all the same: a sentence
     * that says one field whole ({@link #named}), a label with a datum answering it ({@link #givesADatum}), or a label
     * in the form's own words with a short answer ("Area preferred any", "Known to social care? yes"). A field's word
     * opening more of the account ("Possible drug running", "Social worker Jo Hale informed and a meeting asked for")
     * is no label.
     */
    private static boolean endsAccount(String s, String read, ToDoubleFunction<String> score) {
        if (named(s) != null || givesADatum(s, score)) {
            return true;
        }
        String labelled = !read.equals(s) ? read : withColon(s, score);
        int colon = labelled.indexOf(": ");
        int asked = s.indexOf('?');
        String label = colon > 0 ? labelled.substring(0, colon) : asked > 0 ? s.substring(0, asked + 1) : null;
        if (label == null) {
            return false;
        }
        String answer = (colon > 0 ? labelled.substring(colon + 2) : s.substring(asked + 1)).strip();
        int words = answer.isEmpty() ? 0 : answer.split("\\s+").length;
        return score.applyAsDouble(label) >= NAMED_EXACTLY && words <= COPULA_ANSWER;
    }

    /** A number, a date, a tick box or a yes or no: a form's answer, never an account's words. */
    private static final Pattern DATUM = Pattern.compile("(?i)\\d|[\u25a1\u25a0\u2610\u2611\u2612\u2713\u2714]|\\b(?:yes|no|y|n)\\.?$");

    /**
     * Whether a short sentence is a label in few words with a datum answering it, plainly started or ending in a date:
     * "Accommodation needed by 31 Jan 2027", "Police reference URN 1346/26", "Consent to share ☑ Yes", "Placement
     * needed asap, 16.12.26".
     */
    private static boolean givesADatum(String sentence, ToDoubleFunction<String> score) {
        String s = withoutFullStop(sentence.strip());
        String[] words = s.split("\\s+");
        if (words.length > LABEL_WORDS + SHORT_ANSWER || !DATUM.matcher(s).find()) {
            return false;
        }
        for (int k = Math.min(TYPED_LABEL_WORDS, words.length - 1); k >= 1; k--) {
            String label = LineLabels.joined(words, 0, k);
            // a date answers however it is opened: "Placement needed asap, 16.12.26"
            boolean answers = answerStarts(words[k]) || endsWithDate(LineLabels.joined(words, k, words.length));
            if (answers && !label.matches(".*\\d.*") && score.applyAsDouble(label) >= LabelMatcher.LINE_THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    /** How many words follow a typed label's colon or dash: an answer longer than a sentence's few words is an account. */
    private static int answerWords(String sentence) {
        Matcher marked = MARKED.matcher(sentence);
        String answer = marked.find() ? sentence.substring(marked.end()).strip() : sentence;
        return answer.isEmpty() ? 0 : answer.split("\\s+").length;
    }

    /**
     * Whether the sentence opens with a label: {@code marked} when words before a colon or a dash name a field ({@link
     * #marked}), or its first words name one.
     */
    private static boolean opensWithLabel(String sentence, boolean marked, ToDoubleFunction<String> score) {
        if (marked) {
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
            if ((k <= 3 && words.length <= LONG_SENTENCE || answerStarts(words[k]) || k == 1 && smallAnswerAfterOneWord(words, score))
                    && score.applyAsDouble(String.join(" ", java.util.Arrays.asList(words).subList(0, k)))
                    >= LabelMatcher.LINE_THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
