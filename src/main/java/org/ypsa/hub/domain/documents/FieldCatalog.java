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
public final class FieldCatalog<F extends Enum<F>> implements FieldNames<F> {
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
    /** Each free-text field's questions: the words of each wording, its name, each keyword ({@link NotAnswers#echoesItsQuestion}). */
    private final Map<F, List<Set<String>>> questionWords;

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
        this.questionWords = new EnumMap<>(type);
        fieldSpecs.forEach((f, s) -> {
            List<Set<String>> questions = new ArrayList<>();
            questions.add(Set.copyOf(Words.of(s.name())));
            s.labels().forEach(l -> questions.add(Set.copyOf(Words.of(l))));
            s.keywords().forEach(k -> questions.add(Set.copyOf(Words.of(k))));
            questionWords.put(f, List.copyOf(questions));
        });
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
        if (heading != null && !heading.isBlank() && Words.of(label).size() <= 2 && !namesTheForm(heading)
                && !(Words.asks(label) && alone.isPresent())) {
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
        LabelledDocument doc = withCodesSpelledOut(written);
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
                if (!fs.type().isText() && !TickList.isListOfLines(value) && fit(fs, firstLine).isPresent()) {
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
        String[] lines = joinOpenHints(TextFields.hintsClosedOnTheNextLine(LabelShapes.joinLabelsRunOn(
                GuidanceNotes.without(DocumentMarkings.without(QuotedHeaders.without(doc.tableRows().split("\\R")))))));
        String heading = "";
        // a PDF's text breaks a table cell's answer into lines where the cell wraps; a Word paragraph or a mail's line
        // is the writer's own, and so is a row of a Word table printed to PDF read from its cells
        boolean fromPdf = doc.source() != null && doc.source().toLowerCase(Locale.ROOT).endsWith(".pdf")
                && doc.rows() == null;
        int openingLines = 0; // non-blank lines seen so far: the document's first ones are its heading
        Set<String> entryLabels = new java.util.HashSet<>();
        doc.entries().forEach(e -> entryLabels.add(asEntryLabel(e.label())));
        Set<String> sections = new java.util.HashSet<>();
        // (a table's: a question laid out as paragraphs sets its answer under it, and that is no heading)
        doc.entries().stream().filter(e -> !e.section().isBlank() && e.where() != null && e.where().startsWith("table row"))
                .forEach(e -> sections.add(asEntryLabel(e.section())));
        sections.removeAll(entryLabels);
        int answerLine = -1; // the line last read as the answer under the label line above it
        LabelsAlone linesAlone = new LabelsAlone(); // each line's labels read alone, once for the whole document
        for (int i = 0; i < lines.length && i < MAX_TEXT_LINES; i++) {
            // the line under a label that is itself the label of one of the document's own pairs (a PDF form's
            // printed labels, its values in its fields), a table row's pair ("Housing status now:<tab>homeless") or a
            // heading its table sets rows under ("Cartref / Home") is that label or heading, not this one's answer
            String next = i + 1 < lines.length && !entryLabels.contains(asEntryLabel(lines[i + 1]))
                    && !isOwnPairsRow(lines[i + 1], entryLabels) && !sections.contains(asEntryLabel(lines[i + 1]))
                    ? lines[i + 1] : "";
            boolean opening = !lines[i].isBlank() && ++openingLines <= OPENING_LINES;
            if (isTitleLine(lines[i]) || opening && opensWithTitle(lines[i]) || subjectUnderSalutation(lines, i)
                    || openingLines == 1 && !lines[i].isBlank() && isHeadingInCapitals(lines[i])) {
                continue; // "Intelligence Sharing Submission" names the form, not its "Intelligence" field
            }
            if (opening && headsTheLabels(lines, i)
                    || sections.contains(asEntryLabel(lines[i])) && !LABEL_LINE.matcher(lines[i]).find()
                            && i + 1 < lines.length && lines[i + 1].contains("\t")) {
                // rule 1: "Partner agency intel report" over the form's labels, or "Reasons and risks" over the rows
                // its table sets under it, is a heading: not the agency "intel report", nor the reason "and risks"
                // (a question over its answer, then a table, is no such heading: "Describe the incident in full")
                continue;
            }
            if (SectionHeading.is(lines[i])) {
                heading = lines[i].strip();
                if (SectionHeading.lettered(lines[i])) {
                    continue; // "A) Provider and property" is a heading, not the provider "and property"
                }
            }
            if (SectionHeading.numberedOverItsQuestions(lines, i)) {
                heading = lines[i].strip();
                continue; // "3. What happened" over "3.1 Day of incident": the section's title, no description
            }
            if (TextFields.insideAParagraph(lines, i)) {
                continue; // "The arrangement broke down because:" over bullets, in an answer: no label
            }
            if (LabelShapes.labelOverNumberedQuestion(lines[i], next)) {
                continue; // "Enw'r darparwr" over "Q1.1 Reporting organisation ...": the label in the other language
            }
            Optional<Map.Entry<F, String>> underHeading = lineLabels.shortLabelUnder(lines[i], next, heading, placed);
            if (underHeading.isPresent()) {
                candidates.add(new Candidate<>(underHeading.get().getKey(), underHeading.get().getValue(), true));
                continue;
            }
            // "Is the YP a parent? (Y/N)": the choices after a label are its hint, the answer is still to come
            String thisLine = lines[i];
            List<Map.Entry<F, String>> split = lineLabels.splitLine(lines[i], next, placed);
            // a label left open ("Information to be passed to police") awaits its answer as one ending in a colon does
            // (only a clause left open on "to be" or a preposition, and over a line that names no field of its own:
            // "Agency sending this referral to MASH" over "Statws tai / Housing status now Threatened" has no answer)
            boolean leftOpen = split.size() == 1 && labelRunsOn(split.get(0).getKey(), thisLine, split.get(0).getValue())
                    && CLAUSE_LEFT_OPEN.matcher(split.get(0).getValue().strip()).find()
                    && linesAlone.of(next).isEmpty();
            List<Map.Entry<F, String>> found = split.stream()
                    .map(e -> FieldValues.isChoicesOnly(e.getValue()) ? Map.entry(e.getKey(), "") : e)
                    // "Presenting agency / referrer": words of the label's own question after it are no answer, the
                    // answer is still to come on the line under it
                    .map(e -> echoesItsQuestion(e.getKey(), e.getValue()) ? Map.entry(e.getKey(), "") : e)
                    // "Risk of concern - please describe": how to answer it, the answer under it
                    .map(e -> Instructions.isOnlyOne(e.getValue()) ? Map.entry(e.getKey(), "") : e)
                    .map(e -> labelRunsOn(e.getKey(), thisLine, e.getValue()) ? Map.entry(e.getKey(), "") : e)
                    .map(e -> asksAsAWhole(e.getKey(), thisLine, e.getValue(), next, linesAlone)
                            ? Map.entry(e.getKey(), "") : e)
                    .toList();
            if (found.size() == 1 && coordinatedHeading(thisLine, found.get(0).getValue())) {
                // "5) Why, and risks", "REASON / RISKS": a heading over two things, not the reason "risks" (over the
                // field's own label, "Presenting need (full details)", the heading is no label at all); the words after
                // the join are the label's own ("Consent to share & refer"), its answer (if any) under it
                if (namesTheSameField(found.get(0).getKey(), next.strip())) {
                    continue;
                }
                found = List.of(Map.entry(found.get(0).getKey(), ""));
            }
            if (otherLanguageOver(lines[i], found, next, linesAlone)) {
                continue; // rule 4: "Risg na ellir ei rheoli" over "Risk we are unable to manage ...": one label
            }
            int wrapped = fromPdf ? wrappedLines(lines, i, found) : 0;
            if (wrapped > 0) {
                found = new ArrayList<>(found);
                StringBuilder whole = new StringBuilder(found.get(found.size() - 1).getValue());
                for (int j = i + 1; j <= i + wrapped; j++) {
                    whole.append(' ').append(lines[j].strip());
                }
                found.set(found.size() - 1, Map.entry(found.get(found.size() - 1).getKey(), whole.toString()));
            }
            // (the label's last words may stand before the box: "Kind of incident it was ☐ Violence")
            if (found.size() == 1 && TickList.isBoxLine(TickList.fromItsBox(found.get(0).getValue()))) {
                // a label printed beside the middle of a tick list laid out a box to a line ("☐ Missing" /
                // "Kind of incident ☐ Violence" / "☒ Other"): the boxes above and below it are its answers too
                int top = i;
                while (top > 0 && TickList.isBoxLine(lines[top - 1])) {
                    top--;
                }
                int bottom = i;
                while (bottom + 1 < lines.length && TickList.isBoxLine(lines[bottom + 1])) {
                    bottom++;
                }
                if (top < i || bottom > i) {
                    List<String> list = new ArrayList<>();
                    for (int j = top; j <= bottom; j++) {
                        list.add(j == i ? TickList.fromItsBox(found.get(0).getValue()) : lines[j].strip());
                    }
                    found = List.of(Map.entry(found.get(0).getKey(), String.join("\n", list)));
                }
            }
            if (i == answerLine) {
                // "Team" / "Children Looked After Team": the line read as the answer under the label above is not
                // also a label of a typed field whose value its other words are not ("Children" a parent, "Looked
                // After Team" no yes or no), and a sentence answering it ("Work done to prevent homelessness" /
                // "Housing options gave advice; mum refused.") is no label at all ("Housing" a housing need)
                // (nor, under a label that asked with a colon, a question mark or a star, a free-text field's label:
                // "Referrer job title:" / "Housing Options Officer" is no housing need "Options Officer")
                boolean asked = i > 0 && lines[i - 1].strip().matches(".*[:?*]$") && !lines[i].contains(":");
                found = lineLabels.isSentenceAnswer(lines[i]) ? List.of()
                        : found.stream().filter(lv -> !typedButUnfit(lv.getKey(), lv.getValue()))
                                .filter(lv -> !(asked && isText(lv.getKey()))).toList();
            }
            if (isOwnPairsRow(lines[i], entryLabels) && FieldValues.isBlank(lines[i].substring(lines[i].indexOf('\t')))) {
                // "WORKER'S EMAIL – SECURE ADDRESS" | (empty): the table's own row says the answer cell was left empty,
                // so the label cell's hint after its dash is no email, date or choice
                found = found.stream().map(lv -> typedButUnfit(lv.getKey(), lv.getValue()) ? Map.entry(lv.getKey(), "")
                        : lv).toList();
            }
            for (Map.Entry<F, String> lv : found) {
                candidates.add(new Candidate<>(lv.getKey(), lv.getValue(), true));
            }
            if (wrapped > 0) {
                i += wrapped;
                continue;
            }
            // a label alone on its line, its value on the next: read with less trust (checked against its type)
            // (a label that ends in "?" or ":" awaits its answer even when the answer reads like a label: "Threatened")
            // a required-field star ends a label as a colon does ("Incident description *" / "Police arrested ...")
            boolean asks = (lines[i].strip().endsWith("?") || lines[i].strip().endsWith(":") || lines[i].strip().endsWith("*")
                    || leftOpen) && !lines[i].contains("\t");
            String nextTrim = next.strip();
            boolean nextAsks = nextTrim.endsWith("?") || nextTrim.endsWith(":");
            // a label with a blank line before it and one line under it before the next blank line: that line is
            // its answer, even when it reads like a label ("Role" / "Social Worker" / "")
            boolean framed = (i == 0 || lines[i - 1].isBlank()) && (i + 2 >= lines.length || lines[i + 2].isBlank())
                    && !nextAsks && !next.contains("\t") && !lines[i].contains("\t");
            if (found.isEmpty() && !next.isBlank() && (framed || asks && !nextAsks) && looksLikeLabelLine(lines[i])) {
                // a label alone on its line with its answer under it, that names no field: named to the sender
                String alone = lines[i].replace('\u00a0', ' ').strip().replaceAll("[:*\\s]+$", "").replaceAll("\\s+", " ");
                unplaced.add(alone);
                leftovers.putIfAbsent(alone, next.strip());
            }
            // words after a date's or a time's label that are no date or time ("Date and time it all happened"), after
            // a choice's label that are none of its answers ("Housing" / "status now"), or a word or two of a typed
            // field's label ("Severity rating") are the rest of the label: the line under it that is one is its answer
            if (found.size() == 1 && !found.get(0).getValue().isBlank() && !next.isBlank()
                    && !readsAsTyped(found.get(0).getKey(), found.get(0).getValue())
                    && (isTemporal(found.get(0).getKey())
                            || (isChoice(found.get(0).getKey()) || isYesNo(found.get(0).getKey())) && !next.contains(":")
                                    && !nextTrim.endsWith("?")
                            || labelWordsOverAnswer(found.get(0).getValue(), next))
                    && readsAsTyped(found.get(0).getKey(), next)) {
                candidates.add(new Candidate<>(found.get(0).getKey(), next.trim(), true));
            }
            // a line that asks a question ("Who was involved?") is the next label, not this one's answer
            boolean nextIsQuestion = nextTrim.endsWith("?");
            if (found.size() == 1 && found.get(0).getValue().isBlank() && nextIsQuestion && i + 2 < lines.length
                    && linesAlone.of(next).isEmpty() && lineLabels.looksLikeAnswer(lines[i + 2])) {
                // a heading naming a field with a question under it that names none ("YOUNG PERSON" / "Who was
                // involved?"): the question asks for the heading's field, and its answer is under it
                candidates.add(new Candidate<>(found.get(0).getKey(), lines[i + 2].trim(), true));
            }
            if (found.size() == 1 && found.get(0).getValue().isBlank() && i + 2 < lines.length
                    && namesTheSameField(found.get(0).getKey(), nextTrim) && lineLabels.looksLikeAnswer(lines[i + 2])) {
                // a heading naming a field with that field's label under it in small letters ("YP" / "name of the
                // young person" / the name): the answer is under the label, the label is no answer
                int goesOn = wrappedUnder(fromPdf, found.get(0).getKey(), lines, i + 2);
                String answer = withLinesAfter(lines[i + 2].trim(), lines, i + 2, goesOn);
                candidates.add(new Candidate<>(found.get(0).getKey(), answer, true));
                // the label under the heading is done; the answer is read on as the line under a label (answerLine),
                // or, when it wrapped, it and the lines it wrapped onto are done too
                answerLine = i + 2;
                i = goesOn == 0 ? i + 1 : i + 2 + goesOn;
                continue;
            }
            if (found.size() == 1 && found.get(0).getValue().isBlank() && !next.isBlank() && !nextIsQuestion
                    && !SectionHeading.is(next)
                    && (linesAlone.of(next).isEmpty() || readsAsTyped(found.get(0).getKey(), next)
                            || lineLabels.isSentenceAnswer(next)
                            || framed
                            || wordingAnsweringBetweenLabels(found.get(0).getKey(), lines, i, next, linesAlone)
                            || answerOpeningLikeALabel(found.get(0).getKey(), lines, i, next, linesAlone)
                            || asks && !nextAsks && !next.contains("?") && !next.contains(":") && !next.contains("\t"))) {
                String answer = answerUnder(lines, i + 1);
                int end = i + 1;
                if (isText(found.get(0).getKey()) && !answer.contains("\n") && TextFields.startsARunningAnswer(answer)) {
                    // "Reason for referral" / a sentence / bullets and sentences under it: the answer goes on
                    StringBuilder more = new StringBuilder(answer);
                    while (end + 1 < lines.length && end - i < MAX_ANSWER_LINES && TextFields.runsOn(lines, end + 1)) {
                        more.append('\n').append(lines[++end].strip());
                    }
                    answer = more.toString();
                }
                int goesOn = wrappedUnder(fromPdf, found.get(0).getKey(), lines, end);
                answer = withLinesAfter(answer, lines, end, goesOn);
                end += goesOn;
                candidates.add(new Candidate<>(found.get(0).getKey(), answer, true));
                answerLine = i + 1;
                if (end > i + 1 || answerOpeningLikeALabel(found.get(0).getKey(), lines, i, next, linesAlone)) {
                    i = end; // (an answer opening like a label is not read again as one: "Youth Justice" no offending)
                }
            } else if (found.size() == 1 && found.get(0).getValue().isBlank() && next.isBlank() && i + 2 < lines.length
                    && isText(found.get(0).getKey()) && !lines[i].contains("\t") && lineLabels.isSentenceAnswer(lines[i + 2])) {
                // a text field's label alone, a blank line, then a sentence of its own ("Presenting issue" / "" / "Mum
                // asked her to leave after ..."): the sentence is its answer, as if the blank line were not there
                int goesOn = wrappedUnder(fromPdf, found.get(0).getKey(), lines, i + 2);
                String answer = withLinesAfter(answerUnder(lines, i + 2), lines, i + 2, goesOn);
                candidates.add(new Candidate<>(found.get(0).getKey(), answer, true));
                answerLine = i + 2;
                i += 2 + goesOn;
            } else if (found.size() == 1 && found.get(0).getValue().isBlank() && !next.isBlank() && !nextIsQuestion
                    && answerBetweenQuestions(next, i + 2 < lines.length ? lines[i + 2] : "")) {
                // questions with the answer under each ("12 Team you are in" / "CAMHS Crisis Team" / "13 Email:"): the
                // unmarked line between two labels is the first one's answer, even when it starts like a label
                int goesOn = wrappedUnder(fromPdf, found.get(0).getKey(), lines, i + 1);
                String answer = withLinesAfter(answerUnder(lines, i + 1), lines, i + 1, goesOn);
                candidates.add(new Candidate<>(found.get(0).getKey(), answer, true));
                i += 1 + goesOn;
            }
        }
        Map<F, String> values = resolve(candidates, answeredEmpty);
        labelsAfterNames(values, placed, unplaced, leftovers);
        dateOfBirthBesideTheName(values);
        leftoverPlacer.placeLeftovers(values, leftovers, unplaced);
        leftoverPlacer.placeMistyped(values, leftovers, unplaced);
        values.replaceAll((f, v) -> notAnAnswer(f, v) ? "" : v);
        youngPersonsNameFromItsParts(values, doc);
        notAnotherPersonsName(values);
        return new Reading<>(values, placed, List.copyOf(unplaced));
    }

    /**
     * The labels of a line read alone (no line under it, no label placed yet), each line matched against the wordings
     * once in a document's reading: the line loop, the letter's headings ({@link #answerOpeningLikeALabel},
     * {@link #asksAsAWhole}) and the other checks of the line under a label ask the same of the same line. One a
     * reading (a catalog serves readings at once).
     */
    private final class LabelsAlone {
        private final Map<String, List<Map.Entry<F, String>>> read = new java.util.HashMap<>();

        List<Map.Entry<F, String>> of(String line) {
            return read.computeIfAbsent(line, l -> lineLabels.splitLine(l, "", new LinkedHashMap<>()));
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
     * The answer on the line under a label: that line, or when it is one box of a tick list laid out a box to a line
     * ("[ ] Low" / "[x] High" / ...), all the list's lines, so that the box marked is read and not the first one.
     */
    private static String answerUnder(String[] lines, int at) {
        int end = at + 1;
        while (end < lines.length && TickList.isListOfLines(lines[end - 1] + "\n" + lines[end])) {
            end++;
        }
        return end - at < 2 ? lines[at].trim()
                : String.join("\n", java.util.Arrays.asList(lines).subList(at, end)).trim();
    }

    /** Whether the line is a table row's text whose first cell is one of the document's own pairs' labels. */
    private static boolean isOwnPairsRow(String line, Set<String> entryLabels) {
        int tab = line.indexOf('\t');
        return tab > 0 && entryLabels.contains(asEntryLabel(line.substring(0, tab)));
    }

    private static String asEntryLabel(String label) {
        return label == null ? "" : label.replace('\u00a0', ' ').strip().replaceAll("[\\s:*?.]+$", "").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** A line a PDF broke mid-sentence: it ends in a word or a comma, no stop, colon or question mark. */
    private static final java.util.regex.Pattern BROKEN_OFF = java.util.regex.Pattern.compile(".*[\\p{Ll},]$");
    /** A line that goes on with the sentence above it: it starts with a small letter. */
    private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile("^\\p{Ll}.*");

    /**
     * How many lines after a text field's answer line of a PDF's text carry on its sentence, as the page wrapped it
     * ("... comes back with injuries he will" / "not explain. Our staffing ..."): the line above breaks off in a word
     * with no stop, the line starts with a small letter, has no colon or tab of a label and names no field.
     */
    private int wrappedUnder(boolean fromPdf, F field, String[] lines, int at) {
        return !fromPdf || !isText(field) ? 0 : linesCarryingOn(lines, at, (before, l) -> BROKEN_OFF.matcher(before.strip())
                .matches() && GOES_ON.matcher(l).matches() && !l.contains(":"));
    }

    /** The answer on line {@code at} with the {@code n} lines after it joined on, as one line of text. */
    private static String withLinesAfter(String answer, String[] lines, int at, int n) {
        StringBuilder out = new StringBuilder(answer);
        for (int j = at + 1; j <= at + n; j++) {
            out.append(' ').append(lines[j].strip());
        }
        return out.toString();
    }

    /** At most this many lines under a row of a two-column table are its answer wrapped. */
    private static final int WRAPPED_LINES = 6;

    /**
     * How many lines under a line of text carry on the text answer at its end, as a PDF's text gives an answer wrapped
     * in the right-hand column of a table ("Location of activity 14 Quay Street, " / "Banbury, OX16 1AA"): the line
     * breaks after a space or a comma, and the next line is no label of the form, no heading and no question, and
     * holds no required-field star of a label wrapped beside it.
     */
    private int wrappedLines(String[] lines, int at, List<Map.Entry<F, String>> found) {
        if (found.isEmpty() || FieldValues.isBlank(found.get(found.size() - 1).getValue())) {
            return 0;
        }
        FormSpec.FieldSpec s = fieldSpecs.get(found.get(found.size() - 1).getKey());
        if (s == null || s.type() != org.ypsa.hub.domain.forms.FieldType.TEXT
                && s.type() != org.ypsa.hub.domain.forms.FieldType.NARRATIVE) {
            return 0;
        }
        return linesCarryingOn(lines, at, (before, l) -> (before.endsWith(" ") || before.stripTrailing().endsWith(","))
                && !l.isEmpty() && !l.endsWith(":") && !l.matches("[^:]{1,60}:\\s.*")
                // a required-field star standing alone is a label's, wrapped beside the answer ("intelligence * urgent.")
                && !l.matches("(.*\\s)?\\*(\\s.*)?") && !SectionHeading.is(l) && !isTitleLine(l));
    }

    /**
     * How many lines after line {@code at} carry on its answer, as a PDF wrapped it: each breaks off from the line
     * above and goes on ({@code goesOn}, given the line above as written and the line stripped), and none is a
     * question, a table's row or a label of the form.
     */
    private int linesCarryingOn(String[] lines, int at, java.util.function.BiPredicate<String, String> goesOn) {
        int n = 0;
        for (int j = at + 1; j < lines.length && n < WRAPPED_LINES; j++) {
            String before = lines[j - 1].replace('\u00a0', ' ');
            String l = lines[j].replace('\u00a0', ' ').strip();
            if (!goesOn.test(before, l) || l.endsWith("?") || l.contains("\t")
                    || !lineLabels.splitLine(l, "", new LinkedHashMap<>()).isEmpty()) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * A PDF form field's name in capitals run together ("DATEOFBIRTH") as the words of the form it splits into, when
     * they name a field; otherwise as written, so that the sender is told the label they wrote.
     */
    private String withWordsApart(String label) {
        String split = runTogether.split(label);
        return !split.equals(label) && match(split).isPresent() ? split : label;
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
     * the field of the label's candidates whose type the value is exactly, if one matches well enough.
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
    private boolean namesTheSameField(F field, String line) {
        List<String> words = org.ypsa.hub.domain.forms.Words.of(line);
        return !line.isEmpty() && !line.matches(".*\\d.*") && line.split("\\s+").length <= 6 && !words.isEmpty()
                && words.stream().allMatch(matcher::knows) && match(line).filter(f -> f == field).isPresent();
    }

    /** A whole line that reads as a typed field's value ("Homeless tonight" for a choice), not a label of its own. */
    /** At most this many lines under a label alone on its line are its answer run on. */
    private static final int MAX_ANSWER_LINES = 30;

    private boolean isText(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type().isText();
    }

    /** Whether the field has a type (a yes/no, a date, a choice) that the nonblank value does not fit. */
    private boolean typedButUnfit(F field, String value) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && !s.type().isText() && !FieldValues.isBlank(value) && fit(s, value.strip()).isEmpty();
    }

    private boolean readsAsTyped(F field, String line) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && !s.type().isText()
                && s.type() != org.ypsa.hub.domain.forms.FieldType.REFERENCE && fit(s, line.strip()).isPresent();
    }

    /** How many of a document's first non-blank lines may be its heading ({@link #opensWithTitle}). */
    static final int OPENING_LINES = 4;

    /**
     * One of a document's first lines that starts with the first two words of one of the form's titles and goes on
     * in words of its own, with no colon, question mark or tab ("Information sharing with the police", "Information
     * sharing form (police)" for the title "Information sharing submission"): the form's heading in the sender's
     * words, not its first word as a label ("Information") with the rest as that field's value. Titles whose first
     * two words are not both words of four letters or more ("unable to ...") do not count.
     */
    boolean opensWithTitle(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        if (t.isEmpty() || t.split("\\s+").length > 10 || t.contains(":") || t.contains("?") || t.contains("\t")) {
            return false;
        }
        String[] words = t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        int from = words.length > 0 && words[0].isEmpty() ? 1 : 0;
        if (words.length - from < 2) {
            return false;
        }
        for (String title : spec.titles()) {
            String[] tw = title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
            if (tw.length >= 2 && tw[0].length() >= 4 && tw[1].length() >= 4
                    && tw[0].equals(words[from]) && tw[1].equals(words[from + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document's first line set in capitals, three words or more with no colon, question mark, tab or digit
     * ("PROVIDER CANNOT ACCEPT - RISK RESPONSE"): its heading in the sender's words, not the label "Provider" and the
     * answer "cannot accept - risk response".
     */
    static boolean isHeadingInCapitals(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        if (t.contains(":") || t.contains("?") || t.contains("\t") || t.matches(".*\\d.*")
                || t.split("\\s+").length < 3 || t.split("\\s+").length > 12) {
            return false;
        }
        String letters = t.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 8 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a line is a label in another language over its English one (rule 4): a line with no label's mark, read
     * as one field's label and a value, whose line is all Welsh or whose value holds no word of the form, over a line
     * opening with a label of the same field ("Risg na ellir ei rheoli" over "Risk we are unable to manage safely
     * History of ..."). The line is that label's other half, not a label and its answer. Safety: tuned9 routed "na
     * ellir ei rheoli" as the risk a provider could not manage.
     */
    private boolean otherLanguageOver(String line, List<Map.Entry<F, String>> found, String next,
            LabelsAlone linesAlone) {
        if (found.size() != 1 || next.isBlank() || LABEL_LINE.matcher(line).find()
                || FieldValues.isBlank(found.get(0).getValue())) {
            return false;
        }
        String value = found.get(0).getValue();
        if (!Words.allWelsh(line) && (value.matches(".*\\d.*")
                || Words.asWritten(value).stream().anyMatch(matcher::knows))) {
            return false;
        }
        // (the next line is the English label with its answer, not the answer alone: "Homeless / at risk" over "Homeless")
        return linesAlone.of(next).stream().findFirst()
                .filter(e -> e.getKey() == found.get(0).getKey() && !FieldValues.isBlank(e.getValue())
                        && !e.getValue().strip().equalsIgnoreCase(next.strip())).isPresent();
    }

    /** The nouns a form's title calls the document by. */
    private static final Pattern DOCUMENT_NOUN = Pattern.compile(
            "(?i)\\b(?:form|report|submission|referral|request|notification|notice|return|record)\\b");
    /** A line of a label and its answer, or asking for one: a colon, a tab, a question mark. */
    private static final Pattern LABEL_LINE = Pattern.compile("[:\t?]");

    /**
     * Whether the line at {@code i}, one of the document's first, is the form's title in the sender's own words: a
     * few words calling the document a form, a report, a submission ("Partner agency intel report", "Sharing
     * information with the police - partner form (v2)", "Partner information submission to Thames Valley Police"),
     * with no label's mark, no figure outside a bracket and no field's own wording, under no label and over the
     * form's labels (a label's colon, or a field's label alone on its line with a required field's star) or a heading. Safety:
     * tuned11 and tuned14 routed "partner form (v2)" and "Thames Valley Police" as the information, "intel report" as
     * the agency; tuned15 "Partner Submission Form" (under "Shared Intelligence - ", over "Agency you are from *").
     */
    private static final int MAX_LABEL_ALONE_WORDS = 8;
    /** A question numbered by its section, its words after the number: "1.1 Name of YP referred". */
    private static final Pattern SECTION_NUMBERED = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\s+(\\p{L}.{0,80})");

    private boolean headsTheLabels(String[] lines, int i) {
        String t = lines[i].replace('\u00a0', ' ').strip();
        if (t.isEmpty() || LABEL_LINE.matcher(t).find() || t.split("\\s+").length > 10
                || t.replaceAll("\\([^()]*\\)", "").matches(".*\\d.*") || !DOCUMENT_NOUN.matcher(t).find()
                || matcher.exactly(t).isPresent()) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (LABEL_LINE.matcher(lines[j]).find() && !lines[j].strip().startsWith(">")) {
                return false; // under a label: a line of the form, not its title
            }
        }
        for (int j = i + 1; j < lines.length; j++) {
            String next = lines[j].replace('\u00a0', ' ').strip();
            if (next.isEmpty()) {
                continue;
            }
            String letters = next.replaceAll("[^\\p{L}]", "");
            // (or a field's label alone on its line, a required one's star after it: "Agency you are from *"; a line of a
            // label and its answer is none: "Organisation submitting form Oxford Youth Trust" is the form's agency)
            // (or a question numbered by its section naming a field: "1.1 Name of YP referred", a case print's first)
            Matcher numbered = SECTION_NUMBERED.matcher(next);
            return LABEL_LINE.matcher(next).find() || SectionHeading.is(next) || labelDashAnswer(next)
                    || numbered.matches() && matcher.match(numbered.group(1)).isPresent() || next.endsWith("*")
                    && next.split("\\s+").length <= MAX_LABEL_ALONE_WORDS
                    && matcher.match(next.replaceAll("[\\s*]+$", "")).isPresent()
                    || !letters.isEmpty() && letters.equals(letters.toUpperCase(Locale.ROOT)) && next.split("\\s+").length <= 6
                            && !next.matches(".*\\d.*") // a heading in capitals, not a reference ("YPSA-2NK9E-KDJYT")
                    || gradedReportHeading(next);
        }
        return false;
    }

    /**
     * A line of a field's label, a spaced dash and its answer, as a form typed into a mail has it: "Agency submitting
     * (if known) - Adolescent Team (South)". The words before the dash name a field, whole.
     */
    private boolean labelDashAnswer(String line) {
        return org.ypsa.hub.domain.forms.Instructions.Dashed.of(line)
                .filter(d -> d.head().split("\\s+").length <= MAX_LABEL_ALONE_WORDS && !d.restIsAHint())
                .flatMap(d -> matcher.match(d.head())).filter(m -> m.score() >= 1).isPresent();
    }

    /** A word with a figure in it: a grading scheme's name ("3x5x2", "5x5x5"), a version ("v2"). */
    private static final Pattern WORD_WITH_A_FIGURE = Pattern.compile("\\S*\\d\\S*");

    /**
     * A heading in capitals that calls the document a report or a submission, its figures only in a word of their own
     * (the police's "INTELLIGENCE REPORT (3x5x2)", "5x5x5 INTELLIGENCE REPORT"): the form's heading, so the line over
     * it ("Information Report to Police/Partners") is the form's title, never the information and its answer.
     */
    private static boolean gradedReportHeading(String line) {
        String words = WORD_WITH_A_FIGURE.matcher(line).replaceAll(" ").strip();
        String letters = words.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 8 && letters.equals(letters.toUpperCase(Locale.ROOT)) && line.split("\\s+").length <= 6
                && DOCUMENT_NOUN.matcher(words).find();
    }

    /**
     * A short line naming the form by one of its titles: the form's heading, not a label and its value. A field's
     * wording asked of the form's subject ("Description of the safeguarding incident", "Date and time of this
     * incident report") is that field's label, not the title: the words before "of" name a field and no document.
     */
    boolean isTitleLine(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        if (t.isEmpty() || t.split("\\s+").length > 10) {
            return false;
        }
        String n = org.ypsa.hub.domain.Labels.normalize(t);
        return spec.titles().stream().map(org.ypsa.hub.domain.Labels::normalize)
                .anyMatch(x -> !x.isEmpty() && n.contains(x)) && !asksAFieldOfTheSubject(t);
    }

    /** "Description of the safeguarding incident": a field's wording, then "of" (the, this, a), then a title. */
    private boolean asksAFieldOfTheSubject(String line) {
        String spaced = line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        for (String title : spec.titles()) {
            String words = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            Matcher m = Pattern.compile("^(.+?) of (?:(?:the|this|that|a|an) )?" + Pattern.quote(words) + "\\b")
                    .matcher(spaced);
            if (m.find() && !DOCUMENT_NOUN.matcher(m.group(1)).find() && matcher.match(m.group(1)).isPresent()) {
                return true;
            }
        }
        return false;
    }

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
        return opens(e) && value.strip().split("\\s+").length <= 6 && isTitleLine(value);
    }

    /** Whether an entry stands where a form's heading does: its first paragraphs, a body's first lines, row 1. */
    private static boolean opens(LabelledDocument.Entry e) {
        java.util.regex.Matcher m = PARAGRAPH.matcher(e.where() == null ? "" : e.where());
        // a title typed in the first row of the form's table ("Unable to offer: provider risk concern") heads it too
        boolean firstRow = e.where() != null && e.where().matches("table row 1( 1)?") && e.section().isEmpty();
        return firstRow || m.matches() && Integer.parseInt(m.group(2)) <= (m.group(1).equals("line") ? OPENING_BODY_LINES : OPENING_LINES);
    }

    /** The words joining two things a heading names: "and", "&", "or", a slash, a comma. */
    private static final Pattern COORDINATED = Pattern.compile(
            "(?i)^(.*\\p{L}.*?)\\s*(?:,\\s*)?(?:(?:,|/|&|\\band\\b|\\bor\\b)\\s*)+$");

    /**
     * A line of a word or two joined to a field's label by "and", "&", "or", a slash or a comma, with no colon, question
     * mark or tab ("5) Why, and risks", "REASON / RISKS"): a section's heading naming the two things under it, and the
     * word after the join no answer of the field the first names. Safety: t15 referrals routed the reason "risks".
     */
    static boolean coordinatedHeading(String line, String value) {
        String v = value == null ? "" : value.strip().replaceFirst("(?i)^(?:and|or|&|/)\\s+", "");
        String l = Words.withoutNumber(line == null ? "" : line.replace('\u00a0', ' ').strip()).strip()
                .replaceAll("[.*]+$", "").strip();
        if (v.isEmpty() || v.split("\\s+").length > 3 || v.matches("(?s).*[\\d:?].*") || l.matches("(?s).*[:?\t].*")
                || !l.toLowerCase(Locale.ROOT).endsWith(v.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return COORDINATED.matcher(l.substring(0, l.length() - v.length())).matches();
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
                || first.equals(tidy) && NotAnswers.namesADocument(first))) {
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

    /**
     * Whether the line under a text field's label alone is its answer though its words are the whole of another
     * field's wording ("Referrer job title" / "Leaving Care PA" / "Referring organisation name"): it has no label's
     * mark, and the line under it is a label again, so as a label it would stand unanswered between two labels. A
     * role, a team or a service is often called by the words a form names its worker by.
     */
    private boolean wordingAnsweringBetweenLabels(F field, String[] lines, int i, String next, LabelsAlone linesAlone) {
        String n = next.replace('\u00a0', ' ').strip();
        if (!isText(field) || i + 2 >= lines.length || n.isEmpty() || LABEL_LINE.matcher(n).find() || n.endsWith("*")) {
            return false;
        }
        Optional<F> other = matcher.exactly(n).map(byId::get);
        if (other.isEmpty() || other.get() == field) {
            return false;
        }
        String after = lines[i + 2].replace('\u00a0', ' ').strip();
        List<Map.Entry<F, String>> asLabel = linesAlone.of(after);
        return !asLabel.isEmpty() && (FieldValues.isBlank(asLabel.get(0).getValue()) || LABEL_LINE.matcher(after).find());
    }

    /**
     * Whether the line under a free-text field's label alone is its answer though its first words are some label's:
     * a letter's headings each over its answer, with no blank line or mark between them ("Referrer team" / "Youth
     * Justice Service" / "Your email address", "Is the YP safe tonight" / "Rashid is staying at an address linked to
     * ..." / "Self-harm"). The line has no label's mark, opens with no field's very wording, and its words after the
     * label they open with go on (so it is no label left unanswered, as "Role" / "Email" on a blank form are), and
     * the line under it is a label alone again.
     */
    private boolean answerOpeningLikeALabel(F field, String[] lines, int i, String next, LabelsAlone linesAlone) {
        String n = next.replace('\u00a0', ' ').strip();
        if (!isText(field) || i + 2 >= lines.length || n.isEmpty() || LABEL_LINE.matcher(n).find() || n.endsWith("*")
                || n.endsWith(",") || SectionHeading.is(n)) {
            return false;
        }
        List<Map.Entry<F, String>> asLabel = linesAlone.of(n);
        if (asLabel.size() != 1 || FieldValues.isBlank(asLabel.get(0).getValue())) {
            return false;
        }
        String labelWords = n.substring(0, Math.max(0, n.length() - asLabel.get(0).getValue().strip().length())).strip();
        if (labelWords.isEmpty() || matcher.exactly(labelWords).isPresent()) {
            return false; // "Full name Kian Lee" under a heading: a label of its own and its answer
        }
        String after = lines[i + 2].replace('\u00a0', ' ').strip();
        List<Map.Entry<F, String>> then = linesAlone.of(after);
        // (headings in capitals over answers in small letters: "POSITION" / "YOS Officer" / "REFERRING ORGANISATION NAME")
        boolean headingsInCapitals = inCapitals(lines[i]) && inCapitals(after) && !inCapitals(n);
        return !then.isEmpty() && (FieldValues.isBlank(then.get(0).getValue()) || headingsInCapitals)
                && !after.contains("\t");
    }

    private static boolean inCapitals(String line) {
        return line.matches(".*\\p{Lu}.*") && !line.matches(".*\\p{Ll}.*");
    }

    /** A letter's salutation: "Dear Brokerage,", "To the Brokerage team,". */
    private static final Pattern SALUTATION = Pattern.compile("(?i)^(?:dear|to)\\s.{1,60},$");
    /** At most this many words in a letter's subject line under its salutation. */
    private static final int MAX_SUBJECT_WORDS = 10;

    /**
     * Whether the line is a letter's subject under its salutation ("Dear Brokerage," / "Young Person Accommodation
     * Referral - URGENT", "Urgent Housing Support Referral (16+)"): the letter's heading, not a label and its answer
     * ("Referral" no reason, "Urgent" no safety concern). A line with a colon or a sentence is the letter's own.
     */
    private static boolean subjectUnderSalutation(String[] lines, int i) {
        int above = i - 1;
        while (above >= 0 && lines[above].isBlank()) {
            above--;
        }
        String l = lines[i].replace('\u00a0', ' ').strip();
        return above >= 0 && SALUTATION.matcher(lines[above].replace('\u00a0', ' ').strip()).matches() && !l.isEmpty()
                && !l.contains(":") && !l.contains("\t") && !l.endsWith(".") && !l.endsWith("?")
                && l.split("\\s+").length <= MAX_SUBJECT_WORDS;
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
        boolean partyOrPlace = s.type() == org.ypsa.hub.domain.forms.FieldType.NAME
                || s.type() == org.ypsa.hub.domain.forms.FieldType.TEXT
                        && (PARTY_OR_PLACE.matcher(s.id().replace('-', ' ')).find() || PARTY_OR_PLACE.matcher(s.name()).find());
        return partyOrPlace && org.ypsa.hub.domain.Dates.parse(value.replace('\u00a0', ' ').strip()).isPresent();
    }

    /** Whether a field's answer is words of its own (a status, a team), not a name, a story, a date or a yes/no. */
    private boolean holdsWords(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type() == org.ypsa.hub.domain.forms.FieldType.TEXT;
    }

    /** A label's mark or a dash between a label and its answer. */
    private static final Pattern MARK_OR_DASH = Pattern.compile("[:?\\t*\u2013\u2014]|\\s-\\s");
    /** A clause that goes on describing a label's noun: a word in -ing or a relative word, in small letters. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^(?:\\p{Ll}+ing|who|that|which|whose|where|when)\\s");
    /**
     * Words that leave a label's clause open: "to be" after its noun ("Information to be passed to police"), or a
     * preposition at its end that the next line must close ("Location the information relates to").
     */
    private static final Pattern CLAUSE_LEFT_OPEN = Pattern.compile(
            "^to be\\s|\\s(?i:to|of|for|from|with|by|at|in|on|about|into)$");

    /**
     * Whether the words after a free-text field's label are the label going on, not its answer: a line with no label's
     * mark whose words after the label are a clause about its noun ("Agency sending this referral to MASH", "Worker
     * submitting the form", "Person who is referring", "Scheme where it happened"), or that leave its clause open
     * ("Information to be passed to police", "Location the information relates to": rule 2, the answer is on the
     * lines under it); an answer after a bare label does not open so ("Agency Shelter Cymru", "Concerns none known").
     * Safety: tuned11 routed "to be passed to police" as the information and "the information relates to" as the
     * location.
     */
    private boolean labelRunsOn(F field, String line, String value) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        String v = value == null ? "" : value.strip();
        return s != null && s.type().isText() && !MARK_OR_DASH.matcher(line).find() && v.split("\\s+").length >= 2
                && (CLAUSE_OPENING.matcher(v).find() || CLAUSE_LEFT_OPEN.matcher(v).find());
    }

    /** A question word opening a line: "Why the YP needs a placement", "What has led to this request". */
    private static final Pattern QUESTION_OPENING = Pattern.compile("(?i)^(?:why|what|how|when|who|where|which)\\s");
    /** At most this many words after a question's label are still its words (the question as a whole). */
    private static final int MAX_QUESTION_REST = 6;

    /**
     * Whether a line opening with a question word, with no mark, is a free-text field's question as a whole, its answer
     * on the line under it ("Why the YP needs a placement" / "Idris was locked out ...", "WHAT HAS LED TO THIS
     * REQUEST" / ...): the words after the label they open with ("YP needs a placement") are the question's, not its
     * answer. Only over a line that opens as an answer of its own, a sentence or no label; a hurried "why referral
     * mum kicked him out" over the next label keeps its answer.
     */
    private boolean asksAsAWhole(F field, String line, String value, String next, LabelsAlone linesAlone) {
        String l = line.replace('\u00a0', ' ').strip();
        String v = value == null ? "" : value.strip();
        String n = next.replace('\u00a0', ' ').strip();
        return isText(field) && !v.isEmpty() && QUESTION_OPENING.matcher(l).find() && !MARK_OR_DASH.matcher(l).find()
                && !l.endsWith(".") && !v.matches(".*\\d.*") && v.split("\\s+").length <= MAX_QUESTION_REST
                && !n.isEmpty() && Character.isUpperCase(n.codePointAt(0))
                && (lineLabels.isSentenceAnswer(n) || linesAlone.of(n).isEmpty());
    }

    private static boolean freeText(FormSpec.FieldSpec s) {
        return s.type() == org.ypsa.hub.domain.forms.FieldType.TEXT || s.type() == org.ypsa.hub.domain.forms.FieldType.NARRATIVE;
    }

    private boolean echoesItsQuestion(F field, String value) {
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
        if (bracket > 0 && otherFieldsWording(field, line.substring(0, bracket))) {
            return true;
        }
        String[] words = line.split("\\s+");
        for (int k = Math.min(8, words.length - 1); k >= MIN_WORDING_WORDS; k--) {
            String opening = String.join(" ", java.util.Arrays.copyOf(words, k));
            // a wording that ends a sentence ("No immediate danger.") or is a choice's is an answer's words too
            if (!opening.matches(".*[.!,;]") && otherFieldsWording(field, opening)
                    && fieldSpecs.get(matcher.exactly(opening).map(byId::get).get()).type().isText()) {
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

    private boolean otherFieldsWording(F field, String words) {
        F named = matcher.exactly(words).map(byId::get).orElse(null);
        return named != null && named != field && fieldSpecs.get(named) != null;
    }

    private boolean isChoice(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type() == org.ypsa.hub.domain.forms.FieldType.CHOICE;
    }

    /** (a yes/no's label going on in words that are no yes or no: "Consent given by YP to share & refer" / "yes") */
    private boolean isYesNo(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type() == org.ypsa.hub.domain.forms.FieldType.YESNO;
    }

    private boolean isTemporal(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type().isTemporal();
    }

    /**
     * A word or two in small letters left after a choice's or a yes/no's label, over a short line: the label's last
     * words over its answer ("Severity rating" / "Medium", "Consent given" / "Yes"), not a question's rest over a
     * tick list.
     */
    private static boolean labelWordsOverAnswer(String rest, String next) {
        return rest.strip().matches("[a-z]+( [a-z]+)?") && next.strip().split("\\s+").length <= 3;
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
