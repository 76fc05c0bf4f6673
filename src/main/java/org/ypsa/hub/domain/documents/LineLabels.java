package org.ypsa.hub.domain.documents;

import static org.ypsa.hub.domain.documents.TypedValues.fit;
import static org.ypsa.hub.domain.documents.LabelShapes.MAX_LABEL_WORDS;
import static org.ypsa.hub.domain.documents.LabelShapes.MAX_QUESTION_WORDS;
import static org.ypsa.hub.domain.documents.LabelShapes.isNumberedQuestion;
import static org.ypsa.hub.domain.documents.LabelShapes.SEPARATORS;
import static org.ypsa.hub.domain.documents.LabelShapes.tidyValue;
import static org.ypsa.hub.domain.forms.Words.count;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ypsa.hub.domain.forms.FieldType;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.FormSpec;
import org.ypsa.hub.domain.forms.Instructions;
import org.ypsa.hub.domain.forms.LabelMatcher;
import org.ypsa.hub.domain.forms.Words;

/**
 * Reads labels in lines of text, as a PDF's text or an email's body gives them: "Date of birth 02/08/2007 Gender
 * Male" is two labels with their values, "Young person's full" / "name" one label wrapped onto the next line, and a
 * short label under a section's heading ("Full name" under "C) Allocated worker") the field that heading makes it.
 */
final class LineLabels<F extends Enum<F>> {
    private final FieldNames<F> catalog;
    private final LabelMatcher matcher;
    private final Map<String, F> byId;
    private final Map<F, FormSpec.FieldSpec> fieldSpecs;
    /** Single-word names as the form prints them ("Gender", "Parent"): only these start a label mid-line alone. */
    private final Set<String> oneWordNames = new HashSet<>();
    /** Each field's printed name, cleaned. */
    private final Set<String> names = new HashSet<>();

