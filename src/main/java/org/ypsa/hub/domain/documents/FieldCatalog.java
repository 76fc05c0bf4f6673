package org.ypsa.hub.domain.documents;

import static org.ypsa.hub.domain.documents.TypedValues.Kind;
import static org.ypsa.hub.domain.documents.TypedValues.kindOf;
import static org.ypsa.hub.domain.documents.TypedValues.exactFit;
import static org.ypsa.hub.domain.documents.TypedValues.fit;
import static org.ypsa.hub.domain.documents.LabelShapes.MAX_LABEL_WORDS;
import static org.ypsa.hub.domain.documents.LabelShapes.MAX_QUESTION_WORDS;
import static org.ypsa.hub.domain.documents.LabelShapes.looksLikeLabelLine;
import static org.ypsa.hub.domain.documents.LabelShapes.looksLikeLabel;
import static org.ypsa.hub.domain.documents.LabelShapes.cellsOfTheirOwn;
import static org.ypsa.hub.domain.documents.LabelShapes.isWrappedLabelEnd;
import static org.ypsa.hub.domain.documents.LabelShapes.joinOpenHints;
import static org.ypsa.hub.domain.documents.LabelShapes.answerBetweenQuestions;
import static org.ypsa.hub.domain.documents.LabelShapes.isNumberedQuestion;
import static org.ypsa.hub.domain.documents.LabelShapes.tidyValue;
import static org.ypsa.hub.domain.documents.LabelShapes.count;
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

import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.FormSpec;
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
public final class FieldCatalog<F extends Enum<F>> {
    /** No form runs longer; a long email thread under a form is not read line by line as labels. */
    static final int MAX_TEXT_LINES = 400;
    private static final int MAX_ENTRIES = 600;
    /** A heading and a bare label together must match this well to outrank the bare label. */
    private static final double SECTION_SCORE = 0.8;

    private final Class<F> type;
    private final FormSpec spec;
    private final LabelMatcher matcher;
    /** The same wordings with no credit for words of the same meaning: what recognising a form's type trusts. */
    private final LabelMatcher strict;
    private final RunTogetherWords runTogether;
    private final Map<String, F> byId = new LinkedHashMap<>();
    private final Map<F, FormSpec.FieldSpec> fieldSpecs;
    private final Leftovers<F> leftoverPlacer;
    private final TableLabels<F> tableLabels;
    /** Single-word names as the form prints them ("Gender", "Parent"): only these start a label mid-line alone. */
    private final Set<String> oneWordNames = new java.util.HashSet<>();
    /** Each field's printed name, cleaned. */
    private final Set<String> names = new java.util.HashSet<>();

    public FieldCatalog(Class<F> type, FormSpec spec) {
        this.type = type;
        this.spec = spec;
        this.matcher = new LabelMatcher(spec);
        this.strict = new LabelMatcher(spec, false);
        this.runTogether = new RunTogetherWords(spec);
        this.fieldSpecs = new EnumMap<>(type);
        for (F f : type.getEnumConstants()) {
            byId.put(FormLibrary.idOf(f), f);
            spec.field(FormLibrary.idOf(f)).ifPresent(s -> {
                fieldSpecs.put(f, s);
                names.add(Words.clean(s.name()));
                if (!s.name().contains(" ")) {
                    oneWordNames.add(s.name());
                }
            });
        }
        this.leftoverPlacer = new Leftovers<>(matcher, fieldSpecs);
        this.tableLabels = new TableLabels<>(this, matcher, byId, fieldSpecs);
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
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.required();
    }

    /** The field a label names, if it names one clearly enough. */
    public Optional<F> match(String label) {
        return matcher.match(label).map(m -> byId.get(m.fieldId()));
    }

