package org.ypsa.hub.domain.documents;

import static org.ypsa.hub.domain.documents.TypedValues.Kind;
import static org.ypsa.hub.domain.documents.TypedValues.kindOf;
import static org.ypsa.hub.domain.documents.TypedValues.exactFit;
import static org.ypsa.hub.domain.documents.TypedValues.fit;
import static org.ypsa.hub.domain.documents.LabelShapes.looksLikeLabelLine;
import static org.ypsa.hub.domain.documents.LabelShapes.looksLikeLabel;
import static org.ypsa.hub.domain.documents.LabelShapes.cellsOfTheirOwn;
import static org.ypsa.hub.domain.documents.LabelShapes.isWrappedLabelEnd;
import static org.ypsa.hub.domain.documents.LabelShapes.joinOpenHints;
import static org.ypsa.hub.domain.documents.LabelShapes.answerBetweenQuestions;
import static org.ypsa.hub.domain.documents.LabelShapes.MAX_TEXT_LINES;
import static org.ypsa.hub.domain.documents.TableLabels.pairKey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.forms.FieldCodes;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.FormSpec;
import org.ypsa.hub.domain.forms.Instructions;
import org.ypsa.hub.domain.forms.LabelMatcher;
import org.ypsa.hub.domain.forms.RunTogetherWords;
import org.ypsa.hub.domain.forms.Words;

/**
 * Reads one form's fields out of a document, by the labels config/forms/*.yml gives them (see
 * {@link LabelMatcher} for how leniently). A label and its value may share a cell or a line ("Consent: Yes",
 * "Date of birth 14/03/2009 Gender Male" as a PDF's text gives a table row), a label may carry a hint in
 * brackets or wrap onto the next line. Where a field is found more than once, the first value that reads as
 * the field's type wins ("8 Sep 2006" for a date, one of the choices for a category). Labels with a value that
 * name no field are kept, so that a rejection can name them instead of calling a field missing.
 */
public final class FieldCatalog<F extends Enum<F>> implements FieldNames<F>, LineQuestions<F> {
    private static final int MAX_ENTRIES = 600;
    /** A heading and a bare label together must match this well to outrank the bare label. */
    private static final double SECTION_SCORE = 0.8;

    private final Class<F> type;
    private final FormSpec spec;
    private final LabelMatcher matcher;
    /** The same wordings with no credit for words of the same meaning: what recognising a form's type trusts. */
    private final LabelMatcher strict;
    private final RunTogetherWords runTogether;
    private final FieldCodes codes;
    private final Map<String, F> byId = new LinkedHashMap<>();
    private final Map<F, FormSpec.FieldSpec> fieldSpecs;
    private final Leftovers<F> leftoverPlacer;
    private final TableLabels<F> tableLabels;
    private final LineLabels<F> lineLabels;
    /** The reading of the document's lines of text, after its entries and table rows. */
    private final LineReading<F> lineReading;
    /** Each free-text field's questions: the words of each wording, its name, each keyword ({@link NotAnswers#echoesItsQuestion}). */
    private final Map<F, List<Set<String>>> questionWords;
    /** The writer's name, role and team on this form (asked: name and organisation of the writer), where it has them. */
    private final Optional<F> writersName;
    private final Optional<F> writersRole;
    private final Optional<F> writersTeam;
    /** The answers typed alone that can be only one field's (alone:), as {@link Labels#normalize} writes them. */
    private final Map<String, F> answersAlone = new java.util.HashMap<>();

    public FieldCatalog(Class<F> type, FormSpec spec) {
        this.type = type;
        this.spec = spec;
        this.matcher = new LabelMatcher(spec);
        this.strict = new LabelMatcher(spec, false);
        this.runTogether = new RunTogetherWords(spec);
        this.codes = new FieldCodes(spec);
        this.fieldSpecs = new EnumMap<>(type);
        for (F f : type.getEnumConstants()) {
            byId.put(FormLibrary.idOf(f), f);
            spec.field(FormLibrary.idOf(f)).ifPresent(s -> fieldSpecs.put(f, s));
        }
        this.leftoverPlacer = new Leftovers<>(matcher, fieldSpecs);
        this.tableLabels = new TableLabels<>(this, matcher, byId, fieldSpecs);
        this.lineLabels = new LineLabels<>(this, matcher, byId, fieldSpecs);
        this.lineReading = new LineReading<>(this, spec, matcher, byId, fieldSpecs, lineLabels);
        this.questionWords = new EnumMap<>(type);
        fieldSpecs.forEach((f, s) -> {
            List<Set<String>> questions = new ArrayList<>();
            questions.add(Set.copyOf(Words.of(s.name())));
            s.labels().forEach(l -> questions.add(Set.copyOf(Words.of(l))));
            s.keywords().forEach(k -> questions.add(Set.copyOf(Words.of(k))));
            questionWords.put(f, List.copyOf(questions));
        });
        fieldSpecs.forEach((f, s) -> s.alone().forEach(a -> answersAlone.put(Labels.normalize(a), f)));
        this.writersName = askedOfTheWriter(org.ypsa.hub.domain.forms.QuestionAsked.What.NAME);
        this.writersTeam = askedOfTheWriter(org.ypsa.hub.domain.forms.QuestionAsked.What.ORGANISATION);
        // the role is the field the name field's own name names with "role" for "name": "Referrer role", "Worker role"
        this.writersRole = writersName.map(fieldSpecs::get).map(s -> s.name().replaceFirst("(?i)\\bname$", "role"))
                .filter(r -> r.endsWith("role")).flatMap(r -> strict.match(r, LabelMatcher.THRESHOLD))
                .map(m -> byId.get(m.fieldId())).filter(f -> fieldSpecs.get(f).type().isText());
    }

    private Optional<F> askedOfTheWriter(org.ypsa.hub.domain.forms.QuestionAsked.What what) {
        return Optional.ofNullable(spec.asked().getOrDefault(what, Map.of())
                .get(org.ypsa.hub.domain.forms.QuestionAsked.Whom.WRITER)).map(byId::get);
    }

    /** The reading of a document's lines of text (its rules' tests ask it, as they asked the catalog before). */
    LineReading<F> lineReading() {
        return lineReading;
    }

    /** The catalog of a form in the shipped config/forms. */
    public static <F extends Enum<F>> FieldCatalog<F> shipped(Class<F> type, String formId) {
        return new FieldCatalog<>(type, FormLibrary.shipped().form(formId));
    }

    public FormSpec spec() {
        return spec;
    }

    /** Whether the YAML makes this field required. */
    public boolean required(F field) {
        return requiredField(field);
    }

    /** Whether the field, of whatever reading, is one of this form's required fields (a map's get takes any key). */
    private boolean requiredField(Object field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.required();
    }

    /** How many of this form's required fields the reading answered (not blank). */
    public int requiredAnswered(Reading<?> reading) {
        return (int) reading.values().entrySet().stream()
                .filter(v -> v.getValue() != null && !v.getValue().isBlank() && requiredField(v.getKey())).count();
    }

    /**
     * The share of this form's required fields that the reading's labels named (blank or answered): a provider's
     * response that names the referral, the provider, the risk, why it cannot be managed and what would enable it is
     * a risk concern, whatever a heading such as "Referral declined - provider form" holds of another form's title.
     */
    public double requiredShare(Reading<?> reading) {
        long required = spec.fields().stream().filter(FormSpec.FieldSpec::required).count();
        return required == 0 ? 0 : (double) reading.placed().values().stream().distinct().filter(this::requiredField)
                .filter(f -> !answeredAsNoChoice(reading, f)).count() / required;
    }

    /** A choice's answer of more words than this is free text, unless it reads as one of the choices. */
    private static final int CHOICE_WORDS = 4;

    /**
     * Whether the reading answers a choice field with free text that reads as none of its choices: "What is the risk -
     * describe" over two sentences, read as an incident's severity through "risk". The label named the field, but its
     * answer says it asked another question, so it is no evidence of the form when recognising it.
     */
    public boolean answeredAsNoChoice(Reading<?> reading, Object field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        String answer = reading.values().get(field);
        return s != null && s.type() == org.ypsa.hub.domain.forms.FieldType.CHOICE && answer != null
                && answer.strip().split("\\s+").length > CHOICE_WORDS && fit(s, answer).isEmpty();
    }

    /** The field a label names, if it names one clearly enough. */
    @Override
    public Optional<F> match(String label) {
        return matcher.match(label).map(m -> byId.get(m.fieldId()));
    }

    /** Every field this label names clearly enough, with how sure each is (2 for an exact wording), best first. */
    public List<Map.Entry<F, Double>> ranked(String label) {
        return clearEnough(matcher.ranked(label));
    }

    /**
     * As {@link #ranked}, a label with a slip of the keyboard read as the words it was meant to be ("ocupied"), only
     * where what the values must be catches a misread ({@link LabelMatcher#rankedAllowingTypos}).
     */
    public List<Map.Entry<F, Double>> rankedAllowingTypos(String label) {
        return clearEnough(matcher.rankedAllowingTypos(label));
    }

