package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.forms.FormSpec;
import org.ypsa.hub.domain.forms.Words;

/**
 * Reads a value as a field's type: "8 Sep 2006" as a date, "☐ Yes ☑ No" as a yes/no, "Homeless tonight" as one of a
 * choice's answers; and says what a whole value reads as (a date with a time, a date, a time, or nothing typed), so
 * that a time under a date's label goes to the time.
 */
final class TypedValues {
    private TypedValues() {
    }

    /**
     * A field is answered by a value, and a choice by one of its answers: a choice holding words that are none ("MASH"
     * from a title line) is as open to a leftover as a blank one, and keeps its value when no leftover fits.
     */
    static boolean answered(FormSpec.FieldSpec s, String value) {
        return !FieldValues.isBlank(value) && (s.choices().isEmpty() || fit(s, value).isPresent());
    }

    /** Whether a leftover's value reads as the field's type: a phone number is no date, a date no phone number. */
    static boolean fitsAsLeftover(FormSpec.FieldSpec s, String value) {
        return fitsAsLeftover(s, value, kindOf(value));
    }

    /** The same, with the value's kind ({@link #kindOf}) read once for all the fields it is tried for. */
    static boolean fitsAsLeftover(FormSpec.FieldSpec s, String value, Kind k) {
        if (fit(s, value).isEmpty()) {
            return false;
        }
        return switch (s.type()) {
            case DATE -> k == Kind.DATE || k == Kind.DATETIME;
            case DATETIME -> k == Kind.DATETIME || k == Kind.DATE;
            case TIME -> k == Kind.TIME;
            case PHONE -> k == Kind.UNTYPED && value.strip().matches("[+()\\d\\s-]{6,}");
            default -> true;
        };
    }

    /** What a whole value reads as, most specific first: a date with a time, a date, a time; else nothing typed. */
    enum Kind { DATETIME, DATE, TIME, UNTYPED }

