package org.ypsa.hub.domain.documents;

import static org.ypsa.hub.domain.documents.TypedValues.Kind;
import static org.ypsa.hub.domain.documents.TypedValues.kindOf;
import static org.ypsa.hub.domain.documents.TypedValues.fit;
import static org.ypsa.hub.domain.documents.LabelShapes.MAX_LABEL_WORDS;
import static org.ypsa.hub.domain.documents.LabelShapes.looksLikeLabel;
import static org.ypsa.hub.domain.documents.LabelShapes.markedAsLabel;
import static org.ypsa.hub.domain.documents.LabelShapes.MAX_TEXT_LINES;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ypsa.hub.domain.forms.FieldType;
import org.ypsa.hub.domain.forms.FormSpec;
import org.ypsa.hub.domain.forms.Instructions;
import org.ypsa.hub.domain.forms.LabelMatcher;

/**
 * Reads a table laid out across the page, as the document's text gives it with tabs: a row of labels over a row of
 * values ("Full name | Date of birth" over "Ari Venn | 14/03/2009"), each label taking the value in the cell below
 * it; two rows of labels side by side ("label | value | label | value") are not read so.
 */
final class TableLabels<F extends Enum<F>> {
    private static final int PAIR_ROWS = 3;
    private final FieldNames<F> catalog;
    private final LabelMatcher matcher;
    private final Map<String, F> byId;
    private final Map<F, FormSpec.FieldSpec> fieldSpecs;