    private List<Map.Entry<F, Double>> clearEnough(List<LabelMatcher.Match> matches) {
        List<Map.Entry<F, Double>> out = new java.util.ArrayList<>();
        for (LabelMatcher.Match m : matches) {
            F f = byId.get(m.fieldId());
            if (f != null && m.score() >= LabelMatcher.THRESHOLD) {
                out.add(Map.entry(f, m.score()));
            }
        }
        return out;
    }

    /**
     * Whether the label names this field by the words it shares with the field's wordings alone, not only by words
     * of the same meaning: a referral's "Referrer role" may be read as an intelligence submission's role, but it
     * is no sign that the document is one.
     */
    public boolean namesPlainly(String label, Object field) {
        return strict.match(label, LabelMatcher.THRESHOLD).map(m -> byId.get(m.fieldId()) == field).orElse(false);
    }

    /**
     * The field a label names under its heading: a bare "Name" or "Email" under "Referrer details" is the
     * referrer's, under "Social worker / PA" the worker's; a question number before the label ("10. Full name")
     * is no word of it.
     */
    @Override
    public Optional<F> matchUnder(String written, String standsUnder) {
        Matcher whose = WHOSE.matcher(written == null ? "" : written);
        // "Name (you, the referrer)": the bracket says whose it is, whatever heading it stands under
        boolean bracketSays = whose.find();
        String label = bracketSays ? written.substring(0, whose.start()) + written.substring(whose.end()) : written;
        String heading = bracketSays ? whose.group(1) : standsUnder;
        Optional<LabelMatcher.Match> alone = matcher.match(label);
        // a question asks for what it says whatever heading it stands under: "What is the risk?" under "Our reasons"
        // a heading holding the label's own words lists its section's fields ("Reason for referral / immediate
        // safety" over "Reason for referral"): it says nothing of whose the label is
        if (heading != null && !heading.isBlank() && Words.of(label).size() <= 2 && !namesTheForm(heading)
                && !(Words.asks(label) && alone.isPresent()) && !Words.of(heading).containsAll(Words.of(label))) {
            Optional<LabelMatcher.Match> under = matcher.match(SectionHeading.topic(heading) + " " + Words.withoutNumber(label))
                    .filter(m -> m.score() >= SECTION_SCORE && matcher.fieldUses(m.fieldId(), label));
            if (under.isPresent()) {
                alone = under;
            }
        }
        return alone.map(m -> byId.get(m.fieldId()));
    }

    /** A bracket after a label saying whose the field is: "(you, the referrer)", "(yours)", "(young person)". */
    private static final Pattern WHOSE = Pattern.compile("(?i)\\(\\s*((?:(?:you|your|yours|the|referrer|referrer's|yp|yp's"
            + "|young person|young person's)\\s*,?\\s*)+)\\)");

