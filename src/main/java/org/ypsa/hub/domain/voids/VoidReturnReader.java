package org.ypsa.hub.domain.voids;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.TextReader;
import org.ypsa.hub.domain.forms.Words;

/**
 * Finds a void return in a grid or in "Label: value" lines, wherever the sender put the table:
 * title rows above it, provider and week as labelled cells, a totals row under it, any column order.
 */
public final class VoidReturnReader {
    private static final Set<VoidField> COUNTS = EnumSet.of(VoidField.TOTAL_UNITS, VoidField.OCCUPIED, VoidField.VACANT);

    private VoidReturnReader() {
    }

    /** The raw text of a return as found, before validation. */
    public record Draft(String source, Map<VoidField, String> heading, List<DraftRow> rows) {
    }

    /** One property's raw values; where is the row or block the sender would look for. */
    public record DraftRow(String where, Map<VoidField, String> values) {
        public String get(VoidField f) {
            String v = values.get(f);
            return v == null ? "" : v.trim();
        }
    }

    /** The void return's labels as config/forms/void-return.yml ships them. */
    private static FieldCatalog<VoidField> shipped() {
        return FieldCatalog.shipped(VoidField.class, "void-return");
    }

    public static Optional<Draft> fromGrid(Grid grid) {
        return fromGrid(grid, shipped());
    }

    /**
     * A table of properties, one row per property, or one column per property with the fields named down its first
     * column.
     */
    public static Optional<Draft> fromGrid(Grid grid, FieldCatalog<VoidField> labels) {
        Grid counted = withCountsAsNumbers(grid);
        return byRows(counted, grid, labels).or(() -> byColumns(counted, grid, labels));
    }

    /** What a count counts, as providers write it after the number: "6 units", "3 flats", "2 bedspaces". */
    private static final String UNIT_NOUN = "rooms?|beds?|bedrooms?|units?|bed\\s?spaces?|spaces?|flats?|places?|bedsits?|"
            + "studios?|houses?|homes?|propert(?:y|ies)";
    /** Words saying a count is of units lived in: "5 occ", "5 in", "5 tenants", "5 let", "5 young people". */
    private static final String OCCUPIED_WORD = "occupied|occ'?d?|let|in|in use|taken|filled|full|tenants?|tenanted|"
            + "residents?|occupants?|young people|yps?|people|clients?";
    /** Words saying a count is of units empty: "1 void", "1 spare", "1 vac", "1 free". */
    private static final String VACANT_WORD = "vacant|vac|vacancy|vacancies|voids?|empty|free|spare|available|avail|"
            + "unoccupied|unlet";
    /** A small count written as a word: "one void", "six units". */
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /**
     * A count written with what it counts: "4 rooms", "2 beds", "1 bedspace", "3 units", "5 occ", "2 tenants", "1
     * spare", "1 flat void", "six units". The number is the count; a number with any other words ("3 (one held)", "2 -
     * one on hold", "about 3") is left as written, and a count's column holding it is not read as a number.
     */
    private static final java.util.regex.Pattern COUNT_WITH_UNIT = java.util.regex.Pattern.compile(
            "(?iu)(\\d{1,4}|" + String.join("|", NUMBER_WORDS) + ")\\s*(?:(?<before>" + OCCUPIED_WORD + "|" + VACANT_WORD
                    + ")\\.?\\s+)?(?:(?:" + UNIT_NOUN + ")\\.?)?(?:\\s+(?<after>" + OCCUPIED_WORD + "|" + VACANT_WORD
                    + "))?\\.?");

    /** "nil", "none", "zero", "no voids", "nil void", "none occupied": a count of nought, in a count's place only. */
    private static final java.util.regex.Pattern NONE_COUNT = java.util.regex.Pattern.compile(
            "(?iu)(?:nil|none|zero|nought|no)(?:\\s+(?:" + UNIT_NOUN + "))?(?:\\s+(?<state>" + OCCUPIED_WORD + "|" + VACANT_WORD
                    + "))?\\.?");