    TableLabels(FieldNames<F> catalog, LabelMatcher matcher, Map<String, F> byId, Map<F, FormSpec.FieldSpec> fieldSpecs) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.byId = byId;
        this.fieldSpecs = fieldSpecs;
    }

    /**
     * A table laid out across the page: a row whose every cell is a label of this form, over a row with as many
     * cells (tab-separated in the document's text), gives each label the value in the cell below it. The row
     * below must not itself be mostly labels (two rows of labels are headings, not values). Returns the cell pairs
     * a reader that reads rows as "label | value | label | value" made of the two rows, which are not fields.
     */
    Set<String> labelsAboveValues(String text, List<Candidate<F>> candidates, Map<String, F> placed,
                                          Set<String> unplaced) {
        Set<String> misPaired = new java.util.HashSet<>();
        if (text == null || !text.contains("\t")) {
            return misPaired;
        }
        String[] lines = text.split("\\R");
        String heading = ""; // the lettered or numbered section the row stands under: "FULL NAME" under "Referrer"
        long pairRows = java.util.Arrays.stream(lines).limit(MAX_TEXT_LINES).filter(this::pairRow).count();
        for (int i = 0; i + 1 < lines.length && i < MAX_TEXT_LINES; i++) {
            if (!lines[i].contains("\t") && SectionHeading.is(lines[i])) {
                heading = lines[i].strip();
            }
            if (!lines[i].contains("\t") || !lines[i + 1].contains("\t")) {
                continue;
            }
            int network = networkRows(lines, i).size();
            if (network > 0) {
                i += network; // a network grid's rows are records read across ({@link #networkGrids}), not values
                continue;
            }
            String[] asTyped = lines[i].split("\t", -1);
            String[] under = lines[i + 1].split("\t", -1);
            if (asTyped.length < 2 || under.length != asTyped.length) {
                continue;
            }
            // a column empty in both rows is two tabs typed for the look ("Role:<tab><tab>Support Worker"), no column
            // (looked for first: most rows have none, and are read as typed)
            boolean typedForTheLook = java.util.stream.IntStream.range(0, asTyped.length)
                    .anyMatch(c -> asTyped[c].isBlank() && under[c].isBlank());
            String[] heads = typedForTheLook ? withoutColumnsBlankInBoth(asTyped, under, asTyped) : asTyped;
            String[] values = typedForTheLook ? withoutColumnsBlankInBoth(asTyped, under, under) : under;
            if (heads.length < 2 || heads.length == 2 && heads[0].strip().endsWith(":") && !markedAsLabel(heads[1].strip())) {
                continue; // (a label ended by its colon beside words not marked as a label is a label and its answer:
                          // "Role: | Support Worker" over "Team / org referring | Leaving Care" is two such rows)
            }
            List<F> fields = labelRow(heads, values, heading);
            if (fields == null) {
                continue;
            }
            if (rowOfLabelsToo(values, fields)) {
                continue; // labels in the row below: rows of "label | value", not labels over values
            }
            if (heads.length == 2 && pairRows >= PAIR_ROWS && !endsInItsHint(heads[1]) && !answeredBelow(heads, values, fields)) {
                continue; // "Position | Social Worker" in a table of rows of "label | value": a label and its value
            }
            for (int c = 0; c < heads.length; c++) {
                String label = heads[c].replaceAll("[:*]+$", "").trim();
                F f = fields.get(c);
                if (f == null) {
                    if (!FieldValues.isBlank(values[c]) && looksLikeLabel(label)) {
                        unplaced.add(label.replaceAll("\\s+", " "));
                    }
                    continue;
                }
                placed.put(label, f);
                boolean exact = matcher.exactly(label).map(id -> byId.get(id) == f).orElse(false);
                candidates.add(new Candidate<>(f, values[c].trim(), false, exact));
            }
            for (int c = 0; c + 1 < heads.length; c++) {
                misPaired.add(pairKey(heads[c], heads[c + 1]));
                misPaired.add(pairKey(values[c], values[c + 1]));
            }
            i++;
        }
        return misPaired;
    }

    /** The cells of {@code row} (one of the two) in the columns where {@code above} or {@code below} has words. */
    private static String[] withoutColumnsBlankInBoth(String[] above, String[] below, String[] row) {
        return java.util.stream.IntStream.range(0, row.length).filter(c -> !above[c].isBlank() || !below[c].isBlank())
                .mapToObj(c -> row[c]).toArray(String[]::new);
    }

    /** A professional network grid has at least this many columns (role, name and one way to reach them). */
    private static final int GRID_COLUMNS = 3;
    /** A row's key that says it is the referrer's: "Referrer", "Person referring", "Referring worker". */
    private static final java.util.regex.Pattern REFERRING = java.util.regex.Pattern.compile(
            "(?i)\\breferr(?:er|ing|al)\\b");
    /** A bracket in a row's key: the referrer's role ("Referrer (Social Worker)"). */
    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\(([^()]+)\\)");
    /** The types of a person's details a network grid's cell may give a field: a name, a phone, an email. */
    private static final Set<FieldType> PERSONS_DETAILS = java.util.EnumSet.of(FieldType.NAME, FieldType.PHONE,
            FieldType.EMAIL);

    /**
     * A grid read across ("Role | Name | Agency / team | Tel | Email" over a row per professional): each row a record
     * keyed by its first cell, each other cell the detail its column's header names of the person the key names
     * ("Allocated social worker" and "Name" is the social worker's name); the row whose key is the referrer's gives
     * the referrer's details, and the bracket in its key the referrer's role ("Referrer (YOS Officer)"). A detail the
     * key and the header together name is taken from the row that names it best, and only a person's name, phone or
     * email, or the field the header alone names ("Agency / team"). The grid's cells are returned as pairs a reader of
     * rows as "label | value" made, which are not fields.
     */
    Set<String> networkGrids(String text, List<Candidate<F>> candidates, Map<String, F> placed) {
        Set<String> misPaired = new java.util.HashSet<>();
        if (text == null || !text.contains("\t")) {
            return misPaired;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i + 1 < lines.length && i < MAX_TEXT_LINES; i++) {
            List<String[]> rows = networkRows(lines, i);
            if (rows.isEmpty()) {
                continue;
            }
            String[] heads = lines[i].split("\t", -1);
            Map<F, Double> best = new java.util.HashMap<>();
            Map<F, String> value = new java.util.HashMap<>();
            Map<F, String> label = new java.util.HashMap<>();
            for (String[] r : rows) {
                String key = BRACKET.matcher(r[0]).replaceAll(" ").replaceAll("\\s+", " ").strip();
                java.util.regex.Matcher role = BRACKET.matcher(r[0]);
                if (REFERRING.matcher(key).find() && role.find()) {
                    Optional<F> roleField = matcher.match(key + " role").map(m -> byId.get(m.fieldId()));
                    if (roleField.isPresent() && !best.containsKey(roleField.get())) {
                        best.put(roleField.get(), Double.MAX_VALUE);
                        value.put(roleField.get(), role.group(1).strip());
                        label.put(roleField.get(), r[0].strip());
                    }
                }
                for (int c = 1; c < heads.length; c++) {
                    if (FieldValues.isBlank(r[c])) {
                        continue;
                    }
                    Optional<F> alone = matcher.match(heads[c].strip()).map(m -> byId.get(m.fieldId()));
                    for (LabelMatcher.Match m : matcher.ranked(key + " " + heads[c].strip()).stream().limit(1).toList()) {
                        F f = byId.get(m.fieldId());
                        boolean detail = f != null && (PERSONS_DETAILS.contains(fieldSpecs.get(f).type())
                                || alone.filter(f::equals).isPresent());
                        if (detail && m.score() >= LabelMatcher.THRESHOLD && m.score() > best.getOrDefault(f, 0.0)) {
                            best.put(f, m.score());
                            value.put(f, r[c].strip());
                            label.put(f, key + " " + heads[c].strip());
                        }
                    }
                }
                for (int c = 0; c + 1 < r.length; c++) {
                    misPaired.add(pairKey(r[c], r[c + 1]));
                }
            }
            for (int c = 0; c + 1 < heads.length; c++) {
                misPaired.add(pairKey(heads[c], heads[c + 1]));
            }
            for (Map.Entry<F, String> e : value.entrySet()) {
                placed.put(label.get(e.getKey()), e.getKey());
                candidates.add(new Candidate<>(e.getKey(), e.getValue(), false, false));
            }
            i += rows.size();
        }
        return misPaired;
    }

    /**
     * The rows of the network grid whose header row is line {@code i}, or none: a header row of {@value #GRID_COLUMNS}
     * or more short labels over rows of as many cells, one of them the referrer's, none holding a field's exact
     * wording after its key (rows of two label | value pairs).
     */
    private List<String[]> networkRows(String[] lines, int i) {
        String[] heads = lines[i].split("\t", -1);
        if (heads.length < GRID_COLUMNS || !java.util.Arrays.stream(heads).allMatch(h -> isHeader(h.strip()))) {
            return List.of();
        }
        List<String[]> rows = new ArrayList<>();
        for (int j = i + 1; j < lines.length && lines[j].split("\t", -1).length == heads.length; j++) {
            rows.add(lines[j].split("\t", -1));
        }
        // no referrer's row: not a network of the referral's professionals; a cell after a row's key that is exactly
        // a field's wording is a label beside its answer ("Name of referrer | Sian Prosser | Role | Social Worker")
        boolean pairs = rows.stream().anyMatch(r -> java.util.Arrays.stream(r).skip(1)
                .anyMatch(c -> matcher.exactly(c.replaceAll("[:*?]+$", "").strip()).isPresent()));
        return !pairs && rows.stream().anyMatch(r -> REFERRING.matcher(r[0]).find()) ? rows : List.of();
    }

    /** A grid's header cell: a few words of a label, no digit, no colon with words after it. */
    private static boolean isHeader(String cell) {
        return !cell.isEmpty() && cell.split("\\s+").length <= 3 && !cell.matches(".*\\d.*")
                && !cell.matches(".*:.*\\S.*") && !FieldValues.isBlank(cell);
    }

    /**
     * The fields a row of cells names, all different (null for a cell that names none), or null when it is no row
     * of labels: a blank cell over an answer, a "Label: value" cell, fewer than two labels, or more than one cell in
     * three that names no field (a wording the form does not know yet is still a label, and is reported as one). A
     * blank cell over a blank one is the table's spare column ("Date of birth | LCS | " over "30.03.07 | 6205775 | "),
     * no cell of the row.
     */
    private List<F> labelRow(String[] cells, String[] under, String heading) {
        List<F> out = new ArrayList<>();
        int unknown = 0;
        int spare = 0;
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].replace('\u00a0', ' ').trim();
            if (c.isEmpty() && under[i].replace('\u00a0', ' ').isBlank()) {
                out.add(null);
                spare++;
                continue;
            }
            if (c.isEmpty() || c.contains(":") && !c.endsWith(":") || c.matches(".*\\d.*")) {
                return null;
            }
            Optional<F> f = labelOf(c).flatMap(x -> catalog.matchUnder(c.replaceAll("[:*]+$", "").trim(), heading).or(() -> Optional.of(x)));
            if (f.isPresent() && out.contains(f.get())) {
                return null;
            }
            if (f.isEmpty() && !markedAsLabel(c)) {
                unknown++; // a cell the form does not know, unless marked as a label ("Area of choice (if any):")
            }
            out.add(f.orElse(null));
        }
        return out.stream().filter(java.util.Objects::nonNull).count() >= 2 && unknown * 3 <= cells.length - spare ? out : null;
    }

    /**
     * Whether the row under a row of labels holds labels too (rows of "label | value" side by side), not their values:
     * a cell marked as a label (ending in a colon, a question mark or a required star), a cell that is exactly another field's wording,
     * or more than half of its cells naming well (at a line's threshold) a field other than the one named above them.
     * A value that reads like a label of the field above it ("Leaving Care Team" under "Team", "Looked after" under
     * "Legal status") or only loosely like another's ("Senior Practitioner" under "Job title") is a value.
     */
    private boolean rowOfLabelsToo(String[] values, List<F> heads) {
        if (labelAndTypedValue(values, heads)) {
            return true;
        }
        if (firstAnsweredBelow(values, heads)) {
            return false;
        }
        int others = 0;
        for (int c = 0; c < values.length; c++) {
            String v = values[c].replace('\u00a0', ' ').strip();
            if (markedAsLabel(v)) {
                return true;
            }
            Optional<F> f = labelOf(v);
            if (f.isEmpty() || f.get() == heads.get(c)) {
                continue;
            }
            F head = heads.get(c);
            if (head != null && fieldSpecs.get(head) != null && !fieldSpecs.get(head).type().isText()
                    && fit(fieldSpecs.get(head), v).isPresent()) {
                continue; // "Looked after" answers the choice above it
            }
            if (matcher.exactly(v).isPresent()) {
                return true;
            }
            if (matcher.match(v.replaceAll("[:*]+$", "").trim(), LabelMatcher.LINE_THRESHOLD).isPresent()) {
                others++;
            }
        }
        return others * 2 > values.length;
    }

    /**
     * A row that is itself a label and its value: a cell naming a field of a type few values fit by chance (an email,
     * a phone, a date, a time), other than the field named above it, with a value of that type in the next cell
     * ("Email address of the submitter (work) | kian@provider.test" under "Worker's post | Social Worker"). The row
     * above was a label and its value too, not a row of labels.
     */
    private boolean labelAndTypedValue(String[] values, List<F> heads) {
        for (int c = 0; c + 1 < values.length; c++) {
            Optional<F> f = labelOf(values[c]);
            FormSpec.FieldSpec s = f.map(fieldSpecs::get).orElse(null);
            if (s != null && f.get() != heads.get(c) && s.type().isStrict()
                    && fit(s, values[c + 1].replace('\u00a0', ' ').strip()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cell ends in a hint of how to answer it ("Handling code (record here)", "Handling condition (if any)",
     * "Sharing code - please state"): a label, never an answer. A row of two labels in a table of "label | value" rows
     * whose second ends so is a grid of labels over their values (the police report's grading and handling code over
     * "1A | P"), not a label and its value.
     */
    private static boolean endsInItsHint(String cell) {
        String c = cell.replace('\u00a0', ' ').strip();
        return Instructions.endsInAHint(c) || Instructions.endALabel(c.replaceAll("[:*?]+$", "").strip());
    }

    /**
     * Whether a row of two labels in a table of "label | value" rows is a band of labels over their answers all the
     * same: the cell under the first label is an answer ({@link #answerCell}), and the second label is typed as one
     * (a colon, a question mark, a star: "Your role:"), or names another field while the cell under the first answers
     * it by its type ({@link #firstAnsweredBelow}: "Referrer name | Referrer role" over "Bethany Crowther | Personal
     * Adviser"). "Position | Social Worker" is still a free-text field's label and its value.
     */
    private boolean answeredBelow(String[] heads, String[] values, List<F> fields) {
        String across = heads[1].replace('\u00a0', ' ').strip();
        return fields.get(1) != null && fields.get(1) != fields.get(0) && answerCell(values[0])
                && (markedAsLabel(across) || firstAnsweredBelow(values, fields) && labelOf(across).isPresent());
    }

    /**
     * Whether the first cell of the row under two labels is the first label's answer by its type (a name, a date, an
     * email ... not free text, which any words fit) and no label itself: the row under is then no "label | value" row,
     * whatever words its second cell holds ("Personal Adviser" is a social worker's label and a referrer's role).
     */
    private boolean firstAnsweredBelow(String[] values, List<F> fields) {
        FormSpec.FieldSpec first = fields.get(0) == null ? null : fieldSpecs.get(fields.get(0));
        return values.length == 2 && first != null && first.type() != FieldType.TEXT
                && first.type() != FieldType.NARRATIVE && answerCell(values[0])
                && fit(first, values[0].replace('\u00a0', ' ').strip()).isPresent();
    }

    /** A cell that holds an answer: not blank, naming no field and not marked as a label. */
    private boolean answerCell(String cell) {
        String c = cell.replace('\u00a0', ' ').strip();
        return !FieldValues.isBlank(c) && labelOf(c).isEmpty() && !markedAsLabel(c);
    }

    /**
     * Whether a line is a row of two cells, a label of the form and a value that names no field ("Name of referrer |
     * Sian Prosser"): a table with {@value #PAIR_ROWS} or more such rows is read a row at a time, and a row of two
     * labels in it ("Position | Social Worker", "Team | Children Looked After Team") is a label and its value too, not
     * labels over the row below.
     */
    private boolean pairRow(String line) {
        String[] cells = line.split("\t", -1);
        return cells.length == 2 && labelOf(cells[0]).isPresent() && !FieldValues.isBlank(cells[1])
                && labelOf(cells[1]).isEmpty() && !markedAsLabel(cells[1].strip());
    }

    /**
     * A yes or no told in a sentence is short ("Consent given", "Offered but declined"): longer words that name a field
     * are its label, whatever yes-word they hold ("Date FGC offered / held"); one marked ("☒ Yes ☐ No") is an answer.
     */
    private static final int YES_NO_WORDS = 3;

    private Optional<F> labelOf(String cell) {
        String c = cell.replace('\u00a0', ' ').replaceAll("[:*]+$", "").trim();
        int words = c.split("\\s+").length;
        if (c.isEmpty() || words > MAX_LABEL_WORDS || FieldValues.isBlank(c)
                || FieldValues.yesNoSaidFirst(c).isPresent() || words <= YES_NO_WORDS && FieldValues.yesNo(c).isPresent()
                || kindOf(c) != Kind.UNTYPED) {
            return Optional.empty(); // "No", "X", "Consent given" or a date is an answer, not a label
        }
        return matcher.match(c, LabelMatcher.THRESHOLD).map(m -> byId.get(m.fieldId()));
    }

    static String pairKey(String label, String value) {
        return label.replace('\u00a0', ' ').replaceAll("[:*]+$", "").trim() + "\u0000"
                + (value == null ? "" : value.replace('\u00a0', ' ').trim());
    }
}