    LineLabels(FieldNames<F> catalog, LabelMatcher matcher, Map<String, F> byId, Map<F, FormSpec.FieldSpec> fieldSpecs) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.byId = byId;
        this.fieldSpecs = fieldSpecs;
        for (FormSpec.FieldSpec s : fieldSpecs.values()) {
            names.add(Words.clean(s.name()));
            if (!s.name().contains(" ")) {
                oneWordNames.add(s.name());
            }
        }
    }

    /**
     * A short label under a lettered or numbered section's heading that the heading makes another field's ("Full name"
     * under "C) Allocated worker" is the worker's, not the young person's): the label with its value after a colon, or
     * alone on its line with its answer under it.
     */
    Optional<Map.Entry<F, String>> shortLabelUnder(String line, String next, String heading, Map<String, F> placed) {
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        String bare = Words.withoutNumber(line.replace('\u00a0', ' ').strip()).strip();
        int colon = bare.indexOf(':');
        String label = (colon > 0 ? bare.substring(0, colon) : bare).replaceAll("[*\\s]+$", "").strip();
        if (label.isEmpty() || label.split("\\s+").length > 3 || label.matches(".*[\\d?\t].*")
                || !Character.isUpperCase(label.codePointAt(0))) {
            return Optional.empty();
        }
        Optional<F> alone = catalog.match(label);
        Optional<F> under = catalog.matchUnder(label, heading);
        if (alone.isEmpty() || under.isEmpty() || alone.get() == under.get()) {
            return Optional.empty();
        }
        String value = colon > 0 ? bare.substring(colon + 1).strip() : "";
        if (colon < 0 && !next.isBlank() && looksLikeAnswer(next) && !SectionHeading.is(next)) {
            value = next.strip();
        }
        placed.putIfAbsent(label, under.get());
        return Optional.of(Map.entry(under.get(), value));
    }

    /** The most words of a line with no mark that is a question as a whole over a sentence answering it. */
    private static final int QUESTION_OVER_A_SENTENCE_WORDS = 12;

    /**
     * A line under a label that is a sentence of its own ("Police arrested Anwen at the scheme."): the label's answer,
     * even when its first word is a field's word; a line whose label runs over more than its first word ("Description
     * of events Police attended ...") is a row of its own.
     */
    boolean isSentenceAnswer(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        String[] words = t.split("\\s+");
        if (!t.endsWith(".") || words.length < 4 || t.matches(".*[:?\t].*")) {
            return false;
        }
        return labelAtStart(words, new String[0]).map(s -> s.end() <= 1 || subjectAndVerb(words, s.end())).orElse(true);
    }

    /** A verb that follows a sentence's subject: "The young person has been ...", "Our scheme is ...". */
    private static final java.util.regex.Pattern AUXILIARY = java.util.regex.Pattern.compile("(?i)" + Words.AUXILIARY);

    /**
     * Whether the words read as a label at the start of a sentence end in, or stand before, a verb with three words
     * or more after it: they are the sentence's subject ("The young person has been bringing ..."), no label.
     */
    /** Nouns that say "the matter in hand" after a word naming it: "Presenting issue", "Housing problem". */
    private static final java.util.regex.Pattern MATTER_NOUN = java.util.regex.Pattern.compile(
            "(issues?|problems?|needs?|situation|circumstances|concerns?|difficult(y|ies))");

    private static boolean subjectAndVerb(String[] words, int end) {
        return words.length - end >= 3 && (AUXILIARY.matcher(words[end - 1]).matches() || AUXILIARY.matcher(words[end]).matches());
    }

    /**
     * A line of a table as a PDF's text gives it: "Date of birth 02/08/2007 Gender Male". The label at the
     * start is the best-scoring run of words (a wrapped label may take words of the next line: "Young person's
     * full Corwin" / "name"); further labels start at a capitalised word and are exact wordings.
     */
    List<Map.Entry<F, String>> splitLine(String line, String next, Map<String, F> placed) {
        List<Map.Entry<F, String>> out = new ArrayList<>();
        String trimmed = Words.withoutNumber(line.replace('\u00a0', ' ').trim()).trim();
        if (trimmed.isEmpty() || !Character.isUpperCase(trimmed.codePointAt(0))) {
            return out;
        }
        trimmed = withoutOtherLanguage(trimmed);
        int tab = trimmed.indexOf('\t');
        int gap = 1;
        int equals = trimmed.indexOf(" = ");
        if (tab < 0 && equals > 0 && !trimmed.substring(0, equals).contains(":")) {
            tab = equals; // "Name of young person = Ffion ap Dafydd": an equals sign ends a label as a tab does
            gap = 3;
        }
        boolean cellLabel = false; // the row's first cell names a field as a whole
        if (tab > 0) {
            // a table row as text: the cell before the first tab is the label when it is one, as if it had a colon
            String head = trimmed.substring(0, tab).strip();
            if (!head.endsWith(":") && !head.endsWith("?") && head.split("\\s+").length <= MAX_LABEL_WORDS
                    && matcher.match(head, LabelMatcher.THRESHOLD).isPresent()) {
                trimmed = head + ": " + trimmed.substring(tab + gap);
                cellLabel = true;
            }
        }
        String[] words = trimmed.split("\\s+");
        // (a cell naming a field is a label whatever word it opens with: "Form filled in by (print name)<tab>Jo Bloggs")
        boolean known = startsWithKnownWord(words) || cellLabel;
        if (!known && !isNumberedQuestion(line, trimmed)) {
            return out;
        }
        String[] nextWords = next.trim().isEmpty() ? new String[0] : next.trim().split("\\s+");
        // a long next line is a row of its own, not the end of a wrapped label
        String[] after = nextWords.length > 6 ? new String[0] : nextWords;
        Optional<Start<F>> start = known ? wholeBeforeColon(trimmed, words).or(() -> labelAtStart(words, after))
                : Optional.empty();
        if (start.isEmpty() && isNumberedQuestion(line, trimmed)) {
            // a numbered line ("20. Summary of circumstances") is a question of the form as a whole, as if it ended
            // in a colon, even in words of the same meaning as a wording: read with the label's threshold, not the
            // stricter one of a line that may hold a value
            words[words.length - 1] = words[words.length - 1] + ":";
            start = labelAtStart(words, new String[0]).filter(s -> s.end() == words.length);
        }
        if (start.isEmpty() && known && words.length <= QUESTION_OVER_A_SENTENCE_WORDS
                && !trimmed.matches(".*[\\d:?\t].*") && !trimmed.endsWith(".") && !trimmed.endsWith(",")
                && isSentenceAnswer(next)) {
            // a short line with a sentence under it ("Please describe what happened" / "Caspar was taken to ...", an
            // online form's "Please tell us why you are making this referral") is a question as a whole, read at the
            // label's threshold like a line ending in a colon
            words[words.length - 1] = words[words.length - 1] + ":";
            start = labelAtStart(words, new String[0]).filter(s -> s.end() == words.length)
                    .filter(s -> fieldSpecs.get(s.field()) != null && fieldSpecs.get(s.field()).type().isText());
        }
        if (start.isPresent() && (isHeadingOverItsAnswer(trimmed, words, start.get(), next)
                || hintAfterADashOverItsAnswer(trimmed, words, start.get(), next)
                || asksToTheColonOverItsAnswer(trimmed, words, start.get(), next))) {
            start = Optional.of(new Start<>(start.get().field(), words.length, trimmed));
        }
        if (start.isPresent()) {
            Start<F> first = start.get();
            start = Optional.of(wholeAfterADash(trimmed, words, first).orElse(first));
        }
        // (only where nothing ends the label before the pointer: "Risk to self: Yes (see notes)" keeps its "Yes")
        if (start.isPresent() && start.get().end() < words.length && !start.get().label().matches(".*[:?]\\s*$")
                && GuidanceNotes.pointsToGuidance(
                joined(words, start.get().end(), words.length))) {
            start = Optional.of(labelPointingToGuidance(trimmed, words, start.get()));
        }
        if (start.isEmpty() || firstWordIsNoLabel(words, start.get())) {
            return out;
        }
        F field = start.get().field();
        int valueFrom = start.get().end() + labelTail(words, start.get());
        int questionEnd = questionEnd(words);
        if (questionEnd >= valueFrom
                && !joined(words, 0, questionEnd).contains(":")) {
            // "Which provider is sending this response?": the words up to the question mark are the question, however
            // few of them named the field; the answer comes after it (or on the next line), never inside it
            valueFrom = questionEnd + 1;
        }
        if (questionEnd >= 0 && valueFrom == questionEnd + 1 && valueFrom < words.length && IF_YES_ASKS.matcher(
                joined(words, valueFrom, words.length)).matches()) {
            // "Unaccompanied asylum seeker? If yes, give details": what the question asks next is the label's, never
            // its answer (its "yes" is no yes); the answer is on the line under it
            valueFrom = words.length;
        }
        Optional<F> hinted = Optional.empty();
        if (questionEnd >= 0 && valueFrom == questionEnd + 1 && valueFrom < words.length
                && words[valueFrom].startsWith("(")) {
            // "Where did it happen? (property)": a hint in brackets after the question is the label's, and a hint that
            // is a field's wording says which field is asked
            int close = valueFrom;
            while (close < words.length && !words[close].contains(")")) {
                close++;
            }
            if (close < words.length && words[close].matches(".*\\)[:*]*")) {
                String hint = joined(words, valueFrom, close + 1)
                        .replaceAll("^\\(|\\)[:*]*$", "").strip();
                hinted = matcher.exactly(hint).map(byId::get);
                valueFrom = close + 1;
            }
        }
        if (valueFrom > start.get().end()) {
            // a label's tail that is itself another field's wording says what is asked: "Referrer position Care
            // Navigator" is the referrer's role, not the referrer's name with "position" in its label
            String tail = joined(words, start.get().end(), valueFrom);
            Optional<F> asked = matcher.exactly(tail.replaceAll("[:*?]+$", "")).map(byId::get);
            if (asked.isPresent()) {
                field = asked.get();
            }
        }
        if (hinted.isPresent()) {
            field = hinted.get();
        }
        if (valueFrom < words.length && isLabelTailOfAName(field, words, valueFrom) && !next.isBlank()
                && looksLikeAnswer(next)) {
            // a person's name is written with capitals: small words after a name's label end the label ("Name of the
            // young person referred"), and the name is the answer under it
            valueFrom = words.length;
        }
        String label = joined(words, 0, Math.max(valueFrom, 1));
        String placedLabel = valueFrom > start.get().end() ? label : start.get().label();
        placed.putIfAbsent(placedLabel, field);
        StringBuilder value = new StringBuilder();
        // a value of separators only may tidy to nothing; one word of anything else and it never will (so that a long
        // line is not tidied again at each word)
        boolean separatorsOnly = true;
        for (int i = valueFrom; i < words.length; i++) {
            // a dash or star between the label and its value is no value: a listed wording after it is the value
            Optional<Map.Entry<F, Integer>> inner = innerLabelAt(words, i,
                    separatorsOnly && tidyValue(value.toString()).isEmpty());
            if (inner.isPresent()) {
                // a comma or bar between a value and the next label is no part of the value ("Tomos Reed, DOB: ...")
                out.add(Map.entry(field, tidyValue(value.toString()).replaceFirst("\\s*[,;|]+$", "")));
                field = inner.get().getKey();
                value.setLength(0);
                separatorsOnly = true;
                i = inner.get().getValue() - 1;
                continue;
            }
            value.append(words[i]).append(' ');
            separatorsOnly = separatorsOnly && SEPARATORS.matcher(words[i]).matches();
        }
        if (out.isEmpty()) {
            // the value says which field a label with no type of its own names: "Incident happened at (clock time):
            // 0305" is the time, not the description its words name best
            F typed = catalog.byType(placedLabel, tidyValue(value.toString()), Optional.of(field)).orElse(field);
            if (typed != field) {
                placed.put(placedLabel, typed);
                field = typed;
            }
        }
        out.add(Map.entry(field, tidyValue(value.toString())));
        return out;
    }

    /**
     * A line ending in a pointer to the form's guidance ("REFERRER - TEAM (REFER TO NOTES)", "REFERRING OFFICER (SEE
     * GUIDANCE NOTES)"): the whole line is the label, its answer under it, and its words without the pointer say which
     * field it asks ("REFERRER - TEAM" the team, not the referrer's name its first word names).
     */
    private Start<F> labelPointingToGuidance(String trimmed, String[] words, Start<F> start) {
        String asked = trimmed.replaceFirst("\\s*\\([^()]*\\)[\\s:*]*$", "");
        F field = matcher.match(asked, LabelMatcher.THRESHOLD).map(m -> byId.get(m.fieldId())).orElse(start.field());
        return new Start<>(field, words.length, trimmed);
    }

    /** What a question asks after its question mark: "If yes, give details", "If so, please state who". */
    private static final java.util.regex.Pattern IF_YES_ASKS = java.util.regex.Pattern.compile(
            "(?i)\\(?if (?:yes|so|no|not|applicable)\\b[^\\d.!?]{0,60}[.:)]?");

    /** Words {@code from} to {@code to} of a line, with a space between each. */
    static String joined(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }

    /** Where the line's question ends: the first word ending in a question mark, or -1. */
    private static int questionEnd(String[] words) {
        for (int q = 0; q < words.length && q < MAX_QUESTION_WORDS; q++) {
            if (words[q].endsWith("?")) {
                return q;
            }
        }
        return -1;
    }

    /**
     * Whether a line whose first word alone named a field, with no colon, question mark or star after it, is no label
     * and its answer but prose or a title that opens with a word of the field's meaning.
     */
    private boolean firstWordIsNoLabel(String[] words, Start<F> start) {
        FormSpec.FieldSpec spec = start.end() != 1 || words[0].matches(".*[:?*]$") ? null : fieldSpecs.get(start.field());
        if (spec == null) {
            return false;
        }
        return spec.type().isText() ? isSentenceOpeningWithAWordOfMeaning(words) || isTitleOpeningWithAWordOfMeaning(words)
                : isProseAfterOneWord(words, spec);
    }

    /**
     * A line whose first word names a typed field, with no dash after it, followed by a sentence that is no value of
     * that type ("Placement broke down; she cannot return home.", "Police called, manager informed"): a line of
     * someone's account, not the label and its value.
     */
    private boolean isProseAfterOneWord(String[] words, FormSpec.FieldSpec spec) {
        if (words.length < 5 || words[1].matches("[-\u2013\u2014*:]+")) {
            return false;
        }
        String rest = joined(words, 1, words.length);
        return rest.matches(".*[;,].*|.*\\.$") && fit(spec, rest).isEmpty();
    }

    /**
     * A sentence whose first word is a text field's word but no wording of its own, going on in small letters to its
     * full stop ("Housing options gave advice; mum refused.", "Background checks were done last week."): the first
     * word is the sentence's, no label ("Housing" is no housing need). A wording of its own stays a label ("Reason mum
     * asked her to leave.").
     */
    private boolean isSentenceOpeningWithAWordOfMeaning(String[] words) {
        if (words.length < 5 || !words[1].matches("\\p{Ll}[\\p{Ll}'’-]*")) {
            return false;
        }
        String line = String.join(" ", words);
        return line.matches(".*[.;]$|.*;.*") && matcher.exactly(words[0]).isEmpty();
    }

    /**
     * A line of words each with a capital, as a signature gives a job title or a team ("Supported Housing Coordinator",
     * "Safeguarding Lead", "Family Support Worker"), whose first word only has a text field's word in it and is no wording
     * of its own: a title, not "Supported" (what would help) with its answer "Housing Coordinator".
     */
    private boolean isTitleOpeningWithAWordOfMeaning(String[] words) {
        if (words.length < 2 || words.length > TITLE_WORDS || matcher.exactly(words[0]).isPresent()) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].matches("\\p{Lu}[\\p{L}'\u2019-]*|&|and|of|for|the")) {
                return false;
            }
        }
        return true;
    }

    /** A job title or a team's name is a few words. */
    private static final int TITLE_WORDS = 6;

    /**
     * A short line that goes on in small letters after the label it starts with, with no digit, colon, question mark
     * or full stop, over a sentence of its own ("Why this cannot be safely managed in our service" / "We have no
     * waking night staff.", "Mitigation that would allow acceptance" / "Waking night cover ..."): a heading, the whole
     * line the question of a text field and the sentence under it the answer. The heading's own words are no answer.
     */
    private boolean isHeadingOverItsAnswer(String trimmed, String[] words, Start<F> start, String next) {
        FormSpec.FieldSpec spec = fieldSpecs.get(start.field());
        if (start.end() >= words.length || words.length > MAX_HEADING_WORDS || spec == null || !spec.type().isText()
                || trimmed.matches(".*[\\d:?*\t].*") || trimmed.matches(".*[.,;!]$")) {
            return false;
        }
        String first = words[start.end()].toLowerCase(java.util.Locale.ROOT);
        String rest = joined(words, start.end(), words.length);
        // "Reason not known", "Risk she may abscond": an answer of its own; "Resources required before a move in",
        // "Current management and its limits" go on with the heading
        // (over an answer that opens with a figure, an address or a number, as well: "Address at time of referral" /
        // "62 Harrowby Row, ...", the words after "Address" are the question's, never the answer)
        String under = next.replace('\u00a0', ' ').strip();
        // (not the next numbered question under it: "2.3 Team or agency referring Vale Housing Options" / "2.4 Email ...")
        boolean figureUnder = !under.isEmpty() && Character.isDigit(under.codePointAt(0)) && !under.matches(".*[:?\t].*")
                && !org.ypsa.hub.domain.forms.Words.opensWithAQuestionNumber(under);
        return Character.isLowerCase(words[start.end()].codePointAt(0)) && !FieldValues.isNothing(rest)
                && (!VALUE_OPENERS.contains(first) || HEADING_GOES_ON.contains(first))
                && (isSentenceAnswer(next) || figureUnder);
    }

    /**
     * A label, a dash and a hint in small letters, over its answer ("Where - as exact as you can" / "14 Mill Lane",
     * "Information - who, what, when" / "A man in a grey car ..."): the hint says how to answer and is no answer; the
     * line under it is. Only a text field's: a choice's words after the dash are read as its answer or refused
     * ("Severity - provider assessment" over "High and critical are escalated" is no severity). Words after the dash
     * are the answer when they hold a figure or when the next line is a label of its own ("Information - staff saw a
     * man" / "Source: Staff").
     */
    private boolean hintAfterADashOverItsAnswer(String trimmed, String[] words, Start<F> start, String next) {
        int dash = start.end();
        FormSpec.FieldSpec spec = fieldSpecs.get(start.field());
        if (spec == null || !spec.type().isText() || dash + 1 >= words.length || !words[dash].matches("[-\u2013\u2014]+")
                || !Character.isLowerCase(words[dash + 1].codePointAt(0)) || words.length - dash - 1 > MAX_HINT_WORDS
                || trimmed.matches(".*[\\d:?\t].*")) {
            return false;
        }
        String hint = joined(words, dash + 1, words.length);
        String under = next.replace('\u00a0', ' ').strip();
        if (FieldValues.isNothing(hint) || under.isEmpty()
                || under.matches(".*[:?\t].*") || SectionHeading.is(under)) {
            return false;
        }
        return isSentenceAnswer(under) || labelAtStart(under.split("\\s+"), new String[0]).isEmpty();
    }

    /** The most words after a party's word and a dash that may say what of it is asked ("Referrer - date of birth"). */
    private static final int MAX_ASKED_AFTER_A_DASH = 4;

    /**
     * A party's word, a dash and what of it is asked ("Referrer - role", "REFERRER - ROLE (WHERE RELEVANT)"): the
     * line whole names another field than the words before the dash do, and the words after the dash (outside a
     * bracket) are in small letters, or the line is in capitals, each a word the form's wordings use. The whole line is
     * that field's label, its answer under it, not the referrer's name "role". A name after the dash ("Referrer - Jo
     * Bloggs") is the first field's answer still.
     */
    private Optional<Start<F>> wholeAfterADash(String trimmed, String[] words, Start<F> start) {
        int dash = 1;
        while (dash < words.length && !words[dash].matches("[-\u2013\u2014]+")) {
            dash++;
        }
        if (dash + 1 >= words.length || dash > start.end() || trimmed.matches(".*[\\d:?\t].*")) {
            return Optional.empty();
        }
        String rest = joined(words, dash + 1, words.length).replaceAll("\\([^()]*\\)", " ").strip();
        boolean capitals = !trimmed.matches(".*\\p{Ll}.*");
        if (rest.isEmpty() || rest.split("\\s+").length > MAX_ASKED_AFTER_A_DASH
                || !capitals && !Character.isLowerCase(rest.codePointAt(0))) {
            return Optional.empty();
        }
        List<String> asked = Words.of(rest);
        if (asked.isEmpty() || !asked.stream().allMatch(matcher::knows)) {
            return Optional.empty();
        }
        F named = matcher.match(trimmed, LabelMatcher.THRESHOLD).map(m -> byId.get(m.fieldId())).orElse(null);
        return named == null || named == start.field() ? Optional.empty()
                : Optional.of(new Start<>(named, words.length, trimmed));
    }

    /**
     * A line whose only colon ends it, the words after its label a qualifier of what is asked ("Applicant aged 16/17:",
     * "D.O.B. - must be 16/17:", "Name (as on ID):"), over its answer: the whole line is the label, ended by its colon,
     * and no word of it an answer, however like a value the qualifier reads ("16/17" is an age, not a date or a name).
     */
    private boolean asksToTheColonOverItsAnswer(String trimmed, String[] words, Start<F> start, String next) {
        String t = trimmed.replaceAll("[*\\s]+$", "");
        if (start.end() >= words.length || !t.endsWith(":") || t.indexOf(':') != t.length() - 1 || t.contains("\t")
                || words.length - start.end() > MAX_HINT_WORDS) {
            return false;
        }
        String under = next.replace('\u00a0', ' ').strip();
        return !under.isEmpty() && !SectionHeading.is(under) && looksLikeAnswer(under);
    }

    /** A hint after a label's dash is at most this many words; more is someone's answer. */
    private static final int MAX_HINT_WORDS = 8;

    /** Small words that open a value elsewhere but go on with a heading's words: "... and its limits", "... before a move". */
    private static final Set<String> HEADING_GOES_ON = Set.of("and", "or", "before", "after", "from", "until", "between");

    /** A heading over its answer is at most this many words; a longer line is someone's account. */
    private static final int MAX_HEADING_WORDS = 12;

    /** Words that open a value in small letters, never a label's tail: "approx 2pm", "not known", "see attached". */
    private static final Set<String> VALUE_OPENERS = Set.of("approx", "approximately", "around", "about", "roughly",
            "between", "from", "until", "before", "after", "circa", "not", "no", "none", "nil", "nothing", "yes", "see",
            "tbc", "unknown", "n", "y", "na", "and", "or", "but", "was", "were", "is", "has", "had", "he", "she", "they");
    /** Words that say what a form asks for, wherever a label uses them: "Organisation submitting form", "Your ... please". */
    private static final Set<String> ASKING_WORDS = Set.of("form", "this", "your", "please", "here", "below");

    /**
     * How many words after a label with no colon are still the label's, not its value: in a PDF's text a label goes on
     * in small letters, with a bracketed hint, up to a value that starts with a capital or a digit ("Name of the young
     * person Bryony Ormsby-Vale", "Young person involved (name) Aelwen Pryddy", "Submitting worker's name Perrin
     * Quennell", "Organisation submitting form Key2"). The words must be words of the form's wordings or words that
     * say what is asked ("the", "concerned", "obtained", "given"), at most four outside brackets, and a hint left open
     * at the line's end ("(name)" alone) counts too. A label marked as ended (a colon, a question mark, a star, a dash)
     * and a typed field whose value reads as its type keep their value as it is.
     */
    private int labelTail(String[] words, Start<F> start) {
        int from = start.end();
        if (from >= words.length || start.label().matches(".*[:?*]$")) {
            return 0;
        }
        int toColon = tailToColon(words, from);
        if (toColon > 0) {
            return toColon;
        }
        FormSpec.FieldSpec spec = fieldSpecs.get(start.field());
        String rest = joined(words, from, words.length);
        int hinted = spec == null || spec.type().isText() ? 0 : markedHint(spec, words, from);
        if (hinted > 0) {
            return hinted;
        }
        if (spec != null && !spec.type().isText() && fit(spec, rest).isPresent()) {
            return 0;
        }
        // a label in capitals goes on in capitals ("YOUNG PERSON INVOLVED (NAME) Ana Pryce")
        boolean capitals = start.label().matches("[^a-z]*[A-Z]{2}[^a-z]*");
        int i = from;
        int plain = 0;
        boolean hint = false;
        while (i < words.length) {
            String w = capitals && words[i].matches("[A-Z][A-Z’'-]+") ? words[i].toLowerCase(Locale.ROOT) : words[i];
            if (w.startsWith("(")) {
                int depth = 0;
                int j = i;
                for (; j < words.length; j++) {
                    depth += count(words[j], '(') - count(words[j], ')');
                    if (depth <= 0) {
                        break;
                    }
                }
                if (j >= words.length || j - i > 5) {
                    return 0; // an unclosed or long bracket is a value's note, not a label's hint
                }
                hint = true;
                i = j + 1;
                continue;
            }
            String bare = w.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("[’']", "");
            if (!w.matches("[a-z][a-z’'-]*") || VALUE_OPENERS.contains(bare) || ++plain > 4
                    || !(Words.of(bare).isEmpty() || Words.of(bare).stream().allMatch(matcher::knows)
                            || ASKING_WORDS.contains(bare) || bare.matches("[a-z]+(ed|en)"))) {
                break;
            }
            i++;
        }
        // an age is asked of a person only: "Address 16-18 Castle Street" keeps its house numbers
        i += spec == null || spec.type() == FieldType.NAME ? ageAsked(words, start, from, i) : 0;
        if (i == from) {
            return 0;
        }
        if (i == words.length) {
            return hint ? i - from : 0; // "Young person involved (name)": its answer is on the next line
        }
        String first = words[i];
        return Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0)) ? i - from : 0;
    }

    /**
     * How many words after a typed field's label are a hint the form prints before its answer, marked by a dash or a
     * star ("Housing situation – tick one Threatened", "Housing status today * Threatened", "Date of birth -
     * dd/mm/yyyy 30/11/2009"): small words and the mark, up to the first word that is no hint's (a capital, a digit),
     * as long as what follows reads as the field's type. 0 when there is no mark or nothing after it fits.
     */
    private int markedHint(FormSpec.FieldSpec spec, String[] words, int from) {
        boolean marked = false;
        int hint = 0;
        for (int i = from; i < words.length - 1 && i - from < MAX_HINT_WORDS; i++) {
            if (words[i].matches("[-\u2013\u2014*]+")) {
                marked = true;
            } else if (!words[i].matches("\\(?[a-z][a-z\u2019'/-]*\\)?:?")) {
                break;
            }
            if (marked && fit(spec, joined(words, i + 1, words.length))
                    .isPresent()) {
                hint = i + 1 - from; // the last word that still leaves an answer: "tick one", not "tick"
            }
        }
        return hint;
    }

    /**
     * How many words at {@code at} are an age the label asks the answer to be of ({@link Instructions#withoutItsAge}:
     * "Applicant aged 16/17 Femi Patel", "Name of YP (16/17) Femi Patel"), with a word of the answer after them: the
     * label's, not the start of its answer. 0 when none are.
     */
    private static int ageAsked(String[] words, Start<?> start, int from, int at) {
        String label = joined(words, from, at);
        String asked = (start.label() + " " + label).strip();
        for (int k = 1; k <= 4 && at + k < words.length; k++) {
            String with = asked + " " + joined(words, at, at + k);
            // the age's own word may have been read as the label's ("Applicant aged" + "16/17")
            if (Instructions.withoutItsAge(with).filter(asked::startsWith).isPresent()) {
                return k;
            }
        }
        return 0;
    }

    /** At most this many words in small letters go on with a label up to a colon that ends it. */
    private static final int TAIL_TO_COLON = 6;

    /**
     * How many words after a label are the label's because a colon ends them: words in small letters with no digit,
     * the last one ending in the colon ("Date the event took place: 13/12/2026" is the date, not "the event took
     * place: ..."); 0 when no colon comes that soon.
     */
    private static int tailToColon(String[] words, int from) {
        for (int i = from; i < words.length && i < from + TAIL_TO_COLON; i++) {
            if (!words[i].matches("\\(?[a-z][a-z’'/-]*\\)?:?")) {
                return 0;
            }
            if (words[i].endsWith(":")) {
                return i + 1 - from;
            }
        }
        return 0;
    }

    /**
     * A label given in two languages ("Statws cyfreithiol / Legal status", "Dyddiad geni / Date of birth"): when
     * no word before the first slash is a word of the form's wordings, the line starts after the slash.
     */
    String withoutOtherLanguage(String line) {
        int slash = line.indexOf(" / ");
        if (slash <= 0 || slash > 40) {
            return line;
        }
        String before = line.substring(0, slash);
        List<String> ws = Words.asWritten(before);
        String after = line.substring(slash + 3).strip();
        if (ws.isEmpty() || before.split("\\s+").length > 4 || after.isEmpty()
                || !Character.isUpperCase(after.codePointAt(0))) {
            return line;
        }
        if (ws.stream().noneMatch(matcher::knows) || Words.allWelsh(before)) {
            // "Enw llawn y plentyn / Child full name": the Welsh half's "enw" is a name's word, but the half is Welsh
            return after;
        }
        if (ws.stream().allMatch(matcher::knows)) {
            return line; // "SW / PA for this resident": every word before the slash is the form's, no other language
        }
        // words in the other language that name no other field ("Enw llawn", "Dyddiad geni") give way to the English half
        Optional<F> other = catalog.match(before);
        Optional<Start<F>> english = labelAtStart(after.split("\\s+"), new String[0]);
        return english.isPresent() && other.map(o -> o == english.get().field()).orElse(true) ? after : line;
    }

    /**
     * What comes before a line's first colon, or a whole line ending in a required-field star, is a label as a whole
     * when nothing ends it earlier (a question mark, a tab, a value with digits), a dash in it joining its parts: "Resident - date of birth: 22 May 2009" is the date of birth, not "Resident"
     * with the value "date of birth: ...", and "Young person - full name *" is the name.
     */
    private Optional<Start<F>> wholeBeforeColon(String line, String[] words) {
        int colon = 0;
        while (colon < words.length && colon < MAX_LABEL_WORDS && !words[colon].endsWith(":")) {
            colon++;
        }
        boolean hasColon = colon < words.length && colon < MAX_LABEL_WORDS;
        boolean starred = !hasColon && words.length <= MAX_LABEL_WORDS && line.endsWith("*");
        if (!hasColon && !starred) {
            return Optional.empty();
        }
        int last = hasColon ? colon + 1 : words.length;
        String head = joined(words, 0, last);
        if (Instructions.withoutItsAge(head).orElse(head).matches(".*[?\\t\\d].*")) {
            // a question, a cell or a value ("10:20 pm") ends before the colon; an age asked ("must be 16/17") does not
            return Optional.empty();
        }
        return matcher.match(head, LabelMatcher.THRESHOLD)
                .filter(m -> byId.get(m.fieldId()) != null)
                .map(m -> new Start<>(byId.get(m.fieldId()), last, head));
    }

    /** A line that may answer a question: not blank, not itself a question or a label ending in a colon. */
    /** Whether the words from {@code from} on, after a name's label, are up to three small words: no name. */
    private boolean isLabelTailOfAName(F field, String[] words, int from) {
        FormSpec.FieldSpec spec = fieldSpecs.get(field);
        if (spec == null || spec.type() != org.ypsa.hub.domain.forms.FieldType.NAME || words.length - from > 3) {
            return false;
        }
        for (int i = from; i < words.length; i++) {
            if (!words[i].matches("\\p{Ll}+[:?*]?")) {
                return false;
            }
        }
        return true;
    }

    boolean looksLikeAnswer(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.endsWith("?") && !t.endsWith(":") && splitLine(t, "", new LinkedHashMap<>()).isEmpty();
    }

    /** A line whose first content words no wording of the form uses starts no label (most lines of prose). */
    private boolean startsWithKnownWord(String[] words) {
        int content = 0;
        for (int i = 0; i < words.length && content < 2; i++) {
            List<String> w = Words.of(words[i]);
            for (String x : w) {
                if (matcher.knows(x)) {
                    return true;
                }
            }
            content += w.size();
        }
        return false;
    }

    private record Start<F>(F field, int end, String label) {
    }

    /**
     * Whether the words after a label join it to another wording of a field ("Your team or service (record here)",
     * "YOUR TEAM OR SERVICE"): "or" or "and", in any case, then a known word; the label goes on, its answer is still to
     * come (a label ending in a bracketed hint is no shorter for it).
     */
    private boolean joinsAnotherWording(String[] words, int from) {
        return from + 1 < words.length && words[from].matches("(?i)(or|and|&)")
                && Words.of(words[from + 1]).stream().anyMatch(matcher::knows)
                && !String.join(" ", java.util.Arrays.asList(words).subList(from, words.length)).matches(".*[\\d:].*");
    }

    /**
     * Whether the next line opens with a capital, as a line of its own does, rather than going on with a label wrapped
     * onto it: a wrapped label's end goes on in small letters ("Young person's full" / "name"), or in capitals under a
     * label written in capitals. An answer under a label that already names its field ("Current care status" / "Care
     * leaver", "Referrer team" / "Youth Justice Service") is no part of the label, though its words are a label's.
     */
    static boolean opensALineOfItsOwn(String line, String[] nextWords) {
        if (nextWords.length == 0 || nextWords[0].isEmpty() || !Character.isUpperCase(nextWords[0].codePointAt(0))) {
            return false;
        }
        boolean lineInCapitals = !line.matches(".*\\p{Ll}.*");
        boolean nextInCapitals = !nextWords[0].matches(".*\\p{Ll}.*");
        return !(lineInCapitals && nextInCapitals);
    }

    /** The best label the line starts with, possibly finished on the next line. */
    /** A number of three digits or more alone in brackets, as a phone number's area code is written: "(01295)". */
    private static final java.util.regex.Pattern AREA_CODE = java.util.regex.Pattern.compile("\\(\\+?\\d[\\d ]{2,}\\)[.,;:]?");

    private Optional<Start<F>> labelAtStart(String[] words, String[] after) {
        Start<F> best = null;
        double bestScore = 0;
        int depth = 0;
        StringBuilder head = new StringBuilder();
        int unknownInARow = 0;
        // a question ends at its question mark however long it is ("Has the young person agreed to this referral and
        // to information being shared? Yes")
        int limit = MAX_LABEL_WORDS;
        for (int q = 0; q < words.length && q < MAX_QUESTION_WORDS; q++) {
            if (words[q].endsWith("?")) {
                limit = Math.max(limit, q + 1);
                break;
            }
        }
        // a question whose kind asks one of the form's parts ("What is putting the placement in danger?") is read to
        // its question mark, and a line that is such a heading whole ("Beth na allwn ei reoli / What we can't manage")
        // to its end, whatever words they use (stop 50, risk50)
        int asked = questionEnd(words);
        boolean askedByItsKind = asked >= 0 ? matcher.asksByItsKind(joined(words, 0, asked + 1))
                : words.length <= MAX_QUESTION_WORDS && matcher.asksByItsKind(joined(words, 0, words.length));
        for (int k = 1; k <= words.length && k <= limit; k++) {
            String w = words[k - 1];
            if (k > 1 && depth == 0 && AREA_CODE.matcher(w).matches()) {
                break; // "Tel (01295) 372680": a number in brackets is the value's area code, not the label's hint
            }
            if (best != null && best.end() == k - 1 && words[k - 2].matches(".*[)\\]]") && (Character.isUpperCase(w.codePointAt(0))
                    && Words.of(w).stream().noneMatch(matcher::knows) || typedValueFrom(words, k - 1, best.field()))) {
                // "YP concerned (name) Ezra Pryce", "At about (time) roughly 4:35am": after a hint, a capitalised word
                // no wording uses, or a value of the field's type, is the value
                break;
            }
            boolean inHint = depth > 0 || w.startsWith("(") || w.startsWith("[");
            depth += count(w, '(') - count(w, ')');
            head.append(w).append(' ');
            if (depth > 0) {
                continue; // a label ends after its bracketed hint, not inside it
            }
            if (!inHint) {
                // numbers ("16/17") are neither known nor unknown words: an age or a year goes on with its label
                List<String> ws = Words.of(w).stream().filter(x -> !x.matches("\\d+")).toList();
                unknownInARow = ws.isEmpty() ? unknownInARow : ws.stream().anyMatch(matcher::knows) ? 0
                        : unknownInARow + 1;
                if (unknownInARow >= 3 && !askedByItsKind) {
                    break; // three words no label uses: the label, if any, is behind us
                }
            }
            String label = head.toString().trim();
            // a colon, a question mark or a dash standing alone ("Date of birth of YP - 8/12/2009") ends a label
            // a required-field star ends one too ("Date of birth of YP * 15th November 2009")
            boolean ends = w.endsWith(":") || w.endsWith("?") || w.endsWith("*") && k > 1
                    || k < words.length && words[k].matches("[-\u2013\u2014*]+");
            Optional<LabelMatcher.Match> m = matcher.match(label, ends ? LabelMatcher.THRESHOLD : LabelMatcher.LINE_THRESHOLD);
            if (m.isEmpty() && !ends && k < words.length) {
                m = matchedByItsValue(words, k, label);
            }
            // "Your team / organisation": a label does not end before a slash that joins it to another wording
            boolean beforeSlash = !ends && (w.endsWith("/") || k < words.length && words[k].startsWith("/"));
            // a label going on with "of ..." or a bracketed hint and still naming the same field is one label: "Details
            // of what happened (who, what, where)" is the description, not "Details" with the value "of what ..."
            boolean goesOn = m.isPresent() && best != null && best.end() < k && byId.get(m.get().fieldId()) == best.field()
                    && (words[best.end()].matches("(?i)(of|for)") && k > best.end() + 1 && !Words.of(w).isEmpty()
                            || words[best.end()].matches("[(\\[].*")
                            || wordsOfTheField(best.field(), java.util.Arrays.asList(words).subList(best.end(), k)));
            // a label going on with "of ..." that names another field is that field's: "Calendar date of incident" is
            // the incident's date, though "Calendar date" alone named another date best (a label ends before no "of")
            boolean ofAnother = m.isPresent() && best != null && best.end() < k - 1 && byId.get(m.get().fieldId()) != null
                    && words[best.end()].matches("(?i)(of|for)") && !Words.of(w).isEmpty();
            goesOn = goesOn || ofAnother;
            if (m.isPresent() && (m.get().score() >= bestScore || goesOn) && !beforeSlash) {
                bestScore = Math.max(bestScore, m.get().score());
                best = new Start<>(byId.get(m.get().fieldId()), k, label);
            }
            if (ends) {
                Optional<Start<F>> dashed = k < words.length && words[k].matches("[-\u2013\u2014]+")
                        ? throughTheNextDash(words, k, m.map(x -> byId.get(x.fieldId())).orElse(null)) : Optional.empty();
                if (dashed.isPresent()) {
                    best = dashed.get();
                } else if (m.isPresent()) {
                    best = new Start<>(byId.get(m.get().fieldId()), k, label); // a colon or question mark ends it
                } else if (w.endsWith(":") && k <= 6 && !label.matches(".*\\d.*")) {
                    best = null; // "Submitting practitioner:" is one label: "Submitting" alone is not it
                }
                break;
            }
            // a label wraps only when every word so far is a label's word ("Young person's full" / "name"),
            // so that a title line ("MASH referral ...") does not borrow the next line's label
            List<String> headWords = Words.of(label);
            // (and a label that names its field already is not finished by a line opening as one of its own: "Current
            // care status" over its answer "Care leaver")
            boolean wraps = !headWords.isEmpty() && headWords.stream().allMatch(matcher::knows)
                    && !(best != null && opensALineOfItsOwn(label, after));
            StringBuilder wrapped = new StringBuilder(label);
            for (int j = 0; wraps && j < after.length && j < 4; j++) {
                if (!after[j].matches(".*[\\p{L}\\d].*")) {
                    break; // a dash alone under a label is its blank answer, no word of the label
                }
                wrapped.append(' ').append(after[j]);
                Optional<LabelMatcher.Match> mw = matcher.match(wrapped.toString(), LabelMatcher.LINE_THRESHOLD);
                if (mw.isPresent() && mw.get().score() >= bestScore) {
                    bestScore = mw.get().score();
                    best = new Start<>(byId.get(mw.get().fieldId()), k, wrapped.toString());
                }
            }
        }
        if (best != null && best.field() != null && best.end() < words.length
                && (words.length - best.end() <= 3 || words.length - best.end() <= 6
                        && words[best.end()].matches("(of|for)") && after.length > 0
                        || words.length - best.end() <= 6 && restIsWording(words, best.end())
                        || words.length - best.end() <= 6 && joinsAnotherWording(words, best.end()))
                && best.label().split("\\s+").length == best.end()) {
            // "Referral ref no." alone on its line: the last words are the label's too, not its value
            String restRaw = joined(words, best.end(), words.length);
            List<String> rest = Words.of(restRaw);
            FormSpec.FieldSpec spec = fieldSpecs.get(best.field());
            // "Details of the information", "Young person name": words that go on with the label
            boolean continues = restRaw.matches("(of|for|to|the|in|on|by|and|or|with)\\b.*")
                    || joinsAnotherWording(words, best.end())
                    || words.length - best.end() == 1 && spec != null
                            && spec.type().isText()
                            && matcher.fieldUses(FormLibrary.idOf(best.field()), restRaw);
            // a noun of the matter in hand in small letters after one word naming a text field goes on with it:
            // "Presenting issue" is the reason's label as a whole, not "Presenting" with the reason "issue"
            boolean ofItsMeaning = best.end() == 1 && words.length == 2 && MATTER_NOUN.matcher(restRaw).matches()
                    && spec != null && spec.type().isText();
            // with nothing between them, the rest of a line that is itself a wording goes on with the label
            // ("Referrer job title" is not "Referrer" with the value "job title")
            boolean marked = best.label().matches(".*[:?*]$") || words[best.end()].matches("[-\u2013\u2014*:]+");
            Optional<LabelMatcher.Match> restMatch = matcher.match(restRaw, LabelMatcher.THRESHOLD);
            boolean restIsLabel = !marked && restMatch.isPresent() && byId.get(restMatch.get().fieldId()) != best.field()
                    && (spec == null || spec.type().isText() || fit(spec, restRaw).isEmpty());
            // "Young person - full name", "Referrer - email address": after a dash, words that are a wording and name
            // what is asked for (a name, a number, an email) go on with the label
            boolean sameFieldRest = marked && !best.label().matches(".*[:?]$") && restMatch.isPresent()
                    && !restRaw.matches(".*\\d.*")
                    && (spec == null || fit(spec, restRaw).isEmpty() || spec.type().isText())
                    && rest.stream().allMatch(matcher::knows)
                    && (Instructions.sayWhatIsAsked(restRaw) || restRaw.matches("(?i).*\\bdetails\\b.*")); // "Status - Looked after" is a value
            if (spec == null || !continues && !restIsLabel && fit(spec, restRaw).isPresent()) {
                rest = List.of(); // the last words read as the field's value ("... homelessness Threatened")
            }
            String whole = String.join(" ", words);
            Optional<LabelMatcher.Match> all = matcher.match(whole, LabelMatcher.LINE_THRESHOLD);
            Optional<F> restField = best.end() == 1 && restIsWording(words, best.end())
                    ? matcher.exactly(restRaw.replaceAll("[:*?]+$", "")).map(byId::get) : Optional.empty();
            // a line in capitals is a heading or a label as a whole ("REFERRER JOB TITLE"), not "Referrer" and a value
            boolean capitals = whole.equals(whole.toUpperCase(Locale.ROOT)) && whole.matches(".*[A-Z].*[A-Z].*");
            if (ofItsMeaning) {
                best = new Start<>(best.field(), words.length, whole);
            } else if (restField.isPresent() && restField.get() != best.field()) {
                // one word, then another field's wording ("Full account of incident", "Child's date of birth (DoB)"):
                // the wording says what is asked, the word before it only whose
                best = new Start<>(restField.get(), words.length, whole);
            } else if (sameFieldRest || capitals && !marked && all.isPresent() && !whole.matches(".*\\d.*")
                    && byId.get(all.get().fieldId()) != null) {
                // a line in capitals with nothing between label and rest is a label as a whole ("DATE / TIME OF EVENT")
                F wholeField = all.isPresent() && byId.get(all.get().fieldId()) != null ? byId.get(all.get().fieldId()) : best.field();
                best = new Start<>(wholeField, words.length, whole);
            } else if (!rest.isEmpty() && rest.stream().allMatch(matcher::knows) && !whole.matches(".*\\d.*")
                    && all.isPresent() && (byId.get(all.get().fieldId()) == best.field() || (capitals || restIsLabel)
                            && byId.get(all.get().fieldId()) != null || continues && byId.get(all.get().fieldId()) != null
                            && restRaw.startsWith("of "))) {
                // a label going on with "of ..." names the field the whole line names ("Name of person referring")
                best = new Start<>(byId.get(all.get().fieldId()), words.length, whole);
            } else if (restRaw.matches("(?i)(being )?(involved|referred|concerned|affected)[:?*]*")) {
                // "Young person involved", "YP REFERRED": a participle saying which person is the label's, not a value
                best = new Start<>(best.field(), words.length, whole);
            } else if (!marked && !restRaw.matches(".*\\d.*") && org.ypsa.hub.domain.forms.Instructions.endsInAHint(restRaw)
                    && matcher.match(whole, LabelMatcher.THRESHOLD).isPresent()
                    && (spec == null || fit(spec, restRaw).isEmpty())) {
                // "Has an FGC been offered yet (Y/N)", "Date FGC was held (if held)": words ending in a hint on how to
                // answer are the label's last words, its answer is still to come
                best = new Start<>(best.field(), words.length, whole);
            } else if (!marked && restRaw.matches("(?i)(of|for|in|on|to|by|with)\\s+\\p{Ll}.*") && rest.size() <= 2
                    && !whole.matches(".*\\d.*") && (spec == null || spec.type().isText() || fit(spec, restRaw).isEmpty())
                    && matcher.match(whole, LabelMatcher.THRESHOLD).map(x -> byId.get(x.fieldId())).orElse(null) == best.field()) {
                // "Status in law": a preposition and a word or two in small letters after the label, the line whole
                // naming the same field, are the label's own words (what kind of status), not its answer "in law"
                best = new Start<>(best.field(), words.length, whole);
            }
        }
        if (best != null && best.field() != null && best.end() < words.length && fieldSpecs.get(best.field()) != null
                && fieldSpecs.get(best.field()).type().isTemporal()) {
            // "Placement end date": a date field's word ("Placement") before more words that ask for a date ("end
            // date") is a label of another date, not that field's with the value "end date", when the line as a whole
            // names no field (a date of another thing is left unplaced, never read as the date needed)
            // (the words up to the value's first number: "Placement end date<TAB>15/12/2026")
            int upTo = best.end();
            while (upTo < words.length && !words[upTo].matches(".*\\d.*")) {
                upTo++;
            }
            String restRaw = joined(words, best.end(), upTo);
            if (Words.of(restRaw).stream().anyMatch(w -> w.equals("date") || w.equals("time"))
                    && fit(fieldSpecs.get(best.field()), restRaw).isEmpty()
                    && matcher.match(joined(words, 0, upTo),
                            LabelMatcher.THRESHOLD).isEmpty()) {
                return Optional.empty();
            }
        }
        if (best != null && best.end() < words.length && words[best.end()].matches("(?i)of|for")) {
            // "Date of birth 14 March 2008" read by a form with no date of birth: its "Date" is not this label
            return Optional.empty();
        }
        return best == null || best.field() == null ? Optional.empty() : Optional.of(best);
    }

    /**
     * A label in two parts joined by a dash, the second a wording of its own, and a dash after it before the value:
     * "Health - risk to self details - Cut her arm last week" is the field the two parts name together, when that is
     * not the field the first part names alone or the second part says what is asked ("- name -"). The words between
     * the dashes are all label words, with no digit.
     */
    private Optional<Start<F>> throughTheNextDash(String[] words, int dash, F first) {
        for (int j = dash + 2; j < words.length - 1 && j <= dash + 7; j++) {
            if (!words[j].matches("[-\u2013\u2014]+")) {
                continue;
            }
            String part = joined(words, dash + 1, j);
            List<String> partWords = Words.of(part);
            if (part.matches(".*\\d.*") || partWords.isEmpty() || !partWords.stream().allMatch(matcher::knows)) {
                return Optional.empty();
            }
            String whole = joined(words, 0, j);
            Optional<F> named = matcher.match(part, LabelMatcher.THRESHOLD).map(x -> byId.get(x.fieldId()));
            Optional<F> wholeNamed = matcher.match(whole, LabelMatcher.THRESHOLD).map(x -> byId.get(x.fieldId()));
            int end = j;
            // the same field's label going on with what it asks for ("Young person referred - name - ...") is one
            // label too; a second part that may be the first's answer ("Referral type - Emergency - same day") is not
            boolean asksFor = Instructions.sayWhatIsAsked(part) || part.matches("(?i).*\\bdetails\\b.*");
            return named.isEmpty() ? Optional.empty()
                    : wholeNamed.filter(f -> f != null && (f != first || asksFor)).map(f -> new Start<>(f, end, whole));
        }
        return Optional.empty();
    }

    /** Whether the words from {@code from} on are a date, a time, an email or a phone number the field takes. */
    private boolean typedValueFrom(String[] words, int from, F field) {
        FormSpec.FieldSpec spec = fieldSpecs.get(field);
        return spec != null && spec.type().isStrict()
                && fit(spec, joined(words, from, words.length)).isPresent();
    }

    /** A word that opens a sentence about someone, never a label: "We", "She", "They", "Our". */
    private static final java.util.regex.Pattern SENTENCE_OPENER = java.util.regex.Pattern.compile(
            "(?i)(i|we|he|she|they|it|you|our|his|her|their|there|this|that)\\b.*");

    /**
     * Words at the start of a line that name a field only as well as a label on its own line must ("Calendar date of
     * incident", "Full details of the information"), read as the label when what follows shows where the label ends,
     * as a PDF's text gives a row of a two-column table: a date, a time, an email or a phone number for a field of that
     * type ("Clock time of incident 1:10 pm") or a name for a name's, or for a text field a label written as a sentence's start (a capital,
     * then small letters, abbreviations and hints, no punctuation, two words of meaning or more and at most one
     * word no wording uses, not opening as a sentence does: "We", "She") followed by a
     * value that opens with a capitalised word or a digit ("Full details of the information Over the summer ...").
     */
    private Optional<LabelMatcher.Match> matchedByItsValue(String[] words, int k, String label) {
        Optional<LabelMatcher.Match> m = matcher.match(label, LabelMatcher.THRESHOLD).filter(x -> byId.get(x.fieldId()) != null);
        FormSpec.FieldSpec spec = m.map(x -> fieldSpecs.get(byId.get(x.fieldId()))).orElse(null);
        if (spec == null) {
            return Optional.empty();
        }
        String rest = joined(words, k, words.length);
        if (spec.type().isStrict()) {
            return fit(spec, rest).isPresent() ? m : Optional.empty();
        }
        boolean nameFits = spec.type() != org.ypsa.hub.domain.forms.FieldType.NAME || fit(spec, rest).isPresent();
        if (!spec.type().isText() || !nameFits || k < 2 || label.matches(".*[,.;:!?\\d].*") || !words[k].matches("(\\p{Lu}\\p{Ll}|\\d).*")) {
            return Optional.empty();
        }
        int unknown = 0;
        for (int i = 1; i < k; i++) {
            if (!words[i].matches("[(\\[]?(\\p{Ll}[\\p{Ll}’'/-]*|\\p{Lu}{1,4}(/\\p{Lu}{1,4})?|/|[-–])[)\\]]?")) {
                return Optional.empty(); // a capitalised word inside: a sentence or a name, not a label
            }
        }
        if (SENTENCE_OPENER.matcher(label).matches()) {
            return Optional.empty(); // "We cannot staff 1:1 at night": a sentence of someone's answer
        }
        List<String> content = Words.of(label);
        for (String x : content) {
            if (!matcher.knows(x) && ++unknown > 1) {
                return Optional.empty();
            }
        }
        return content.size() >= 2 ? m : Optional.empty();
    }

    /**
     * Words after a label that its field's wordings use and that are no answer of its type go on with the label: "Date
     * / time occurred" is one label; "Homeless or threatened with homelessness Threatened" ends before its answer.
     */
    private boolean wordsOfTheField(F field, List<String> extra) {
        String more = String.join(" ", extra).replaceAll("[:*?]+$", "");
        FormSpec.FieldSpec spec = fieldSpecs.get(field);
        return spec != null && !spec.type().isText() && !more.matches(".*\\d.*")
                && matcher.fieldUses(FormLibrary.idOf(field), more) && fit(spec, more).isEmpty();
    }

    /**
     * The rest of a line after its first label is itself a wording of the form of two words or more, hint and all, with
     * no digit outside a bracketed hint ("Child's date of birth (16/17)" is the date of birth): "Child's date of birth (DoB)" is the date of birth, not "Child's" with the value "date of birth (DoB)".
     */
    private boolean restIsWording(String[] words, int from) {
        String rest = joined(words, from, words.length);
        // two words of meaning at least: "Provider Response" is a label and its value, not the wording "Response"
        // a digit in a bracketed hint is the hint's ("Child's date of birth (16/17)"), not a value
        return !rest.replaceAll("\\([^()]*\\)", "").matches(".*\\d.*") && Words.of(rest).size() >= 2
                && matcher.exactly(rest.replaceAll("[:*?]+$", "")).isPresent();
    }

    /**
     * The boxes of a row as a PDF flattens them onto the line under the first box's label: the answer is cut where
     * another field's label opens inside it with its own answer after it, and that answer is cut the same way. "Liam
     * Dobson Date of birth 13/08/2009" under "Young person's full name" is the name "Liam Dobson" and the date of birth
     * "13/08/2009"; "South Oxfordshire Legal status Child in need" under "Preferred locality" is "South Oxfordshire" and
     * the legal status; "Rhys Pritchard Role Social Worker" under "Referrer name" is "Rhys Pritchard" and the role (a
     * one-word wording after words that already answer a name or a typed field; a text field's words prove nothing).
     * The next box's answer must read as its own field's type: "Flat 3 Parent and Baby Unit, Witney" is an address, not
     * "Flat 3" and a parent's yes or no. A narrative, or any answer in sentences, is kept whole: its sentences may use
     * a field's words. The first entry is always the field's own.
     */
    List<Map.Entry<F, String>> boxesOnTheLine(F field, String answer) {
        FormSpec.FieldSpec spec = fieldSpecs.get(field);
        if (spec == null || spec.type() == org.ypsa.hub.domain.forms.FieldType.NARRATIVE || answer.contains("\n")
                || answer.matches(".*\\p{L}[.!?]\\s.*")) {
            return List.of(Map.entry(field, answer));
        }
        boolean typed = !spec.type().isText() || spec.type() == org.ypsa.hub.domain.forms.FieldType.NAME;
        String[] words = answer.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            Optional<Map.Entry<F, Integer>> inner = innerLabelAt(words, i, false)
                    .filter(e -> e.getKey() != field && e.getValue() < words.length);
            if (inner.isEmpty() && typed && i >= 2 && i + 1 < words.length
                    && Character.isUpperCase(words[i].codePointAt(0)) && fit(spec, joined(words, 0, i)).isPresent()) {
                int next = i + 1;
                inner = matcher.exactly(words[i].replaceAll("[:*?]+$", "")).map(byId::get).filter(f -> f != field)
                        .map(f -> Map.entry(f, next));
            }
            if (inner.isEmpty()) {
                continue;
            }
            // the next box's answer is what its own type reads: "Flat 3 Parent and Baby Unit" is an address
            List<Map.Entry<F, String>> after = boxesOnTheLine(inner.get().getKey(),
                    joined(words, inner.get().getValue(), words.length));
            FormSpec.FieldSpec next = fieldSpecs.get(inner.get().getKey());
            if (next == null || fit(next, after.get(0).getValue()).isPresent()) {
                List<Map.Entry<F, String>> boxes = new ArrayList<>();
                boxes.add(Map.entry(field, joined(words, 0, i)));
                boxes.addAll(after);
                return boxes;
            }
        }
        return List.of(Map.entry(field, answer));
    }

    /**
     * An exact label starting at a capitalised word i (two or more words, or the form's one-word name). Straight
     * after another label, with no value between, only a field's printed name counts ("Date FGC offered"): a
     * value may well be a listed wording ("Referrer role Personal Adviser").
     */
    private Optional<Map.Entry<F, Integer>> innerLabelAt(String[] words, int i, boolean namesOnly) {
        if (words[i].isEmpty() || !Character.isUpperCase(words[i].codePointAt(0))) {
            return Optional.empty();
        }
        if (i > 0 && TickList.endsWithBox(joined(words, 0, i))) {
            // "[x] Homeless [ ] Threatened": the words after a box are an answer of its tick list, never a label, even
            // when an answer is a wording of the field ("Homeless") and the next box reads as its bracketed hint
            return Optional.empty();
        }
        F found = null;
        int end = -1;
        int depth = 0;
        StringBuilder prefix = new StringBuilder();
        for (int w = i; w < words.length && w < i + MAX_LABEL_WORDS; w++) {
            depth += count(words[w], '(') - count(words[w], ')');
            prefix.append(words[w]).append(' ');
            if (depth > 0) {
                continue;
            }
            Optional<String> id = matcher.exactly(prefix.toString())
                    .filter(f -> !namesOnly || names.contains(Words.clean(prefix.toString())));
            // one word is a label mid-line when it is the form's one-word name, or a wording its colon marks as a
            // label ("Tomos Reed DOB: 14/05/2008")
            boolean longEnough = w > i || oneWordNames.contains(words[i].replaceAll("[:*?]+$", ""))
                    || words[i].endsWith(":") && words[i].length() > 3;
            if (id.isPresent() && longEnough) {
                found = byId.get(id.get());
                end = w + 1;
            }
        }
        return found == null ? Optional.empty() : Optional.of(Map.entry(found, end));
    }
}