    static String countAsNumber(String cell) {
        if (cell == null) {
            return null;
        }
        java.util.regex.Matcher m = COUNT_WITH_UNIT.matcher(cell.strip());
        if (!m.matches() || m.group("before") != null && m.group("after") != null
                || !m.group(1).matches("\\d+") && m.group("before") == null && m.group("after") == null
                        && !cell.strip().contains(" ")) {
            return cell; // a number word alone ("one") may be a name or a note; with its unit it is a count
        }
        int word = NUMBER_WORDS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT));
        return word >= 0 ? String.valueOf(word) : m.group(1);
    }

    /**
     * A cell read as one count of a property: its number with what it counts, or nought written as "nil", "none" or
     * "no voids". A count whose word names the other count ("3 vacant" as the occupied count, "2 in" as the vacant) is
     * left as written, so the property is refused for it rather than routed with a number the sender did not mean.
     */
    static String countAsNumber(VoidField field, String cell) {
        if (cell == null || !COUNTS.contains(field)) {
            return cell;
        }
        String t = cell.strip();
        if (namesTheOtherCount(field, t)) {
            return cell;
        }
        if (t.equalsIgnoreCase("no")) {
            return cell; // "No" alone is an answer to a question, not a count
        }
        if (NONE_COUNT.matcher(t).matches()) {
            return "0";
        }
        return countAsNumber(cell);
    }

    /** Whether a count's word names the other count: "3 vacant" as the occupied count, "2 tenants" as the vacant. */
    static boolean namesTheOtherCount(VoidField field, String cell) {
        if (cell == null || field == VoidField.TOTAL_UNITS || !COUNTS.contains(field)) {
            return false;
        }
        String t = cell.strip();
        java.util.regex.Matcher m = COUNT_WITH_UNIT.matcher(t);
        java.util.regex.Matcher none = NONE_COUNT.matcher(t);
        String state = m.matches() ? (m.group("before") != null ? m.group("before") : m.group("after"))
                : none.matches() ? none.group("state") : null;
        if (state == null) {
            return false;
        }
        boolean occupiedWord = state.toLowerCase(java.util.Locale.ROOT).matches(OCCUPIED_WORD);
        return field == VoidField.OCCUPIED ? !occupiedWord : occupiedWord;
    }

    /** Whether a cell says nought in a count's place: "nil", "none", "no voids". */
    static boolean isNoneCount(String cell) {
        return cell != null && !cell.strip().equalsIgnoreCase("no") && NONE_COUNT.matcher(cell.strip()).matches();
    }

    private static Grid withCountsAsNumbers(Grid grid) {
        List<Grid.Row> rows = new ArrayList<>();
        for (Grid.Row r : grid.rows()) {
            rows.add(new Grid.Row(r.number(), r.cells().stream().map(VoidReturnReader::countAsNumber).toList()));
        }
        return new Grid(grid.source(), grid.rowWord(), rows);
    }

    /**
     * A table of properties in a Word document or a PDF, which also hold forms of labels and answers laid out as
     * tables: read as a sheet is, and taken as a return only when a property's row gives a count as a number. A table
     * of "Referral reference: | ABC-123 | Provider: | ..." gives none.
     */
    public static Optional<Draft> fromDocumentTable(Grid grid) {
        return fromDocumentTable(grid, shipped());
    }

    public static Optional<Draft> fromDocumentTable(Grid grid, FieldCatalog<VoidField> labels) {
        return fromGrid(grid, labels).filter(d -> d.rows().stream().anyMatch(r -> COUNTS.stream()
                .anyMatch(f -> r.get(f).matches("\\d{1,4}(\\.0+)?"))));
    }

    /**
     * @param grid the sheet with its counts read as numbers, to find the table by
     * @param asTyped the same sheet as typed, whose cells each property's values are read from
     */
    private static Optional<Draft> byRows(Grid grid, Grid asTyped, FieldCatalog<VoidField> labels) {
        List<Grid.Row> rows = grid.rows();
        for (int h = 0; h < rows.size(); h++) {
            Map<Integer, VoidField> columns = headerColumns(rows, h, labels);
            if (columns == null) {
                continue;
            }
            // merged group headers ("Property | Units | Availability") above the real header: the header is
            // the row under them that names more fields
            while (h + 1 < rows.size()) {
                Map<Integer, VoidField> under = headerColumns(rows, h + 1, labels);
                if (under == null || under.size() <= columns.size()) {
                    break;
                }
                columns = under;
                h++;
            }
            columns = countsByDenial(rows, h, columns);
            columns = countByArithmetic(rows, h, columns);
            columns = totalByArithmetic(rows, h, columns);
            Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
            List<String> undated = new ArrayList<>();
            for (int i = 0; i < h; i++) {
                readHeadingCells(rows.get(i), i + 1 < h ? rows.get(i + 1) : null, heading, labels);
                List<String> underLabels = datesUnderUnknownLabels(rows.get(i), labels);
                undated.addAll(underLabels);
                if (underLabels.isEmpty()) {
                    rows.get(i).cells().forEach(c -> undated.addAll(weeksInWords(c)));
                }
            }
            weekFromLeftovers(heading, undated);
            List<DraftRow> out = new ArrayList<>();
            // where each group of properties starts: after a scheme's heading, a note or a subtotal row
            List<Integer> groupStarts = new ArrayList<>(List.of(0));
            for (int i = h + 1; i < rows.size(); i++) {
                Grid.Row row = rows.get(i);
                Map<VoidField, String> values = new EnumMap<>(VoidField.class);
                Grid.Row header = rows.get(h);
                Grid.Row typed = asTyped.rows().get(i);
                columns.forEach((col, field) -> values.put(field, field == VoidField.WEEK_COMMENCING
                        ? weekAsLabelled(header.cell(col), row.cell(col))
                        : COUNTS.contains(field) ? countAsNumber(field, typed.cell(col)) : typed.cell(col)));
                if (row.cells().equals(rows.get(h).cells())) {
                    continue; // the header again, as a table running over two pages repeats it
                }
                if (isTotalsOrFooter(row, values) || sumsAGroupAbove(values, out, groupStarts)) {
                    readHeadingCells(row, heading, labels);
                    groupStarts.add(out.size());
                    continue;
                }
                out.add(new DraftRow(grid.rowWord() + " " + row.number(), values));
            }
            return Optional.of(new Draft(grid.source(), heading, out));
        }
        return Optional.empty();
    }

    /**
     * A return laid out one column per property: the fields named down one column ("Property code", "Total units",
     * "Occupied" ...) and each property's values in a column to the right of it, the provider and week as labelled
     * cells above or below. Read as the same table turned on its side; each property is found by its column
     * ("Column C"). At least one property's column must give its reference as a code and its counts as numbers, so
     * that a form of labels and answers (one column of answers) is not read as a return.
     */
    static Optional<Draft> byColumns(Grid grid, Grid asTyped, FieldCatalog<VoidField> labels) {
        List<Grid.Row> rows = grid.rows();
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (width < 2 || rows.size() < 3) {
            return Optional.empty();
        }
        List<Grid.Row> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> cells = new ArrayList<>();
            for (Grid.Row r : rows) {
                cells.add(r.cell(c));
            }
            columns.add(new Grid.Row(c + 1, cells));
        }
        for (int h = 0; h < columns.size(); h++) {
            Map<Integer, VoidField> fields = headerColumns(columns, h, labels);
            if (fields == null) {
                continue;
            }
            fields = countByArithmetic(columns, h, fields);
            // the provider or the week given once beside its label, not for each property, is the return's own
            int properties = filledAfter(rows.get(firstOf(fields, VoidField.PROPERTY_REFERENCE)), h);
            Map<Integer, VoidField> perProperty = new LinkedHashMap<>();
            for (Map.Entry<Integer, VoidField> e : fields.entrySet()) {
                if (!e.getValue().isHeading() || filledAfter(rows.get(e.getKey()), h) >= properties) {
                    perProperty.put(e.getKey(), e.getValue());
                }
            }
            fields = perProperty;
            Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
            List<String> undated = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!fields.containsKey(i)) {
                    readHeadingCells(rows.get(i), heading, labels);
                    undated.addAll(datesUnderUnknownLabels(rows.get(i), labels));
                }
            }
            weekFromLeftovers(heading, undated);
            List<DraftRow> out = new ArrayList<>();
            boolean aPropertyByItsCode = false;
            for (int p = h + 1; p < columns.size(); p++) {
                Grid.Row column = columns.get(p);
                Map<VoidField, String> values = new EnumMap<>(VoidField.class);
                final int property = p;
                fields.forEach((at, field) -> values.put(field, COUNTS.contains(field)
                        ? countAsNumber(field, asTyped.rows().get(at).cell(property))
                        : asTyped.rows().get(at).cell(property)));
                Grid.Row asRow = new Grid.Row(column.number(), new ArrayList<>(values.values()));
                if (isTotalsOrFooter(asRow, values) || sumsTheRowsAbove(values, out)) {
                    continue;
                }
                String reference = values.getOrDefault(VoidField.PROPERTY_REFERENCE, "");
                long counts = COUNTS.stream().filter(f -> values.getOrDefault(f, "").strip().matches("\\d{1,4}(\\.0+)?"))
                        .count();
                aPropertyByItsCode |= isCode(reference) && counts >= 2;
                out.add(new DraftRow("Column " + columnLetters(column.number()), values));
            }
            if (aPropertyByItsCode) {
                return Optional.of(new Draft(grid.source(), heading, out));
            }
        }
        return Optional.empty();
    }

    private static int firstOf(Map<Integer, VoidField> fields, VoidField field) {
        return fields.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    /** How many cells of a row right of column c are filled. */
    private static int filledAfter(Grid.Row row, int c) {
        int n = 0;
        for (int i = c + 1; i < row.cells().size(); i++) {
            n += row.cell(i).isBlank() ? 0 : 1;
        }
        return n;
    }

    /** A spreadsheet's name for its n-th column: 1 is A, 27 is AA. */
    static String columnLetters(int n) {
        StringBuilder s = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return s.toString();
    }

    /** The label and value with each non-breaking space a space, and the value stripped of any at its ends. */
    static TextReader.LabelValue withoutHardSpaces(TextReader.LabelValue lv) {
        if (lv.value() == null || lv.value().indexOf('\u00a0') < 0 && (lv.label() == null || lv.label().indexOf('\u00a0') < 0)) {
            return lv;
        }
        return new TextReader.LabelValue(lv.line(), lv.label() == null ? null : lv.label().replace('\u00a0', ' ').strip(),
                lv.value().replace('\u00a0', ' ').strip());
    }

    /** "Label: value" lines: each "Property reference" starts the next property. */
    public static Optional<Draft> fromLabelValues(String source, List<TextReader.LabelValue> lines) {
        return fromLabelValues(source, lines, shipped());
    }

    public static Optional<Draft> fromLabelValues(String source, List<TextReader.LabelValue> lines,
            FieldCatalog<VoidField> labels) {
        Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
        List<DraftRow> out = new ArrayList<>();
        Map<VoidField, String> current = null;
        String referenceLabel = null;
        Set<VoidField> seen = EnumSet.noneOf(VoidField.class);
        List<String> undated = new ArrayList<>();
        Map<Map<VoidField, String>, List<String>> unnamedNumbers = new java.util.IdentityHashMap<>();
        List<TextReader.LabelValue> pairs = new ArrayList<>();
        for (TextReader.LabelValue typed : lines) {
            // a non-breaking space after the colon, as Outlook's AutoFormat types it ("Total units:\u00a08"), is a space
            TextReader.LabelValue written = withoutHardSpaces(typed);
            // "Provider: Key2 Futures   Week commencing: 07/12/2026" on one line is two labels with their values
            List<String> parts = splitAtSecondLabel(written.label() + ": " + written.value(), labels);
            for (String part : parts) {
                int colon = part.indexOf(':');
                pairs.add(parts.size() == 1 || colon < 0 ? written : new TextReader.LabelValue(written.line(),
                        part.substring(0, colon).strip(), part.substring(colon + 1).strip()));
            }
        }
        for (TextReader.LabelValue written : pairs) {
            TextReader.LabelValue lv = new TextReader.LabelValue(written.line(),
                    untimed(Words.withElisionsShortened(written.label()), labels), countAsNumber(written.value()));
            if (NIL_RETURN.matcher(lv.label()).matches()) {
                continue; // "Nil return: all units are let this week." says no unit is void, not the week nor a count
            }
            Optional<VoidField> f = labels.match(lv.label()).or(() -> labels.match(shortenedHeader(lv.label(), labels)))
                    .or(() -> labels.ranked(lv.label()).isEmpty() ? labels.rankedAllowingTypos(lv.label()).stream()
                            .findFirst().map(Map.Entry::getKey) : Optional.empty());
            if (f.isPresent() && (f.get() == VoidField.OCCUPIED || f.get() == VoidField.VACANT) && negated(lv.label())) {
                // "Not occupied: 3" is the vacant count; "Not vacant: 1" a number the arithmetic places
                f = f.get() == VoidField.OCCUPIED ? Optional.of(VoidField.VACANT) : Optional.empty();
            }
            if (f.isEmpty() && current == null && isWeekDate(lv.value())) {
                undated.add(weekAsLabelled(lv.label(), lv.value().strip()));
            }
            // a code of letters and digits ("ABC-01") under a label read as a count or as nothing is a property's
            // reference: "Unit: ABC-01" starts a property as "Property ref: ABC-01" does
            if ((f.isEmpty() || COUNTS.contains(f.get())) && lv.value() != null && isCode(lv.value())
                    && lv.label().strip().split("\\s+").length <= 3) {
                f = Optional.of(VoidField.PROPERTY_REFERENCE);
            }
            // inside a property's block, a bare number under a label read as the reference ("Size of scheme: 2") is
            // no second property: it is a number whose field is not known
            if (f.isPresent() && f.get() == VoidField.PROPERTY_REFERENCE && current != null && lv.value() != null
                    && lv.value().strip().matches("\\d{1,4}")) {
                f = Optional.empty();
            }
            // inside a property's block whose code came under another label ("Property code: A2D-WOX-01"), a label
            // read as the reference over words that are no code ("Scheme: Parents") is no second property: it tells
            // the scheme's kind, its service type, when the block has none yet
            if (f.isPresent() && f.get() == VoidField.PROPERTY_REFERENCE && current != null && lv.value() != null
                    && referenceLabel != null && !Labels.normalize(referenceLabel).equals(Labels.normalize(lv.label()))
                    && isCode(current.getOrDefault(VoidField.PROPERTY_REFERENCE, "")) && !isCode(lv.value())
                    && lv.value().strip().matches("[\\p{L}\\d+][\\p{L}\\d+ /-]*")) {
                if (current.containsKey(VoidField.SERVICE_TYPE)) {
                    continue;
                }
                f = Optional.of(VoidField.SERVICE_TYPE);
            }
            if (f.isEmpty()) {
                if (current != null && lv.value() != null && lv.value().strip().matches("\\d{1,4}")) {
                    unnamedNumbers.computeIfAbsent(current, k -> new ArrayList<>()).add(lv.value().strip());
                }
                continue;
            }
            VoidField field = f.get();
            // a field this property already has is not named twice: the label names its next field ("Emergency
            // use" after "Current occupancy" is the emergency bed, "Available" after "Voids" the date available)
            if (current != null && field != VoidField.PROPERTY_REFERENCE && current.containsKey(field)) {
                final Map<VoidField, String> block = current;
                Optional<VoidField> next = labels.ranked(lv.label()).stream().map(Map.Entry::getKey)
                        .filter(g -> g != VoidField.PROPERTY_REFERENCE && !block.containsKey(g)).findFirst();
                if (next.isPresent()) {
                    field = next.get();
                }
            }
            // a date is no count: inside a property's block, a date under a label read as a count ("availble:
            // 13/12/2026", its slip read as "available units") is the property's one date, the day it is available
            if (COUNTS.contains(field) && current != null && !current.containsKey(VoidField.AVAILABLE_FROM)
                    && isDate(lv.value()) && !namesThePast(lv.label()) && !namesADuration(lv.label())) {
                // ("Void since: 01/12/2026" is the day it fell empty, no day it is available)
                field = VoidField.AVAILABLE_FROM;
            }
            // a count is a number: a label read as a count whose value is a word ("Emerg bed: No") names its next
            // field that is no count
            if (COUNTS.contains(field) && lv.value() != null && !lv.value().isBlank() && !Labels.isBlank(lv.value())
                    && !lv.value().strip().matches("-?\\d{1,4}")
                    // "Occupied: nil" is a count of nought, but no second count of a property that has it ("Beds: none spare")
                    && !(isNoneCount(lv.value()) && (current == null || !current.containsKey(field)))) {
                Optional<VoidField> other = labels.ranked(lv.label()).stream().map(Map.Entry::getKey)
                        .filter(g -> !COUNTS.contains(g)).findFirst();
                if (other.isPresent()) {
                    field = other.get();
                } else if (current != null && current.containsKey(field)) {
                    continue; // the property has that count already: a word is no second count of it
                }
            }
            // a date is no count: a label read as a date whose value is a bare number ("Voids this week: 3") names
            // its next field that is a count
            if ((field == VoidField.WEEK_COMMENCING || field == VoidField.AVAILABLE_FROM) && lv.value() != null
                    && lv.value().strip().matches("\\d{1,4}")) {
                Optional<VoidField> count = labels.ranked(lv.label()).stream().map(Map.Entry::getKey)
                        .filter(COUNTS::contains).findFirst();
                if (count.isPresent()) {
                    field = count.get();
                } else if (current != null) {
                    // a bare number is no date ("Free: 3"): a number whose field is not known, as any such label's
                    unnamedNumbers.computeIfAbsent(current, k -> new ArrayList<>()).add(lv.value().strip());
                    continue;
                }
            }
            // a week is a date: inside a property's block, a label read as the week whose value is no date ("Notes
            // this week: Lift out of order") names its next field that is neither a date nor a count
            if (field == VoidField.WEEK_COMMENCING && current != null && lv.value() != null && !lv.value().isBlank()
                    && !isWeekDate(lv.value())) {
                Optional<VoidField> other = labels.ranked(lv.label()).stream().map(Map.Entry::getKey)
                        .filter(g -> g != VoidField.WEEK_COMMENCING && g != VoidField.AVAILABLE_FROM
                                && !COUNTS.contains(g))
                        .findFirst();
                if (other.isPresent()) {
                    field = other.get();
                }
            }
            // a count is evidence of a void return only with a number ("Actions taken: Manager informed" is not one)
            boolean count = field == VoidField.VACANT || field == VoidField.OCCUPIED;
            if (!count || lv.value() != null && lv.value().strip().matches("\\d{1,4}")) {
                seen.add(field);
            }
            if (field == VoidField.PROPERTY_REFERENCE) {
                referenceLabel = lv.label();
                current = new EnumMap<>(VoidField.class);
                out.add(new DraftRow("Property " + (out.size() + 1) + " (line " + lv.line() + ")", current));
            }
            String value = field == VoidField.WEEK_COMMENCING ? weekAsLabelled(lv.label(), lv.value())
                    : COUNTS.contains(field) ? countAsNumber(field, written.value()) : written.value();
            if (field.isHeading() && (current == null || !current.containsKey(field))) {
                if (current == null) {
                    heading.put(field, value);
                    continue;
                }
            }
            if (current != null) {
                current.put(field, value);
            }
        }
        boolean looksLikeVoids = seen.contains(VoidField.PROPERTY_REFERENCE)
                && (seen.contains(VoidField.VACANT) || seen.contains(VoidField.OCCUPIED));
        weekFromLeftovers(heading, undated);
        unnamedNumbers.forEach(VoidReturnReader::countFromNumbers);
        return looksLikeVoids ? Optional.of(new Draft(source, heading, out)) : Optional.empty();
    }

    /** A return's statement that it has nothing void: "Nil return", "NIL", "Nil voids" as a label. */
    private static final java.util.regex.Pattern NIL_RETURN = java.util.regex.Pattern.compile(
            "(?iu)\\s*nil(?:\\s+(?:return|voids?|vacanc(?:y|ies)))?\\s*");

    /** "all 3 units occupied", "all 4 let", "all 2 beds full": every unit taken, so their count is the total too. */
    private static final java.util.regex.Pattern ALL_OCCUPIED = java.util.regex.Pattern.compile(
            "(?iu)^all\\s+(\\d{1,4})\\s+(?:(?:units?|beds?|rooms?|flats?|places?|bed\\s?spaces?)\\s+)?"
                    + "(?:occupied|let|full|filled|taken|in\\s+use)\\b");

    /** Words opening a part before what must follow them, which stays: "all" before a count, "in" before a place. */
    private static java.util.regex.Pattern opening(String words, String followedBy) {
        return java.util.regex.Pattern.compile("(?iu)^(?:" + words + ")\\s+(?=" + followedBy + ")");
    }

    /** "all 5 let", "all 3 occupied": every unit counted, the word "all" before the count. */
    private static final java.util.regex.Pattern ALL_BEFORE_COUNT = opening("all", "\\d");

    /** A bullet or a number opening a line of a list: "*", "-", "•", "1.", "2)". */
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile(
            "^\\s*(?:[*\u2022\u00b7\\-\u2013>]+|\\d{1,2}[.)])\\s*");

    /** Where a property's line divides into its parts: a comma, semicolon, colon, bar, bracket or spaced dash. */
    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile(
            "\\s*(?:[,;|()\\[\\]]|:(?!\\d)|\\s[-\u2013\u2014]\\s)\\s*");

    /** "2 vacant of 7", "3 free out of 5", "1 void / 4": a count of the total. */
    private static final java.util.regex.Pattern COUNT_OF_TOTAL = java.util.regex.Pattern.compile(
            "(?iu)^(\\d{1,4})\\s+(\\p{L}[\\p{L} ]{0,20}?)\\s+(?:of|out of|/)\\s+(\\d{1,4})(?:\\s+\\p{L}+)?$");

    /**
     * Words and a count where the words are an alternative, "let or not 6", "occupied or empty 8", "whether let or
     * not 8": they qualify the label before them (every unit, whichever way) and name no count of their own.
     */
    private static final java.util.regex.Pattern EITHER_WAY = java.util.regex.Pattern.compile(
            "(?iu)^(?:whether\\s+)?\\p{L}+\\s+or\\s+(?:not|otherwise|\\p{L}+)\\s+(\\d{1,4})$");

    /** A property's code as written: letters and digits, with dashes, slashes, dots or underscores between them. */
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9\\-/._]*[A-Za-z0-9]";

    /** A preposition before a property's code opening a sentence about it: "At RSP-CHE-01 in ...", "For K2F-01:". */
    private static final java.util.regex.Pattern PREPOSITION_BEFORE_CODE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:at|for|in)\\s+(" + CODE + ")(?=[\\s(:,;|\\-\u2013])");

    /** "and" between two counts of a property's sentence: "7 occupied and 1 void", "3 let & 2 empty". */
    private static final java.util.regex.Pattern COUNTS_JOINED = java.util.regex.Pattern.compile(
            "(?iu)(?<=\\d\\s{0,3}\\p{L}{1,20})\\s+(?:and|&)\\s+(?=\\d{1,4}\\s+\\p{L})");

    /** What a sentence says before a count it has: "we have 8 units", "there are 4 beds", "it has 6 rooms". */
    private static final java.util.regex.Pattern HAVING_BEFORE_COUNT = opening(
            "we\\s+(?:have|hold|run)(?:\\s+got)?|we've\\s+got|there\\s+are|it\\s+has|(?:which\\s+)?has", "\\d");

    /** A place's preposition in a property's sentence: "in Cherwell", "at Oxford City". */
    private static final java.util.regex.Pattern PLACE_PREPOSITION = opening("in|at", "\\p{L}");

    /** A value word that starts a part's value after its label: "emerg Y", "available n/k". */
    private static final java.util.regex.Pattern VALUE_WORD = java.util.regex.Pattern.compile(
            "(?iu)y|n|yes|no|n/a|n/k|na|nk|tbc|tba|none|nil|now|immediately|today|\\u2713|\\u2714|x|mon(?:day)?|"
                    + "tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?");

    /**
     * A return written one line per property in the mail's body, each line opening with the property's code: "*
     * RSP-CHE-01 - Cherwell - 18+ Shared: total 8, occ 6, vac 2, from 11 Jan 2027, emerg Y - Repair booked" or
     * "K2F-CHE-01 (Cherwell): 2 vacant of 7 (5 occupied); available 05-Jan-2027; emergency bed Y". Each line is cut
     * into its parts; a part of words and a value ("occ 6", "5 occupied", "emergency bed Y") is read as a "Label: value"
     * line of the property's block; the words before the first such part are its locality and then its service type
     * (the validator checks them against the lists); words after it are its notes; a date under words naming no field
     * is the date available. The provider and the week are "Label: value" lines before the first property. At least
     * one property must give its occupied or vacant count as a number.
     */
    public static Optional<Draft> fromPropertyLines(String source, String text, FieldCatalog<VoidField> labels) {
        List<TextReader.LabelValue> heading = new ArrayList<>();
        List<TextReader.LabelValue> block = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        boolean aCount = false;
        for (int i = 0; i < lines.length; i++) {
            String line = BULLET.matcher(lines[i]).replaceFirst("");
            // "At RSP-CHE-01 in Cherwell ...", "For K2F-OXC-01: ...": a sentence about a property opens with its code
            java.util.regex.Matcher at = PREPOSITION_BEFORE_CODE.matcher(line);
            if (at.find() && isCode(at.group(1))) {
                line = line.substring(at.end(1) - at.group(1).length());
            }
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("^(" + CODE + ")(.*)$")
                    .matcher(line.strip());
            // a code and plain words after it, no figure nor any mark between parts, is a name or prose ("A2 Dominion
            // Returns" signing the mail), not a property
            boolean plainWords = code.matches() && code.group(2).matches("[\\p{L}\\s'&]*");
            if (!code.matches() || !isCode(code.group(1)) || !code.group(2).matches("(?s)\\s*[\\s(:,;|\\-\u2013].*")
                    || plainWords) {
                if (block.isEmpty()) {
                    java.util.regex.Matcher lv = java.util.regex.Pattern.compile("^\\s*([^:]{1,60}?)\\s*[:=]\\s*(.*)$")
                            .matcher(line);
                    if (lv.matches()) {
                        heading.add(new TextReader.LabelValue(i + 1, lv.group(1).strip(), lv.group(2).strip()));
                    }
                }
                continue;
            }
            List<TextReader.LabelValue> parts = propertyLine(i + 1, code.group(1), code.group(2), labels);
            // a line of figures that says nothing of beds taken or free ("ABC-12 - total 3 incidents") is no property
            aCount |= parts.stream().anyMatch(lv -> labels.match(lv.label())
                    .or(() -> labels.match(shortenedHeader(lv.label(), labels)))
                    .filter(f -> f == VoidField.OCCUPIED || f == VoidField.VACANT).isPresent()
                    && lv.value().matches("\\d{1,4}"));
            block.addAll(parts);
        }
        if (!aCount) {
            return Optional.empty();
        }
        List<TextReader.LabelValue> all = new ArrayList<>(heading);
        all.addAll(block);
        return fromLabelValues(source, all, labels);
    }

    /** One property's line as "Label: value" lines, its reference first. */
    private static List<TextReader.LabelValue> propertyLine(int line, String code, String rest,
            FieldCatalog<VoidField> labels) {
        List<TextReader.LabelValue> out = new ArrayList<>();
        out.add(new TextReader.LabelValue(line, VoidField.PROPERTY_REFERENCE.label(), code));
        List<VoidField> unnamed = new ArrayList<>(List.of(VoidField.LOCALITY, VoidField.SERVICE_TYPE));
        boolean named = false;
        List<String> notes = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String part : PART.split(rest.strip())) {
            // "7 occupied and 1 void": two counts joined by "and" are two parts
            parts.addAll(List.of(COUNTS_JOINED.split(part)));
        }
        // a label and its value cut apart at a colon ("Total: 4") are one part
        for (int k = 0; k + 1 < parts.size(); k++) {
            String next = parts.get(k + 1).strip();
            if (!parts.get(k).matches(".*\\d.*") && labels.match(parts.get(k).strip()).isPresent()
                    && (next.matches("\\d.*") || VALUE_WORD.matcher(next.split("\\s+")[0]).matches())) {
                parts.set(k, parts.get(k).strip() + " " + next);
                parts.remove(k + 1);
                continue;
            }
            // "Total units, let or not 6": an alternative after a comma qualifies the label and counts nothing itself
            java.util.regex.Matcher either = EITHER_WAY.matcher(next);
            if (!parts.get(k).matches(".*\\d.*") && labels.match(parts.get(k).strip()).isPresent() && either.matches()) {
                parts.set(k, parts.get(k).strip() + " " + either.group(1));
                parts.remove(k + 1);
            }
        }
        String allUnits = null;
        for (String part : parts) {
            java.util.regex.Matcher all = ALL_OCCUPIED.matcher(part.strip());
            if (all.find()) {
                allUnits = all.group(1);
            }
            String p = ALL_BEFORE_COUNT.matcher(HAVING_BEFORE_COUNT.matcher(part.strip().replaceAll("^[-\u2013\u2014]+\\s*", "")
                    .replaceAll("[.]+$", "")).replaceFirst("")).replaceFirst("");
            if (p.isEmpty() || Labels.isBlank(p) && !p.matches("(?i)n/?[ak]")) {
                continue;
            }
            java.util.regex.Matcher of = COUNT_OF_TOTAL.matcher(p);
            if (of.matches()) {
                out.add(new TextReader.LabelValue(line, of.group(2), of.group(1)));
                out.add(new TextReader.LabelValue(line, VoidField.TOTAL_UNITS.label(), of.group(3)));
                named = true;
                continue;
            }
            java.util.regex.Matcher numberFirst = java.util.regex.Pattern.compile("(?iu)^(\\d{1,4})\\s+(\\p{L}[\\p{L} ]*)$")
                    .matcher(p);
            if (numberFirst.matches() && labels.match(numberFirst.group(2)).isPresent()) {
                out.add(new TextReader.LabelValue(line, numberFirst.group(2), numberFirst.group(1)));
                named = true;
                continue;
            }
            String[] words = p.split("\\s+");
            int at = -1;
            for (int k = 1; k < words.length && at < 0; k++) {
                if (words[k].matches(".*\\d.*") || VALUE_WORD.matcher(words[k]).matches()) {
                    at = k;
                }
            }
            if (at > 0) {
                String label = untimed(String.join(" ", java.util.Arrays.asList(words).subList(0, at)), labels);
                String value = String.join(" ", java.util.Arrays.asList(words).subList(at, words.length));
                // a part naming the property or the return ("Flat 3 out of action") is a note, not a second property
                boolean known = labels.match(label).or(() -> labels.match(shortenedHeader(label, labels)))
                        .filter(f -> f != VoidField.PROPERTY_REFERENCE && !f.isHeading()).isPresent();
                if (!known && isWeekDate(value) && !namesThePast(label)) {
                    out.add(new TextReader.LabelValue(line, VoidField.AVAILABLE_FROM.label(), value));
                    named = true;
                    continue;
                }
                if (known) {
                    out.add(new TextReader.LabelValue(line, label, value));
                    named = true;
                    continue;
                }
            }
            if (!named && !unnamed.isEmpty() && !p.matches("[\\d.,]+") && !isWeekDate(p)) {
                // "in Cherwell", "at Oxford City": the place without its preposition
                out.add(new TextReader.LabelValue(line, unnamed.remove(0).label(), PLACE_PREPOSITION.matcher(p).replaceFirst("")));
            } else if (named) {
                notes.add(p);
            }
        }
        if (!notes.isEmpty()) {
            out.add(new TextReader.LabelValue(line, VoidField.NOTES.label(), String.join(" - ", notes)));
        }
        // "all 3 units occupied" with no total of its own: every unit is the total
        if (allUnits != null && out.stream().noneMatch(lv -> labels.match(lv.label()).filter(f -> f == VoidField.TOTAL_UNITS)
                .isPresent())) {
            out.add(new TextReader.LabelValue(line, VoidField.TOTAL_UNITS.label(), allUnits));
        }
        return out;
    }

    /** How many rows under a header are read to check that its columns hold what they are named for. */
    private static final int SAMPLE_ROWS = 12;

    /**
     * A header row names at least three fields, at least one of them a count of units. The cells under a header
     * must bear it out: a column named for a count holds numbers ("Emergency bedspace" over Y / N is no count of
     * bed spaces). A short cell under a group heading ("Beds" over "Total | Filled | Empty") is read with it. A
     * property reference no header names is the column whose every cell is a code such as "ABC-01".
     */
    private static Map<Integer, VoidField> headerColumns(List<Grid.Row> rows, int at, FieldCatalog<VoidField> labels) {
        Grid.Row row = rows.get(at);
        if (row.cells().stream().filter(c -> c != null && !c.isBlank()).count() < 3) {
            return null; // a header names at least three fields: a line of prose is not one
        }
        List<Grid.Row> below = rows.subList(at + 1, Math.min(rows.size(), at + 1 + SAMPLE_ROWS));
        Grid.Row above = at > 0 ? rows.get(at - 1) : null;
        // each field goes to the column that names it best, a column that loses it to its next field: "Provider
        // comments" names the notes better than the provider, "Emergency use" the emergency bed once "Beds occupied"
        // has the occupied count
        record Claim(int column, VoidField field, double score) {
        }
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = row.cell(c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            Map<VoidField, Double> best = new EnumMap<>(VoidField.class);
            // a heading with a slip of the keyboard ("ocupied", "vacnt") is read as meant: the counts must add up
            for (Map.Entry<VoidField, Double> e : labels.rankedAllowingTypos(shortenedHeader(
                    Words.withElisionsShortened(cell), labels))) {
                best.merge(e.getKey(), e.getValue(), Math::max);
            }
            String group = groupOver(above, c, row.cells().size());
            if (group != null && cell.strip().split("\\s+").length <= 2) {
                for (Map.Entry<VoidField, Double> e : labels.ranked(group + " " + cell)) {
                    best.merge(e.getKey(), e.getValue(), Math::max);
                }
            }
            for (Map.Entry<VoidField, Double> e : best.entrySet()) {
                if (COUNTS.contains(e.getKey()) && namesADuration(cell)) {
                    continue;
                }
                if ((e.getKey() == VoidField.OCCUPIED || e.getKey() == VoidField.VACANT) && negated(cell)) {
                    // "Not occupied", "Beds with no resident" are the vacant count; "Not available" is left to the
                    // arithmetic (a room out of use is not available either)
                    if (e.getKey() == VoidField.OCCUPIED && borneOut(VoidField.VACANT, below, c)) {
                        claims.add(new Claim(c, VoidField.VACANT, e.getValue()));
                    }
                    continue;
                }
                if (e.getKey() == VoidField.LOCALITY && mostlyAddresses(below, c)) {
                    continue; // "Location" over "12 Banbury Road, Bicester" is the property's address
                }
                if (e.getKey() == VoidField.AVAILABLE_FROM && namesThePast(cell)) {
                    continue;
                }
                if (borneOut(e.getKey(), below, c)) {
                    // of two columns naming the property ("Scheme" over addresses, "Prop ref" over codes), the one
                    // whose cells are codes gives its reference
                    boolean byCode = e.getKey() == VoidField.PROPERTY_REFERENCE && allCodes(below, c);
                    claims.add(new Claim(c, e.getKey(), e.getValue() + (byCode ? CODES_FIRST : 0)));
                }
            }
        }
        claims.sort(java.util.Comparator.comparingDouble(Claim::score).reversed()
                .thenComparingInt(Claim::column));
        Map<Integer, VoidField> assigned = new java.util.TreeMap<>();
        Set<VoidField> found = EnumSet.noneOf(VoidField.class);
        for (Claim cl : claims) {
            if (!assigned.containsKey(cl.column()) && found.add(cl.field())) {
                assigned.put(cl.column(), cl.field());
            }
        }
        // a property named by its address ("Scheme" over "12 Banbury Road") beside a column of codes no heading names
        // as the reference ("ID", "Flat", "Room" over "K2F-CHE-01"): the codes are its reference
        Integer byWords = assigned.entrySet().stream().filter(e -> e.getValue() == VoidField.PROPERTY_REFERENCE)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (byWords != null && !allCodes(below, byWords)) {
            List<Integer> codes = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                if (!assigned.containsKey(c) && !row.cell(c).isBlank() && allCodes(below, c)) {
                    codes.add(c);
                }
            }
            if (codes.size() == 1) {
                assigned.remove(byWords);
                found.remove(VoidField.PROPERTY_REFERENCE);
            }
        }
        if (!found.contains(VoidField.PROPERTY_REFERENCE)) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (!assigned.containsKey(c) && !row.cell(c).isBlank() && allCodes(below, c)) {
                    assigned.put(c, VoidField.PROPERTY_REFERENCE);
                    found.add(VoidField.PROPERTY_REFERENCE);
                    break;
                }
            }
        }
        Map<Integer, VoidField> columns = new LinkedHashMap<>(assigned);
        // a count's column holds a count: a heading read as one over empty cells only ("Log number (police)" in an
        // incident log) names no unit, vacancy or occupancy
        boolean hasCount = assigned.entrySet().stream().anyMatch(e -> COUNTS.contains(e.getValue())
                && Tally.under(below, e.getKey(), true).numbers() > 0);
        boolean hasProperty = found.contains(VoidField.PROPERTY_REFERENCE);
        return found.size() >= 3 && (hasCount || countsLeftEmpty(assigned, below)) && hasProperty ? columns : null;
    }

    /**
     * A return whose count columns were left empty: two counts or more named over empty cells beside a column of
     * property codes. It is a void return missing its counts (its sender is told so), where one count's heading over
     * empty cells ("Log number (police)" in an incident log) makes no return.
     */
    private static boolean countsLeftEmpty(Map<Integer, VoidField> assigned, List<Grid.Row> below) {
        long counts = assigned.values().stream().filter(COUNTS::contains).count();
        boolean allEmpty = assigned.entrySet().stream().filter(e -> COUNTS.contains(e.getValue()))
                .allMatch(e -> below.stream().allMatch(r -> r.cell(e.getKey()) == null || r.cell(e.getKey()).isBlank()));
        return counts >= 2 && allEmpty && assigned.entrySet().stream()
                .anyMatch(e -> e.getValue() == VoidField.PROPERTY_REFERENCE && allCodes(below, e.getKey()));
    }

    /** What a property reference's claim gains where its column holds codes: more than any wording scores. */
    private static final double CODES_FIRST = 10;

    /**
     * A count's heading that denies what its words name: "Not occupied", "Beds with no resident", "Non-void", "Rooms
     * without a tenant". A heading denying occupied names the vacant count; one denying vacant is left to the
     * arithmetic (total = occupied + vacant). "No occupied" and "No. vacant" open with "number".
     */
    static boolean negated(String header) {
        return NEGATION.matcher(header.strip()).find();
    }

    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
            "(?iu)(?:(?<![\\p{L}\\d])(?:not|non|without|never)(?![\\p{L}\\d])|(?<=\\p{L}\\s)no(?![\\p{L}\\d.])(?!\\s+of\\b))");

    /** Whether most filled cells under column c read as street addresses: a house number and words ("12 Banbury Road"). */
    static boolean mostlyAddresses(List<Grid.Row> below, int c) {
        int addresses = 0;
        int others = 0;
        for (Grid.Row r : below) {
            String v = r.cell(c);
            if (v == null || v.isBlank() || Labels.normalize(v).startsWith("total")) {
                continue;
            }
            if (v.strip().matches("(?iu)(?:flat\\s+\\w+,?\\s+)?\\d{1,4}[a-z]?,?\\s+\\p{L}.*")) {
                addresses++;
            } else {
                others++;
            }
        }
        return addresses > others;
    }

    /**
     * A count's label without the time it is for ({@link Words#withoutTrailingWhen}): "Occupied units this week",
     * "Empty this week", "In use currently" are the counts' labels; a label that is no count's keeps its time.
     */
    static String untimed(String label, FieldCatalog<VoidField> labels) {
        String t = label.strip();
        String untimed = Words.withoutTrailingWhen(t).strip();
        return !untimed.equals(t) && !untimed.isBlank() && labels.match(untimed).filter(COUNTS::contains).isPresent()
                ? untimed : label;
    }

    /**
     * A column heading cut short with its dot left off, as narrow columns are headed ("Occ", "Vac", "Tot"): a lone
     * word of three to five letters that names no field is read as the word it starts ("Vac." is vacant). Only in a
     * header row, where the cells under it must still bear the field out (a count's column holds numbers).
     */
    static String shortenedHeader(String cell, FieldCatalog<VoidField> labels) {
        String t = cell.strip();
        String untimed = untimed(t, labels);
        if (!untimed.equals(t)) {
            return untimed;
        }
        if (t.matches("\\p{L}{3,5}") && labels.ranked(t).isEmpty()) {
            return t + ".";
        }
        return cell;
    }

    /**
     * The group heading over column c in the row above a header: the nearest filled cell at or left of c, when that
     * row is a row of a few headings (merged cells) rather than a row of its own.
     */
    static String groupOver(Grid.Row above, int c, int width) {
        if (above == null) {
            return null;
        }
        List<String> filled = above.cells().stream().filter(x -> x != null && !x.isBlank()).toList();
        if (filled.isEmpty() || filled.size() * 2 > width || filled.stream().anyMatch(x -> x.matches(".*[\\d:].*"))) {
            return null; // "Week commencing: | 07/12/2026" above the header is no group heading
        }
        for (int i = c; i >= 0; i--) {
            String g = above.cell(i);
            if (g != null && !g.isBlank()) {
                return g.contains(":") ? null : g.strip();
            }
        }
        return null;
    }

    /**
     * Whether the cells under a header agree with the field it names: a count's column holds whole numbers, and a
     * date's column holds no count. "Voids this week" over 0, 2, 1 is no week commencing, however its words read
     * ("week"): it loses the week to its next field, the vacant count.
     */
    static boolean borneOut(VoidField field, List<Grid.Row> below, int c) {
        if (field == VoidField.WEEK_COMMENCING && !weekDatesOrNothing(below, c)) {
            return false; // "Notes (from provider) this week" over sentences is no week
        }
        if (field == VoidField.WEEK_COMMENCING || field == VoidField.AVAILABLE_FROM) {
            return !mostlyCounts(below, c);
        }
        if (!COUNTS.contains(field)) {
            return true;
        }
        Tally t = Tally.under(below, c, true);
        // as many numbers as cells of words: a property whose count could not be read ("about 3") is refused for it,
        // not told its count is missing
        return t.others() == 0 || t.numbers() > 0 && t.numbers() >= t.others();
    }

    /**
     * A header that counts time or money, not units: "Days void", "Weeks vacant", "Void since", "Rent p/w", "How
     * long empty". Such a column is never a count of units, whatever else its words say; "Voids this week" is.
     */
    static boolean namesADuration(String header) {
        String h = header.toLowerCase(java.util.Locale.ROOT);
        return h.matches("(?s).*\\b(days|weeks|months|years|nights|wks|mths|since|how long|length|duration|"
                + "per week|per wk|p/w|pw|per month|pcm|rent|cost|rate|charge|fee|£).*") || h.contains("£");
    }

    /** Whether a filled cell under a header in column c is a date, or none is filled. */
    static boolean weekDatesOrNothing(List<Grid.Row> below, int c) {
        boolean filled = false;
        for (Grid.Row r : below) {
            String v = r.cell(c);
            if (v == null || v.isBlank() || Labels.isBlank(v)) {
                continue;
            }
            if (isWeekDate(v)) {
                return true;
            }
            filled = true;
        }
        return !filled;
    }

    /**
     * A header for a day that has passed ("Void since", "Empty since", "Date last let"): never the date a unit is
     * available from, however its words read ("void", "date").
     */
    static boolean namesThePast(String header) {
        return header.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(since|last|previous|previously)\\b.*");
    }

    /** Whether most filled cells under a header in column c are small whole numbers ("0", "12"), as counts are. */
    static boolean mostlyCounts(List<Grid.Row> below, int c) {
        Tally t = Tally.under(below, c, false);
        return t.numbers() > 0 && t.numbers() > t.others();
    }

    /** The filled cells under a header: how many are small whole numbers ("0", "12"), as counts are, and how many not. */
    private record Tally(int numbers, int others) {

        /**
         * @param totalsAside a "Total" row's own label is neither (it stands in a count's column), and nought written
         *                    as a word ("nil", "none") is a number
         */
        static Tally under(List<Grid.Row> below, int c, boolean totalsAside) {
            int numbers = 0;
            int others = 0;
            for (Grid.Row r : below) {
                String v = r.cell(c);
                if (v == null || v.isBlank() || Labels.isBlank(v)) {
                    continue;
                }
                if (v.strip().matches("-?\\d{1,4}(\\.0+)?") || totalsAside && isNoneCount(v)) {
                    numbers++;
                } else if (!(totalsAside && Labels.normalize(v).startsWith("total"))) {
                    others++;
                }
            }
            return new Tally(numbers, others);
        }
    }

    /** A code of letters and digits such as a property reference ("ABC-01", "P12"), not a date or a number. */
    static boolean isCode(String value) {
        String t = value.strip();
        return t.matches("(?=.*\\d)(?=.*[A-Za-z])[A-Za-z0-9]+(?:[-/._][A-Za-z0-9]+)*")
                && Dates.parse(t).isEmpty() && Dates.parseTime(t).isEmpty();
    }

    /** Whether every filled cell under a header in column c is a code of letters and digits ("ABC-01", "P12"). */
    static boolean allCodes(List<Grid.Row> below, int c) {
        int codes = 0;
        for (Grid.Row r : below) {
            String v = r.cell(c);
            if (v == null || v.isBlank()) {
                continue;
            }
            String t = v.strip();
            if (Labels.normalize(t).startsWith("total")) {
                break;
            }
            if (saysItSumsOthers(t, null)) {
                continue; // a district's subtotal between its properties ("Cherwell total") is no property
            }
            if (r.cells().stream().filter(x -> x != null && !x.isBlank()).count() == 1) {
                continue; // a lone line under the table ("Thanks", "Jo") is no row of it
            }
            if (!isCode(t)) {
                return false;
            }
            codes++;
        }
        return codes > 0;
    }

    /**
     * Leftovers by type, for a count: with two of total, occupied and vacant named, the one column no header named
     * whose every number makes total = occupied + vacant on every property's row is the third ("Open" beside "Used"
     * and "Max"). Two such columns, or a row where it does not add up, and nothing is guessed (a return whose counts
     * do not add up is still rejected for its counts).
     */
    static Map<Integer, VoidField> countByArithmetic(List<Grid.Row> rows, int header, Map<Integer, VoidField> columns) {
        Set<VoidField> named = EnumSet.noneOf(VoidField.class);
        named.addAll(columns.values());
        Set<VoidField> missingCounts = EnumSet.copyOf(COUNTS);
        missingCounts.removeAll(named);
        if (missingCounts.size() != 1) {
            return columns;
        }
        VoidField missing = missingCounts.iterator().next();
        Map<VoidField, Integer> at = new EnumMap<>(VoidField.class);
        columns.forEach((col, f) -> at.put(f, col));
        int width = 0;
        for (int i = header + 1; i < rows.size(); i++) {
            width = Math.max(width, rows.get(i).cells().size());
        }
        Integer found = null;
        for (int col = 0; col < width; col++) {
            if (columns.containsKey(col)) {
                continue;
            }
            int checked = 0;
            boolean adds = true;
            for (int i = header + 1; i < rows.size() && adds; i++) {
                Grid.Row row = rows.get(i);
                Map<VoidField, Integer> n = new EnumMap<>(VoidField.class);
                for (VoidField f : COUNTS) {
                    Integer c = f == missing ? Integer.valueOf(col) : at.get(f);
                    String v = row.cell(c).strip();
                    if (v.matches("\\d{1,4}(\\.0+)?")) {
                        n.put(f, (int) Double.parseDouble(v));
                    }
                }
                if (n.size() < 2 || n.size() == 2 && !n.containsKey(missing)) {
                    continue; // a blank or notes row, or a row with neither known count: not a property
                }
                if (n.size() == 2) {
                    adds = false; // a property's row with no number in the column
                    break;
                }
                adds = n.get(VoidField.TOTAL_UNITS) == n.get(VoidField.OCCUPIED) + n.get(VoidField.VACANT);
                checked++;
            }
            if (adds && checked > 0) {
                if (found != null) {
                    return columns; // two columns add up: not guessed
                }
                found = col;
            }
        }
        if (found == null) {
            return columns;
        }
        Map<Integer, VoidField> out = new java.util.LinkedHashMap<>(columns);
        out.put(found, missing);
        return out;
    }

    /**
     * Two count headings the same but for a denial ("Beds with a resident" | "Beds with no resident", "In use" | "Not
     * in use"), neither naming a count by its words: with the total named and both columns adding up to it on every
     * property's row, the denied one is the vacant count and the other the occupied. Two such pairs, or a row where
     * they do not add up, and nothing is guessed.
     */
    static Map<Integer, VoidField> countsByDenial(List<Grid.Row> rows, int header, Map<Integer, VoidField> columns) {
        if (columns.containsValue(VoidField.OCCUPIED) || columns.containsValue(VoidField.VACANT)
                || !columns.containsValue(VoidField.TOTAL_UNITS)) {
            return columns;
        }
        int total = columns.entrySet().stream().filter(e -> e.getValue() == VoidField.TOTAL_UNITS)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        Grid.Row head = rows.get(header);
        List<Grid.Row> below = rows.subList(header + 1, rows.size());
        int[] pair = null;
        for (int a = 0; a < head.cells().size(); a++) {
            for (int b = 0; b < head.cells().size(); b++) {
                if (a == b || columns.containsKey(a) || columns.containsKey(b) || head.cell(a).isBlank()
                        || negated(head.cell(a)) || !negated(head.cell(b))
                        || !withoutDenial(head.cell(b)).equals(withoutDenial(head.cell(a)))) {
                    continue;
                }
                final int x = a;
                final int y = b;
                List<Grid.Row> properties = below.stream().filter(r -> r.cell(total).matches("\\d{1,4}(\\.0+)?")
                        && (r.cell(x).matches("\\d{1,4}(\\.0+)?") || r.cell(y).matches("\\d{1,4}(\\.0+)?"))).toList();
                if (!properties.isEmpty() && addsUp(properties, total, a, b)) {
                    if (pair != null) {
                        return columns;
                    }
                    pair = new int[] {a, b};
                }
            }
        }
        if (pair == null) {
            return columns;
        }
        Map<Integer, VoidField> out = new LinkedHashMap<>(columns);
        out.put(pair[0], VoidField.OCCUPIED);
        out.put(pair[1], VoidField.VACANT);
        return out;
    }

    /** A heading's words without its denial and articles: "Beds with no resident" and "Beds with a resident" alike. */
    private static String withoutDenial(String header) {
        return Labels.normalize(header.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("(?<![\\p{L}\\d])(?:not|non|without|never|no|a|an|any|the|with)(?![\\p{L}\\d])", " "));
    }

    /**
     * The total is the sum: where the columns read as total, occupied and vacant do not add up on every property's
     * row, the one column of numbers that equals the other two counts' sum on every property's row (two rows at
     * least, each naming its property by a code) is the total ("Max" beside "Used" and "Open"; "Capacity" beside
     * "Bedrooms" read as the total). The count whose column it took, or the count no header named, goes to the
     * column left over. Two columns that would do, one property's row, or no such column, and nothing changes: a
     * return whose counts do not add up is still rejected for its counts.
     */
    static Map<Integer, VoidField> totalByArithmetic(List<Grid.Row> rows, int header, Map<Integer, VoidField> columns) {
        Map<VoidField, Integer> at = new EnumMap<>(VoidField.class);
        columns.forEach((col, f) -> at.put(f, col));
        Integer ref = at.get(VoidField.PROPERTY_REFERENCE);
        if (ref == null) {
            return columns;
        }
        List<Grid.Row> properties = new ArrayList<>();
        int width = 0;
        for (int i = header + 1; i < rows.size(); i++) {
            if (isCode(rows.get(i).cell(ref))) {
                properties.add(rows.get(i));
                width = Math.max(width, rows.get(i).cells().size());
            }
        }
        if (properties.size() < 2 || addsUp(properties, at.get(VoidField.TOTAL_UNITS), at.get(VoidField.OCCUPIED),
                at.get(VoidField.VACANT))) {
            return columns;
        }
        // the columns that may hold counts: those read as counts and those no header named, all whole numbers
        List<Integer> numeric = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            VoidField f = columns.get(c);
            if ((f == null || COUNTS.contains(f)) && allWholeNumbers(properties, c)) {
                numeric.add(c);
            }
        }
        Integer total = null;
        List<Integer> parts = null;
        for (int t : numeric) {
            for (int a : numeric) {
                for (int b : numeric) {
                    if (a < b && t != a && t != b && addsUp(properties, t, a, b)) {
                        if (total != null && total != t) {
                            return columns; // two columns would do: not guessed
                        }
                        if (total != null && !parts.equals(List.of(a, b))) {
                            return columns;
                        }
                        total = t;
                        parts = List.of(a, b);
                    }
                }
            }
        }
        if (total == null) {
            return columns;
        }
        VoidField first = columns.get(parts.get(0));
        VoidField second = columns.get(parts.get(1));
        VoidField[] named = {first == VoidField.OCCUPIED || first == VoidField.VACANT ? first : null,
            second == VoidField.OCCUPIED || second == VoidField.VACANT ? second : null};
        if (named[0] == null && named[1] == null || named[0] != null && named[0] == named[1]) {
            return columns; // which part is occupied and which vacant only a header can say
        }
        VoidField other = (named[0] != null ? named[0] : named[1]) == VoidField.OCCUPIED ? VoidField.VACANT
                : VoidField.OCCUPIED;
        Map<Integer, VoidField> out = new LinkedHashMap<>();
        columns.forEach((col, f) -> {
            if (!COUNTS.contains(f)) {
                out.put(col, f);
            }
        });
        out.put(total, VoidField.TOTAL_UNITS);
        out.put(parts.get(0), named[0] != null ? named[0] : other);
        out.put(parts.get(1), named[1] != null ? named[1] : other);
        return out;
    }

    private static boolean allWholeNumbers(List<Grid.Row> rows, int c) {
        return rows.stream().allMatch(r -> r.cell(c).matches("\\d{1,4}(\\.0+)?"));
    }

    /** Whether total = a + b on every row, each a whole number. */
    private static boolean addsUp(List<Grid.Row> rows, Integer total, Integer a, Integer b) {
        if (total == null || a == null || b == null) {
            return false;
        }
        for (Grid.Row r : rows) {
            String t = r.cell(total);
            String x = r.cell(a);
            String y = r.cell(b);
            if (!t.matches("\\d{1,4}(\\.0+)?") || !x.matches("\\d{1,4}(\\.0+)?") || !y.matches("\\d{1,4}(\\.0+)?")
                    || (int) Double.parseDouble(t) != (int) Double.parseDouble(x) + (int) Double.parseDouble(y)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same in a property's block of "Label: value" lines: with two counts given, the one number under a label
     * naming no field that makes total = occupied + vacant is the third.
     */
    static void countFromNumbers(Map<VoidField, String> block, List<String> numbers) {
        Set<VoidField> missing = EnumSet.noneOf(VoidField.class);
        Map<VoidField, Integer> n = new EnumMap<>(VoidField.class);
        for (VoidField f : COUNTS) {
            String v = block.get(f);
            if (v != null && v.strip().matches("\\d{1,4}")) {
                n.put(f, Integer.parseInt(v.strip()));
            } else {
                missing.add(f);
            }
        }
        if (missing.size() != 1) {
            return;
        }
        VoidField m = missing.iterator().next();
        Set<String> adding = new java.util.LinkedHashSet<>();
        for (String x : numbers) {
            Map<VoidField, Integer> all = new EnumMap<>(n);
            all.put(m, Integer.parseInt(x));
            if (all.get(VoidField.TOTAL_UNITS) == all.get(VoidField.OCCUPIED) + all.get(VoidField.VACANT)) {
                adding.add(x);
            }
        }
        if (adding.size() == 1) {
            block.put(m, adding.iterator().next());
        }
    }

    /**
     * Leftovers by type, for the return's week: with no label read as the week, the one date above the table (or
     * before the first property) under a label that names no field ("For w/e", "Return date") is the week it is
     * for. Two such dates are not guessed between. The validator still checks that it is a Monday.
     */
    static void weekFromLeftovers(Map<VoidField, String> heading, List<String> datesUnderUnknownLabels) {
        if ((heading.get(VoidField.WEEK_COMMENCING) == null || heading.get(VoidField.WEEK_COMMENCING).isBlank())
                && new java.util.HashSet<>(datesUnderUnknownLabels).size() == 1) {
            heading.put(VoidField.WEEK_COMMENCING, datesUnderUnknownLabels.get(0));
        }
    }

    /**
     * A week named inside a line of words, as a title or a subject gives it: "Key2 Futures - Void Return - Week
     * Commencing 07/12/2026", "voids for w/c 7th December attached", "Beds return wb 18.1.27". The words after "week
     * commencing" (or "w/c", "wk beg", "week starting" ...) that read as a date, the longest first; none when no such
     * words follow.
     */
    static List<String> weeksInWords(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        java.util.regex.Matcher m = WEEK_IN_WORDS.matcher(text);
        // the words read after a label may hold the next label ("(w/c 30/11) was wrong; this is w/c 7/12"): each
        // search starts just after the last label
        for (int from = 0; from < text.length() && m.find(from); from = m.start(1)) {
            String[] words = m.group(1).strip().split("\\s+");
            // "voids w/e 6/12/2026": a week named by its last day, whose Monday the validator finds
            String ending = WEEK_ENDING_LABEL.matcher(m.group()).lookingAt() ? "w/e " : "";
            // "voids - week 49": a week's number alone, its label part of it
            java.util.Optional<String> number = ending.isEmpty()
                    ? WeekWithoutYear.numberedWeekStarting(text.substring(m.start())) : java.util.Optional.empty();
            if (number.isPresent()) {
                if (!out.contains(number.get())) {
                    out.add(number.get());
                }
                continue;
            }
            for (int k = Math.min(words.length, 7); k >= 1; k--) {
                String candidate = ending + String.join(" ", java.util.Arrays.asList(words).subList(0, k))
                        .replaceAll("[,.;:)!]+$", "");
                // the date's own last word, not a note after it ("11/01/2027 - final" is 11/01/2027)
                if (candidate.matches(".*\\d.*") && endsLikeADate(candidate) && isWeekDate(candidate)) {
                    if (!out.contains(candidate)) {
                        out.add(candidate);
                    }
                    break;
                }
            }
        }
        if (out.stream().anyMatch(w -> !WeekWithoutYear.isNumberedWeek(w))) {
            // a week's date said beside a number ("week 2 of the rota") is the week; the number is not guessed from
            out.removeIf(WeekWithoutYear::isNumberedWeek);
        }
        return out;
    }

    /** The last word of a date: a number ("7th"), or a month's name in English or Welsh ("Mon 7th December"). */
    private static boolean endsLikeADate(String candidate) {
        String last = candidate.substring(candidate.lastIndexOf(' ') + 1);
        return last.matches("(?u).*\\d\\p{L}{0,2}") || Dates.isMonthName(last);
    }

    /** "week commencing", "w/c", "wk beg.", "week starting", "w/b" and the like, before the date they head. */
    private static final java.util.regex.Pattern WEEK_IN_WORDS = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:w/c(?:omm?(?:encing)?)?|w/b(?:eg(?:inning)?)?|w\\.c\\.?|w\\.b\\.?|wc|wb|w/s|w/e|w\\.e\\.?|(?:wk|week)\\.?\\s*(?:comm?(?:encing)?|beg(?:inning)?"
                    + "|start(?:ing)?|of|ending)|(?:wk|week)(?=\\.?\\s*(?:no\\.?\\s*)?(?:mon(?:day)?\\.?,?\\s+)?\\d))(?![\\p{L}\\d])\\.?[\\s:\\-\u2013]*(.{1,40})");

    /**
     * A workbook's cover sheet: the provider and the week given once on a sheet of their own ("Cover", "Details"),
     * the properties on the workbook's other sheets. A sheet read as no table of properties gives its labelled
     * provider and week to the tables of the same workbook that give none.
     */
    public static List<Draft> withCoverSheets(List<Draft> drafts, List<Grid> otherSheets,
            FieldCatalog<VoidField> labels) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
            heading.putAll(d.heading());
            for (Grid g : otherSheets) {
                if (workbookOf(g.source()) != null && workbookOf(g.source()).equals(workbookOf(d.source()))) {
                    headingOf(g, labels).forEach(heading::putIfAbsent);
                }
            }
            out.add(heading.equals(d.heading()) ? d : new Draft(d.source(), heading, d.rows()));
        }
        return out;
    }

    /** The workbook a sheet's grid is from ("beds.xlsx, sheet Cover" is from "beds.xlsx"); null for no sheet. */
    private static String workbookOf(String source) {
        int at = source == null ? -1 : source.lastIndexOf(", sheet ");
        return at < 0 ? null : source.substring(0, at);
    }

    /** The provider and week a sheet gives as labelled cells or in its title lines. */
    private static Map<VoidField, String> headingOf(Grid g, FieldCatalog<VoidField> labels) {
        Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
        List<String> undated = new ArrayList<>();
        List<Grid.Row> rows = g.rows();
        for (int i = 0; i < rows.size(); i++) {
            readHeadingCells(rows.get(i), i + 1 < rows.size() ? rows.get(i + 1) : null, heading, labels);
            List<String> underLabels = datesUnderUnknownLabels(rows.get(i), labels);
            undated.addAll(underLabels);
            if (underLabels.isEmpty()) {
                rows.get(i).cells().forEach(c -> undated.addAll(weeksInWords(c)));
            }
        }
        weekFromLeftovers(heading, undated);
        heading.keySet().retainAll(EnumSet.of(VoidField.PROVIDER, VoidField.WEEK_COMMENCING));
        return heading;
    }

    /**
     * A week the mail gives when its return gives none: the one week named in the subject ("Voids w/c 07/12/2026"),
     * or else in the body ("our voids for week commencing 7th December"), or else in the names of the attached files
     * or their sheets ("Voids_wc_30.11.26.xlsx"). Two different weeks and none is taken; the
     * validator still checks the week is a Monday.
     */
    public static List<Draft> withWeekFromMail(List<Draft> drafts, String subject, String body) {
        boolean hasWeek = drafts.stream().anyMatch(d -> !Labels.isBlank(d.heading().get(VoidField.WEEK_COMMENCING))
                || d.rows().stream().anyMatch(r -> !r.get(VoidField.WEEK_COMMENCING).isEmpty()));
        if (drafts.isEmpty() || hasWeek) {
            return drafts;
        }
        List<String> weeks = weeksInWords(subject);
        if (weeks.isEmpty()) {
            weeks = rangesOfAWeek(subject);
        }
        if (weeks.isEmpty()) {
            weeks = weeksInWords(body);
        }
        if (weeks.isEmpty()) {
            // "Voids_wc_30.11.26.xlsx", a sheet titled "Voids w/c 30-11-2026": the week the file or sheet is named for
            List<String> named = new ArrayList<>();
            drafts.stream().flatMap(d -> namesAsWords(d.source()).stream()).flatMap(n -> weeksInWords(n).stream())
                    .filter(w -> !named.contains(w)).forEach(named::add);
            weeks = named;
        }
        if (weeks.size() != 1) {
            return drafts;
        }
        List<Draft> out = new ArrayList<>(drafts);
        Draft first = out.get(0);
        Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
        heading.putAll(first.heading());
        heading.put(VoidField.WEEK_COMMENCING, weeks.get(0));
        out.set(0, new Draft(first.source(), heading, first.rows()));
        return out;
    }

    /**
     * A source's file name and sheet name ("Voids_wc_30.11.26.xlsx, sheet Week 49") as words: each on its own, its
     * file type left off, the underscores and plus signs between its words spaces.
     */
    private static List<String> namesAsWords(String source) {
        if (source == null) {
            return List.of();
        }
        return java.util.Arrays.stream(source.split(", sheet "))
                .map(n -> n.replaceAll("(?i)\\.(?:xlsx|xlsm|xls|ods|csv|pdf|docx|doc|odt|txt)$", "").replaceAll("[_+]+", " ")
                        // a file's name cannot hold a slash: "w-c", "w_c" are "w/c", "w-e" is "w/e"
                        .replaceAll("(?i)(?<![\\p{L}\\d])w[- ]([cbe])(?![\\p{L}\\d])", "w/$1"))
                .toList();
    }

    /** Two dates joined as a range: "07/12 - 13/12", "7.12.26 to 13.12.26", "07/12/2026-13/12/2026". */
    private static final java.util.regex.Pattern DATE_RANGE = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\d/.])(\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?\\s*(?:-|\u2013|\u2014|to|until|till)\\s*"
                    + "\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)(?![\\d/.]*\\d)");

    /**
     * A week written in a subject as its first and last days, with no words naming it ("Voids 07/12 - 13/12"): read as
     * a range the validator takes the first day of, when the days are at most a week apart.
     */
    static List<String> rangesOfAWeek(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        java.util.regex.Matcher m = DATE_RANGE.matcher(text);
        while (m.find()) {
            String range = m.group(1).strip();
            if (VoidReturnValidator.rangeStart(range, java.time.LocalDate.of(2026, 1, 1)).isPresent() && !out.contains(range)) {
                out.add(range);
            }
        }
        return out;
    }

    /** The dates in a row that stand after a label naming no field: "For w/e" | "11/01/2027", "Return date: 11/01/2027". */
    private static List<String> datesUnderUnknownLabels(Grid.Row row, FieldCatalog<VoidField> labels) {
        List<String> cells = new ArrayList<>();
        for (String c : row.cells()) {
            if (c != null && !c.isBlank()) {
                cells.add(c.strip());
            }
        }
        List<String> out = new ArrayList<>();
        if (cells.size() == 1) {
            int colon = cells.get(0).indexOf(':');
            if (colon > 0 && isWeekDate(cells.get(0).substring(colon + 1))
                    && labels.match(cells.get(0).substring(0, colon)).isEmpty()) {
                out.add(weekAsLabelled(cells.get(0).substring(0, colon), cells.get(0).substring(colon + 1).strip()));
            }
        } else if (cells.size() == 2 && !isWeekDate(cells.get(0)) && isWeekDate(cells.get(1))
                && labels.match(cells.get(0)).isEmpty()) {
            out.add(weekAsLabelled(cells.get(0), cells.get(1)));
        }
        return out;
    }

    /** A label naming a week by its last day: "Week ending", "W/E", "For w/e", "Wk end". */
    private static final java.util.regex.Pattern WEEK_ENDING_LABEL = java.util.regex.Pattern.compile(
            "(?i)(?<![a-z])(?:w\\s*/\\s*e|w\\.\\s*e\\.?|(?:wk|week)\\.?\\s*end(?:ing|s)?|w/\\s*ending)(?![a-z])");

    /**
     * The week's value as its label names it: under "Week ending" (or "w/e") the date is the week's last day, so it is
     * read as "w/e 06/12/2026", whose Monday the validator finds (a Friday, Saturday or Sunday only). Any other label's
     * value, and a value that says so itself, is as written.
     */
    static String weekAsLabelled(String label, String value) {
        if (label == null || value == null || value.isBlank() || !WEEK_ENDING_LABEL.matcher(label).find()
                || VoidReturnValidator.WEEK_ENDING.matcher(value.strip()).matches()) {
            return value;
        }
        return "w/e " + value.strip();
    }

    private static boolean isDate(String v) {
        return v != null && Dates.parse(v.strip()).isPresent();
    }

    /**
     * A date, or a week as providers write it without its year ("Monday 14th December", "wk beg 30.11", "w/c 7/12"):
     * under a label naming no field ("W/comm"), such a value above the table is the week (the validator finds its
     * year from the day the return arrived).
     */
    static boolean isWeekDate(String v) {
        java.util.regex.Matcher ending = v == null ? null : VoidReturnValidator.WEEK_ENDING.matcher(v.strip());
        if (ending != null && ending.matches()) {
            // "w/e 4th Dec": a date, whatever day it falls on in the year read here; the validator reads the week
            return isWeekDate(ending.group(1));
        }
        return isDate(v) || WeekWithoutYear.isNumberedWeek(v)
                || v != null && VoidReturnValidator.dateOf(v, java.time.LocalDate.of(2026, 1, 1)).isPresent();
    }

    /** Cells like "Provider:" "Response" or "Week commencing: 23/11/2026" above or below the table. */
    private static void readHeadingCells(Grid.Row row, Map<VoidField, String> heading,
            FieldCatalog<VoidField> labels) {
        readHeadingCells(row, null, heading, labels);
    }

    /**
     * The same, with the row under it: a row of labels alone ("Provider | | Week commencing") has its values in the
     * cells beneath them ("Key2 Futures | | 07/12/2026"), and a cell holding two labels with their values ("Provider:
     * Key2 Futures   Week commencing: 07/12/2026") is read as two cells.
     */
    private static void readHeadingCells(Grid.Row given, Grid.Row below, Map<VoidField, String> heading,
            FieldCatalog<VoidField> labels) {
        Grid.Row row = new Grid.Row(given.number(), given.cells().stream()
                .flatMap(c -> splitAtSecondLabel(c, labels).stream()).toList());
        List<String> cells = row.cells();
        for (int c = 0; c < cells.size(); c++) {
            String cell = row.cell(c);
            if (cell.isEmpty()) {
                continue;
            }
            Optional<VoidField> alone = labels.match(cell);
            if (below != null && alone.isPresent() && alone.get().isHeading() && given.cells().size() == cells.size()
                    && isBareLabel(cell) && labelOrNothingAfter(row, c, labels)
                    && fitsHeading(alone.get(), below.cell(c)) && labels.match(below.cell(c)).isEmpty()) {
                VoidField named = headingFor(cell, below.cell(c), alone.get(), labels);
                heading.putIfAbsent(named, named == VoidField.WEEK_COMMENCING ? weekAsLabelled(cell, below.cell(c))
                        : below.cell(c));
                continue;
            }
            int colon = cell.indexOf(':');
            if (colon > 0 && colon < cell.length() - 1) {
                Optional<VoidField> f = labels.match(cell.substring(0, colon));
                if (f.isPresent() && f.get().isHeading()) {
                    String value = cell.substring(colon + 1).trim();
                    int next = nextFilled(row, c);
                    if (isHintOf(f.get(), value, labels) && next > c && fitsHeading(f.get(), row.cell(next))
                            && labels.match(row.cell(next)).filter(VoidField::isHeading).isEmpty()) {
                        // "Provider: - provider:" | "A2 Dominion": the words after the colon repeat the label as a
                        // form's hint does; the answer is the next cell's
                        VoidField named = headingFor(cell.substring(0, colon), row.cell(next), f.get(), labels);
                        heading.putIfAbsent(named, named == VoidField.WEEK_COMMENCING
                                ? weekAsLabelled(cell.substring(0, colon), row.cell(next)) : row.cell(next));
                        c = next;
                        continue;
                    }
                    VoidField named = headingFor(cell.substring(0, colon), value, f.get(), labels);
                    heading.putIfAbsent(named, named == VoidField.WEEK_COMMENCING
                            ? weekAsLabelled(cell.substring(0, colon), value) : value);
                    continue;
                }
            }
            Optional<VoidField> f = labels.match(cell);
            if (f.isPresent() && f.get().isHeading()) {
                for (int v = c + 1; v < cells.size(); v++) {
                    if (!row.cell(v).isEmpty()) {
                        if (isBareLabel(row.cell(v)) && labels.match(row.cell(v)).filter(VoidField::isHeading).isPresent()) {
                            break; // the next label, not this one's value
                        }
                        VoidField named = headingFor(cell, row.cell(v), f.get(), labels);
                        heading.putIfAbsent(named, named == VoidField.WEEK_COMMENCING
                                ? weekAsLabelled(cell, row.cell(v)) : row.cell(v));
                        c = v;
                        break;
                    }
                }
            }
        }
    }

    /** The next filled cell right of column c, or -1. */
    private static int nextFilled(Grid.Row row, int c) {
        for (int v = c + 1; v < row.cells().size(); v++) {
            if (!row.cell(v).isBlank()) {
                return v;
            }
        }
        return -1;
    }

    /**
     * Whether the words after a label's colon are a hint repeating the label, as a form's guidance is written after
     * it ("Provider: - provider:", "PROVIDER: - PROVIDER", "Provider name: (provider)"), not its answer: once its dash,
     * brackets and closing colon are set aside they are nothing, or words naming the same field; or they end with a
     * colon, as a label does and an answer does not.
     */
    static boolean isHintOf(VoidField field, String words, FieldCatalog<VoidField> labels) {
        String t = words == null ? "" : words.strip();
        if (t.endsWith(":")) {
            return true;
        }
        String bare = t.replaceAll("^[\\s\\-\u2013\u2014(\\[]+", "").replaceAll("[\\s:*)\\]]+$", "").strip();
        return !t.isEmpty() && !t.equals(bare) && (bare.isEmpty() || labels.match(bare).filter(g -> g == field).isPresent());
    }

    /** A label standing alone: a few words, no figures ("Week commencing", "Provider:"), not a line of prose. */
    private static boolean isBareLabel(String cell) {
        String t = cell.strip();
        // a dot after a short last word cuts it short ("Wk comm."); after a longer one it ends a sentence
        return !t.matches(".*\\d.*") && t.split("\\s+").length <= 4
                && (!t.endsWith(".") || t.matches("(?s).*(?<!\\p{L})\\p{L}{1,5}\\."));
    }

    /** A value that can be a heading field's: the week a date, the provider a short name that is no date. */
    private static boolean fitsHeading(VoidField field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return false;
        }
        if (field == VoidField.WEEK_COMMENCING) {
            return isWeekDate(v);
        }
        return v.split("\\s+").length <= 5 && !isWeekDate(v) && !v.endsWith(".") && !v.contains(":");
    }

    /** Whether the next filled cell right of column c is a bare label naming a heading field, or none is filled. */
    private static boolean labelOrNothingAfter(Grid.Row row, int c, FieldCatalog<VoidField> labels) {
        for (int v = c + 1; v < row.cells().size(); v++) {
            if (!row.cell(v).isBlank()) {
                return isBareLabel(row.cell(v)) && labels.match(row.cell(v)).filter(VoidField::isHeading).isPresent();
            }
        }
        return true;
    }

    /**
     * A cell holding two labels with their values, "Provider: Key2 Futures   Week commencing: 07/12/2026": cut
     * before the words ahead of its second colon that name a heading field. One label and its value stays whole.
     */
    static List<String> splitAtSecondLabel(String cell, FieldCatalog<VoidField> labels) {
        if (cell == null) {
            return java.util.Collections.singletonList(cell);
        }
        int first = cell.indexOf(':');
        int second = first < 0 ? -1 : cell.indexOf(':', first + 1);
        if (second < 0) {
            return List.of(cell);
        }
        String between = cell.substring(first + 1, second);
        String[] words = between.strip().split("\\s+");
        String best = null;
        double bestScore = 0;
        // the words that name a heading field best: "Week commencing", not "Futures Week commencing"
        for (int k = 1; k <= Math.min(4, words.length - 1); k++) {
            String label = String.join(" ", java.util.Arrays.asList(words).subList(words.length - k, words.length));
            if (labels.match(label).filter(VoidField::isHeading).isEmpty()) {
                continue;
            }
            double score = labels.ranked(label).stream().filter(e -> e.getKey().isHeading())
                    .mapToDouble(Map.Entry::getValue).max().orElse(0);
            if (score > bestScore) {
                best = label;
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of(cell);
        }
        // the label's words as written, whatever the spaces between them ("Hale   Team": a gap of three spaces)
        String asWritten = String.join("\\s+", java.util.Arrays.stream(best.split(" "))
                .map(java.util.regex.Pattern::quote).toList());
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?<!\\S)" + asWritten + "(?!\\S)").matcher(between);
        int from = -1;
        while (at.find()) {
            from = at.start();
        }
        if (from < 0) {
            return List.of(cell); // the label's words not found as written: the cell is read whole
        }
        int cut = first + 1 + from;
        if (!cell.substring(first + 1, cut).matches("(?s).*[\\p{L}\\d].*")) {
            return List.of(cell); // "Provider: - provider:": nothing but a dash between, the label's hint repeating it
        }
        List<String> out = new ArrayList<>();
        out.add(cell.substring(0, cut).strip());
        out.addAll(splitAtSecondLabel(cell.substring(cut).strip(), labels));
        return out;
    }

    /**
     * The heading field a label and its value give: the week is a date, so a label read best as the week whose value
     * is no date ("Provider submitting return: Response") names the provider if it names it at all.
     */
    static VoidField headingFor(String label, String value, VoidField best, FieldCatalog<VoidField> labels) {
        if (best != VoidField.WEEK_COMMENCING || Dates.parse(value.strip()).isPresent()) {
            return best;
        }
        return labels.ranked(label).stream().map(Map.Entry::getKey).filter(VoidField::isHeading)
                .filter(g -> g != VoidField.WEEK_COMMENCING).findFirst().orElse(best);
    }

    /**
     * A totals row whatever it is called ("Sum", "Cyfanswm", "All schemes"): a row naming no property by a code whose
     * every count is the sum of that count over the two or more property rows above it. "Sum | 17 | 10 | 7" under
     * rows of 8/2/6, 2/2/0, 1/0/1 and 6/6/0 is no property. Under a single property, "Sum | | | 3 | 1 | 2" (no
     * locality, no service type) is its total.
     */
    static boolean sumsTheRowsAbove(Map<VoidField, String> values, List<DraftRow> above) {
        String reference = values.get(VoidField.PROPERTY_REFERENCE);
        if (above.isEmpty() || reference != null && isCode(reference)) {
            return false;
        }
        // under one property, a row repeating its counts is its total only where it gives no locality or service
        // type, as a property's row would
        if (above.size() == 1 && !(Labels.isBlank(values.get(VoidField.LOCALITY))
                && Labels.isBlank(values.get(VoidField.SERVICE_TYPE)))) {
            return false;
        }
        int counts = 0;
        for (VoidField f : COUNTS) {
            String v = values.get(f);
            if (v == null || v.isBlank()) {
                continue;
            }
            if (!v.strip().matches("\\d{1,5}(\\.0+)?")) {
                return false;
            }
            int sum = 0;
            for (DraftRow r : above) {
                String n = r.get(f);
                if (!n.matches("\\d{1,4}(\\.0+)?")) {
                    return false;
                }
                sum += (int) Double.parseDouble(n);
            }
            if (sum != (int) Double.parseDouble(v.strip())) {
                return false;
            }
            counts++;
        }
        return counts >= 2;
    }

    /**
     * A subtotal whatever it is called: a row naming no property by a code whose counts are the sums over one group of
     * the rows above it, the rows since a scheme's heading, a note or an earlier subtotal ("Cherwell" heading, two
     * properties of 4/1/3 and 2/2/0, then "Scheme: 6 | 3 | 3"), or over all of them.
     */
    static boolean sumsAGroupAbove(Map<VoidField, String> values, List<DraftRow> above, List<Integer> groupStarts) {
        if (sumsTheRowsAbove(values, above)) {
            return true;
        }
        for (int start : groupStarts) {
            if (start > 0 && start < above.size() && sumsTheRowsAbove(values, above.subList(start, above.size()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that say a row sums others rather than names a property: "Subtotal:", "Scheme sub-total", "Total for
     * scheme", "TOTAL - ALL SCHEMES", "All schemes total", "Grand total", "Grandtotal", "Overall", "Sum", "Cyfanswm".
     */
    private static final java.util.regex.Pattern SUMS_OTHERS = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(sub[- ]?totals?|(?:grand)?totals?|sum|overall|all (?:schemes|properties|units|sites|services)|"
                    + "(?:is-?)?gyfanswm|cyfanswm)(?!\\p{L})");

    /** Whether a row's first words say it sums others, and it names no property by a code. */
    static boolean saysItSumsOthers(String first, String reference) {
        return SUMS_OTHERS.matcher(first).find() && !isCode(first.strip())
                && (reference == null || !isCode(reference.strip()));
    }

    /** A totals row, or a footer line such as "Completed by: Jo", is not a property. */
    private static boolean isTotalsOrFooter(Grid.Row row, Map<VoidField, String> values) {
        String first = "";
        for (String c : row.cells()) {
            if (c != null && !c.isBlank()) {
                first = c.trim();
                break;
            }
        }
        if (saysItSumsOthers(first, values.get(VoidField.PROPERTY_REFERENCE))) {
            return true;
        }
        long filled = values.values().stream().filter(v -> v != null && !v.isBlank()).count();
        long nonBlankCells = row.cells().stream().filter(c -> c != null && !c.isBlank()).count();
        boolean noCounts = COUNTS.stream().allMatch(f -> Labels.isBlank(values.get(f)));
        // A lone cell with no counts is a sign-off or a note under the table ("Thanks", "Completed by: Jo"); so is a
        // row with no counts that fills under half the columns and names no property by a code ("Desk: 01865
        // 815000 | Mobile: 07700 900 732" under a pasted table), while "ABC-01 | closed" is a property missing counts
        String reference = values.get(VoidField.PROPERTY_REFERENCE);
        boolean contactLine = noCounts && nonBlankCells * 2 < values.size()
                && (reference == null || reference.isBlank() || !isCode(reference));
        // a lone cell is no property unless it gives a count as a number: "Thanks" under a count's column is a sign-off
        boolean aNumberedCount = COUNTS.stream().anyMatch(f -> values.getOrDefault(f, "").strip()
                .matches("\\d{1,4}(\\.0+)?"));
        return filled == 0 || (nonBlankCells == 1 && (noCounts || !aNumberedCount)) || contactLine;
    }
}
