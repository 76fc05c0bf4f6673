package org.ypsa.hub.domain.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.TwoLanguages;

/**
 * Places a label on one of a form's fields. An exact wording (after {@link Words#clean}) wins outright; otherwise
 * each field is scored by the content words it shares with the label, each word weighted by how few of the
 * form's fields use it ("birth" says more than "name"), plus a little for the field's key words. The best field
 * above the threshold takes the label (on an exact tie, the field the form lists first).
 */
public final class LabelMatcher {
    /** Below this a label is left unplaced: it is named to the sender rather than guessed. */
    public static final double THRESHOLD = 0.5;
    /** A run of words at the start of a line of text, with no colon after it, must match better than this. */
    public static final double LINE_THRESHOLD = 0.75;
    private static final double KEYWORD_BONUS = 0.25;
    private static final double UNKNOWN_WORD = 0.7;
    /** A word of the same meaning ({@link Words#related}) counts for this share of the word it stands for. */
    private static final double RELATED_CREDIT = 0.8;
    /** A wording holding the label's head word (or a word of its meaning) scores this much more. */
    private static final double HEAD_BOOST = 1.4;

    /** A label placed on a field, with how sure the match is (2 for an exact wording). */
    public record Match(String fieldId, double score) {
        public boolean exact() {
            return score >= 2;
        }
    }

    private record Wording(String fieldId, Set<String> words) {
    }

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, FieldType> types = new HashMap<>();
    /** The name fields one of whose wordings is the sender's own ("Your name"): the one filling in the form. */
    private final Set<String> sendersNames = new HashSet<>();
    private final List<Wording> wordings = new ArrayList<>();
    private final Map<String, List<List<String>>> keywords = new LinkedHashMap<>();
    private final Map<String, Double> weight = new HashMap<>();
    /** Each two words next to each other in one of the form's wordings ("birth date"), for a slip run together. */
    private final Set<String> pairs = new java.util.LinkedHashSet<>();
    /** The way each field's risk goes, where its wordings say ({@link Direction}). */
    private final Map<String, Direction> directions = new HashMap<>();
    /** The wordings each word appears in: only those can share anything with a label. */
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    /** Each wording's total word weight, in the order of wordings. */
    private final double[] sums;
    /** The wordings that ask whether the form is of a kind ("is this an emergency"), as words, with their field. */
    private final List<Map.Entry<List<String>, String>> whetherWordings = new ArrayList<>();
    /** Each choice field to the answers it offers, in lower case ({@link #offeringItsChoices}). */
    private final Map<String, List<String>> choicesOf = new LinkedHashMap<>();

    /** Whether words of the same meaning ({@link Words#related}) count; recognising a form's type wants them not to. */
    private final boolean useRelated;
    /** Each word to the words of the same meaning on this form ({@link Words#relatedOn}). */
    private final Map<String, Set<String>> relatedHere;
    /** Whether the form asks a risk concern's three parts, each asked by its kind ({@link ConcernAsked}). */
    private final boolean asksAConcernsParts;
    /** Which field a label put in plain English asks, by what it asks of whom (asked:, {@link QuestionAsked}). */
    private final Map<QuestionAsked.What, Map<QuestionAsked.Whom, String>> asked;

    public LabelMatcher(FormSpec form) {
        this(form, true);
    }