    /**
     * A heading holding every word of one of the form's titles ("Homeless young person referral to the MASH") is the
     * form's title, not a section: it says nothing of whose a bare label is.
     */
    private boolean namesTheForm(String heading) {
        Set<String> words = new java.util.HashSet<>(List.of(heading.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        return spec.titles().stream().map(t -> List.of(t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .anyMatch(t -> !t.isEmpty() && words.containsAll(t));
    }

    /**
     * What a document gave for this form.
     *
     * @param values   each field found, with its value ("" when its label was there with nothing after it)
     * @param placed   each label placed, as written, with its field
     * @param unplaced labels with a value that named no field of this form, or a field already filled, as
     *                 written (no values)
     */
    public record Reading<F>(Map<F, String> values, Map<String, F> placed, List<String> unplaced) {

        /** How many distinct fields the document named. */
        public int fieldsNamed() {
            return new java.util.HashSet<>(placed.values()).size();
        }

        /**
         * This reading with the fields it left unanswered answered by another reading of the same form (a form split
         * between a covering mail and its attachment); this reading's answer wins where both give one.
         */
        public Reading<F> withBlanksFrom(Reading<F> other) {
            Map<F, String> merged = new LinkedHashMap<>(values);
            Map<String, F> labels = new LinkedHashMap<>(placed);
            boolean added = false;
            for (Map.Entry<String, F> p : other.placed().entrySet()) {
                String answer = other.values().get(p.getValue());
                if (answer != null && !answer.isBlank() && merged.getOrDefault(p.getValue(), "").isBlank()) {
                    merged.put(p.getValue(), answer);
                    labels.putIfAbsent(p.getKey(), p.getValue());
                    added = true;
                }
            }
            return added ? new Reading<>(merged, labels, unplaced) : this;
        }
    }

    public Reading<F> read(LabelledDocument written) {
        LabelledDocument doc = aLineForEachFieldListed(aLoneAnswerWithItsField(withCodesSpelledOut(
                withLabelsAsAsked(written))));
        List<Candidate<F>> candidates = new ArrayList<>();
        Map<String, F> placed = new LinkedHashMap<>();
        Set<String> unplaced = new LinkedHashSet<>();
        Map<String, String> leftovers = new LinkedHashMap<>(); // unplaced labels and the values under them
        Set<F> filled = java.util.EnumSet.noneOf(type);
        Set<F> answeredEmpty = java.util.EnumSet.noneOf(type); // a text field whose own box or cell was left empty
        Set<String> misPaired = new java.util.HashSet<>(tableLabels.networkGrids(doc.tableRows(), candidates, placed));
        misPaired.addAll(tableLabels.labelsAboveValues(doc.tableRows(), candidates, placed, unplaced));
        boolean firstEntry = true;
        for (Apart apart : labelsInAnswersApart(cellsOfTheirOwn(
                doc.entries().subList(0, Math.min(doc.entries().size(), MAX_ENTRIES))))) {
            LabelledDocument.Entry e = apart.entry();
            boolean first = firstEntry;
            firstEntry = false;
            String label = withWordsApart(e.label() == null ? "" : e.label().trim());
            String value = e.value() == null ? "" : e.value();
            if (misPaired.contains(pairKey(label, value))) {
                continue; // two labels, or two values, of a row read side by side as label | value
            }
            label = GuidanceNotes.withoutGluedHint(label); // "... on LCSLeave blank if not known": the hint is no label
            if (isWrappedLabelEnd(label)) {
                continue; // "DOB, description)": the end of a label whose hint opened on the line above, read whole there
            }
            if (DocumentMarkings.isMarking(label) && FieldValues.isBlank(value)
                    || DocumentMarkings.isMarking(label + ": " + value.strip())) {
                continue; // "OFFICIAL - SENSITIVE", "Version 3.0 | Owner: Brokerage | p. 1": printed over the form
            }
            if (DocumentMarkings.isPageHeader(label)) {
                continue; // "Page 4 of 4 | Referral form" over a page: no label, so what is beside it is not its answer
            }
            if (headsTheForm(e, value)) {
                continue; // "Unable to accept: provider risk concern form": the form's heading, not its risk
            }
            int colon = label.indexOf(':');
            boolean valueFromLabel = FieldValues.isBlank(value) && colon > 0 && colon < label.length() - 1;
            if (valueFromLabel) {
                value = label.substring(colon + 1);
                label = label.substring(0, colon);
            }
            // the entry's own value was cut when its labels were set apart; only a value taken from its label is new
            value = valueFromLabel ? beforeNextLabel(value) : apart.cut();
            // the form's hint printed under its label ("Leave blank if not known") is no part of the answer under it
            value = GuidanceNotes.withoutGuidanceOver(value);
            if (titleOverSubtitle(e, label, value, first)) {
                continue; // "Risk Concern: Provider Unable to Accept Referral": the form's heading, not its risk
            }
            Optional<F> f = matchUnder(label, e.section());
            int firstColon = label.indexOf(':');
            if (f.isEmpty() && firstColon > 0 && firstColon < label.length() - 1) {
                // "Referrer name: Jo Bloggs" as a label: the label ends at its first colon
                Optional<F> before = matchUnder(label.substring(0, firstColon), e.section());
                if (before.isPresent()) {
                    value = label.substring(firstColon + 1);
                    label = label.substring(0, firstColon);
                    f = before;
                }
            }
            f = byType(label, value, f);
            // an empty cell's label took the next cell, itself "Label: value" ("Worker's e-mail:" then "Date on
            // which it happened: 24 Dec 2026"): a value that does not fit its label's type and starts with a label of
            // the form is that label's
            int inner = value.indexOf(':');
            FormSpec.FieldSpec spec = f.map(fieldSpecs::get).orElse(null);
            if (spec != null && inner > 0 && (!spec.type().isText() && fit(spec, value).isEmpty()
                    || typedLabelAndValue(value, inner, f.get()))
                    && value.substring(0, inner).strip().split("\\s+").length <= 8) {
                Optional<F> named = matchUnder(value.substring(0, inner).strip(), e.section());
                if (named.isPresent()) {
                    label = value.substring(0, inner).strip();
                    value = value.substring(inner + 1).strip();
                    f = byType(label, value, named);
                }
            }
            if (TickList.isMarkAlone(value)) {
                // "Looked after | X", one row of a tick list laid out a row to an answer under its heading ("Legal
                // status"): the row's words are what was ticked, the answer of the field the heading (or else the
                // row) names
                Optional<F> asked = f.isPresent() || e.section().isBlank() || namesTheForm(e.section()) ? f
                        : match(e.section());
                if (asked.filter(this::holdsWords).isPresent()) {
                    f = asked;
                    value = label;
                }
            }
            if (f.isPresent() && value.contains("\n") && fieldSpecs.get(f.get()) != null) {
                // a date, a yes/no or a choice is one line: the lines under it that ran on are other fields'
                FormSpec.FieldSpec fs = fieldSpecs.get(f.get());
                String firstLine = value.strip().split("\\R")[0];
                // a tick list a box to a line ("☐ Low" / "☒ High") is one answer: its first line is no choice made
                if (!fs.type().isText() && !TickList.isListOfLines(value) && fit(fs, firstLine).isPresent()
                        && !(fs.type() == org.ypsa.hub.domain.forms.FieldType.YESNO && aNoteUnderTheAnswer(value))) {
                    value = firstLine;
                }
            }
            if (f.isPresent() && value.isBlank() && emptyBox(e, doc.text()) && fieldSpecs.get(f.get()) != null
                    && fieldSpecs.get(f.get()).type().isText()) {
                answeredEmpty.add(f.get());
            }
            if (f.isPresent()) {
                placed.put(label, f.get());
                F placedField = f.get();
                boolean exact = matcher.exactly(label).map(id -> byId.get(id) == placedField).orElse(false);
                candidates.add(new Candidate<>(f.get(), value.trim(), false, exact));
                if (!FieldValues.isBlank(value) && !filled.add(f.get())) {
                    // a second value under a label of a field already filled ("Name" twice) may be another field's
                    unplaced.add(label.replaceAll("\\s+", " "));
                    if (!exact) {
                        // a field's own wording written twice ("Name", "Name") is not guessed to be another field's
                        leftovers.putIfAbsent(label.replaceAll("\\s+", " "), value.trim());
                    }
                }
                continue;
            }
            if (FieldValues.isBlank(value)) {
                // a label and its value in one cell with no colon: "Parent No"; a date's or a time's value is one of
                // its type, so an office-use box left empty ("Date entered", "Time logged") gives no date
                for (Map.Entry<F, String> lv : lineLabels.splitLine(label, "", placed)) {
                    FormSpec.FieldSpec typed = fieldSpecs.get(lv.getKey());
                    if (typed != null && typed.type().isTemporal() && !FieldValues.isBlank(lv.getValue())
                            && fit(typed, lv.getValue()).isEmpty()) {
                        continue;
                    }
                    candidates.add(new Candidate<>(lv.getKey(), lv.getValue(), false));
                }
            } else if (looksLikeLabel(label)) {
                unplaced.add(label.replaceAll("\\s+", " "));
                leftovers.putIfAbsent(label.replaceAll("\\s+", " "), value.trim());
            }
        }
        lineReading.read(doc, candidates, placed, unplaced, leftovers);
        Map<F, String> values = resolve(candidates, answeredEmpty);
        labelsAfterNames(values, placed, unplaced, leftovers);
        nameUnderItsOwnLabel(values, doc);
        dateOfBirthBesideTheName(values);
        leftoverPlacer.placeLeftovers(values, leftovers, unplaced);
        leftoverPlacer.placeMistyped(values, leftovers, unplaced);
        values.replaceAll((f, v) -> notAnAnswer(f, v) ? "" : v);
        youngPersonsNameFromItsParts(values, doc);
        notAnotherPersonsName(values);
        roleAndTeamAfterTheWritersName(values);
        return new Reading<>(values, placed, List.copyOf(unplaced));
    }

    /**
     * The writer's role and team written after their name in one answer, as a hurried mail gives them ("Referrer: Gemma
     * Shaw, Personal Adviser, Leaving Care Service"): the first part after the name is the role and the rest the team,
     * each only where the form has no answer of its own for it. A name alone, or words after it that are not a role
     * ({@link FieldValues#nameAndRole}: a second person, a phone number), leave the fields as read.
     */
    private void roleAndTeamAfterTheWritersName(Map<F, String> values) {
        if (writersName.isEmpty() || writersRole.isEmpty()) {
            return;
        }
        boolean noRole = FieldValues.isBlank(values.get(writersRole.get()));
        boolean noTeam = writersTeam.isPresent() && FieldValues.isBlank(values.get(writersTeam.get()));
        Optional<Map.Entry<String, String>> nameAndRole = noRole || noTeam
                ? FieldValues.nameAndRole(values.get(writersName.get())) : Optional.empty();
        if (nameAndRole.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>(FieldValues.roleThenTeam(nameAndRole.get().getValue()));
        if (!noRole && Labels.normalize(parts.get(0)).equals(Labels.normalize(values.get(writersRole.get())))) {
            parts.remove(0); // the role the form asked for, written again after the name
        }
        if (noRole && !parts.isEmpty()) {
            values.put(writersRole.get(), parts.remove(0));
        }
        if (noTeam && parts.size() == 1) {
            values.put(writersTeam.get(), parts.get(0));
        }
    }

    /** The form's first name field, when it is the young person's ("Young person's name"); empty on other forms. */
    private Optional<F> youngPersonsNameField() {
        return spec.fields().stream().filter(s -> s.type() == org.ypsa.hub.domain.forms.FieldType.NAME).findFirst()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).contains("young person")).map(s -> byId.get(s.id()));
    }

    /**
     * The young person's name asked for in parts ("First name" / "Surname") is the parts together, and one part alone
     * is no name ({@link NameParts}). A part counts when its label names the young person's name field, or is a bare
     * part ("Given name") that names no other field.
     */
    private void youngPersonsNameFromItsParts(Map<F, String> values, LabelledDocument doc) {
        Optional<F> youngsName = youngPersonsNameField();
        if (youngsName.isEmpty()) {
            return;
        }
        F young = youngsName.get();
        String whole = NameParts.whole(values.getOrDefault(young, ""), doc, (label, section) -> {
            Optional<F> named = matchUnder(label, section);
            return named.isPresent() ? named.get() == young : NameParts.bare(label);
        });
        if (!whole.equals(values.getOrDefault(young, "").strip())) {
            values.put(young, whole);
        }
    }

    /**
     * A second label after a name on its line, set apart by a tab, a gap of spaces, a comma or a bar, or a capitalised
     * word or a field's wording before its colon ("Tomos Reed   Gender: Male", "Sian Prosser\tRole: Social Worker",
     * "Jo Reed Tel: 07700 900123"): the name ends before it. The label's answer is its field's when the form has that
     * field and it is unanswered; a label of no field of the form is left unplaced, so that a rejection names it.
     */
    private void labelsAfterNames(Map<F, String> values, Map<String, F> placed, Set<String> unplaced,
            Map<String, String> leftovers) {
        for (FormSpec.FieldSpec s : spec.fields()) {
            F field = byId.get(s.id());
            String v = field == null || s.type() != org.ypsa.hub.domain.forms.FieldType.NAME ? null : values.get(field);
            if (v == null || v.contains("\n") || FieldValues.namesSomeone(v)) {
                continue;
            }
            Matcher m = LABEL_AFTER_A_NAME.matcher(v.replace('\u00a0', ' ').strip());
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1).strip();
            String label = m.group(3).strip();
            if (m.group(2).isBlank() && m.group(2).length() == 1) {
                // one space before the label: the label is the longest run of words ending at the colon that names a
                // field of the form, else one capitalised word ("Tomos Reed Gender: Male")
                String[] words = (name + " " + label).split("\\s+");
                int k = 1;
                for (int n = Math.min(MAX_WORDS_OF_A_LABEL_AFTER_A_NAME, words.length - 1); n > 1; n--) {
                    String tail = String.join(" ", java.util.Arrays.asList(words).subList(words.length - n, words.length));
                    if (matcher.exactly(tail).isPresent()) {
                        k = n;
                        break;
                    }
                }
                name = String.join(" ", java.util.Arrays.asList(words).subList(0, words.length - k));
                label = String.join(" ", java.util.Arrays.asList(words).subList(words.length - k, words.length));
            }
            if (!FieldValues.namesSomeone(name) || !Character.isUpperCase(label.codePointAt(0))) {
                continue;
            }
            String answer = m.group(4).strip();
            values.put(field, name);
            Optional<F> other = match(label).filter(o -> o != field);
            if (other.isPresent() && FieldValues.isBlank(values.getOrDefault(other.get(), ""))) {
                values.put(other.get(), answer);
                placed.putIfAbsent(label, other.get());
            } else if (other.isEmpty()) {
                unplaced.add(label);
                leftovers.putIfAbsent(label, answer);
            }
        }
    }

    /**
     * A name field's value that is no name, holding its own label (a heading read as the label, the field's own label
     * read as its answer): "Your name, the referrer filling this in" over "Kyle Wood" is Kyle Wood, and a value that is
     * only the field's own label ("Referral filled in by (name)") is answered by the line under it in the text, when
     * that reads as a name. A name under another field's label is that field's, never taken; nor is a line that is
     * itself a label. The rest is only the field's own label or the form's hints, so nothing of the answer is lost.
     */
    private void nameUnderItsOwnLabel(Map<F, String> values, LabelledDocument doc) {
        for (FormSpec.FieldSpec s : spec.fields()) {
            F field = byId.get(s.id());
            String v = field == null || s.type() != org.ypsa.hub.domain.forms.FieldType.NAME ? null : values.get(field);
            if (v == null || FieldValues.isBlank(v) || FieldValues.namesSomeone(v)) {
                continue;
            }
            String[] lines = v.strip().split("\\s*\\R\\s*");
            if (lines.length == 1) {
                Matcher lead = LEAD_IN.matcher(lines[0]);
                if (lead.matches() && FieldValues.namesSomeone(lead.group(2)) && Words.of(lead.group(1)).stream()
                        .allMatch(w -> LEAD_IN_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
                    values.put(field, lead.group(2).strip()); // "new ref - Ines Joyner, born 20.5.06"
                } else if (namesItsOwnField(lines[0], field)) {
                    lineUnder(doc.text(), lines[0]).filter(n -> FieldValues.namesSomeone(n) && match(n).isEmpty())
                            .ifPresent(n -> values.put(field, n));
                }
                continue;
            }
            String name = null;
            boolean ownLabelBefore = false;
            for (String line : lines) {
                if (namesItsOwnField(line, field) && name == null) {
                    ownLabelBefore = true;
                } else if (FieldValues.namesSomeone(line) && name == null && ownLabelBefore && match(line).isEmpty()) {
                    name = line;
                } else if (!GuidanceNotes.tellsTheWriter(line)) {
                    name = null;
                    break; // another field's label or words: the name may be theirs
                }
            }
            if (name != null) {
                values.put(field, name);
            }
        }
    }

    /** A few words in small letters, a dash or a colon, then the rest: "new ref - Ines Joyner. born 20.5.06." */
    private static final Pattern LEAD_IN = Pattern.compile("^((?:[\\p{Ll}'’]+\\s+){0,5}[\\p{Ll}'’]+)\\s*[-–—:]\\s+(\\p{Lu}.*)$");
    /**
     * The words a case note or a quick mail opens a new referral's name with, the form's own: "new ref -", "urgent
     * referral for", "referral received in respect of:". Only these: "mum - Sara Reed" names another person.
     */
    private static final Set<String> LEAD_IN_WORDS = Set.of("new", "ref", "referral", "re", "urgent", "emergency",
            "emerg", "planned", "received", "in", "respect", "of", "for", "yp", "young", "person", "name", "full", "the");

    /** Whether the line, without its question's number, is a label naming the field and no name itself. */
    private boolean namesItsOwnField(String line, F field) {
        String label = org.ypsa.hub.domain.forms.Words.withoutNumber(line).replaceAll("[:*\\s]+$", "").strip();
        return !label.isEmpty() && !FieldValues.namesSomeone(label) && match(label).filter(field::equals).isPresent();
    }

    /** The first line with words under the line written so in the text, if that line is in it. */
    private static Optional<String> lineUnder(String text, String line) {
        String[] all = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < all.length; i++) {
            if (all[i].strip().equals(line.strip())) {
                for (int j = i + 1; j < all.length; j++) {
                    if (!all[j].isBlank()) {
                        return Optional.of(all[j].strip());
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** At most this many words make a label after a name on its line. */
    private static final int MAX_WORDS_OF_A_LABEL_AFTER_A_NAME = 4;
    /** A name, a gap (a tab, spaces, a comma, a bar or one space), a label of up to four words, its colon, its answer. */
    private static final Pattern LABEL_AFTER_A_NAME = Pattern.compile(
            "^([^:\\t]*?\\p{L}\\.?)(\\t\\s*|\\s{2,}|\\s*[,;|]\\s*| )"
                    + "(\\p{L}[\\p{L}'\u2019./()-]*(?:\\s[\\p{L}'\u2019./()-]+){0,3})\\s*:\\s*(.*)$");

    /**
     * The young person's date of birth written beside the name ("Tomos Reed, DOB 14/05/2008", "Tomos Reed 14/05/2008"
     * under "Name / DOB"): the date of birth when the form's own is unanswered and the date is marked as the birth's,
     * and the name without it when a label asking for both was read as the date of birth's.
     */
    private void dateOfBirthBesideTheName(Map<F, String> values) {
        F young = youngPersonsNameField().orElse(null);
        F born = byId.get("date-of-birth");
        if (young == null || born == null) {
            return;
        }
        String name = values.getOrDefault(young, "");
        String date = values.getOrDefault(born, "");
        if (FieldValues.isBlank(date)) {
            // only a date marked as the birth's ("DOB", "born"): an unmarked date after the name on an incident or a
            // MASH referral may be any day of it, and a date of birth is never guessed
            FieldValues.markedDateOfBirthBesideAName(name).ifPresent(d -> values.put(born, d));
        } else if (FieldValues.isBlank(name) && org.ypsa.hub.domain.Dates.parse(date.strip()).isEmpty()) {
            // "Name / DOB: Tomos Reed 14/05/2008" read as the date of birth's
            Optional<String> d = FieldValues.dateBesideAName(date);
            Optional<String> n = FieldValues.nameBesideADate(date);
            if (d.isPresent() && n.isPresent()) {
                values.put(young, n.get());
                values.put(born, d.get());
            }
        }
    }

    /**
     * The young person's name (the form's first name field) is never the name another name field holds (the
     * referrer's, the worker's: staff, never the young person): when both name the same person (a wrapped label's
     * middle line, "THE YP BEING", placed on the young person with the referrer's line as its answer), one of them is
     * misread and the young person's name is left unanswered, so the form is rejected naming it, or a covering mail
     * answers it, and is never routed under a worker's name.
     */
    private void notAnotherPersonsName(Map<F, String> values) {
        List<F> names = spec.fields().stream().filter(s -> s.type() == org.ypsa.hub.domain.forms.FieldType.NAME)
                .map(s -> byId.get(s.id())).filter(java.util.Objects::nonNull).toList();
        if (names.size() < 2 || FieldValues.isBlank(values.getOrDefault(names.get(0), ""))) {
            return;
        }
        F young = names.get(0);
        for (F other : names.subList(1, names.size())) {
            String theirs = values.getOrDefault(other, "");
            if (!FieldValues.isBlank(theirs) && samePerson(values.get(young), theirs)) {
                values.put(young, "");
                return;
            }
        }
    }

    /** Whether two names are one person's: every word of the shorter (two at least) is a word of the longer. */
    private static boolean samePerson(String a, String b) {
        List<String> x = List.of(a.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        List<String> y = List.of(b.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        List<String> shorter = (x.size() <= y.size() ? x : y).stream().filter(w -> !w.isEmpty()).toList();
        List<String> longer = x.size() <= y.size() ? y : x;
        return shorter.size() >= 2 && longer.containsAll(shorter);
    }

    /**
     * A PDF form field's name in capitals run together ("DATEOFBIRTH") as the words of the form it splits into, when
     * they name a field; otherwise as written, so that the sender is told the label they wrote.
     */
    private String withWordsApart(String label) {
        String split = runTogether.split(label);
        return !split.equals(label) && match(split).isPresent() ? split : label;
    }

    /** A condition before a colon and what it asks after it: "For emergency referrals: describe the safety concern". */
    private static final Pattern CONDITION_FIRST = Pattern.compile(
            "(?i)^\\s*(?:\\d{1,2}[.)]\\s*)?(?:only\\s+)?(?:for|if|unless)\\s[^:]{1,40}:\\s*(\\S.*?)\\s*$");
    /** Words that open what a form asks: "describe the immediate safety concern", "please give details". */
    private static final Pattern ASKING = Pattern.compile("(?i)(?:please\\s+)?(?:describe|give|state|explain|provide|list|say"
            + "|tell|what|why|how|when|where|who)\\b");
    /** A line that is only a hint in brackets, under its label: "(LAC / care leaver / CIN)", "(optional)". */
    private static final Pattern HINT_LINE = Pattern.compile("^\\s*\\([^()]{1,80}\\)\\s*$");
    /** A condition alone, as a label: "For emergency referrals", "If yes". */
    private static final Pattern CONDITION = Pattern.compile("(?i)^\\s*(?:\\d{1,2}[.)]\\s*)?(?:only\\s+)?(?:for|if|unless)"
            + "(?:\\s+\\S+){1,5}\\s*$");

    /**
     * The document with a label that opens with the condition it applies under ("For emergency referrals: describe the
     * immediate safety concern", "If yes: date offered") read as what it asks, where that names a field: its colon
     * parts no label from its answer. A line so written alone over its answer is its question alone; a pair whose label
     * is the condition and whose value opens with the question on a line of its own (ending in a colon or a question
     * mark, or opening as one asks: "describe ...", "what ...") is that question and the lines after it. A label alone on
     * its line with its hint in brackets on the line under it, over its answer ("Legal status" / "(LAC / care leaver /
     * CIN)" / "Care leaver"), is one label line with its hint.
     */
    private LabelledDocument withLabelsAsAsked(LabelledDocument doc) {
        boolean changed = false;
        List<LabelledDocument.Entry> entries = new ArrayList<>(doc.entries().size());
        for (LabelledDocument.Entry e : doc.entries()) {
            String[] asked = e.label() == null || e.value() == null || !CONDITION.matcher(e.label()).matches() ? null
                    : e.value().strip().split("\\R", 2);
            if (asked != null && asked.length == 2 && (asked[0].matches(".*[:?]$") || ASKING.matcher(asked[0]).lookingAt())
                    && match(asked[0].replaceFirst(":$", "")).isPresent()) {
                entries.add(new LabelledDocument.Entry(asked[0].replaceFirst(":$", ""), asked[1].strip(), e.where(), e.section()));
                changed = true;
            } else {
                entries.add(e);
            }
        }
        List<String> lines = new ArrayList<>(List.of(doc.text().split("\\R", -1)));
        for (int i = 0; i + 1 < lines.size() && i < MAX_TEXT_LINES; i++) {
            Matcher m = CONDITION_FIRST.matcher(lines.get(i));
            if (m.matches() && !lines.get(i + 1).isBlank() && match(m.group(1)).isPresent()) {
                lines.set(i, m.group(1));
                changed = true;
            }
            if (i + 2 < lines.size() && HINT_LINE.matcher(lines.get(i + 1)).matches() && !lines.get(i + 2).isBlank()
                    && !lines.get(i).contains(":") && match(lines.get(i).strip()).isPresent()) {
                // "Legal status" / "(LAC / care leaver / CIN)" / "Care leaver": the hint is its label's, over the answer
                lines.set(i, lines.get(i).strip() + " " + lines.remove(i + 1).strip());
                changed = true;
            }
        }
        return changed ? new LabelledDocument(doc.source(), String.join("\n", lines), entries, doc.rows()) : doc;
    }

    /**
     * The document with each label written as a case system's field code ("RES_FULLNM", "2/1 INC_SEV_CD:",
     * "CHILDFULLNM") in the words it stands for ({@link FieldCodes}), in its pairs and at the start of its lines, where
     * those words name a field of this form; a code that names none stays as written, so that the sender is told the
     * label they wrote.
     */
    private LabelledDocument withCodesSpelledOut(LabelledDocument doc) {
        List<LabelledDocument.Entry> entries = new ArrayList<>(doc.entries().size());
        boolean changed = false;
        for (LabelledDocument.Entry e : doc.entries()) {
            String label = e.label() == null ? null : spelledOut(LabelShapes.fromItsNumber(e.label()), true);
            label = label != null && label.equals(e.label()) ? e.label() : label;
            changed |= label != e.label();
            entries.add(label == e.label() ? e : new LabelledDocument.Entry(label, e.value(), e.where(), e.section()));
        }
        String[] lines = doc.text().split("\\R", -1);
        for (int i = 0; i < lines.length && i < MAX_TEXT_LINES; i++) {
            // "Enw'r plentyn 1.1) Name of child": the words before the number are the label in the other language
            String line = spelledOut(LabelShapes.fromItsNumber(lines[i]), false);
            changed |= line != lines[i];
            lines[i] = line;
        }
        return changed ? new LabelledDocument(doc.source(), String.join("\n", lines), entries, doc.rows()) : doc;
    }

    /** A note under a yes or no is a sentence or more: so many words at least. */
    private static final int NOTE_WORDS = 8;

    /**
     * Whether the lines under a yes or no in its own cell are a note on the answer, kept with it ("☐ Yes ☒ No" over
     * "Harvey refused to sign. Sharing without consent under s.17 ...": the grounds for sharing), not another field's
     * lines that ran on: a sentence of {@link #NOTE_WORDS} words or more that opens with no label of this form.
     */
    private boolean aNoteUnderTheAnswer(String value) {
        String[] lines = value.strip().split("\\R", 2);
        String note = lines.length < 2 ? "" : lines[1].strip();
        String first = note.split("\\R", 2)[0];
        int colon = first.indexOf(':');
        String opening = colon > 0 ? first.substring(0, colon) : first;
        return first.split("\\s+").length >= NOTE_WORDS && !LabelShapes.looksLikeLabelLine(first)
                && (colon < 0 || match(opening).isEmpty())
                && match(first).isEmpty();
    }

    /**
     * The document with an answer typed alone on its line, with no label, between two lines of a label and its answer,
     * read as its field's when it is one of the answers only that field has (alone:), as a hurried mail sets a
     * referral out ("Locality: West Oxon" / "Care leaver" / "UASC: N" gives the legal status), or among a line of short
     * facts parted by commas ("male, care leaver, not a parent"). An answer under a label alone on its line ("Legal
     * status" / "Care leaver") is that label's, and left to it.
     */
    private LabelledDocument aLoneAnswerWithItsField(LabelledDocument doc) {
        if (answersAlone.isEmpty()) {
            return doc;
        }
        String[] lines = doc.text().split("\\R", -1);
        List<LabelledDocument.Entry> added = new ArrayList<>();
        for (int i = 1; i < lines.length - 1 && i < MAX_TEXT_LINES; i++) {
            F f = lines[i].length() > 60 ? null : answerAlone(lines[i]);
            if (f != null && LabelShapes.answeredOnItsLine(nextWritten(lines, i, -1))
                    && LabelShapes.answeredOnItsLine(nextWritten(lines, i, 1))) {
                String answer = lines[i].strip();
                lines[i] = fieldSpecs.get(f).name() + ": " + answer;
                added.add(new LabelledDocument.Entry(fieldSpecs.get(f).name(), answer, "line " + (i + 1)));
            } else if (lines[i].length() <= 80 && !lines[i].contains(":") && lines[i].contains(",")) {
                // "male, care leaver, not a parent, not UASC": a line of short facts, one of them an answer alone
                String[] parts = lines[i].strip().split("\\s*,\\s*");
                boolean shortFacts = parts.length >= 2 && java.util.Arrays.stream(parts).allMatch(p -> Words.count(p, ' ') <= 2);
                for (int k = 0; shortFacts && k < parts.length; k++) {
                    F g = answerAlone(parts[k]);
                    if (g != null) {
                        added.add(new LabelledDocument.Entry(fieldSpecs.get(g).name(), parts[k], "line " + (i + 1)));
                    }
                }
            }
        }
        if (added.isEmpty()) {
            return doc;
        }
        List<LabelledDocument.Entry> entries = new ArrayList<>(doc.entries());
        entries.addAll(added);
        return new LabelledDocument(doc.source(), String.join("\n", lines), entries, doc.rows());
    }

    /** The field whose answer alone this is ("Care leaver", "a care leaver"), or null. */
    private F answerAlone(String written) {
        return answersAlone.get(Labels.normalize(written.strip().replaceFirst("(?i)^an? ", "")));
    }

    /** The next line with words on it before ({@code step} -1) or after (1) line {@code i}, stripped; "" when none. */
    private static String nextWritten(String[] lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.length; j += step) {
            if (!lines[j].isBlank()) {
                return lines[j].strip();
            }
        }
        return "";
    }

    /** A label listing what it asks: "Referrer's name, role and team", "Name / role / team of referrer". */
    private static final java.util.regex.Pattern LISTED = java.util.regex.Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s+/\\s+)");

    /**
     * The document with a label that lists the fields it asks ("10. Referrer's name, role and team:"), answered a line
     * each in the order asked ("Olivia Brennan" / "Personal Adviser" / "Leaving Care"), read as one label for each line:
     * the listed words after the first take its words before them ("Referrer's role", "Referrer's team"). Only where
     * each listed part names a different field of this form and there are as many lines as parts; else as written. An
     * answer of one line is parted at its commas or spaced slashes the same way ("Nerys Owen, Personal Adviser, Leaving
     * Care Team, Tawelan CBC": the last part keeps the rest), when each part reads as its field's type and a name
     * as two words or more ("Jones, Sam" is one name, not a name and a role). A label that is the form's own wording
     * of one text field lists nothing ({@link #aWordingOfOneField}).
     */
    private LabelledDocument aLineForEachFieldListed(LabelledDocument doc) {
        List<LabelledDocument.Entry> entries = new ArrayList<>(doc.entries().size());
        boolean changed = false;
        for (LabelledDocument.Entry e : doc.entries()) {
            // (only an answer of lines or of parts is looked at, so a plain one-line answer costs no matching)
            List<LabelledDocument.Entry> split = e.label() == null || e.value() == null
                    || e.value().strip().indexOf('\n') < 0 && !ANSWER_PARTS.matcher(e.value()).find() ? List.of() : aLineEach(e);
            changed |= !split.isEmpty();
            entries.addAll(split.isEmpty() ? List.of(e) : split);
        }
        return changed ? new LabelledDocument(doc.source(), doc.text(), entries, doc.rows()) : doc;
    }

    /** A verb that makes words a sentence, not a name, a role or a team: "is fragile", "has been", "will not". */
    private static final Pattern A_SENTENCES_VERB = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|been|will|would|can|could|says|said|not)\\b");

    /** Where the parts of a one-line answer to a label listing its fields part: a comma, a slash between spaces. */
    private static final Pattern ANSWER_PARTS = Pattern.compile("\\s*,\\s*|\\s+/\\s+");

    /**
     * Whether a part of a one-line answer reads as its field's type, a name as two words or more. A sentence
     * ({@link #A_SENTENCES_VERB}) is never a part: its commas are a sentence's ("Worries / safeguarding concerns: Mental
     * health is fragile, recent overdose" is one answer, not the worries and the basis for sharing).
     */
    private static boolean aPartOfItsType(FormSpec.FieldSpec spec, String part) {
        return spec != null && !A_SENTENCES_VERB.matcher(part).find() && fit(spec, part).isPresent()
                && (spec.type() != org.ypsa.hub.domain.forms.FieldType.NAME || part.strip().split("\\s+").length >= 2);
    }

    /**
     * Whether the label is the form's own wording of one text or narrative field ("Names and descriptions" asks the
     * persons involved, one answer), so that its "and" lists no fields.
     */
    private boolean aWordingOfOneField(String label) {
        return matcher.exactly(label).map(byId::get).map(fieldSpecs::get)
                .filter(s -> s.type() == org.ypsa.hub.domain.forms.FieldType.TEXT
                        || s.type() == org.ypsa.hub.domain.forms.FieldType.NARRATIVE).isPresent();
    }

    private List<LabelledDocument.Entry> aLineEach(LabelledDocument.Entry e) {
        String label = Words.withoutNumber(e.label().strip()).replaceAll("[:*?\\s]+$", "");
        List<String> lines = e.value().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String[] parts = LISTED.split(label);
        boolean oneLine = lines.size() == 1;
        if (oneLine && parts.length >= 2) {
            lines = List.of(ANSWER_PARTS.split(lines.get(0), parts.length));
        }
        if (parts.length < 2 || parts.length != lines.size() || label.matches(".*[()\\[\\]].*")
                || aWordingOfOneField(label)) {
            return List.of();
        }
        String first = parts[0].strip();
        int lastSpace = first.lastIndexOf(' ');
        String whose = lastSpace < 0 ? "" : first.substring(0, lastSpace + 1);
        List<LabelledDocument.Entry> out = new ArrayList<>();
        Set<String> fields = new java.util.HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            String part = i == 0 ? first : whose + parts[i].strip();
            if (parts[i].strip().split("\\s+").length > 2) {
                return List.of(); // a part of many words is no listed field ("Name and what they do for the YP")
            }
            Optional<LabelMatcher.Match> m = matcher.match(part, LabelMatcher.THRESHOLD);
            if (m.isEmpty() || byId.get(m.get().fieldId()) == null || !fields.add(m.get().fieldId())) {
                return List.of();
            }
            if (oneLine && !aPartOfItsType(fieldSpecs.get(byId.get(m.get().fieldId())), lines.get(i))) {
                return List.of();
            }
            out.add(new LabelledDocument.Entry(part, lines.get(i), e.where(), e.section()));
        }
        return out;
    }

    /**
     * The label with its field code spelled out when the code's words name a field of this form better than the code as
     * written does ("CHILD_ADDR" names the address as it is); else as written.
     */
    private String spelledOut(String label, boolean wholeLabel) {
        Optional<FieldCodes.Spelled> spelled = codes.read(label, wholeLabel);
        if (spelled.isEmpty()) {
            return label;
        }
        double asWritten = matcher.match(spelled.get().code()).map(LabelMatcher.Match::score).orElse(0.0);
        return matcher.match(spelled.get().words()).filter(m -> m.score() > asWritten)
                .map(m -> spelled.get().label()).orElse(label);
    }

    /** Below this a field whose type the value fits is not considered at all. */
    private static final double TYPED_THRESHOLD = 0.35;

    /**
     * The value says which of the fields its label could name it is: a label that reads best as a text field or
     * as a date field while its value is a time ("Event time: 08:45", "Incident occurred on: 23 Dec 2026") goes to
     * the field of the label's candidates whose type the value is exactly, if one matches well enough. A name's label
     * with a date or a time for its value and no such field names no field ("Submitted: 04/12/2026 08:52").
     */
    @Override
    public Optional<F> byType(String label, String value, Optional<F> chosen) {
        Kind kind = kindOf(value);
        if (kind == Kind.UNTYPED) {
            return chosen;
        }
        FormSpec.FieldSpec current = chosen.map(fieldSpecs::get).orElse(null);
        if (current != null && (exactFit(current, kind) || !current.type().isText()
                && current.type() != org.ypsa.hub.domain.forms.FieldType.DATE
                && current.type() != org.ypsa.hub.domain.forms.FieldType.DATETIME
                && current.type() != org.ypsa.hub.domain.forms.FieldType.TIME)) {
            return chosen;
        }
        List<LabelMatcher.Match> fitting = new ArrayList<>();
        for (LabelMatcher.Match m : matcher.ranked(label)) {
            F f = byId.get(m.fieldId());
            FormSpec.FieldSpec s = f == null ? null : fieldSpecs.get(f);
            if (m.score() >= TYPED_THRESHOLD && s != null && exactFit(s, kind)) {
                fitting.add(m);
            }
        }
        // "If yes, date" could be any of a form's dates: the value settles the type, not which field
        boolean clear = fitting.size() == 1 || fitting.size() > 1 && fitting.get(0).score() >= 1.5 * fitting.get(1).score();
        if (!clear && current != null && current.type() == org.ypsa.hub.domain.forms.FieldType.NAME) {
            // "Submitted: 04/12/2026 08:52" atop an online form's answers: when it was sent, not by whom
            return Optional.empty();
        }
        return clear ? Optional.of(byId.get(fitting.get(0).fieldId())) : chosen;
    }

    /**
     * A value that ran on over several lines stops before a line that is a label of this form ("YP name",
     * "What is the risk?", "Needed from - enter full date") or a section's heading: questions laid out as paragraphs
     * give label, answer, label, answer, some with a colon and some without. A short line only: a sentence of the
     * value is not cut.
     */
    String beforeNextLabel(String value) {
        if (value == null || !value.contains("\n")) {
            return value;
        }
        String[] lines = value.split("\\R");
        int at = nextLabelLine(lines, 1);
        return at < 0 ? value : String.join("\n", java.util.Arrays.asList(lines).subList(0, at));
    }

    /** The first of the lines from {@code from} on that is a label of this form or a section's heading; -1 for none. */
    private int nextLabelLine(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String l = lines[i].replace('\u00a0', ' ').strip();
            if (l.isEmpty() || l.endsWith(".") || l.split("\\s+").length > 8
                    || !Character.isUpperCase(l.codePointAt(0))) {
                continue;
            }
            boolean ends = l.endsWith("?") || l.endsWith(":");
            // "Needed from - enter full date": the label, then how to answer it
            String asked = Instructions.withoutOneAfterADash(l);
            if (SectionHeading.is(l) || matcher.match(asked, ends || !asked.equals(l) ? LabelMatcher.THRESHOLD
                    : LabelMatcher.LINE_THRESHOLD).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Each entry with its value cut before the next label ({@link #beforeNextLabel}), and after it the labels of this
     * form its value ran on over with the answers under them, each line matched against the labels once: questions
     * laid out as paragraphs give label, answer, label, answer, and a label with no colon ("Your post" / "Leaving Care
     * PA") was read as more of the answer above it, so the answer under it was lost. The line under such a label is
     * its answer whatever it reads as ("Legal / care status" / "Looked after"); a label with no answer under it gives
     * no entry, and a heading none.
     */
    private List<Apart> labelsInAnswersApart(List<LabelledDocument.Entry> entries) {
        List<Apart> out = new ArrayList<>(entries.size());
        for (LabelledDocument.Entry e : entries) {
            if (e.value() == null || !e.value().contains("\n")) {
                out.add(new Apart(e, e.value() == null ? "" : e.value()));
                continue;
            }
            String[] lines = e.value().split("\\R");
            int at = nextLabelLine(lines, 1);
            out.add(new Apart(e, at < 0 ? e.value() : String.join("\n", java.util.Arrays.asList(lines).subList(0, at))));
            while (at > 0 && at + 1 < lines.length) {
                String over = lines[at + 1].replace('\u00a0', ' ').strip();
                if (at + 2 < lines.length && match(lines[at].strip()).filter(f -> namesTheSameField(f, over)).isPresent()) {
                    at++; // "Young person" / "Young Person" / the name: a heading over the field's own label
                    continue;
                }
                int next = nextLabelLine(lines, at + 2);
                int end = next < 0 ? lines.length : next;
                String answer = String.join("\n", java.util.Arrays.asList(lines).subList(at + 1, end)).strip();
                String label = lines[at].replace('\u00a0', ' ').strip();
                if (!SectionHeading.is(label) && !FieldValues.isBlank(answer)) {
                    // no line of the answer after its first is a label (the next one is where it ends): nothing to cut
                    out.add(new Apart(new LabelledDocument.Entry(label, answer, e.where(), e.section()), answer));
                }
                at = next;
            }
        }
        return out;
    }

    /**
     * An entry and its value cut before the next label of this form ({@link #beforeNextLabel}), found by the one
     * matching of its lines against the labels that also set apart the labels in it ({@link #labelsInAnswersApart}).
     */
    private record Apart(LabelledDocument.Entry entry, String cut) {
    }

    /**
     * Whether a short line is only a label of this field: no digit, every word a word of the form's labels, and the
     * field the best it names ("name of the y.p." under "YP").
     */
    @Override
    public boolean namesTheSameField(F field, String line) {
        List<String> words = org.ypsa.hub.domain.forms.Words.of(line);
        return !line.isEmpty() && !line.matches(".*\\d.*") && line.split("\\s+").length <= 6 && !words.isEmpty()
                && words.stream().allMatch(matcher::knows) && match(line).filter(f -> f == field).isPresent();
    }

    @Override
    public boolean isText(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type().isText();
    }

    /** How many of a document's first non-blank lines may be its heading (LineReading's opensWithTitle). */
    static final int OPENING_LINES = LineReading.OPENING_LINES;

    /** Where a Word paragraph's entry stands: "paragraph 2"; a line of a mail's body: "line 5". */
    private static final java.util.regex.Pattern PARAGRAPH = java.util.regex.Pattern.compile("(paragraph|line) (\\d+)");
    /** How many lines of a mail's body (blank ones counted) may come before the form's heading: a greeting, a line. */
    static final int OPENING_BODY_LINES = 8;

    /**
     * One of a document's first paragraphs (or a mail body's first lines, under its greeting) written as a label and
     * a value whose value names the form by one of its titles ("Unable to accept: provider risk concern form", "Form:
     * MASH referral"): the form's heading, not a field and its answer.
     */
    private boolean headsTheForm(LabelledDocument.Entry e, String value) {
        return opens(e) && value.strip().split("\\s+").length <= 6 && lineReading.isTitleLine(value);
    }

    /** Whether an entry stands where a form's heading does: its first paragraphs, a body's first lines, row 1. */
    private static boolean opens(LabelledDocument.Entry e) {
        java.util.regex.Matcher m = PARAGRAPH.matcher(e.where() == null ? "" : e.where());
        // a title typed in the first row of the form's table ("Unable to offer: provider risk concern") heads it too
        boolean firstRow = e.where() != null && e.where().matches("table row 1( 1)?") && e.section().isEmpty();
        return firstRow || m.matches() && Integer.parseInt(m.group(2)) <= (m.group(1).equals("line") ? OPENING_BODY_LINES : OPENING_LINES);
    }

    /** A heading's subtitle: a few words on one line, no digit, not a sentence ("Provider Unable to Accept Referral"). */
    private static final Pattern SUBTITLE = Pattern.compile("[\\p{L}'\u2019&/()\\- ]{3,60}");

    /**
     * The form's title written as a label with a subtitle after it, at the top of the form ("Risk Concern: Provider
     * Unable to Accept Referral", "Incident report - notification to the placing authority"): the form's heading, not
     * the field whose wording the title shares and the subtitle as its answer. A label that only shares words with a
     * title, or a sentence after it ("Risk concern: He has threatened staff."), is read as written.
     */
    private boolean titleOverSubtitle(LabelledDocument.Entry e, String label, String value, boolean firstEntry) {
        String v = value.strip();
        String l = org.ypsa.hub.domain.Labels.normalize(label.replaceFirst("(?i)\\s+form$", ""));
        return (firstEntry || opens(e)) && !l.isEmpty() && SUBTITLE.matcher(v).matches() && v.split("\\s+").length <= 8
                && spec.titles().stream().map(org.ypsa.hub.domain.Labels::normalize).anyMatch(l::equals);
    }

    /** For each field, the first value that reads as its type, else the first written, else "". */
    /**
     * A form field's box left empty, or a table row that is the label and an empty cell and nothing else: the sender
     * was asked and wrote nothing there, so no line elsewhere (the label's own words split in two, the next row, a
     * signature) is taken for its answer.
     */
    private static boolean emptyBox(LabelledDocument.Entry e, String text) {
        String where = e.where() == null ? "" : e.where();
        if (where.startsWith("form field")) {
            return true;
        }
        if (!where.startsWith("table row") || e.label() == null || e.label().isBlank()) {
            return false;
        }
        String row = e.label().strip() + "\t";
        return java.util.Arrays.stream(text.split("\\R")).anyMatch(l -> l.stripLeading().equals(row)
                || l.strip().equals(e.label().strip()) && l.endsWith("\t") || emptyInPairsRow(l, e.label().strip()));
    }

    /**
     * A row of label | value pairs, two or more to the row ("Looked after | | Care leaver | X"), with this label's
     * value cell empty: the next label in the row is no answer of it.
     */
    private static boolean emptyInPairsRow(String line, String label) {
        String[] cells = line.split("\t", -1);
        if (cells.length < 4 || cells.length % 2 != 0) {
            return false;
        }
        for (int i = 0; i + 1 < cells.length; i += 2) {
            if (cells[i].strip().equals(label) && cells[i + 1].isBlank()) {
                return true;
            }
        }
        return false;
    }

    private Map<F, String> resolve(List<Candidate<F>> candidates, Set<F> answeredEmpty) {
        Map<F, String> out = new EnumMap<>(type);
        Map<F, List<Candidate<F>>> byField = new EnumMap<>(type);
        for (Candidate<F> c : candidates) {
            byField.computeIfAbsent(c.field(), k -> new ArrayList<>()).add(c);
        }
        byField.forEach((field, given) -> {
            FormSpec.FieldSpec s = fieldSpecs.get(field);
            // a field found as a label/value pair is read from those; a document's text lines only fill the rest
            // a label written as one of the field's wordings outranks a near one ("Provider" over "Provider response")
            List<Candidate<F>> all = given.stream().filter(c -> !notAnAnswer(field, c.value())).toList();
            List<Candidate<F>> entries = all.stream().filter(c -> !c.fromText())
                    .filter(c -> !FieldValues.isBlank(c.value()))
                    .sorted(java.util.Comparator.comparing(c -> !c.exact())).toList();
            // a label whose cell says there is nothing ("N/A", "-", "none") was answered: the text of the lines
            // around it ("N/A Diversion work undertaken: ...") is not read as its value instead
            boolean answeredBlank = all.stream().anyMatch(c -> !c.fromText() && !c.value().trim().isEmpty()
                    && FieldValues.isBlank(c.value())) || answeredEmpty.contains(field);
            List<Candidate<F>> cs = !entries.isEmpty() ? entries
                    : answeredBlank ? all.stream().filter(c -> !c.fromText()).toList() : all;
            String chosen = null;
            for (Candidate<F> c : cs) {
                Optional<String> fit = s == null ? Optional.of(c.value()) : fit(s, c.value());
                if (fit.isPresent()) {
                    chosen = fit.get();
                    break;
                }
            }
            // (a pair whose list marks two answers, "Low <--" / "Medium <--" / "High", was answered undecided: the
            // text's lines of the same list, read a line at a time, are no answer either)
            if (chosen == null && s != null && cs == entries && (s.type().isStrict()
                    || s.type() == org.ypsa.hub.domain.forms.FieldType.CHOICE || s.type() == org.ypsa.hub.domain.forms.FieldType.YESNO)
                    && entries.stream().noneMatch(c -> TickList.arrowedTwice(c.value()))) {
                // no label/value pair's value reads as the field's type ("Mediation attempted with family?" as the
                // status, from a row of labels read as label | value): a line of the text whose value does is the answer
                for (Candidate<F> c : all) {
                    Optional<String> fit = c.fromText() ? fit(s, c.value()) : Optional.empty();
                    if (fit.isPresent()) {
                        chosen = fit.get();
                        break;
                    }
                }
            }
            if (chosen == null && s != null && s.type() == org.ypsa.hub.domain.forms.FieldType.NARRATIVE) {
                chosen = ""; // a word or two where a narrative belongs is no narrative: the field is not given
            }
            if (chosen == null && s != null && s.type().isTemporal()) {
                // no value reads as the date yet ("11/02 (Thu)" waits for the mail's date): one with a digit is the
                // date written, not a line of words placed there ("Planned move referral: supported accommodation")
                chosen = cs.stream().filter(c -> !c.fromText()).map(Candidate::value)
                        .filter(v -> v.matches("(?s).*\\d.*")).findFirst().orElse(null);
            }
            if (chosen == null) {
                chosen = cs.stream().filter(c -> !c.fromText()).map(Candidate::value)
                        .filter(v -> !FieldValues.isBlank(v)).findFirst()
                        .orElse(cs.stream().map(Candidate::value).filter(v -> !FieldValues.isBlank(v)).findFirst()
                                .orElse(""));
            }
            out.put(field, FieldValues.isBlank(chosen) ? "" : chosen.trim());
        });
        return out;
    }

    /**
     * Whether a free-text field's value is no answer ({@link NotAnswers}): the words of its own question, a heading,
     * the form's print (its code, version, title; a code may answer a field asking for a property or an agency),
     * or another field's label with that field's answer after it ("Housing status now: homeless" where the agency
     * was left out), taken into its place because nothing was written there.
     */
    private boolean notAnAnswer(F field, String value) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        if (s == null || FieldValues.isBlank(value)) {
            return false;
        }
        if (dateAloneForAPartyOrPlace(s, value)) {
            return true; // "Submitting agency: 4/11/2026", "Property: 08 Apr 2025": a date is no agency, name or place
        }
        // the first line with words: a cell left with a non-breaking space runs on into the heading under it
        String tidy = value.replace('\u00a0', ' ').strip();
        String first = tidy.split("\\R")[0].strip();
        if (freeText(s) && (NotAnswers.isHeading(first) || first.equals(tidy) && NotAnswers.isPrompt(first)
                || Instructions.isOnlyOne(tidy) || Instructions.isForTheWholeForm(tidy)
                || echoesItsQuestion(field, value)
                || first.equals(tidy) && NotAnswers.namesTheFormOnly(first, spec.titles()) && !NotAnswers.asksHowUrgent(s)
                || first.equals(tidy) && NotAnswers.namesADocument(first)
                || first.equals(tidy) && NotAnswers.isFurniture(first)
                        && !(NotAnswers.isFormsCode(first) && asksForAPartyOrPlace(s)))) {
            return true;
        }
        if (freeText(s) && NotAnswers.asksHowUrgent(s) && !NotAnswers.asksWhether(s) && first.equals(tidy)
                && tidy.matches("(?i)(?:yes|y|x|ticked|\u2713|\u2714|\u2612)\\.?")) {
            // "Is this an emergency placement request? Please tick: Yes": a tick says it is urgent, and tells nothing
            // of the concern the field asks to be described
            return true;
        }
        // a choice, a yes/no, a date or a time is read by its type: "Date of birth: 1.2.09" is no incident date either
        return (s.type().isText() || s.type() == org.ypsa.hub.domain.forms.FieldType.PHONE
                || s.type() == org.ypsa.hub.domain.forms.FieldType.EMAIL) && anotherFieldsLabelOpens(field, first);
    }

    /** Words of a free-text field's id or name that make it a party or a place: an agency, a provider, a property. */
    private static final Pattern PARTY_OR_PLACE = Pattern.compile(
            "(?i)\\b(?:agency|organisation|organization|provider|team|property|location|address|role)\\b");

    /**
     * Whether a value is a date alone where a person's name or a party or a place is asked for: a date beside a
     * label ("Submitting agency ... Date of the information 4/11/2026", "Moved into scheme on: 08 Apr 2025") is
     * another field's answer taken into its place. Safety: an intelligence submission was routed with the agency
     * "4/11/2026", an incident with the property "08 Apr 2025".
     */
    private static boolean dateAloneForAPartyOrPlace(FormSpec.FieldSpec s, String value) {
        boolean partyOrPlace = s.type() == org.ypsa.hub.domain.forms.FieldType.NAME || asksForAPartyOrPlace(s);
        return partyOrPlace && org.ypsa.hub.domain.Dates.parse(value.replace('\u00a0', ' ').strip()).isPresent();
    }

    /** Whether a text field asks for a party or a place (an agency, a property): a code ("K2F-CHE-01") may be its answer. */
    private static boolean asksForAPartyOrPlace(FormSpec.FieldSpec s) {
        return s.type() == org.ypsa.hub.domain.forms.FieldType.TEXT
                && (PARTY_OR_PLACE.matcher(s.id().replace('-', ' ')).find() || PARTY_OR_PLACE.matcher(s.name()).find());
    }

    /** Whether a field's answer is words of its own (a status, a team), not a name, a story, a date or a yes/no. */
    private boolean holdsWords(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type() == org.ypsa.hub.domain.forms.FieldType.TEXT;
    }

    private static boolean freeText(FormSpec.FieldSpec s) {
        return s.type() == org.ypsa.hub.domain.forms.FieldType.TEXT || s.type() == org.ypsa.hub.domain.forms.FieldType.NARRATIVE;
    }

    @Override
    public boolean echoesItsQuestion(F field, String value) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && freeText(s) && NotAnswers.echoesItsQuestion(value, questionWords.get(field));
    }

    /** A label's mark after a label: a colon, a question mark, a tab, a required star. */
    private static final Pattern LABEL_MARK = Pattern.compile("[:?\\t*]");
    /** Words of another field's very wording at the start of a line, without a mark, that make it that field's line. */
    private static final int MIN_WORDING_WORDS = 3;

    /**
     * Whether the line opens with a label of another field of the form and a label's mark after it ("Housing status
     * now: homeless", "Team / service referring * CAMHS"), or with another field's very wording and then its value
     * ("Homelessness status (select) HOMELESS", "Name of the worker submitting Jo Bloggs"): that field's line, not
     * this field's answer.
     */
    private boolean anotherFieldsLabelOpens(F field, String line) {
        Matcher mark = LABEL_MARK.matcher(line);
        if (mark.find() && mark.start() > 0) {
            String label = line.substring(0, mark.start()).strip();
            // a sentence before a question mark is the writer's own ("No contact allowed. Any concerns?")
            Optional<F> named = label.split("\\s+").length <= 8 && !label.matches("(?s).*[.!]\\s.*")
                    ? matcher.match(label, LabelMatcher.LINE_THRESHOLD).map(m -> byId.get(m.fieldId()))
                    : Optional.empty();
            if (named.isPresent() && named.get() != field && readsAsItsAnswer(named.get(), line.substring(mark.end()))) {
                return true;
            }
        }
        int bracket = line.indexOf('(');
        if (bracket > 0 && otherFieldsWording(field, line.substring(0, bracket), line).isPresent()) {
            return true;
        }
        String[] words = line.split("\\s+");
        for (int k = Math.min(8, words.length - 1); k >= MIN_WORDING_WORDS; k--) {
            String opening = String.join(" ", java.util.Arrays.copyOf(words, k));
            // a wording that ends a sentence ("No immediate danger.") or is a choice's is an answer's words too
            if (!opening.matches(".*[.!,;]")
                    && otherFieldsWording(field, opening, line).filter(f -> fieldSpecs.get(f).type().isText()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** More words than this after another field's label are the writer's own sentence, not that field's answer. */
    private static final int MAX_OTHER_ANSWER_WORDS = 8;

    /**
     * Whether the words after another field's label and its mark are that field's answer as its type reads it ("Housing
     * status now: homeless", "When it was seen: 14:05 on 03.03.2027", "Team * CAMHS Crisis Team", nothing at all): a
     * free-text answer that opens with a label's words and goes on in the writer's own ("Time: 10pm he came back to the
     * flat with two older lads") is an answer that happens to open so.
     */
    private boolean readsAsItsAnswer(F other, String rest) {
        FormSpec.FieldSpec s = fieldSpecs.get(other);
        String r = rest.strip();
        if (s == null || FieldValues.isBlank(r)) {
            return true;
        }
        if (s.type() == org.ypsa.hub.domain.forms.FieldType.NARRATIVE) {
            return fit(s, r).isPresent();
        }
        return r.split("\\s+").length <= MAX_OTHER_ANSWER_WORDS && fit(s, r).isPresent();
    }

    /**
     * The other field of the form whose very wording the words at the start of {@code line} are; none when they are
     * this field's own, or a job title in this free-text field's answer: a person's label ("Social worker", "Personal
     * adviser") with no hint on how to answer after it ("Role: Social Worker (baby's SW)"; "Social worker / PA name (if
     * not referrer)" is a label run into an empty answer).
     */
    private Optional<F> otherFieldsWording(F field, String words, String line) {
        F named = matcher.exactly(words).map(byId::get).orElse(null);
        FormSpec.FieldSpec other = named == null || named == field ? null : fieldSpecs.get(named);
        FormSpec.FieldSpec own = fieldSpecs.get(field);
        boolean jobTitle = other != null && own != null && own.type() == org.ypsa.hub.domain.forms.FieldType.TEXT
                && other.type() == org.ypsa.hub.domain.forms.FieldType.NAME && !Instructions.endsInAHint(line);
        return other == null || jobTitle ? Optional.empty() : Optional.of(named);
    }

    @Override
    public boolean isTemporal(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type().isTemporal();
    }

    /**
     * A value that is itself one of the form's wordings of a typed field, a colon and a value of that type ("Incident
     * date (dd/mm): Sunday 6th Dec" taken by the empty cell "YP's worker email" above it): that field's label and its
     * value, even under a text field's label.
     */
    private boolean typedLabelAndValue(String value, int colon, F under) {
        Optional<LabelMatcher.Match> m = matcher.match(value.substring(0, colon).strip()).filter(LabelMatcher.Match::exact);
        F named = m.map(x -> byId.get(x.fieldId())).orElse(null);
        FormSpec.FieldSpec s = named == null ? null : fieldSpecs.get(named);
        return s != null && named != under && s.type().isStrict() && fit(s, value.substring(colon + 1).strip()).isPresent();
    }
}