    static Kind kindOf(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.contains("\n") || v.length() > Dates.LONGEST_DATE_TIME) {
            return Kind.UNTYPED; // a paragraph is no date or time (and is not read as each kind over and over)
        }
        if (Dates.parse(v).isPresent() || Dates.isDayAndMonth(v)) {
            return Kind.DATE;
        }
        if (Dates.parseDateTime(v).isPresent() || Dates.isDayAndMonthAndTime(v) || Dates.isToldFromTheDaySent(v)) {
            return Kind.DATETIME;
        }
        return Dates.parseTime(v).isPresent() ? Kind.TIME : Kind.UNTYPED;
    }

    static boolean exactFit(FormSpec.FieldSpec s, Kind k) {
        return switch (s.type()) {
            case DATETIME -> k == Kind.DATETIME;
            case DATE -> k == Kind.DATE;
            case TIME -> k == Kind.TIME;
            default -> false;
        };
    }

    /** The value as the field's type reads it, or empty when it does not read as one. */
    static Optional<String> fit(FormSpec.FieldSpec s, String raw) {
        if (FieldValues.isBlank(raw) || (!s.required() && FieldValues.isNothing(raw))) {
            return Optional.empty();
        }
        String v = raw.trim();
        return switch (s.type()) {
            case DATE -> Dates.parse(v).isPresent() || Dates.isDayAndMonth(v) ? Optional.of(v)
                    : Dates.parseDateTime(v).map(dt -> dt.toLocalDate().toString()).or(() -> dateAfterLabelWords(v));
            case DATETIME -> Dates.parseDateTime(v).isPresent() || Dates.parse(v).isPresent() || Dates.isDayAndMonth(v)
                    || Dates.isDayAndMonthAndTime(v) || Dates.isToldFromTheDaySent(v) ? Optional.of(v)
                    : Optional.empty();
            case TIME -> Dates.parseTime(v).isPresent() ? Optional.of(v) : Optional.empty();
            case YESNO -> yesNoIn(FieldValues.answer(v)); // a tick list by its marked answer ("☐ Yes ☑ No")
            case EMAIL -> v.matches("(?s).*[^@\\s]+@[^@\\s]+\\.[^@\\s]+.*") ? Optional.of(emailAfterLabelWords(v))
                    : Optional.empty();
            case PHONE -> v.replaceAll("\\D", "").length() >= 6 ? Optional.of(v) : Optional.empty();
            case NUMBER -> v.matches("-?\\d+") ? Optional.of(v) : Optional.empty();
            // (a tick list printed whole with no box marked answers nothing: "☐ Homeless ☐ Threatened with homelessness"
            // is no wording "Homeless" run into the answer "Threatened")
            case CHOICE -> FieldValues.noChoiceMarked(v) ? Optional.empty()
                    : choiceIn(s.choices(), FieldValues.answer(v)).or(() -> choiceAfterOwnWording(s, v));
            case REFERENCE -> v.matches("(?s).*\\d.*") ? Optional.of(v) : Optional.empty(); // a reference has a digit
            case TEXT -> Optional.of(v);
            case NARRATIVE -> org.ypsa.hub.domain.forms.FieldType.narrative(v) ? Optional.of(v) : Optional.empty();
            case NAME -> nameIn(s, v);
        };
    }

    /**
     * The end of an email's label left before it when the label wrapped ("SW or Leaving Care PA" / "email (required)
     * - k.jones@council.test", "e-mail address: ..."): a few lower-case words, a hint in brackets and a dash or colon,
     * then the address alone. The address; any other value as written.
     */
    private static final java.util.regex.Pattern EMAIL_AFTER_LABEL_WORDS = java.util.regex.Pattern.compile(
            "^(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*\\s*(?:\\([^()]*\\)\\s*)?[-:\u2013\u2014]\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+)$");

    private static String emailAfterLabelWords(String v) {
        java.util.regex.Matcher m = EMAIL_AFTER_LABEL_WORDS.matcher(v);
        return m.matches() ? m.group(1) : v;
    }

    /** One or two lower-case words and a date after them. */
    private static final java.util.regex.Pattern LOWER_WORDS_THEN = java.util.regex.Pattern.compile(
            "^(?:\\p{Ll}+\\s+){1,2}(\\d.*)$");

    /**
     * A date after the lower-case end of its label that ran into it in a PDF's text ("Date of birth of young" /
     * "person 9.Sep.2010", "referred 28th Aug 2009"): the date. A date written in words first ("Tues 8th Dec") is
     * read as it is; the words must be lower case and the rest start with a digit.
     */
    private static Optional<String> dateAfterLabelWords(String v) {
        java.util.regex.Matcher m = LOWER_WORDS_THEN.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        String date = m.group(1).strip();
        return Dates.parse(date).isPresent() || Dates.isDayAndMonth(date) ? Optional.of(date) : Optional.empty();
    }

    /** Words of a label are at most this many before the value they ran into. */
    private static final int LABEL_WORDS_RUN_IN = 6;
    /** A bracketed hint at the start of a value. */
    private static final java.util.regex.Pattern LEADING_HINT = java.util.regex.Pattern.compile("^[(\\[][^()\\[\\]]*[)\\]]\\s*");
    /**
     * One to three lower-case words (a hint in brackets among them) at the start of a value, none of them a word that
     * brings in another person ("with", "by", "from", "to", "and", "for", "of", "c/o", "mum", "partner").
     */
    private static final java.util.regex.Pattern LOWER_OPENING = java.util.regex.Pattern.compile(
            "^(?:(?!(?:with|by|from|to|and|for|of|c/o|mum|mother|dad|father|parents?|carer|guardian|sister|brother|aunt"
                    + "|uncle|nan|gran|partner|boyfriend|girlfriend|friend)\\b)(?:\\(\\p{Ll}+\\)|\\p{Ll}[\\p{Ll}']*)\\s+){1,3}");
    /** A question's number after a value, the next question's that ran onto its line: "Q3", "Q.3", "3.", "3)". */
    private static final java.util.regex.Pattern NEXT_QUESTION_NUMBER = java.util.regex.Pattern.compile(
            "\\s+(?:[Qq]\\.?\\s?\\d{1,2}[a-z]?[.):]?|\\d{1,2}[a-z]?[.)])$");
    /**
     * The lower-case end of a label (up to four words, initials with full stops among them), then a star, colon or
     * dash, then the answer starting with a capital: "of the y.p.: Aaliyah Griffiths", "name* Perrin Boon".
     */
    private static final java.util.regex.Pattern LOWER_END_THEN_MARK = java.util.regex.Pattern.compile(
            "^((?:\\p{Ll}[\\p{Ll}.'\u2019/]*\\s+){0,3}\\p{Ll}[\\p{Ll}.'\u2019/]*)\\s*[*:\\-\u2013\u2014]+\\s*(\\p{Lu}.*)$");
    /**
     * Words of a label's end that bring in someone else than the field's person ("social worker:", "referred by -",
     * "mum's name:"): a name after them is theirs, unless they are the field's own words.
     */
    private static final java.util.regex.Pattern ANOTHER_PERSON = java.util.regex.Pattern.compile(
            "\\b(?:with|by|from|and|c/o|mum|mother|dad|father|parents?|carer|guardian|sister|brother|sibling|aunt|uncle"
                    + "|nan|gran|partner|boyfriend|girlfriend|friend|worker|s\\.?w|p\\.?a|social|referrer|referring|officer"
                    + "|manager|advis[eo]r|staff|police|agency|contact|professional|practitioner|lead|completed|submitted"
                    + "|reported|signed|sender|author)\\b");
    /**
     * The name told in a sentence whose subject is the field's own words: "The young person involved is Leighton
     * Haworth", "Her name is Ffion Hale". The subject (group 1) without a
     * word that only says which one ("involved", "concerned", "in question") and the name (group 2).
     */
    private static final java.util.regex.Pattern TOLD_AS_A_SENTENCE = java.util.regex.Pattern.compile(
            "^(?i:(?:the|this|our|his|her|their)\\s+)?((?i:[\\p{L}'’]+\\s+){0,3}?[\\p{L}'’]+?)"
                    + "(?i:\\s+(?:involved|concerned|in question|affected|referred|being referred))?"
                    + "\\s+(?i:is|was|=)\\s+(\\p{Lu}[^.]*?)\\.?$");
    /** Words that join others: a value does not start with one, and a label does not end with one. */
    private static final java.util.regex.Pattern JOINING = java.util.regex.Pattern.compile(
            "(?i)(or|and|with|of|to|for|/|&|-)");

    /**
     * A person's name, or the name after words of the field's own wordings that ran into it: "full name Perrin Boon"
     * and "NAME Saffi Vale" are Perrin Boon and Saffi Vale where "full name" is how the form asks for the name;
     * "referral to MASH" and "presenting Bastian Lowe" are no name ("presenting" is no word of the name's wordings).
     */
    private static Optional<String> nameIn(FormSpec.FieldSpec s, String raw) {
        if (FieldValues.namesSomeone(raw)) {
            return Optional.of(raw);
        }
        String numbered = raw.strip();
        String unnumbered = NEXT_QUESTION_NUMBER.matcher(numbered).replaceFirst("");
        if (!unnumbered.equals(numbered) && !unnumbered.isBlank()) {
            return nameIn(s, unnumbered); // "Perrin Boon Q3": the next question's number ran onto the name's line
        }
        java.util.regex.Matcher end = LOWER_END_THEN_MARK.matcher(raw.strip());
        if (end.matches() && FieldValues.namesSomeone(end.group(2)) && !Words.of(end.group(1)).isEmpty()
                && (ownWords(s).containsAll(Words.of(end.group(1))) || !ANOTHER_PERSON.matcher(end.group(1)).find())) {
            return Optional.of(end.group(2).strip()); // "of the y.p.: Aaliyah Griffiths", "named in notice * Fenn Boon"
        }
        // a label's hint wrapped onto the value's line is the label's: "(MASH) Fenn Nantlle"
        String v = LEADING_HINT.matcher(raw.strip()).replaceFirst("");
        if (!v.equals(raw.strip()) && FieldValues.namesSomeone(v)) {
            return Optional.of(v);
        }
        int colon = v.lastIndexOf(':');
        if (colon > 0 && FieldValues.namesSomeone(v.substring(colon + 1))
                && ownWords(s).containsAll(Words.of(v.substring(0, colon).replaceAll("[\\d().]+", " ")))) {
            return Optional.of(v.substring(colon + 1).strip()); // "2) YP's full name: Ffion Kettleby"
        }
        java.util.regex.Matcher told = TOLD_AS_A_SENTENCE.matcher(v);
        if (told.matches() && FieldValues.namesSomeone(told.group(2)) && !ANOTHER_PERSON.matcher(told.group(1)).find()
                && !Words.of(told.group(1)).isEmpty() && ownWords(s).containsAll(Words.of(told.group(1)))) {
            return Optional.of(told.group(2).strip()); // "The young person involved is Leighton Haworth"
        }
        java.util.regex.Matcher lower = LOWER_OPENING.matcher(v);
        if (lower.find() && Character.isUpperCase(v.codePointAt(lower.end()))
                && FieldValues.namesSomeone(v.substring(lower.end()))) {
            return Optional.of(v.substring(lower.end())); // "presenting Bastian Gethin-Lowe", "the young person Bryony Vale"
        }
        String[] words = v.split("\\s+");
        java.util.Set<String> own = ownWords(s);
        for (int k = 1; k < words.length && k <= LABEL_WORDS_RUN_IN; k++) {
            String head = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
            if (head.matches(".*\\d.*") || !own.containsAll(Words.of(head))) {
                break;
            }
            String rest = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
            if (!Words.of(head).isEmpty() && FieldValues.namesSomeone(rest)) {
                return Optional.of(rest);
            }
        }
        return Optional.empty();
    }

    /**
     * A choice's answer after one of the field's own wordings that ran into it: "homeless or threatened Homeless
     * tonight" is Homeless. The wording must be whole and the answer start anew: "Homeless or threatened" alone
     * (the label said again) answers nothing, and neither does "homeless or threatened Homeless now Threatened", nor
     * a question that goes on past the wording ("Is the YP homeless tonight or threatened?").
     */
    private static Optional<String> choiceAfterOwnWording(FormSpec.FieldSpec s, String v) {
        String[] words = v.strip().split("\\s+");
        java.util.Set<List<String>> wordings = new java.util.HashSet<>();
        wordings.add(Words.of(s.name()));
        s.labels().forEach(l -> wordings.add(Words.of(l)));
        Optional<String> found = Optional.empty();
        for (int k = 1; k < words.length && k <= LABEL_WORDS_RUN_IN; k++) {
            String head = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
            String rest = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
            if (wordings.contains(Words.of(head)) && !Words.of(head).isEmpty()
                    && !JOINING.matcher(words[k - 1].replaceAll("[?:*]+$", "")).matches()
                    && !JOINING.matcher(words[k]).matches() && !rest.strip().endsWith("?")) {
                Optional<String> answer = choiceIn(s.choices(), FieldValues.answer(rest));
                if (answer.isPresent()) {
                    found = answer;
                }
            }
        }
        return found;
    }

    /** The content words of a field's name and wordings. */
    private static java.util.Set<String> ownWords(FormSpec.FieldSpec s) {
        java.util.Set<String> own = new java.util.HashSet<>(Words.of(s.name()));
        s.labels().forEach(l -> own.addAll(Words.of(l)));
        return own;
    }

    /** "Yes", or the answer at either end of a value that ran on from its label ("... sharing Yes"). */
    private static Optional<String> yesNoIn(String v) {
        if (FieldValues.yesNo(v).isPresent()) {
            return Optional.of(v);
        }
        String[] words = v.split("\\s+");
        String last = words[words.length - 1];
        return FieldValues.yesNo(last).isPresent() && last.length() <= 5 ? Optional.of(last) : Optional.empty();
    }

    /**
     * A word that says a choice is not so, with the words that may stand between ("not high", "no immediate risk",
     * "not yet homeless", "isn't urgent"), in a value written as lower-case words: the choice after it is not named.
     */
    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
            " " + Words.DENIAL + "(?: " + Words.BETWEEN_DENIAL_AND_DENIED + ")* ");

    /**
     * The one choice a value names, written as the form writes it; none when it says a choice is not so ("not high"):
     * the sender is asked, never routed with the choice it denied.
     */
    private static Optional<String> choiceIn(List<String> choices, String v) {
        String n = norm(v);
        for (String c : choices) {
            if (norm(c).equals(n)) {
                return Optional.of(c);
            }
        }
        List<String> named = new ArrayList<>();
        String padded = NEGATION.matcher(" " + v.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ")
                .replaceAll(" ~ ");
        for (String c : choices) {
            String written = c.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
            if (padded.contains(" ~ " + written + " ")) {
                return Optional.empty(); // "not high", "Medium (not high)": what it is not leaves what it is unsure
            }
            if (padded.contains(" " + written + " ")) {
                named.add(c);
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