    /** Every field this label names clearly enough, with how sure each is (2 for an exact wording), best first. */
    public List<Map.Entry<F, Double>> ranked(String label) {
        List<Map.Entry<F, Double>> out = new java.util.ArrayList<>();
        for (LabelMatcher.Match m : matcher.ranked(label)) {
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
    public boolean namesPlainly(String label, F field) {
        return strict.match(label, LabelMatcher.THRESHOLD).map(m -> byId.get(m.fieldId()) == field).orElse(false);
    }

    /**
     * The field a label names under its heading: a bare "Name" or "Email" under "Referrer details" is the
     * referrer's, under "Social worker / PA" the worker's; a question number before the label ("10. Full name")
     * is no word of it.
     */
    Optional<F> matchUnder(String label, String heading) {
        Optional<LabelMatcher.Match> alone = matcher.match(label);
        if (heading != null && !heading.isBlank() && Words.of(label).size() <= 2 && !namesTheForm(heading)) {
            Optional<LabelMatcher.Match> under = matcher.match(SectionHeading.topic(heading) + " " + Words.withoutNumber(label))
                    .filter(m -> m.score() >= SECTION_SCORE && matcher.fieldUses(m.fieldId(), label));
            if (under.isPresent()) {
                alone = under;
            }
        }
        return alone.map(m -> byId.get(m.fieldId()));
    }

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
    }

    /** A value found for a field; exact when its label is one of the field's wordings, not a near one. */
    record Candidate<F>(F field, String value, boolean fromText, boolean exact) {
        Candidate(F field, String value, boolean fromText) {
            this(field, value, fromText, false);
        }
    }

    public Reading<F> read(LabelledDocument doc) {
        List<Candidate<F>> candidates = new ArrayList<>();
        Map<String, F> placed = new LinkedHashMap<>();
        Set<String> unplaced = new LinkedHashSet<>();
        Map<String, String> leftovers = new LinkedHashMap<>(); // unplaced labels and the values under them
        Set<F> filled = java.util.EnumSet.noneOf(type);
        Set<String> misPaired = tableLabels.labelsAboveValues(doc.text(), candidates, placed, unplaced);
        for (LabelledDocument.Entry e : cellsOfTheirOwn(doc.entries().subList(0, Math.min(doc.entries().size(), MAX_ENTRIES)))) {
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
            int colon = label.indexOf(':');
            if (FieldValues.isBlank(value) && colon > 0 && colon < label.length() - 1) {
                value = label.substring(colon + 1);
                label = label.substring(0, colon);
            }
            value = beforeNextLabel(value);
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
            if (spec != null && inner > 0 && !spec.type().isText() && fit(spec, value).isEmpty()
                    && value.substring(0, inner).strip().split("\\s+").length <= 8) {
                Optional<F> named = matchUnder(value.substring(0, inner).strip(), e.section());
                if (named.isPresent()) {
                    label = value.substring(0, inner).strip();
                    value = value.substring(inner + 1).strip();
                    f = byType(label, value, named);
                }
            }
            if (f.isPresent() && value.contains("\n") && fieldSpecs.get(f.get()) != null) {
                // a date, a yes/no or a choice is one line: the lines under it that ran on are other fields'
                FormSpec.FieldSpec fs = fieldSpecs.get(f.get());
                String firstLine = value.strip().split("\\R")[0];
                if (!fs.type().isText() && fit(fs, firstLine).isPresent()) {
                    value = firstLine;
                }
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
                // a label and its value in one cell with no colon: "Parent No"
                for (Map.Entry<F, String> lv : splitLine(label, "", placed)) {
                    candidates.add(new Candidate<>(lv.getKey(), lv.getValue(), false));
                }
            } else if (looksLikeLabel(label)) {
                unplaced.add(label.replaceAll("\\s+", " "));
                leftovers.putIfAbsent(label.replaceAll("\\s+", " "), value.trim());
            }
        }
        String[] lines = joinOpenHints(GuidanceNotes.without(DocumentMarkings.without(
                QuotedHeaders.without(doc.text().split("\\R")))));
        String heading = "";
        int openingLines = 0; // non-blank lines seen so far: the document's first ones are its heading
        for (int i = 0; i < lines.length && i < MAX_TEXT_LINES; i++) {
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            boolean opening = !lines[i].isBlank() && ++openingLines <= OPENING_LINES;
            if (isTitleLine(lines[i]) || opening && opensWithTitle(lines[i])) {
                continue; // "Intelligence Sharing Submission" names the form, not its "Intelligence" field
            }
            if (SectionHeading.is(lines[i])) {
                heading = lines[i].strip();
                if (SectionHeading.lettered(lines[i])) {
                    continue; // "A) Provider and property" is a heading, not the provider "and property"
                }
            }
            Optional<Map.Entry<F, String>> underHeading = shortLabelUnder(lines[i], next, heading, placed);
            if (underHeading.isPresent()) {
                candidates.add(new Candidate<>(underHeading.get().getKey(), underHeading.get().getValue(), true));
                continue;
            }
            List<Map.Entry<F, String>> found = splitLine(lines[i], next, placed);
            for (Map.Entry<F, String> lv : found) {
                candidates.add(new Candidate<>(lv.getKey(), lv.getValue(), true));
            }
            // a label alone on its line, its value on the next: read with less trust (checked against its type)
            // (a label that ends in "?" or ":" awaits its answer even when the answer reads like a label: "Threatened")
            // a required-field star ends a label as a colon does ("Incident description *" / "Police arrested ...")
            boolean asks = (lines[i].strip().endsWith("?") || lines[i].strip().endsWith(":") || lines[i].strip().endsWith("*"))
                    && !lines[i].contains("\t");
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
            // words after a date's or a time's label that are no date or time ("Date and time it all happened")
            // are the rest of the label: the line under it that is one is its answer
            if (found.size() == 1 && !found.get(0).getValue().isBlank() && !next.isBlank()
                    && !readsAsTyped(found.get(0).getKey(), found.get(0).getValue())
                    && isTemporal(found.get(0).getKey()) && readsAsTyped(found.get(0).getKey(), next)) {
                candidates.add(new Candidate<>(found.get(0).getKey(), next.trim(), true));
            }
            // a line that asks a question ("Who was involved?") is the next label, not this one's answer
            boolean nextIsQuestion = nextTrim.endsWith("?");
            if (found.size() == 1 && found.get(0).getValue().isBlank() && nextIsQuestion && i + 2 < lines.length
                    && splitLine(next, "", new LinkedHashMap<>()).isEmpty() && looksLikeAnswer(lines[i + 2])) {
                // a heading naming a field with a question under it that names none ("YOUNG PERSON" / "Who was
                // involved?"): the question asks for the heading's field, and its answer is under it
                candidates.add(new Candidate<>(found.get(0).getKey(), lines[i + 2].trim(), true));
            }
            if (found.size() == 1 && found.get(0).getValue().isBlank() && !next.isBlank() && !nextIsQuestion
                    && !SectionHeading.is(next)
                    && (splitLine(next, "", new LinkedHashMap<>()).isEmpty() || readsAsTyped(found.get(0).getKey(), next)
                            || isSentenceAnswer(next)
                            || framed
                            || asks && !nextAsks && !next.contains("?") && !next.contains(":") && !next.contains("\t"))) {
                candidates.add(new Candidate<>(found.get(0).getKey(), next.trim(), true));
            } else if (found.size() == 1 && found.get(0).getValue().isBlank() && !next.isBlank() && !nextIsQuestion
                    && answerBetweenQuestions(next, i + 2 < lines.length ? lines[i + 2] : "")) {
                // questions with the answer under each ("12 Team you are in" / "CAMHS Crisis Team" / "13 Email:"): the
                // unmarked line between two labels is the first one's answer, even when it starts like a label
                candidates.add(new Candidate<>(found.get(0).getKey(), next.trim(), true));
                i++;
            }
        }
        Map<F, String> values = resolve(candidates);
        leftoverPlacer.placeLeftovers(values, leftovers, unplaced);
        return new Reading<>(values, placed, List.copyOf(unplaced));
    }

    /**
     * A short label under a lettered or numbered section's heading that the heading makes another field's ("Full name"
     * under "C) Allocated worker" is the worker's, not the young person's): the label with its value after a colon, or
     * alone on its line with its answer under it.
     */
    private Optional<Map.Entry<F, String>> shortLabelUnder(String line, String next, String heading, Map<String, F> placed) {
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
        Optional<F> alone = match(label);
        Optional<F> under = matchUnder(label, heading);
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

    /**
     * A line under a label that is a sentence of its own ("Police arrested Anwen at the scheme."): the label's answer,
     * even when its first word is a field's word; a line whose label runs over more than its first word ("Description
     * of events Police attended ...") is a row of its own.
     */
    private boolean isSentenceAnswer(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        String[] words = t.split("\\s+");
        if (!t.endsWith(".") || words.length < 4 || t.matches(".*[:?\t].*")) {
            return false;
        }
        return labelAtStart(words, new String[0]).map(s -> s.end() <= 1).orElse(true);
    }

    /**
     * A PDF form field's name in capitals run together ("DATEOFBIRTH") as the words of the form it splits into, when
     * they name a field; otherwise as written, so that the sender is told the label they wrote.
     */
    private String withWordsApart(String label) {
        String split = runTogether.split(label);
        return !split.equals(label) && match(split).isPresent() ? split : label;
    }

    /** Below this a field whose type the value fits is not considered at all. */
    private static final double TYPED_THRESHOLD = 0.35;

    /**
     * The value says which of the fields its label could name it is: a label that reads best as a text field or
     * as a date field while its value is a time ("Event time: 08:45", "Incident occurred on: 23 Dec 2026") goes to
     * the field of the label's candidates whose type the value is exactly, if one matches well enough.
     */
    private Optional<F> byType(String label, String value, Optional<F> chosen) {
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
     * "What is the risk?"): questions laid out as paragraphs give label, answer, label, answer, some with a
     * colon and some without. A short line only: a sentence of the value is not cut.
     */
    String beforeNextLabel(String value) {
        if (value == null || !value.contains("\n")) {
            return value;
        }
        String[] lines = value.split("\\R");
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].replace('\u00a0', ' ').strip();
            if (l.isEmpty() || l.endsWith(".") || l.split("\\s+").length > 8
                    || !Character.isUpperCase(l.codePointAt(0))) {
                continue;
            }
            boolean ends = l.endsWith("?") || l.endsWith(":");
            if (matcher.match(l, ends ? LabelMatcher.THRESHOLD : LabelMatcher.LINE_THRESHOLD).isPresent()) {
                return String.join("\n", java.util.Arrays.asList(lines).subList(0, i));
            }
        }
        return value;
    }