    /** A matcher that counts only the words a label shares with a wording when {@code useRelated} is false. */
    public LabelMatcher(FormSpec form, boolean useRelated) {
        this.useRelated = useRelated;
        this.relatedHere = Words.relatedOn(form.relatedWords());
        Map<String, Set<String>> fieldsUsing = new HashMap<>();
        for (FormSpec.FieldSpec f : form.fields()) {
            types.put(f.id(), f.type());
            if (f.type() == FieldType.CHOICE && !f.choices().isEmpty()) {
                choicesOf.put(f.id(), f.choices().stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList());
            }
            List<String> all = new ArrayList<>(f.labels());
            all.add(0, f.name());
            for (String label : all) {
                exact.putIfAbsent(Words.clean(label), f.id());
                if (f.type() == FieldType.NAME && SENDER.matcher(label).find()) {
                    sendersNames.add(f.id());
                }
                List<String> w = Words.of(label);
                for (int i = 0; i + 1 < w.size(); i++) {
                    pairs.add(w.get(i) + " " + w.get(i + 1));
                }
                if (!w.isEmpty()) {
                    wordings.add(new Wording(f.id(), new HashSet<>(w)));
                    w.forEach(t -> fieldsUsing.computeIfAbsent(t, k -> new HashSet<>()).add(f.id()));
                }
            }
            List<List<String>> kws = new ArrayList<>();
            for (String k : f.keywords()) {
                List<String> w = Words.of(k);
                if (!w.isEmpty()) {
                    kws.add(w);
                }
            }
            keywords.put(f.id(), kws);
            Direction.ofWordings(all).ifPresent(d -> directions.put(f.id(), d));
        }
        fieldsUsing.forEach((t, fields) -> weight.put(t, 1.0 / fields.size()));
        for (int i = 0; i < wordings.size(); i++) {
            for (String t : wordings.get(i).words()) {
                byWord.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        sums = new double[wordings.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = wordings.get(i).words().stream().mapToDouble(this::w).sum();
        }
        for (Map.Entry<String, String> e : exact.entrySet()) {
            List<String> w = Words.of(e.getKey());
            if (WHETHER_THE_FORM_IS.matcher(e.getKey()).find() && !w.isEmpty()) {
                whetherWordings.add(Map.entry(w, e.getValue()));
            }
        }
        asksAConcernsParts = java.util.Arrays.stream(ConcernAsked.Part.values()).allMatch(p -> types.containsKey(p.fieldId));
        asked = form.asked();
    }

    /** Whether any of the form's wordings uses this word (stemmed, as {@link Words#of} gives it). */
    public boolean knows(String word) {
        return weight.containsKey(word);
    }

    /** Whether one of the field's wordings holds all these words ("referrer name" holds "name"). */
    public boolean fieldUses(String fieldId, String label) {
        List<String> words = Words.of(label);
        return !words.isEmpty() && wordings.stream()
                .anyMatch(w -> w.fieldId().equals(fieldId) && w.words().containsAll(words));
    }

    /** What a label asks for when it asks for one fact about someone or something: an age, a date, a number ... */
    private static final Set<String> FACTS = new HashSet<>(Words.of("age date time number gender sex ethnicity religion "
            + "language nationality postcode email phone telephone mobile dob birth height weight"));

    /**
     * Whether a label that asks for one fact (its head word: "age" in "Age at referral (years)", "number" in "Number of
     * previous referrals") asks for the field's: the head or a word of its meaning is a word of the field's wordings or
     * key words. Any other label (a question, "Kindly describe what went on") may be about any field.
     */
    public boolean headNames(String fieldId, String label) {
        String head = headOf(label);
        return head == null || !FACTS.contains(head) || speaksOf(fieldId, meaningOf(List.of(head)));
    }

    /** The words and every word of the same meaning ({@link Words#related}). */
    private Set<String> meaningOf(Collection<String> words) {
        Set<String> meaning = new HashSet<>(words);
        words.forEach(w -> meaning.addAll(related(w)));
        return meaning;
    }

    /** The words of the same meaning as this one on this matcher's form ({@link Words#relatedOn}). */
    private Set<String> related(String word) {
        return relatedHere.getOrDefault(word, Set.of());
    }

    /** Whether one of the field's wordings holds one of these words. */
    private boolean wordedWith(String fieldId, Set<String> words) {
        return wordings.stream().anyMatch(w -> w.fieldId().equals(fieldId) && w.words().stream().anyMatch(words::contains));
    }

    /** Whether one of the field's wordings or key words holds one of these words. */
    private boolean speaksOf(String fieldId, Set<String> words) {
        return wordedWith(fieldId, words)
                || keywords.getOrDefault(fieldId, List.of()).stream().anyMatch(k -> k.stream().anyMatch(words::contains));
    }

    /** A label's head word, an abbreviation written out ("DOB" is "birth"), or null. */
    private String headOf(String label) {
        return Words.head(label).map(h -> unabbreviated(label, h)).orElse(null);
    }

    /**
     * Whether the label says it is about another thing than the field ({@link #withoutOtherThings}): the date of
     * something else ("Date of referral" for the date needed), another person's name ("Mother's name" for the young
     * person's), another doer ("Witnessed by" for the worker), the risk the other way. Its answer is then never the
     * field's, not even as the one value left that fits the field's type.
     */
    public boolean aboutAnotherThing(String fieldId, String label) {
        List<String> words = wordsOf(label);
        return !words.isEmpty() && withoutOtherThings(label, words, headOf(label), Map.of(fieldId, 1.0)).isEmpty();
    }

    /** The field whose wording this label is exactly (after {@link Words#clean}). */
    public Optional<String> exactly(String label) {
        return Optional.ofNullable(exact.get(Words.clean(label)));
    }

    /** The field this label names, if it names one clearly enough. */
    public Optional<Match> match(String label) {
        return cutShort(label).flatMap(whole -> match(whole, THRESHOLD)).or(() -> match(label, THRESHOLD));
    }

    /** A label of three words or more ends in a word cut short, when the form knows no such word but one it begins. */
    private static final int CUT_LABEL_WORDS = 3;

    /**
     * The label with its last word whole, when a spreadsheet printed to PDF cut it at its cell's edge ("Voids for the
     * wee", "Date of bir"): a long label ending in a word of three letters or more that the form does not know but
     * one of its words begins. Read so first (its first words may name another field: "Voids for the wee"), then as
     * printed.
     */
    private Optional<String> cutShort(String label) {
        if (label == null || label.strip().split("\\s+").length < CUT_LABEL_WORDS) {
            return Optional.empty();
        }
        List<String> words = Words.of(label);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        String lower = label.strip().toLowerCase(java.util.Locale.ROOT);
        if (last.length() < 3 || knows(last) || !lower.endsWith(last)) {
            return Optional.empty();
        }
        String whole = knownWordStartingWith(last);
        return whole.equals(last) ? Optional.empty() : Optional.of(lower.substring(0, lower.length() - last.length()) + whole);
    }

    /**
     * The field this label names with at least this score: words at the start of a line of text are only a
     * label when they match well (they may be the start of a sentence: "A man in a silver car ...").
     */
    public Optional<Match> match(String written, double threshold) {
        String label = Words.spelledOut(written); // "ur name", "time u saw it": text-speak read as the words it stands for
        Optional<Match> usual = usualMatch(label, threshold);
        if (usual.isPresent() && usual.get().exact() || asked.isEmpty() || !useRelated || Instructions.isNoLabel(label)) {
            return usual;
        }
        return byWhatItAsks(label, threshold, usual);
    }

    /**
     * The usual reading checked against what a plain-English label asks of whom ({@link QuestionAsked}, the form's
     * asked: table): a label asking another person's name, phone or email ("Parent's phone", "Mum's email") is not the field the table gives
     * the young person or the writer; a label the usual reading leaves unplaced ("Person completing", "When is the bed
     * needed?") takes the table's field, unless it holds its answer ("first name and family name Jo Bloggs").
     * Recognising a form's type (no related words) reads only the listed wordings. A pair the table has no field for leaves the usual reading as it is; a run of
     * words at the start of a line of text is only placed so when it is put as a question.
     */
    private Optional<Match> byWhatItAsks(String label, double threshold, Optional<Match> usual) {
        Optional<QuestionAsked.Asked> a = QuestionAsked.of(label);
        if (a.isEmpty() || !asked.containsKey(a.get().what())) {
            return usual;
        }
        Map<QuestionAsked.Whom, String> byWhom = asked.get(a.get().what());
        String field = byWhom.get(a.get().whom());
        if (field == null) {
            boolean anothersField = a.get().whom() == QuestionAsked.Whom.OTHER && a.get().what().ofOnePerson()
                    && usual.filter(u -> byWhom.containsValue(u.fieldId())).isPresent();
            return anothersField ? Optional.empty() : usual;
        }
        // "What's happened? (the story so far)": a question with a hint after its question mark
        boolean question = label.strip().endsWith("?") || withoutHints(label).strip().endsWith("?");
        if (usual.isPresent() && !refinesTheUsual(a.get(), field, usual.get()) && !asksOtherThanTheUsual(a.get(), field,
                label, usual.get()) || threshold > THRESHOLD && !question
                || !question && WITH_AN_ANSWER.matcher(Words.withoutNumber(label)).find()) {
            return usual;
        }
        return Optional.of(new Match(field, Math.max(threshold, 1.0)));
    }

    /**
     * Whether the label asks a particular kind of what the usual reading placed it as ({@link QuestionAsked.What#refines}):
     * "Reason it can't wait (same day)" read as the reason by "reason" asks why it is urgent, "District the YP wants to
     * live in" read as the address by "live" asks where they want to live. Only such a pair outweighs the usual
     * reading: a weak usual reading of another field stays (overriding those moved dates and names in labels53's try).
     */
    private boolean refinesTheUsual(QuestionAsked.Asked a, String field, Match usual) {
        Optional<QuestionAsked.What> general = a.what().refines();
        return general.isPresent() && !field.equals(usual.fieldId()) && asked.containsKey(general.get())
                && asked.get(general.get()).containsValue(usual.fieldId());
    }

    /**
     * Whether a topic asked ({@link QuestionAsked.What#aTopic}) outweighs a weak usual reading that is no reading of it:
     * one on a field the asked: table gives another thing the label does not ask ("What help will she want with
     * everyday living?" read as the address by "living", "Aggressive behaviour" as offending), or a date asked on a
     * field that holds none ("Day the FGC was held" read as whether one was offered).
     */
    private boolean asksOtherThanTheUsual(QuestionAsked.Asked a, String field, String label, Match usual) {
        if (!a.what().aTopic() || usual.exact() || field.equals(usual.fieldId())) {
            return false;
        }
        if (a.what().asksADate() && !types.get(usual.fieldId()).isTemporal()) {
            return true;
        }
        return asked.entrySet().stream().filter(e -> e.getKey() != a.what())
                .anyMatch(e -> e.getValue().containsValue(usual.fieldId()))
                && asked.entrySet().stream().filter(e -> e.getValue().containsValue(usual.fieldId()))
                        .noneMatch(e -> e.getKey().askedIn(label));
    }

    /** A label run into its answer: a digit, an e-mail's @, or a name of two capitalised words at its end. */
    private static final Pattern WITH_AN_ANSWER = Pattern.compile("[0-9@]|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\W*$");

    private Optional<Match> usualMatch(String label, double threshold) {
        if (Instructions.isNoLabel(label)) {
            return Optional.empty();
        }
        Optional<Match> offering = offeringItsChoices(label, threshold);
        if (offering.isPresent()) {
            return offering;
        }
        Optional<String> asked = beforeAListOfQuestionWords(label);
        if (asked.isPresent()) {
            return match(asked.get(), threshold);
        }
        Optional<Match> kind = askedWhetherTheFormIs(label).or(() -> askedByHowItIsPut(label, threshold))
                .or(() -> askedAsAConcernsPart(label));
        if (kind.isPresent()) {
            return kind;
        }
        List<String> readings = readings(label, threshold <= THRESHOLD);
        for (int r = 0; r < readings.size(); r++) {
            Optional<Match> found = matchWhole(readings.get(r), threshold);
            if (found.isPresent() && r == 0 && tiedAtTheTop(rankedWhole(label))) {
                // "What happened \u2013 facts only": the words before the hint decide, when they name one field best
                Optional<Match> whole = found;
                found = beforeItsHint(label).filter(h -> !tiedAtTheTop(rankedWhole(h)))
                        .flatMap(h -> matchWhole(h, threshold)).or(() -> whole);
            }
            if (found.isPresent() && types.get(found.get().fieldId()) == FieldType.NAME && PeopleAsked.asksADate(label)) {
                continue; // "Date form completed": a date, never the name of whoever "completed" it
            }
            if (found.isPresent()) {
                return found.map(m -> clearerWithSlipsMended(label, threshold, m));
            }
        }
        return Optional.empty();
    }

    /** What parts a run of choices: a slash, a comma, a bar, an "or". */
    private static final Pattern CHOICE_PARTING = Pattern.compile("\\s*(?:[/,|]|\\bor\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    /** The fewest letters a choice may be cut to and still be that choice ("med", "crit"). */
    private static final int CHOICE_CUT = 3;

    /**
     * The choice field whose choices a label offers: a label that ends in three of one choice field's answers or more
     * (all of them if it has fewer), each parted by a slash, a comma or "or" and perhaps cut short ("Low / med / high /
     * critical", "LOW/MED/HIGH/CRIT", "Missing, exploitation or violence") asks that field, when what comes before them
     * is nothing, words the form does not read ("Pa mor ddifrifol?"), or a wording of the same field ("How serious?").
     * The choices are a hint of how to answer, left where the question goes; the answer beside them picks one.
     */
    private Optional<Match> offeringItsChoices(String label, double threshold) {
        if (choicesOf.isEmpty() || label == null) {
            return Optional.empty();
        }
        List<String> parts = List.of(CHOICE_PARTING.split(label.strip(), -1));
        for (Map.Entry<String, List<String>> field : choicesOf.entrySet()) {
            Set<String> picked = new HashSet<>();
            int first = parts.size();
            while (first > 0) {
                Optional<String> choice = choiceNamed(parts.get(first - 1), field.getValue());
                if (choice.isEmpty() || !picked.add(choice.get())) {
                    break;
                }
                first--;
            }
            if (picked.size() < Math.min(3, field.getValue().size()) || picked.size() < 2) {
                continue;
            }
            String before = String.join(" / ", parts.subList(0, first)).strip();
            Optional<Match> asked = Words.of(before).isEmpty() ? Optional.empty() : matchWhole(before, threshold);
            if (asked.isEmpty() || asked.get().fieldId().equals(field.getKey())) {
                return Optional.of(new Match(field.getKey(), 1.5));
            }
        }
        return Optional.empty();
    }

    /** The choice a part of a label is, whole or cut short to its first letters ("med" is medium); empty if none. */
    private static Optional<String> choiceNamed(String part, List<String> choices) {
        String p = part.toLowerCase(java.util.Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (p.length() < 2) {
            return Optional.empty();
        }
        return choices.stream().filter(c -> c.equals(p) || p.length() >= CHOICE_CUT && c.startsWith(p)).findFirst();
    }

    /**
     * The field a label asks by how it is put ({@link PeopleAsked}): "What do you do (e.g. SW, PA)" the role, "Form
     * filled in by - your name" the writer's name, wherever their words point. An e-mail's label is one of the form's
     * email fields, never a home address for its "address"; a label whose head is "name" one of the form's name fields,
     * never a status for its "legal". Empty where the form has no such field or the usual reading already gives one.
     */
    private Optional<Match> askedByHowItIsPut(String label, double threshold) {
        Optional<PeopleAsked.Kind> kind = PeopleAsked.of(label);
        if (kind.isEmpty() || namedByItsHint(label).filter(id -> !(kind.get() == PeopleAsked.Kind.WRITERS_NAME
                && types.get(id) == FieldType.NAME)).isPresent() || byWhomTheHintNames(label).isPresent()) {
            // "Name (provider)": the hint names whose name, a field of its own (the provider's), not a person's
            // ("Referral filled in by (name)": a "(name)" hint after who filled the form in only says a name goes there)
            // ("Completed by (agency)": the agency that completed it, byWhomTheHintNames)
            return Optional.empty();
        }
        Optional<Match> writers = kind.get() == PeopleAsked.Kind.WRITERS_NAME && PeopleAsked.whoFilledItIn(label)
                || kind.get() == PeopleAsked.Kind.EMAIL && PeopleAsked.ofTheWriter(label)
                ? kind.get().wordings.stream().map(w -> exact.get(Words.clean(w))).filter(Objects::nonNull).findFirst()
                        .map(id -> new Match(id, 1.9))
                : Optional.empty();
        if (writers.isPresent()) {
            // "Referral filled in by (name)", "Email of the person completing this form": the writer's own field, even
            // where other words ("name", "person") name another person's field better ("your name" labels go on as
            // before: "Your full name, as referrer Jaxon Birch" is a label and its answer on one line, t22-ref-032)
            return writers;
        }
        List<Match> all = rankedWhole(label);
        FieldType top = all.isEmpty() ? null : types.get(all.get(0).fieldId());
        FieldType wanted = switch (kind.get()) {
            case EMAIL -> FieldType.EMAIL;
            case NAME, WRITERS_NAME -> FieldType.NAME;
            case ROLE -> null;
        };
        if (top != null && wanted != null && (top == wanted || top == FieldType.YESNO || top.isTemporal())) {
            if (top != wanted || all.get(0).score() >= threshold) {
                return Optional.empty(); // the usual reading places it, or it asks whether or when ("Consent to email")
            }
        }
        if (kind.get() == PeopleAsked.Kind.NAME) {
            if (all.isEmpty() || all.get(0).score() < threshold) {
                // only a label the usual reading would place on another field is moved; one it leaves unplaced (a
                // name of someone the form does not ask for) stays unplaced
                return Optional.empty();
            }
            return all.stream().filter(m -> types.get(m.fieldId()) == FieldType.NAME && m.score() >= threshold).findFirst()
                    .map(m -> new Match(m.fieldId(), Math.min(m.score(), 1.9)));
        }
        Optional<Match> worded = kind.get().wordings.stream().map(w -> exact.get(Words.clean(w))).filter(Objects::nonNull)
                .findFirst().map(id -> new Match(id, 1.9));
        if (kind.get() == PeopleAsked.Kind.EMAIL && !label.strip().toLowerCase(java.util.Locale.ROOT).startsWith("where")) {
            // "Referrer's e-mail (secure) address", "SW / PA email": the email field its words name best
            return all.stream().filter(m -> types.get(m.fieldId()) == FieldType.EMAIL).findFirst()
                    .map(m -> new Match(m.fieldId(), Math.min(Math.max(m.score(), threshold), 1.9))).or(() -> worded);
        }
        return worded;
    }

    /**
     * The part of a provider's risk concern a question asks by its kind ({@link ConcernAsked}): why the provider cannot
     * asks the reason, what would help the resources, what is happening the risk. Only on a form that asks all three.
     * Whether this question asks one of the form's parts so, in any words.
     */
    public boolean asksByItsKind(String question) {
        return askedAsAConcernsPart(question).isPresent();
    }

    private Optional<Match> askedAsAConcernsPart(String label) {
        if (!asksAConcernsParts) {
            return Optional.empty();
        }
        if (exact.containsKey(Words.clean(label))) {
            return Optional.empty(); // a wording of the form is read as it is listed
        }
        return ConcernAsked.of(label).map(p -> new Match(p.fieldId, 1.9));
    }

    /** A question whether the form itself is of a kind: "Is this ...", "Is it ...", "Is the referral ...". */
    private static final java.util.regex.Pattern WHETHER_THE_FORM_IS = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:is|are)\\s+(?:this|it|the\\s+(?:referral|request|form|application|placement))\\b");

    /**
     * The field a question whether the form is of a kind asks ("Is this an emergency placement request? Please tick",
     * "Is the referral urgent?"): the one worded as such a question whose words the label holds all of ("is this an
     * emergency"), the form's kind, whatever other field shares its words ("emergency" also names why it is one: a
     * question whether asks no reason). Empty when no such wording of the form fits.
     */
    private Optional<Match> askedWhetherTheFormIs(String label) {
        if (label == null || !WHETHER_THE_FORM_IS.matcher(label).find()) {
            return Optional.empty();
        }
        Set<String> said = new HashSet<>(Words.of(label));
        String best = null;
        int most = 0;
        for (Map.Entry<List<String>, String> e : whetherWordings) {
            if (said.containsAll(e.getKey()) && e.getKey().size() > most) {
                best = e.getValue();
                most = e.getKey().size();
            }
        }
        return Optional.ofNullable(best).map(id -> new Match(id, exact.get(Words.clean(label)) != null ? 2 : 1.9));
    }

    /**
     * A label's tail saying which paper the answer is written as on: "as on birth certificate", "as shown on the
     * passport", "as per our records", "as it appears on their ID". Its words ("birth", "records") ask nothing.
     */
    static final java.util.regex.Pattern AS_ON_A_PAPER = java.util.regex.Pattern.compile(
            "(?i)^(\\p{L}.*?\\S)\\s+\\(?as\\s+(?:it\\s+(?:is|appears)\\s+|(?:shown|written|given|recorded|stated|spelt|spelled)\\s+)?"
            + "(?:on|in|per)\\s+(?:(?:the|their|his|her|our|your|its)\\s+)?\\p{L}+(?:\\s+\\p{L}+){0,2}\\)?$");

    /**
     * A condition, then what is asked when it holds: "If mediation attempted, what was the outcome?", "Where consent has
     * not been given, state the lawful basis", "7. If no FGC, why not?". "Where" opening a question ("Where is the YP
     * staying, and with whom?") is no condition.
     */
    private static final Pattern A_CONDITION_FIRST = Pattern.compile("(?i)^\\s*(?:[0-9]+[.)]?\\s*)?(if|unless|where(?!\\s+"
            + "(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|to|abouts)\\b))\\s+([^,;?()]+?)\\s*[,;]\\s*"
            + "(\\p{L}[^()]*)$");

    /**
     * A label's readings, tried in this order by {@link #match} and {@link #ranked}: the label whole; the words before
     * a dashed hint of how to answer ("What is the risk - describe"); the label without its examples ("Offences incl.
     * bail conditions"), which only dilute it (first when they are examples of the answer: "e.g. PA, SW"), never for words opening a line of text (they may be a sentence:
     * "Offending including shoplifting in 2025.").
     */
    private static List<String> readings(String label, boolean aLabelNotALinesOpening) {
        List<String> readings = new ArrayList<>(4);
        // "Housing status - if known", "Social worker - be specific": an instruction after a dash says how to answer,
        // not what is asked, so its words ("known") never name a field before the words it follows
        String whole = label.strip().replaceAll("[\\s:*?]+$", "");
        String asked = Instructions.withoutHowToPutItAfterAComma(Instructions.withoutOneAfterADash(whole)).strip();
        if (!asked.isEmpty() && !asked.equals(whole)) {
            readings.add(asked);
        }
        // "If mediation attempted, what was the outcome?": what is asked after the condition, the condition a hint
        java.util.regex.Matcher condition = A_CONDITION_FIRST.matcher(whole);
        if (condition.matches() && !WORDS_OF_A_DATE.containsAll(Words.of(condition.group(3)))) { // "If so, date": its date
            readings.add(condition.group(3) + " (" + condition.group(1) + " " + condition.group(2) + ")");
        }
        // "Young person's name as on birth certificate": how the answer is to be written, not what is asked
        java.util.regex.Matcher asOn = AS_ON_A_PAPER.matcher(whole);
        if (asOn.matches()) {
            readings.add(asOn.group(1));
        }
        readings.add(label);
        beforeItsHint(label).ifPresent(readings::add);
        if (aLabelNotALinesOpening) {
            // examples of answers ("Your position e.g. PA, SW, housing officer") are read past first: their words
            // ("SW", "PA") name another field than the one asked; topics to cover ("incl. staff") only dilute it
            Instructions.examples(label).ifPresent(e -> readings.add(e.ofTheAnswer() ? 0 : readings.size(), e.asked()));
        }
        return readings;
    }

    /**
     * The field the label's mistyped words, read as the form's words they are one slip from, name better than the
     * label as written names another ("wroker name" is the worker's name, not any name its "name" matched), each
     * word of the mended label the form's and that field leading the next by half as much again; else the match as
     * written. A label that names nothing as written is left to {@code Leftovers.placeMistyped}, which checks its value.
     */
    private Match clearerWithSlipsMended(String label, double threshold, Match asWritten) {
        if (asWritten.exact()) {
            return asWritten;
        }
        String mended = withSlipsMended(label);
        if (mended.equals(label) || !readsEveryWord(mended)) {
            return asWritten;
        }
        List<Match> meant = ranked(mended);
        if (meant.isEmpty() || meant.get(0).fieldId().equals(asWritten.fieldId())
                || meant.size() > 1 && meant.get(0).score() < 1.5 * meant.get(1).score()) {
            return asWritten;
        }
        Optional<Match> read = matchWhole(mended, threshold).filter(m -> m.fieldId().equals(meant.get(0).fieldId()));
        return read.filter(m -> m.score() * TYPO_CREDIT > asWritten.score())
                .map(m -> new Match(m.fieldId(), m.score() * TYPO_CREDIT)).orElse(asWritten);
    }

    /**
     * The words before a dash when the words after it only list question words: "What was seen or heard - what, who,
     * where" asks what was seen or heard, and its answer tells who and where (the listed "where" names no location).
     */
    static Optional<String> beforeAListOfQuestionWords(String label) {
        return Instructions.Dashed.of(label).filter(Instructions.Dashed::restListsQuestionWords).map(Instructions.Dashed::head);
    }

    private Optional<Match> matchWhole(String label, double threshold) {
        String clean = Words.clean(label);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> known = knownHalf(label);
        if (known.isPresent() && !exact.containsKey(clean)) {
            return match(known.get(), threshold);
        }
        Optional<String> withItsHint = exactWithHint(label).or(() -> byWhomTheHintNames(label))
                .or(() -> namedByItsHint(label));
        String id = withItsHint.orElse(exact.get(clean));
        if (id != null && withItsHint.isEmpty() && hintedParty(label)
                .filter(p -> onlyNamesOf(p, Map.of(exact.get(clean), 1.0)).isEmpty()).isPresent()) {
            id = null; // "Name (referring worker)" is not the form's bare "Name"
        }
        Optional<FieldType> hinted = hintedType(label);
        if (id != null && (hinted.isEmpty() || types.get(id) == hinted.get())) {
            return Optional.of(new Match(id, 2));
        }
        List<String> words = wordsOf(label);
        if ((words.isEmpty() && !aQuestionWordWithItsHint(label)) || words.size() > 14) {
            return id == null ? Optional.empty() : Optional.of(new Match(id, 2));
        }
        // words at the start of a line of text may be a value ("Adolescent Team (South)"): their last word is no head
        Map<String, Double> best = scored(label, words, threshold <= THRESHOLD);
        if (hinted.isPresent()) {
            // a hint that names the answer's type ("(date)", "(dd/mm/yyyy)", "(time)") picks the field of that type
            String typed = null;
            double typedScore = 0;
            for (Map.Entry<String, Double> e : best.entrySet()) {
                if (types.get(e.getKey()) == hinted.get() && e.getValue() > typedScore) {
                    typed = e.getKey();
                    typedScore = e.getValue();
                }
            }
            if (typed != null && typedScore >= threshold) {
                return Optional.of(new Match(typed, Math.min(typedScore * TYPE_HINT_BOOST, 1.9)));
            }
            if (id != null) {
                return Optional.of(new Match(id, 2));
            }
        }
        String top = null;
        double topScore = 0;
        for (Map.Entry<String, Double> e : best.entrySet()) {
            if (e.getValue() > topScore) {
                topScore = e.getValue();
                top = e.getKey();
            }
        }
        if (top == null || topScore < threshold) {
            return Optional.empty();
        }
        return Optional.of(new Match(top, Math.min(topScore, 1.9)));
    }

    /**
     * Every field the label shares a word (or a word of the same meaning) with, scored, best first. A caller that knows the label's value can prefer a field whose type the value fits.
     */
    public List<Match> ranked(String label) {
        if (Instructions.isNoLabel(label)) {
            return List.of(); // "Fill in every section, please." asks nothing (tuned12 routed its row's title as a status)
        }
        Optional<String> asked = beforeAListOfQuestionWords(label);
        if (asked.isPresent()) {
            return ranked(asked.get());
        }
        // the first reading that names a field clearly enough; else the fields the last reading shares a word with
        List<Match> read = List.of();
        List<String> readings = readings(label, true);
        for (int r = 0; r < readings.size(); r++) {
            read = rankedWhole(readings.get(r));
            if (read.stream().anyMatch(m -> m.score() >= THRESHOLD)) {
                if (r == 0 && tiedAtTheTop(read)) {
                    // "What happened \u2013 facts only" names the incident's time as much as its description: the
                    // words before the hint ("What happened") decide, when they name one field best
                    Optional<List<Match>> head = beforeItsHint(label).map(this::rankedWhole)
                            .filter(h -> !h.isEmpty() && h.get(0).score() >= THRESHOLD && !tiedAtTheTop(h));
                    if (head.isPresent()) {
                        return head.get();
                    }
                }
                return read;
            }
        }
        return read;
    }

    /** Whether the best two fields score the same: the label names neither more than the other. */
    private static boolean tiedAtTheTop(List<Match> ranked) {
        return ranked.size() > 1 && Math.abs(ranked.get(0).score() - ranked.get(1).score()) < 1e-9;
    }

    /** A question's word alone before a bracketed hint: "Who (names, DOBs, descriptions)", "What (in your words)". */
    private static final java.util.regex.Pattern QUESTION_WORD_ALONE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(who|whom|whose|what|which)\\s*[?:*]*\\s*$");

    /**
     * Whether the label is a question's word alone with a bracketed hint: the hint then says what is asked, and its
     * words are read (as a hint, at {@link #HINT_CREDIT}) where the label's own words are none.
     */
    private static boolean aQuestionWordWithItsHint(String label) {
        return label != null && BRACKETED.matcher(label).find()
                && QUESTION_WORD_ALONE.matcher(withoutHints(label)).matches();
    }

    /**
     * The words before a dash when the words after it are a hint of how to answer and the whole names no field: "What
     * is the risk - describe", "Support needed to manage - from LA / partners", "WHAT IS THE RISK - DESCRIBE". A rest
     * that says what is asked ("Referrer - email address") is the label's own, never cut off.
     */
    private static Optional<String> beforeItsHint(String label) {
        java.util.regex.Matcher clock = CLOCK_AFTER_A_DASH.matcher(label == null ? "" : label);
        if (clock.matches()) {
            return Optional.of(clock.group(1)); // "At what time \u2013 24 hour clock", "Time - hh:mm"
        }
        return Instructions.Dashed.of(label).filter(Instructions.Dashed::restIsAHint).map(Instructions.Dashed::head);
    }

    /**
     * A label, a spaced dash, then a clock's note on how to write the time: "At what time \u2013 24 hour clock", "Time
     * - 24hr", "Time it happened \u2013 hh:mm". The note is a hint (it opens with a figure, so no dashed hint of words).
     */
    private static final java.util.regex.Pattern CLOCK_AFTER_A_DASH = java.util.regex.Pattern.compile(
            "(?i)^(\\p{L}.*?\\S)\\s+[-\u2013\u2014]\\s+(?:24\\s*-?\\s*h(?:ou)?rs?(?:\\s+clock)?|hh\\s*[:.]?\\s*mm)\\s*[:*?]*\\s*$");

    private List<Match> rankedWhole(String label) {
        String clean = Words.clean(label);
        if (clean.isEmpty()) {
            return List.of();
        }
        Optional<String> known = knownHalf(label);
        if (known.isPresent() && !exact.containsKey(clean)) {
            return ranked(known.get());
        }
        String id = exactWithHint(label).orElse(exact.get(clean));
        List<String> words = wordsOf(label);
        Map<String, Double> all = (words.isEmpty() && !aQuestionWordWithItsHint(label)) || words.size() > 14
                ? new LinkedHashMap<>() : scored(label, words, true);
        if (id != null) {
            all.put(id, 2.0);
        }
        List<Match> out = new ArrayList<>();
        all.forEach((f, v) -> out.add(new Match(f, Math.min(v, 2))));
        out.sort(java.util.Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    /**
     * Every field the label's words (and its hint's) name ({@link #withKeywords}, {@link #withHint}), less those the
     * label is about another thing than. {@code withHead}: whether its last word may be its head (not at the start of
     * a line of text).
     */
    private Map<String, Double> scored(String label, List<String> words, boolean withHead) {
        String head = headOf(label);
        String scoringHead = withHead ? head : null;
        return askedWhyNotWhen(label, towardsItsParty(label, words,
                withoutOtherThings(label, words, head, withHint(label, withKeywords(words, scoringHead), scoringHead))));
    }

    /** A question opening with "why" (after its number, if any): "Why the YP needs a placement", "4.1 Why now?". */
    private static final java.util.regex.Pattern ASKS_WHY = java.util.regex.Pattern.compile(
            "(?i)^[\\s\\d.)]*why\\b");

    /**
     * Without the date and time fields when the label asks why: "Why the YP needs a placement" asks the reason, never
     * the date it is needed by, whatever words ("needs") it shares with that date's wordings.
     */
    private Map<String, Double> askedWhyNotWhen(String label, Map<String, Double> scores) {
        if (label == null || !ASKS_WHY.matcher(label).find()) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.keySet().removeIf(f -> types.get(f) != null && types.get(f).isTemporal());
        return out;
    }

    /** What the one field of a risk label's direction scores at least ({@link #towardsItsParty}). */
    private static final double DIRECTED_RISK = 0.6;

    /**
     * A label about a risk or harm that says who harms whom ({@link Direction}) is the form's one field of that
     * direction, however it is worded: "Who may harm YP", "Risks YP poses to others incl. staff", "Is anyone a risk to
     * the young person?" name the risk from others or to others by their parties, not by the words they share with a
     * wording. Only the fields that speak of a risk stay (a risk label is no date, no reason, no name), that field
     * scoring at least {@link #DIRECTED_RISK}; a field of its own, such as exploitation, still wins where its words
     * say more. A label asking for one fact ("Date risk to others assessed") is left as it was.
     */
    private Map<String, Double> towardsItsParty(String label, List<String> words, Map<String, Double> scores) {
        Optional<Direction> way = Direction.of(label);
        if (way.isEmpty() || !Direction.speaksOfHarm(words)) {
            return scores;
        }
        List<String> directed = directions.entrySet().stream().filter(e -> e.getValue() == way.get())
                .map(Map.Entry::getKey).toList();
        if (directed.size() != 1 || !headNames(directed.get(0), label)) {
            return scores;
        }
        Set<String> harm = meaningOf(words.stream().filter(w -> Direction.speaksOfHarm(List.of(w))).toList());
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.keySet().removeIf(f -> !speaksOf(f, harm) && !directions.containsKey(f));
        out.merge(directed.get(0), DIRECTED_RISK, Math::max);
        return out;
    }

    /**
     * As {@link #ranked}, and when the label names nothing, its mistyped words read as the form's words they are one
     * slip from ({@link #mistyped}), each field a little less surely. Only for where a misread is caught by what the
     * values must be (a void return's counts must add up): a mistyped label anywhere else stays unplaced and is named
     * to its sender (a general rule routed a wrong agency in held-out intelligence submissions).
     */
    public List<Match> rankedAllowingTypos(String label) {
        List<Match> plain = ranked(label);
        String mended = withSlipsMended(label);
        if (mended.equals(label)) {
            return plain;
        }
        List<Match> meant = ranked(mended).stream().map(m -> new Match(m.fieldId(), m.score() * TYPO_CREDIT)).toList();
        double asWritten = plain.stream().mapToDouble(Match::score).max().orElse(0);
        if (asWritten < THRESHOLD) {
            return meant;
        }
        // a label naming a field as written is read as mended only where every word then is the form's and it names
        // a field better ("how seevere was it" names the severity, not the "how" of another question)
        return readsEveryWord(mended) && meant.stream().mapToDouble(Match::score).max().orElse(0) > asWritten ? meant : plain;
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /**
     * The label with each word the form does not know, and that is one slip from one it does, written as that word
     * ({@link #mistyped}).
     */
    public String withSlipsMended(String label) {
        java.util.regex.Matcher m = LETTERS.matcher(label == null ? "" : label);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String raw = m.group().toLowerCase(java.util.Locale.ROOT);
            List<String> w = Words.of(raw);
            String fix = w.size() == 1 && !knows(w.get(0)) ? java.util.Objects.requireNonNullElse(mistyped(raw),
                    java.util.Objects.requireNonNullElse(mistyped(w.get(0)), m.group())) : m.group();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(fix));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A mistyped word is read as the form's word with this much of its credit. */
    private static final double TYPO_CREDIT = 0.85;
    private static final int TYPO_LETTERS = 5;
    /** Each word seen and the form's word it is a typo of ("" for none). */
    private final Map<String, String> typos = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The form's word this one is mistyped from ("ocupied" for occupied, "vacnt" for vacant): a word of five letters
     * or more the form does not know and no word of the same meaning names, one letter dropped, added, changed or two
     * swapped from exactly one of the form's words of five letters or more (or it with the ending its stem dropped, or
     * two words of one wording run together), keeping its last letter ("count" is no slip of "county"). Null when it
     * is no such slip, or when two of the form's words are that close.
     */
    String mistyped(String word) {
        if (word != null && word.length() >= SHORT_SLIP_LETTERS && word.length() < TYPO_LETTERS && !knows(word)
                && word.chars().allMatch(Character::isLetter) && !(Words.of(word).size() == 1 && knows(Words.of(word).get(0)))) {
            String fix = typos.computeIfAbsent(word, this::shortWordOneInnerLetterShort);
            return fix.isEmpty() ? null : fix;
        }
        if (word == null || word.length() < TYPO_LETTERS || knows(word) || !word.chars().allMatch(Character::isLetter)
                || Words.of(word).size() == 1 && knows(Words.of(word).get(0))) {
            return null; // "happens" is the form's "happen", no slip
        }
        String fix = typos.computeIfAbsent(word, w -> {
            if (!related(w).isEmpty()) {
                return "";
            }
            String found = "";
            for (String known : weight.keySet()) {
                String spelled = known.length() >= TYPO_LETTERS ? slipOf(w, known) : null;
                if (spelled != null) {
                    if (!found.isEmpty()) {
                        return "";
                    }
                    found = spelled;
                }
            }
            for (String pair : pairs) {
                // two words of one wording run together with a slip: "birthdtae" for "birth date"
                String spelled = slipOf(w, pair.replace(" ", "")) != null ? pair : null;
                if (spelled != null) {
                    if (!found.isEmpty() && !found.equals(pair)) {
                        return "";
                    }
                    found = spelled;
                }
            }
            return found;
        });
        return fix.isEmpty() ? null : fix;
    }

    /** A short word is read as a slip only from this many letters: "dte" for date, never "te". */
    private static final int SHORT_SLIP_LETTERS = 3;

    /**
     * The form's word of one letter more that a short word (three or four letters, typed in a hurry) is with one
     * letter inside it dropped, its first and last letters kept: "dte" is date, "tme" time, "eail" email. "" when it
     * is none, or when two of the form's words are that close; a word of the same meaning as one ("tim", a team in
     * Welsh) is no slip.
     */
    private String shortWordOneInnerLetterShort(String word) {
        if (!related(word).isEmpty()) {
            return "";
        }
        String found = "";
        for (String known : weight.keySet()) {
            if (known.length() != word.length() + 1 || known.charAt(0) != word.charAt(0)
                    || known.charAt(known.length() - 1) != word.charAt(word.length() - 1)
                    || !known.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (int i = 1; i < known.length() - 1; i++) {
                if ((known.substring(0, i) + known.substring(i + 1)).equals(word)) {
                    if (!found.isEmpty() && !found.equals(known)) {
                        return "";
                    }
                    found = known;
                }
            }
        }
        return found;
    }

    /** Endings a form's word is stemmed without ({@link Words#stem}): "happened" is known as "happen". */
    private static final List<String> ENDINGS = List.of("", "e", "s", "es", "d", "ed", "ing");

    /**
     * The form's (stemmed) word, or it with an ending put back, that the word is one slip from, keeping that
     * spelling's last letter: "happend" is a slip of "happened" (known as "happen"), "count" none of "county". Null
     * when it is none.
     */
    private static String slipOf(String word, String known) {
        for (String ending : ENDINGS) {
            String spelled = known + ending;
            if (spelled.charAt(spelled.length() - 1) == word.charAt(word.length() - 1) && oneEditApart(word, spelled)) {
                return spelled;
            }
        }
        return null;
    }

    /** One letter dropped, added or changed, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i) && ++diffs == 1) {
                    first = i;
                }
            }
            return diffs == 1 || diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /**
     * The fields less those the label says it is about another thing than, one rule after another: another doer's
     * name, a narrative named by another field's head word, the risk in the other direction, someone else, another
     * person's name, the date of something else.
     */
    private Map<String, Double> withoutOtherThings(String label, List<String> words, String head,
            Map<String, Double> scores) {
        Map<String, Double> left = withoutNamesNotForTheDeed(label, scores);
        left = withoutNarrativesAboutOtherThings(left, head);
        left = inItsDirection(label, left);
        left = withoutSomeoneElse(words, left);
        left = withoutAnotherPersonsName(label, left);
        left = withoutAnotherFact(head, left);
        left = withoutAnEarlierOne(words, left);
        left = withoutTheProfessionalsInvolved(words, left);
        left = withoutTheYoungPersonForARole(words, left);
        return towardsTheTimeAsked(label, words, answeredYesOrNo(label, withoutADateOfSomethingElse(label, words, left)));
    }

    /** A question answered yes or no: it opens with a verb ("Is the client at risk of harm?", "Was mediation tried?"). */
    private static final Pattern YES_OR_NO_ASKED = Pattern.compile("(?i)^\\s*(?:is|are|was|were|has|have|had|does|do|did"
            + "|can|could|will|would|should)\\b(?!.*\\b(?:name|names|called|who|whom)\\b)");

    /**
     * A question answered yes or no asks no one's name ("Is the client at risk of harm?", "Has the client's family had
     * mediation?" share only "client" with the young person's name), and is the form's yes-or-no field that its words
     * name clearly enough, before a field of another type they name better ("Was mediation attempted with
     * parents/carers?" is whether mediation was tried, not the parents' contact).
     */
    private Map<String, Double> answeredYesOrNo(String label, Map<String, Double> scores) {
        if (label == null || scores.isEmpty() || !YES_OR_NO_ASKED.matcher(Words.withoutNumber(label)).find()) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.keySet().removeIf(f -> types.get(f) == FieldType.NAME);
        List<String> yesNo = out.entrySet().stream()
                .filter(e -> types.get(e.getKey()) == FieldType.YESNO && e.getValue() >= THRESHOLD).map(Map.Entry::getKey).toList();
        if (yesNo.size() == 1 && !out.isEmpty()) {
            double top = java.util.Collections.max(out.values());
            out.merge(yesNo.get(0), top, Math::max);
        }
        return out;
    }

    /**
     * A label asking a date or a time ("DATE MEDIATION ATTEMPTED", "If mediation attempted, date", "Date the FGC was offered?") is
     * that thing's date field, not the thing's own field (whether mediation was attempted), when the form has a field of
     * the type asked that the label's words name clearly enough: the words of the thing are shared by both, the date
     * word only by the date. A date field already on top, or none named, leaves the scores as they are.
     */
    private Map<String, Double> towardsTheTimeAsked(String label, List<String> words, Map<String, Double> scores) {
        boolean date = words.contains("date") || words.contains("dates");
        boolean time = words.contains("time");
        if (!date && !time || scores.isEmpty()) {
            return scores;
        }
        FieldType asked = date && time ? FieldType.DATETIME : date ? FieldType.DATE : FieldType.TIME;
        Map.Entry<String, Double> top = java.util.Collections.max(scores.entrySet(), Map.Entry.comparingByValue());
        if (types.get(top.getKey()) != null && types.get(top.getKey()).isTemporal()) {
            return scores;
        }
        List<String> ofTheType = scores.entrySet().stream()
                .filter(e -> types.get(e.getKey()) == asked && e.getValue() >= THRESHOLD).map(Map.Entry::getKey).toList();
        if (ofTheType.size() != 1) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.put(ofTheType.get(0), top.getValue() + KEYWORD_BONUS);
        return out;
    }

    /** Words naming the professionals or agencies working with the young person, and the word saying they are involved. */
    private static final Set<String> PROFESSIONALS = new HashSet<>(Words.of("professional professionals practitioner "
            + "practitioners agency agencies service services"));
    private static final Set<String> INVOLVED = new HashSet<>(Words.of("involved"));
    /** The types of the fields that hold one person's details: a name, a phone, an email. */
    private static final Set<FieldType> ONE_PERSONS = java.util.EnumSet.of(FieldType.NAME, FieldType.PHONE, FieldType.EMAIL);

    /**
     * Without a person's name, phone or email when the label asks for the professionals or agencies involved with the
     * young person ("Professionals currently involved (name / agency)", "Other agencies involved"): a list of others,
     * not the referrer filling in the form, unless the field is worded with "involved". Safety: a referral was refused
     * with the referrer read as "School nurse; Early Help worker; YJS officer".
     */
    private Map<String, Double> withoutTheProfessionalsInvolved(List<String> words, Map<String, Double> scores) {
        if (java.util.Collections.disjoint(words, INVOLVED) || java.util.Collections.disjoint(words, PROFESSIONALS)) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.keySet().removeIf(f -> ONE_PERSONS.contains(types.get(f)) && !wordedWith(f, INVOLVED));
        return out;
    }

    /** Words that ask for a person's role at work: "Name / role", "Name and job title", "Designation". */
    private static final Set<String> ROLE = new HashSet<>(Words.of("role job designation"));
    /** Words of the fields that hold a worker's name: the referrer, a worker, an officer, whoever fills in the form. */
    private static final Set<String> A_WORKERS = new HashSet<>(Words.of("referrer referring worker officer practitioner "
            + "completing professional staff your you social sw pa adviser manager reporting"));

    /**
     * Without the young person's name when the label asks a name with a role ("Name / role" under "Referring agency",
     * "Name and job title"): a young person has no role at work, so it is a worker's name, and a form whose only name
     * is the young person's has no field for it. A name field worded as a worker's or with a role keeps it. Safety: a
     * MASH referral was routed with the school's safeguarding lead as the child.
     */
    private Map<String, Double> withoutTheYoungPersonForARole(List<String> words, Map<String, Double> scores) {
        if (java.util.Collections.disjoint(words, ROLE)) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.keySet().removeIf(f -> types.get(f) == FieldType.NAME && !wordedWith(f, A_WORKERS) && !wordedWith(f, ROLE));
        return out;
    }

    /** Words that say a thing was the young person's or a worker's before, not now: "Previous address", "Former SW". */
    private static final Set<String> EARLIER = new HashSet<>(Words.of("previous previously prior former formerly"));
    /** The types of the fields that hold what is now: an address, a person's name, a phone, an email, a reference. */
    private static final Set<FieldType> WHAT_IS_NOW = java.util.EnumSet.of(FieldType.TEXT, FieldType.NAME,
            FieldType.PHONE, FieldType.EMAIL, FieldType.REFERENCE);

    /**
     * Without the fields of what is now a label qualified with an earlier time names, when none of the field's
     * wordings says so: "Previous address" is not the address, "Previous social worker" not the social worker, "Prior
     * reference" not the referral's. A field worded with the word keeps it ("Previously known to social care").
     * Safety: an old address routed as where the young person is, a past worker sent the hub's questions.
     */
    private Map<String, Double> withoutAnEarlierOne(List<String> words, Map<String, Double> scores) {
        Set<String> earlier = new HashSet<>(words);
        earlier.retainAll(EARLIER);
        if (earlier.isEmpty()) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.keySet().removeIf(f -> WHAT_IS_NOW.contains(types.get(f)) && !wordedWith(f, earlier));
        return out;
    }

    /**
     * Without the free-text fields a label asking for one fact names when the fact is not theirs ({@link #headNames}):
     * "Date of last LAC review" asks for a date, not the legal status its "LAC" speaks of; "Preferred language" for a
     * language, not the preferred area. A field worded with the fact ("Date and time of information") keeps it.
     * Safety: a review's date refused as a legal status, a language routed as where the young person would live.
     */
    /**
     * The facts {@link #withoutAnotherFact} keeps to: a date, a time or a language. A number or an age may still be a
     * free-text answer's ("Number of children" under "Parent"), and held-out referrals were refused when it was not.
     */
    private static final Set<String> WHEN_OR_TONGUE = new HashSet<>(Words.of("date time language"));

    /**
     * The types of fields a label asking for a date, a time or a language does not name unless worded with it: free
     * text, and a reference, a phone, an email ("Date of referral" is no referral reference).
     */
    private static final Set<FieldType> ASKS_NO_DATE = java.util.EnumSet.of(FieldType.TEXT, FieldType.NARRATIVE,
            FieldType.REFERENCE, FieldType.PHONE, FieldType.EMAIL);

    private Map<String, Double> withoutAnotherFact(String head, Map<String, Double> scores) {
        if (head == null || !WHEN_OR_TONGUE.contains(head)) {
            return scores;
        }
        Set<String> fact = meaningOf(List.of(head));
        Map<String, Double> out = new LinkedHashMap<>(scores);
        scores.keySet().stream().filter(f -> ASKS_NO_DATE.contains(types.get(f)) && !speaksOf(f, fact))
                .forEach(out::remove);
        return out;
    }

    /**
     * Without the name fields a label about someone else names ("Other young person involved", "Another resident"):
     * only a name field worded with "other" is another's. Safety: another resident's name routed as the young person's.
     */
    private Map<String, Double> withoutSomeoneElse(List<String> words, Map<String, Double> scores) {
        return words.stream().anyMatch(ANOTHER::contains) ? withoutNamesNotWorded(ANOTHER, scores) : scores;
    }

    /** A label that ends in a deed done "on" asks when it was done: "Completed on", "Form submitted on" ("What went on" not). */
    private static final java.util.regex.Pattern DONE_ON = java.util.regex.Pattern.compile(
            "(?i)(?:.*\\s)?\\p{L}{2,}(?:ed|en|ne)\\s+on\\s*[:*]?\\s*$");

    /**
     * A label ending in a deed names who did it or when, never anyone else. "Done on" ("Form completed on", "Submitted
     * on") asks when: no name field, though it shares the deed with one's wording ("completed by"). "Done by" names
     * whoever did it: only a name field worded so, by the same deed ("Submitted by", "Completed by" for the worker), is
     * the name it asks for; "Witnessed by", "Seen by", "Approved by" name a witness or a manager, never the worker, and
     * "Referred by" never the "person referred". Safety: a witness's or a worker's name routed as the worker's or the
     * young person's.
     */
    private Map<String, Double> withoutNamesNotForTheDeed(String label, Map<String, Double> scores) {
        String bare = withoutHints(label);
        if (DONE_ON.matcher(bare).matches()) {
            return withoutNamesNotWorded(Set.of(), scores);
        }
        List<String> words = Words.of(bare);
        if (words.isEmpty() || !words.get(words.size() - 1).equals("by") || hintNamesAField(label)) {
            return scores; // "Consent given by young person" is the consent; "Submitted by (provider)" the provider
        }
        Set<String> deed = meaningOf(words.subList(0, words.size() - 1));
        Map<String, Double> out = new LinkedHashMap<>(scores);
        scores.keySet().stream().filter(f -> types.get(f) == FieldType.NAME && wordings.stream().noneMatch(w -> w.fieldId()
                .equals(f) && w.words().contains("by") && w.words().stream().anyMatch(deed::contains))).forEach(out::remove);
        return out;
    }

    /** Whether a bracketed hint is a field's wording that says whose ("(provider)"), not how to write a name. */
    private boolean hintNamesAField(String label) {
        return hints(label).stream().anyMatch(h -> !partyWords(h).isEmpty() && exact.containsKey(Words.clean(h)));
    }

    /**
     * The half of a label written in two languages that the form's words can read: "Swydd y gweithiwr / Worker's post"
     * is "Worker's post" when none of the other half's words is a word of the form (nor of the same meaning as one).
     * The words of a language the form does not know only dilute the match. A label whose halves both hold the form's
     * words ("Social worker / PA") is read whole, and so is one with a single word either side ("Parent / guardian").
     */
    Optional<String> knownHalf(String label) {
        if (label == null || label.indexOf('/') < 0) {
            return Optional.empty();
        }
        String[] halves = TwoLanguages.halves(label.trim());
        if (halves.length != 2) {
            return Optional.empty();
        }
        Optional<String> besideWelsh = oneWordBesideWelsh(halves);
        if (besideWelsh.isPresent()) {
            return besideWelsh;
        }
        // alternatives are no languages: "Parent / guardian", "Date / time of the event", "Homeless (now / threatened)"
        if (halves[0].strip().split("\\s+").length < 2 || halves[1].strip().split("\\s+").length < 2
                || Words.count(halves[0], '(') > Words.count(halves[0], ')')
                || Words.count(halves[0], '[') > Words.count(halves[0], ']')
                || continuesInSmallLetters(halves[1])) {
            return Optional.empty();
        }
        List<String> first = Words.asWritten(halves[0]);
        List<String> second = Words.asWritten(halves[1]);
        if (first.isEmpty() || second.isEmpty() || first.size() > 8 || second.size() > 8) {
            return Optional.empty();
        }
        boolean firstKnown = first.stream().anyMatch(this::recognises);
        boolean secondKnown = second.stream().anyMatch(this::recognises);
        if (firstKnown && secondKnown) {
            return halfInTheFormsWords(halves, first, second);
        }
        if (firstKnown == secondKnown) {
            return Optional.empty();
        }
        return Optional.of((firstKnown ? halves[0] : halves[1]).trim());
    }

    /**
     * Of a half in Welsh and an English half of one word, the one that names a field better: each half is a wording of
     * its own ("Lles emosiynol / Wellbeing" is the wellbeing, "Rhyw / Gender" the gender); a single word either side
     * in one language ("Parent / guardian") stays two alternatives. Empty when neither half names a field alone.
     */
    private Optional<String> oneWordBesideWelsh(String[] halves) {
        for (int i = 0; i < 2; i++) {
            String english = halves[1 - i].strip();
            if (english.split("\\s+").length == 1 && english.chars().anyMatch(Character::isLetter)
                    && inWelshOnly(halves[i]) && Words.welsh(plain(english)).isEmpty()
                    && Words.count(english, '(') == Words.count(english, ')') && !continuesInSmallLetters(halves[1])) {
                // whichever half matches better: "Anghenion cymorth / Needs" is the support needs its Welsh half says
                Optional<Match> inEnglish = match(english, THRESHOLD);
                Optional<Match> inWelsh = match(halves[i].strip(), THRESHOLD);
                if (inWelsh.isPresent() && (inEnglish.isEmpty() || inWelsh.get().score() > inEnglish.get().score())) {
                    return Optional.of(halves[i].strip());
                }
                return inEnglish.map(m -> english);
            }
        }
        return Optional.empty();
    }

    /** Whether a half is written in Welsh: a word of it is Welsh, and none is a word of the form's English wordings. */
    private boolean inWelshOnly(String half) {
        List<String> english = Words.asWritten(half);
        return java.util.Arrays.stream(plain(half).split("[^a-z]+")).anyMatch(w -> Words.welsh(w).isPresent())
                && english.stream().noneMatch(this::recognises);
    }

    /** Lower case, its accents dropped: "Ffôn" is "ffon". */
    private static String plain(String s) {
        return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the half after the slash goes on in small letters: "Current accommodation / address at time of referral"
     * is one label in one language, its slash an alternative ("accommodation or address"), not a second language's
     * label (each language's label opens with its own capital: "Swydd y gweithiwr / Worker's post").
     */
    private static boolean continuesInSmallLetters(String second) {
        String s = second.strip();
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /**
     * Of two halves that both hold the form's words, the one written wholly in them when the other also holds words
     * the form does not know, and when it names a field on its own: "Gweithiwr y person ifanc / YP's worker" is the
     * worker ("person ifanc" alone would make it the young person), "Enw'r unigolyn / Name of individual" a name. The
     * half with unknown words is read only as part of the whole label ("Person ifanc / Young person" stays whole).
     */
    private Optional<String> halfInTheFormsWords(String[] halves, List<String> first, List<String> second) {
        boolean firstAll = first.stream().allMatch(this::recognises);
        boolean secondAll = second.stream().allMatch(this::recognises);
        if (firstAll == secondAll) {
            return Optional.empty();
        }
        String half = (firstAll ? halves[0] : halves[1]).trim();
        return match(half, THRESHOLD).isPresent() ? Optional.of(half) : Optional.empty();
    }

    /**
     * Whether every word of the label, its hints aside, is a word of the form's wordings or of the same meaning as
     * one: a label in another language ("Statws digartrefedd") or a sentence is not read word by word as the form's.
     */
    public boolean readsEveryWord(String label) {
        // a dashed hint on how to write the answer is a hint as a bracketed one is: "incident date / time - dd/mm/yyyy"
        String bare = beforeItsHint(label == null ? "" : label).orElse(label == null ? "" : label);
        List<String> words = Words.of(withoutHints(bare));
        return !words.isEmpty() && words.stream().allMatch(this::recognises);
    }

    /** Whether a wording uses this word or a word of its meaning. */
    private boolean recognises(String word) {
        return knows(word) || useRelated && related(word).stream().anyMatch(this::knows);
    }

    /**
     * A narrative (the information an intelligence submission exists for) is named only by a label about it: a label
     * whose head word is a word of none of the field's wordings, nor of their meaning, but of another field's, is
     * about that other thing ("Organisation sharing the information" is an organisation, "Names / descriptions of
     * people" names), so its answer is never taken for the narrative. A head word no field uses ("Observations")
     * leaves the label to its words. A question has no head word and
     * is not affected. Safety: a submission whose information is missing must be rejected, not routed with an
     * agency's name or a list of people as its information.
     */
    private Map<String, Double> withoutNarrativesAboutOtherThings(Map<String, Double> scores, String head) {
        if (head == null || scores.isEmpty()) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        for (String f : scores.keySet()) {
            if (types.get(f) != FieldType.NARRATIVE) {
                continue;
            }
            boolean about = speaksOf(f, meaningOf(List.of(head)));
            boolean another = wordings.stream().anyMatch(w -> !w.fieldId().equals(f) && w.words().contains(head));
            if (!about && another) {
                out.remove(f);
            }
        }
        return out;
    }

    /** Words that put a date at another time than a field's own: now, before, or an end ("last seen" is a missing
     * child's, kept). */
    private static final Set<String> OTHER_TIMES = new HashSet<>(Words.of("current currently existing previous "
            + "prior former end ends ended ending expiry expires expired finish finished review"));
    /** The words that only say a label asks for a date or a time. */
    private static final Set<String> WORDS_OF_A_DATE = new HashSet<>(Words.of("date dates time day"));
    /** The words that say when it took place ("Date it took place", "Happened on (date, time)"): no other thing's date. */
    private static final Set<String> WORDS_OF_HAPPENING = new HashSet<>(Words.of("took place happened occurred"));

    /**
     * Without the date and time fields the label shares no word with but "date": "Date of referral", "Date signed",
     * "Today's date", "Date of assessment" are the dates of other things, never the date accommodation is needed or
     * an incident's; a label of date words only ("Date", "Date/time", "When") is only a field's worded so (an
     * incident's "Date", "Date and time"), never the date needed's.
     * Safety: a wrong date routed is worse than a label left unplaced (the sender is told which label it was).
     */
    private Map<String, Double> withoutADateOfSomethingElse(String label, List<String> words, Map<String, Double> scores) {
        if (words.stream().noneMatch(WORDS_OF_A_DATE::contains)) {
            // "Current placement started", "Previous placement ended": no date word, but still another time's
            Map<String, Double> out = new LinkedHashMap<>(scores);
            out.keySet().removeIf(f -> types.get(f) != null && types.get(f).isTemporal() && ofAnotherTime(f, words));
            return out;
        }
        Set<String> meaning = meaningOf(words.stream().filter(w -> !WORDS_OF_A_DATE.contains(w)
                && !WORDS_OF_HAPPENING.contains(w)).toList());
        Set<String> happening = meaningOf(words.stream().filter(WORDS_OF_HAPPENING::contains).toList());
        String thing = dateOf(label);
        Map<String, Double> out = new LinkedHashMap<>(scores);
        for (String f : scores.keySet()) {
            // a label of date words only ("Date/time", "When") is a field's that is worded so ("date and time", "date"),
            // or, saying when it happened ("Date it took place"), a field worded with the happening
            boolean shares = (meaning.isEmpty() ? wordings.stream().anyMatch(w -> w.fieldId().equals(f)
                    && WORDS_OF_A_DATE.containsAll(w.words())) : speaksOf(f, meaning)) || wordedWith(f, happening);
            // "Start date of current placement", "Placement end date", "Date of last review": a date of what is now
            // or was, or of an end, is not a field's whose wordings never say so (the date accommodation is needed)
            boolean ofAnotherTime = ofAnotherTime(f, words);
            // "Date of the needs assessment" is the assessment's date: a field not worded with it is not what it asks
            boolean ofAnotherThing = thing != null && !speaksOf(f, meaningOf(List.of(thing)));
            if (types.get(f) != null && types.get(f).isTemporal() && (!shares || ofAnotherTime || ofAnotherThing)) {
                out.remove(f);
            }
        }
        return out;
    }

    /** Whether the label's words put its date at another time than the field's wordings ever do ("current", "end"). */
    private boolean ofAnotherTime(String fieldId, List<String> words) {
        return words.stream().anyMatch(w -> OTHER_TIMES.contains(w) && !wordedWith(fieldId, Set.of(w)));
    }

    /** The thing a "Date of ..." label asks the date of: the last word of what follows "of" ("assessment"), or null. */
    private static String dateOf(String label) {
        java.util.regex.Matcher of = OF_A_PARTY.matcher(withoutHints(label).replaceAll("[:*?]", " ")
                .strip());
        // only a label that is a date word "of" something ("Date of ...", "Q4 Date of ..."; "DOB of the resident" is a birth)
        if (!of.matches() || !Words.of(of.group(1)).stream().filter(w -> !w.matches(".*\\d.*")).allMatch(WORDS_OF_A_DATE::contains)) {
            return null;
        }
        // "Date of birth / age", "Date of birth and age", "Date of birth of young person", "Date of birth given by the
        // police": the first thing named, without words of a date ("Time of day") or of an instruction ("Date of birth
        // please check")
        String[] named = of.group(2).split("(?i)\\s*(?:[/,&\\-\u2013\u2014]|\\b(?:and|or|of|for|on|by|to|at|in|from|as|given)\\b)\\s*");
        if (named.length == 0) {
            return null; // "Date of - by": nothing named
        }
        List<String> thing = new ArrayList<>(Words.of(named[0]));
        thing.removeIf(w -> WORDS_OF_A_DATE.contains(w) || Instructions.WORDS.contains(w));
        return thing.isEmpty() ? null : thing.get(thing.size() - 1);
    }

    /** A party's thing: "YP's worker", "Young persons keyworker" (the party, then the thing that is theirs). */
    private static final java.util.regex.Pattern POSSESSED = java.util.regex.Pattern.compile(
            "^(.*?\\b\\p{L}+)(?:['\u2019]s|s['\u2019])\\s+(\\p{L}.*)$");
    /**
     * A thing of a party's: "Worker for the young person", "Mother of the YP", "Name on the tenancy" (the thing, then
     * whose it is).
     */
    private static final java.util.regex.Pattern OF_A_PARTY = java.util.regex.Pattern.compile(
            "^(\\p{L}[^()]*?)\\s+(?:of|for|(?:as\\s+)?on)\\s+(?:the\\s+)?(\\p{L}.*)$", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The words that only say which of a person's names is asked for: the thing that is theirs is then the name. */
    private static final Set<String> WORDS_OF_A_NAME = new HashSet<>(Words.of(
            "name names full first forename forenames surname given last family legal preferred"
                    // "own" says the name is the party's: "Referrer's own name", "Your own name"
                    + " own"));

    /**
     * A label naming a party's person ("YP's worker", "Young person's mother", "Worker for the young person") is about
     * that other person, not the party: a name field whose wordings hold no word of the person named (nor of its
     * meaning) is not what it names, however much of the party's wording it shares. "Young person's full name" and
     * "Name of the young person" still name the young person. Safety: the young person's name must never be taken
     * from their worker's or parent's.
     */
    private Map<String, Double> withoutAnotherPersonsName(String label, Map<String, Double> scores) {
        if (scores.isEmpty() || label == null || Words.head(label).isEmpty()
                || label.strip().matches("(?is)(?:who|whom|whose|what|which|where|when|how|is|are|does|do|has|have)\\b.*")) {
            return scores; // a question ("Who is at risk of homelessness?") names whom it asks about
        }
        String plain = label.replaceAll("\\([^()]*\\)", " ").replaceAll("[:*?]", " ").strip();
        String party = null;
        String thing = null;
        java.util.regex.Matcher m = POSSESSED.matcher(plain);
        java.util.regex.Matcher of = OF_A_PARTY.matcher(plain);
        java.util.regex.Matcher named = PARTY_NAME.matcher(plain);
        Optional<Instructions.Dashed> dashed = Instructions.Dashed.of(plain)
                .filter(d -> d.head().matches("[\\p{L}' ]+") && d.rest().matches("[\\p{L} ]+"));
        if (m.matches()) {
            party = m.group(1);
            thing = m.group(2);
        } else if (of.matches()) {
            thing = of.group(1);
            party = of.group(2);
        } else if (named.matches()) {
            party = named.group(1);
            thing = named.group(2);
        } else if (dashed.isPresent()) {
            party = dashed.get().head();
            thing = dashed.get().rest();
        } else if (SENDER.matcher(plain).find() && partyWords(plain).stream().allMatch(WORDS_OF_A_NAME_ORDER::contains)) {
            return withoutNamesNotIn(sendersNames, scores); // "Your name in full", "My name (in full)": the sender's
        } else {
            return hintedParty(label).map(p -> onlyNamesOf(p, scores)).orElse(scores);
        }
        List<String> words = new ArrayList<>(Words.of(thing));
        // "support worker name" is the worker's name; "full name and title", "name and role" the party's own name
        int name = words.indexOf("name");
        if (name >= 0) {
            words = new ArrayList<>(words.subList(0, name));
        }
        words.removeIf(WORDS_OF_A_NAME::contains);
        if (words.isEmpty()) {
            // the party's own name: "Mother's name", "Name of agency", "Tenant name"; the whole label's words, where
            // "of the child" and "child's" are the young person's
            List<String> partyWords = partyWords(plain);
            if (partyWords.isEmpty() && SENDER.matcher(party).find()) {
                // "Your full name (block capitals)": the sender's, the name field worded as the sender's own ("Your
                // name": the intelligence worker, the referrer), never the young person's
                return withoutNamesNotIn(sendersNames, scores);
            }
            return partyWords.isEmpty() ? scores : onlyNamesOf(partyWords, scores);
        }
        return onlyNamesOf(List.of(words.get(words.size() - 1)), scores);
    }

    /** The party a name is "of" before the words of a name: "Tenant name", "GP full name" (not "Full name"). */
    private static final java.util.regex.Pattern PARTY_NAME = java.util.regex.Pattern.compile(
            "^(\\p{L}[\\p{L}/ -]*?)\\s+((?:(?:full|first|last|given|family|legal|preferred)\\s+)?names?)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Words that say only how a name is written: "in full", "in capitals", "as on the passport". */
    private static final Set<String> WORDS_OF_A_NAME_ORDER = new HashSet<>(Words.of("full capitals block letters print"));
    /** Words that name no one in particular: "Name of person", "Person's name" leave the name to the label's words. */
    private static final Set<String> ANYONE = new HashSet<>(Words.of("person people individual their his her"));
    /** Words that say a person is someone besides the one a field names: "Other young person involved". */
    private static final Set<String> ANOTHER = new HashSet<>(Words.of("other others another"));
    /** The one filling in the form: "Your name", "My full name". */
    private static final java.util.regex.Pattern SENDER = java.util.regex.Pattern.compile("(?i)\\b(?:your|my)\\b");

    /** The words naming whose a name is, as the whole label gives them (less the words of a name and of anyone). */
    private static List<String> partyWords(String label) {
        List<String> out = new ArrayList<>(Words.of(label));
        out.removeIf(w -> WORDS_OF_A_NAME.contains(w) || ANYONE.contains(w));
        return out;
    }

    /**
     * The party a bracketed hint names when it is another name field's ("Name (referring worker)", "Name (parent)"):
     * the words of a hint that only says how to write a name ("(in full)", "(block capitals)") name no one.
     */
    private Optional<List<String>> hintedParty(String label) {
        if (label == null || !BRACKETED.matcher(label).find()) {
            return Optional.empty();
        }
        List<String> outside = Words.of(withoutHints(label));
        if (outside.isEmpty() || !WORDS_OF_A_NAME.containsAll(outside)) {
            return Optional.empty(); // only a bare name's hint names whose name it is
        }
        List<String> hint = new ArrayList<>();
        hints(label).forEach(h -> hint.addAll(partyWords(h)));
        boolean names = wordings.stream().anyMatch(w -> types.get(w.fieldId()) == FieldType.NAME
                && w.words().stream().anyMatch(hint::contains));
        return names ? Optional.of(hint) : Optional.empty();
    }

    /**
     * Without the name fields whose wordings hold no word of the party named (nor of its meaning): "Mother's name",
     * "Name of agency", "GP name", "Perpetrator's name" are never the young person's name, whatever else matches.
     * Safety: a wrong name routed is worse than a label left unplaced (the sender is told which label it was).
     */
    private Map<String, Double> onlyNamesOf(List<String> party, Map<String, Double> scores) {
        Set<String> meaning = meaningOf(party);
        meaning.removeAll(WORDS_OF_A_NAME); // "full" is related to "tenanted" as a count, never whose name it is
        return withoutNamesNotWorded(meaning, scores);
    }

    /** Without the name fields not among these. */
    private Map<String, Double> withoutNamesNotIn(Set<String> fields, Map<String, Double> scores) {
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.keySet().removeIf(f -> types.get(f) == FieldType.NAME && !fields.contains(f));
        return out;
    }

    /** Without the name fields none of whose wordings holds one of these words. */
    private Map<String, Double> withoutNamesNotWorded(Set<String> words, Map<String, Double> scores) {
        Map<String, Double> out = new LinkedHashMap<>(scores);
        for (String f : scores.keySet()) {
            if (types.get(f) == FieldType.NAME && !wordedWith(f, words)) {
                out.remove(f);
            }
        }
        return out;
    }

    /**
     * Without the fields whose risk goes the other way from the label's ({@link Direction}): "Risk to others from YP"
     * shares "risk", "others" and a "from" with "Risk from others", but is the risk the young person poses.
     */
    private Map<String, Double> inItsDirection(String label, Map<String, Double> scores) {
        Optional<Direction> way = Direction.of(label);
        if (way.isEmpty()) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        out.keySet().removeIf(f -> directions.containsKey(f) && directions.get(f) != way.get());
        return out;
    }

    /** A field of the type a label's hint names scores this much more than its words alone give. */
    private static final double TYPE_HINT_BOOST = 1.3;
    private static final java.util.regex.Pattern DATE_HINT = java.util.regex.Pattern.compile(
            "(?i)[(\\[]\\s*(date|dd\\s*/\\s*mm\\s*/\\s*(yy){1,2}|dd\\.mm\\.(yy){1,2})\\s*[)\\]]");
    /** A hint naming both: "(date, time)", "(date & time)", "(time and date)", "(date/time)", "(dd/mm/yyyy hh:mm)". */
    private static final java.util.regex.Pattern DATE_AND_TIME_HINT = java.util.regex.Pattern.compile(
            "(?i)[(\\[]\\s*(?:date\\s*(?:,|&|and|/|\\+)\\s*time|time\\s*(?:,|&|and|/|\\+)\\s*date"
            + "|dd\\s*[/.]\\s*mm\\s*[/.]\\s*(?:yy){1,2}\\s*,?\\s*hh\\s*[:.]?\\s*mm)\\s*[)\\]]");
    private static final java.util.regex.Pattern TIME_HINT = java.util.regex.Pattern.compile(
            "(?i)[(\\[]\\s*(time|hh\\s*[:.]?\\s*mm|24\\s*h(ou)?rs?( clock)?)\\s*[)\\]]");

    /**
     * The type a bracketed hint names for the answer: "(date)" or "(dd/mm/yyyy)" a date, "(time)" or "(hh:mm)" a time,
     * "(date, time)" both: "Incident occurred (date, time)" asks when, not what occurred.
     */
    static Optional<FieldType> hintedType(String label) {
        if (label == null || label.indexOf('(') < 0 && label.indexOf('[') < 0) {
            return Optional.empty();
        }
        if (DATE_AND_TIME_HINT.matcher(label).find()) {
            return Optional.of(FieldType.DATETIME);
        }
        if (DATE_HINT.matcher(label).find()) {
            return Optional.of(FieldType.DATE);
        }
        return TIME_HINT.matcher(label).find() ? Optional.of(FieldType.TIME) : Optional.empty();
    }

    /** A bracketed hint's words ("Submitted by (provider)", "Asylum status (UASC)") count for this share. */
    private static final double HINT_CREDIT = 0.75;
    /** What a hint that is exactly one of a field's wordings scores for that field. */
    private static final double HINT_EXACT = 1.2;
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");

    /** The label's bracketed hints, without their brackets: "Name (referrer) [in full]" has "referrer" and "in full". */
    private static List<String> hints(String label) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = BRACKETED.matcher(label);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The label less its bracketed hints. */
    static String withoutHints(String label) {
        return BRACKETED.matcher(label).replaceAll(" ");
    }

    /**
     * The field a label with its hint in front or behind is exactly a wording of: "Name (referrer)" is the referrer's
     * name and "Email (social worker)" the worker's email, not the bare "Name" or "Email" they start with.
     */
    private Optional<String> exactWithHint(String label) {
        if (label == null || label.indexOf('(') < 0 && label.indexOf('[') < 0) {
            return Optional.empty();
        }
        String outside = withoutHints(label);
        for (String hint : hints(label)) {
            for (String joined : List.of(hint + " " + outside, outside + " " + hint)) {
                String id = exact.get(Words.clean(joined));
                if (id != null) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The field a bracketed hint is exactly a wording of, when the words before it say no more than which of several
     * fields: none of the form's words ("From (agency)", "Where from (agency)" - "where from" alone asks the source).
     * Not one word the hint's field is worded with too: "When (date)" and "Location (scheme)" then decided the
     * intelligence form's date and property in an incident log and made it intelligence (t21-sg-001), so "Name
     * (provider)" is not yet the provider. Words before it that name a field of their own decide ("Legal status (LAC /
     * care leaver / CIN)", "Referrer name (social worker)"). A dashed hint after it is left aside ("From (agency) - give
     * details"). Empty otherwise.
     */
    /** Words before a hint that name nothing themselves: where from, who by, which. */
    private static final Set<String> NO_NOUN = Set.copyOf(Words.of("where from who whom which what by to for with"));

    private Optional<String> namedByItsHint(String label) {
        if (label == null || label.indexOf('(') < 0 && label.indexOf('[') < 0) {
            return Optional.empty();
        }
        String head = beforeItsHint(label).orElse(label);
        String outside = withoutHints(head);
        List<String> words = Words.of(outside);
        for (String hint : hints(head)) {
            String id = exact.get(Words.clean(hint));
            if (id != null && NO_NOUN.containsAll(words)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Words asking by whom something was done: "Submitted by", "Completed by", "Reported by". */
    private static final java.util.regex.Pattern DONE_BY = java.util.regex.Pattern.compile("(?i)^\\s*\\p{L}+ed\\s+by\\s*$");

    /**
     * The field a bracketed hint names after words asking by whom something was done, when those words are a person's
     * name field's wording and the hint exactly another field's that names no person: "Submitted by (agency)" asks the
     * agency that submitted the form, not the worker's name "Submitted by" alone asks. Empty otherwise.
     */
    private Optional<String> byWhomTheHintNames(String label) {
        if (label == null || label.indexOf('(') < 0) {
            return Optional.empty();
        }
        String outside = withoutHints(label).replaceAll("[\\s:*?]+$", "");
        String person = exact.get(Words.clean(outside));
        if (!DONE_BY.matcher(outside).matches() || person == null || types.get(person) != FieldType.NAME) {
            return Optional.empty();
        }
        return hints(label).stream().map(h -> exact.get(Words.clean(h)))
                .filter(id -> id != null && !id.equals(person) && types.get(id) != FieldType.NAME).findFirst();
    }

    /**
     * The scores with a bracketed hint's words kept as weaker evidence: the label read with its hint, at
     * {@link #HINT_CREDIT} of the score, where that places it better than the label alone.
     */
    private Map<String, Double> withHint(String label, Map<String, Double> scores, String head) {
        if (label == null || !BRACKETED.matcher(label).find()) {
            return scores;
        }
        List<String> hinted = wordsOf(BRACKETED.matcher(label).replaceAll(" $1 "));
        if (hinted.isEmpty() || hinted.size() > 14) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>(scores);
        withKeywords(hinted, head).forEach((f, v) -> out.merge(f, v * HINT_CREDIT, Math::max));
        // a hint that is itself one of a field's wordings names that field ("Asylum status (UASC)", "Submitted by
        // (provider)"): as sure as a near wording with its head word, never as an exact label. Only when the words
        // outside it share something with that field, or name no field: in "Telephone number (referrer)" the hint
        // says whose number it is, not that it is the referrer's name
        boolean outsideNamesNone = scores.values().stream().allMatch(v -> v < THRESHOLD);
        for (String hint : hints(label)) {
            String id = exact.get(Words.clean(hint));
            if (id != null && (outsideNamesNone || scores.containsKey(id))) {
                out.merge(id, HINT_EXACT, Math::max);
            }
        }
        return out;
    }

    /** A word cut short with a dot ("Occ.", "Emerg.", "Avail.", "Prov."): three letters or more, then the dot. */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile("(?<!\\p{L})(\\p{L}{3,6})\\.");

    /**
     * The label's words, a word cut short with a dot read as the word of this form it starts ("Occ." is occupied,
     * "Emerg. Y/N" emergency): only a word the form does not know, and only when some wording's word starts with it.
     */
    private List<String> wordsOf(String label) {
        List<String> words = Words.of(label);
        if (label == null || label.indexOf('.') < 0) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(unabbreviated(label, w));
        }
        return out;
    }

    /** The known word this one abbreviates with a dot in the label, or the word itself. */
    private String unabbreviated(String label, String word) {
        if (word == null || word.length() < 3 || knows(word) || label == null || label.indexOf('.') < 0) {
            return word;
        }
        java.util.regex.Matcher m = DOTTED.matcher(label.toLowerCase(java.util.Locale.ROOT));
        boolean dotted = false;
        while (m.find() && !dotted) {
            dotted = m.group(1).equals(word);
        }
        return dotted ? knownWordStartingWith(word) : word;
    }

    /** The known word that starts with this one, the weightiest (then the shortest), or the word itself. */
    private String knownWordStartingWith(String word) {
        String best = word;
        for (String known : weight.keySet()) {
            if (known.length() > word.length() && known.startsWith(word) && (best == word
                    || weight.get(known) > weight.get(best)
                    || weight.get(known).equals(weight.get(best)) && known.length() < best.length())) {
                best = known;
            }
        }
        return best;
    }

    private Map<String, Double> withKeywords(List<String> words, String head) {
        Map<String, Double> best = scores(words, head);
        keywords.forEach((field, kws) -> {
            if (words.size() <= 8 && kws.stream().anyMatch(words::containsAll)) {
                best.put(field, Math.max(best.getOrDefault(field, 0.0) + KEYWORD_BONUS, THRESHOLD + 0.05));
            }
        });
        return best;
    }

    /**
     * Each field's best weighted overlap with the label's words, more for a wording that holds the label's head word
     * ({@link Words#head}): "Allocated social worker email" shares three words with the worker's name and one with
     * the worker's email, but it is an email.
     */
    private Map<String, Double> scores(List<String> words, String head) {
        Set<String> labelWords = new HashSet<>(words);
        String h = head != null && labelWords.contains(head) && labelWords.size() > 1 ? head : null;
        double labelWeight = labelWords.stream().mapToDouble(this::effective).sum();
        Map<String, Double> best = new LinkedHashMap<>();
        Set<Integer> sharing = new java.util.TreeSet<>();
        for (String t : labelWords) {
            sharing.addAll(byWord.getOrDefault(t, List.of()));
            for (String r : useRelated ? related(t) : Set.<String>of()) {
                sharing.addAll(byWord.getOrDefault(r, List.of()));
            }
        }
        for (int i : sharing) {
            best.merge(wordings.get(i).fieldId(), dice(labelWords, h, labelWeight, wordings.get(i), sums[i]), Math::max);
        }
        return best;
    }

    /** A word no wording uses weighs as its best-known word of the same meaning, if it has one. */
    private double effective(String word) {
        if (weight.containsKey(word) || !useRelated) {
            return w(word);
        }
        return related(word).stream().filter(weight::containsKey).mapToDouble(weight::get).max().orElse(UNKNOWN_WORD);
    }

    /** Weighted Dice overlap of a label's words and a wording's; a word of the same meaning counts in part. */
    private double dice(Set<String> label, String head, double labelWeight, Wording wording, double wordingWeight) {
        double shared = 0;
        boolean headShared = false;
        for (String t : label) {
            if (wording.words().contains(t)) {
                shared += w(t);
                headShared |= t.equals(head);
            } else if (useRelated) {
                double near = 0;
                for (String r : related(t)) {
                    if (wording.words().contains(r) && !label.contains(r)) {
                        near = Math.max(near, RELATED_CREDIT * Math.min(effective(t), w(r)));
                    }
                }
                shared += near;
                headShared |= near > 0 && t.equals(head);
            }
        }
        if (shared == 0) {
            return 0;
        }
        return 2 * shared / (labelWeight + wordingWeight) * (headShared ? HEAD_BOOST : 1);
    }

    private double w(String word) {
        return weight.getOrDefault(word, UNKNOWN_WORD);
    }
}