    /** A whole line that reads as a typed field's value ("Homeless tonight" for a choice), not a label of its own. */
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

    /** A short line naming the form by one of its titles: the form's heading, not a label and its value. */
    boolean isTitleLine(String line) {
        String t = line.replace('\u00a0', ' ').strip();
        if (t.isEmpty() || t.split("\\s+").length > 10) {
            return false;
        }
        String n = org.ypsa.hub.domain.Labels.normalize(t);
        return spec.titles().stream().map(org.ypsa.hub.domain.Labels::normalize).anyMatch(x -> !x.isEmpty() && n.contains(x));
    }

    /** For each field, the first value that reads as its type, else the first written, else "". */
    private Map<F, String> resolve(List<Candidate<F>> candidates) {
        Map<F, String> out = new EnumMap<>(type);
        Map<F, List<Candidate<F>>> byField = new EnumMap<>(type);
        for (Candidate<F> c : candidates) {
            byField.computeIfAbsent(c.field(), k -> new ArrayList<>()).add(c);
        }
        byField.forEach((field, all) -> {
            FormSpec.FieldSpec s = fieldSpecs.get(field);
            // a field found as a label/value pair is read from those; a document's text lines only fill the rest
            // a label written as one of the field's wordings outranks a near one ("Provider" over "Provider response")
            List<Candidate<F>> entries = all.stream().filter(c -> !c.fromText())
                    .filter(c -> !FieldValues.isBlank(c.value()))
                    .sorted(java.util.Comparator.comparing(c -> !c.exact())).toList();
            // a label whose cell says there is nothing ("N/A", "-", "none") was answered: the text of the lines
            // around it ("N/A Diversion work undertaken: ...") is not read as its value instead
            boolean answeredBlank = all.stream().anyMatch(c -> !c.fromText() && !c.value().trim().isEmpty()
                    && FieldValues.isBlank(c.value()));
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
            if (chosen == null && s != null && cs == entries && (s.type().isStrict()
                    || s.type() == org.ypsa.hub.domain.forms.FieldType.CHOICE || s.type() == org.ypsa.hub.domain.forms.FieldType.YESNO)) {
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
     * A line of a table as a PDF's text gives it: "Date of birth 02/08/2007 Gender Male". The label at the
     * start is the best-scoring run of words (a wrapped label may take words of the next line: "Young person's
     * full Corwin" / "name"); further labels start at a capitalised word and are exact wordings.
     */
    private List<Map.Entry<F, String>> splitLine(String line, String next, Map<String, F> placed) {
        List<Map.Entry<F, String>> out = new ArrayList<>();
        String trimmed = Words.withoutNumber(line.replace('\u00a0', ' ').trim()).trim();
        if (trimmed.isEmpty() || !Character.isUpperCase(trimmed.codePointAt(0))) {
            return out;
        }
        trimmed = withoutOtherLanguage(trimmed);
        int tab = trimmed.indexOf('\t');
        if (tab > 0) {
            // a table row as text: the cell before the first tab is the label when it is one, as if it had a colon
            String head = trimmed.substring(0, tab).strip();
            if (!head.endsWith(":") && !head.endsWith("?") && head.split("\\s+").length <= MAX_LABEL_WORDS
                    && matcher.match(head, LabelMatcher.THRESHOLD).isPresent()) {
                trimmed = head + ": " + trimmed.substring(tab + 1);
            }
        }
        String[] words = trimmed.split("\\s+");
        boolean known = startsWithKnownWord(words);
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
        if (start.isEmpty() && known && words.length <= 8 && !trimmed.matches(".*[\\d:?\t].*") && !trimmed.endsWith(".")
                && !trimmed.endsWith(",") && isSentenceAnswer(next)) {
            // a short line with a sentence under it ("Please describe what happened" / "Caspar was taken to ...") is a
            // question as a whole, read at the label's threshold like a line ending in a colon
            words[words.length - 1] = words[words.length - 1] + ":";
            start = labelAtStart(words, new String[0]).filter(s -> s.end() == words.length)
                    .filter(s -> fieldSpecs.get(s.field()) != null && fieldSpecs.get(s.field()).type().isText());
        }
        if (start.isEmpty()) {
            return out;
        }
        F field = start.get().field();
        placed.putIfAbsent(start.get().label(), field);
        StringBuilder value = new StringBuilder();
        for (int i = start.get().end(); i < words.length; i++) {
            // a dash or star between the label and its value is no value: a listed wording after it is the value
            Optional<Map.Entry<F, Integer>> inner = innerLabelAt(words, i, tidyValue(value.toString()).isEmpty());
            if (inner.isPresent()) {
                out.add(Map.entry(field, tidyValue(value.toString())));
                field = inner.get().getKey();
                value.setLength(0);
                i = inner.get().getValue() - 1;
                continue;
            }
            value.append(words[i]).append(' ');
        }
        out.add(Map.entry(field, tidyValue(value.toString())));
        return out;
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
        List<String> ws = Words.of(before);
        String after = line.substring(slash + 3).strip();
        if (ws.isEmpty() || before.split("\\s+").length > 4 || after.isEmpty()
                || !Character.isUpperCase(after.codePointAt(0))) {
            return line;
        }
        if (ws.stream().noneMatch(matcher::knows)) {
            return after;
        }
        // words in the other language that name no other field ("Enw llawn", "Dyddiad geni") give way to the English half
        Optional<F> other = match(before);
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
        String head = String.join(" ", java.util.Arrays.asList(words).subList(0, last));
        if (head.matches(".*[?\\t\\d].*")) {
            return Optional.empty(); // a question, a cell or a value ("10:20 pm") ends before the colon
        }
        return matcher.match(head, LabelMatcher.THRESHOLD)
                .filter(m -> byId.get(m.fieldId()) != null)
                .map(m -> new Start<>(byId.get(m.fieldId()), last, head));
    }

    /** A line that may answer a question: not blank, not itself a question or a label ending in a colon. */
    private boolean looksLikeAnswer(String line) {
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

    /** The best label the line starts with, possibly finished on the next line. */
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
        for (int k = 1; k <= words.length && k <= limit; k++) {
            String w = words[k - 1];
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
                if (unknownInARow >= 3) {
                    break; // three words no label uses: the label, if any, is behind us
                }
            }
            String label = head.toString().trim();
            // a colon, a question mark or a dash standing alone ("Date of birth of YP - 8/12/2009") ends a label
            // a required-field star ends one too ("Date of birth of YP * 15th November 2009")
            boolean ends = w.endsWith(":") || w.endsWith("?") || w.endsWith("*") && k > 1
                    || k < words.length && words[k].matches("[-\u2013\u2014*]+");
            Optional<LabelMatcher.Match> m = matcher.match(label, ends ? LabelMatcher.THRESHOLD : LabelMatcher.LINE_THRESHOLD);
            // "Your team / organisation": a label does not end before a slash that joins it to another wording
            boolean beforeSlash = !ends && (w.endsWith("/") || k < words.length && words[k].startsWith("/"));
            // a label going on with "of ..." or a bracketed hint and still naming the same field is one label: "Details
            // of what happened (who, what, where)" is the description, not "Details" with the value "of what ..."
            boolean goesOn = m.isPresent() && best != null && best.end() < k && byId.get(m.get().fieldId()) == best.field()
                    && (words[best.end()].matches("(?i)(of|for)") && k > best.end() + 1 && !Words.of(w).isEmpty()
                            || words[best.end()].matches("[(\\[].*")
                            || wordsOfTheField(best.field(), java.util.Arrays.asList(words).subList(best.end(), k)));
            if (m.isPresent() && (m.get().score() >= bestScore || goesOn) && !beforeSlash) {
                bestScore = Math.max(bestScore, m.get().score());
                best = new Start<>(byId.get(m.get().fieldId()), k, label);
            }
            if (ends) {
                if (m.isPresent()) {
                    best = new Start<>(byId.get(m.get().fieldId()), k, label); // a colon or question mark ends it
                } else if (w.endsWith(":") && k <= 6 && !label.matches(".*\\d.*")) {
                    best = null; // "Submitting practitioner:" is one label: "Submitting" alone is not it
                }
                break;
            }
            // a label wraps only when every word so far is a label's word ("Young person's full" / "name"),
            // so that a title line ("MASH referral ...") does not borrow the next line's label
            List<String> headWords = Words.of(label);
            boolean wraps = !headWords.isEmpty() && headWords.stream().allMatch(matcher::knows);
            StringBuilder wrapped = new StringBuilder(label);
            for (int j = 0; wraps && j < after.length && j < 4; j++) {
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
                        || words.length - best.end() <= 6 && restIsWording(words, best.end()))
                && best.label().split("\\s+").length == best.end()) {
            // "Referral ref no." alone on its line: the last words are the label's too, not its value
            String restRaw = String.join(" ", java.util.Arrays.asList(words).subList(best.end(), words.length));
            List<String> rest = Words.of(restRaw);
            FormSpec.FieldSpec spec = fieldSpecs.get(best.field());
            // "Details of the information", "Young person name": words that go on with the label
            boolean continues = restRaw.matches("(of|for|to|the|in|on|by|and|or|with)\\b.*")
                    || words.length - best.end() == 1 && spec != null
                            && spec.type().isText()
                            && matcher.fieldUses(FormLibrary.idOf(best.field()), restRaw);
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
                    && restRaw.toLowerCase(Locale.ROOT).matches(".*\\b(name|number|no|date|e-?mail|address|phone|telephone|"
                            + "details|reference|ref|code|id)\\b.*"); // "Status - Looked after" is a value
            if (spec == null || !continues && !restIsLabel && fit(spec, restRaw).isPresent()) {
                rest = List.of(); // the last words read as the field's value ("... homelessness Threatened")
            }
            String whole = String.join(" ", words);
            Optional<LabelMatcher.Match> all = matcher.match(whole, LabelMatcher.LINE_THRESHOLD);
            Optional<F> restField = best.end() == 1 && restIsWording(words, best.end())
                    ? matcher.exactly(restRaw.replaceAll("[:*?]+$", "")).map(byId::get) : Optional.empty();
            // a line in capitals is a heading or a label as a whole ("REFERRER JOB TITLE"), not "Referrer" and a value
            boolean capitals = whole.equals(whole.toUpperCase(Locale.ROOT)) && whole.matches(".*[A-Z].*[A-Z].*");
            if (restField.isPresent() && restField.get() != best.field()) {
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
            }
        }
        if (best != null && best.end() < words.length && words[best.end()].matches("(?i)of|for")) {
            // "Date of birth 14 March 2008" read by a form with no date of birth: its "Date" is not this label
            return Optional.empty();
        }
        return best == null || best.field() == null ? Optional.empty() : Optional.of(best);
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
     * no digit: "Child's date of birth (DoB)" is the date of birth, not "Child's" with the value "date of birth (DoB)".
     */
    private boolean restIsWording(String[] words, int from) {
        String rest = String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
        // two words of meaning at least: "Provider Response" is a label and its value, not the wording "Response"
        return !rest.matches(".*\\d.*") && Words.of(rest).size() >= 2
                && matcher.exactly(rest.replaceAll("[:*?]+$", "")).isPresent();
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
            boolean longEnough = w > i || oneWordNames.contains(words[i].replaceAll("[:*?]+$", ""));
            if (id.isPresent() && longEnough) {
                found = byId.get(id.get());
                end = w + 1;
            }
        }
        return found == null ? Optional.empty() : Optional.of(Map.entry(found, end));
    }

    private boolean isTemporal(F field) {
        FormSpec.FieldSpec s = fieldSpecs.get(field);
        return s != null && s.type().isTemporal();
    }

}
