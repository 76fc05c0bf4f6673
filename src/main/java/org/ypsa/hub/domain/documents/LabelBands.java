package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.Instructions;
import org.ypsa.hub.domain.forms.Words;

/**
 * A form laid out in bands across the page: a row of labels ("Home address | Date of birth | Gender") with each answer
 * in the cell under its label in the row below, band after band; a long answer's label a row of its own across the
 * table and the answer the row under it. A row is such a band's labels when each of its cells reads as a label (it
 * ends in a colon, a question mark or a star, carries a bracketed hint, or names what a form asks for: a name, a date,
 * an address, a role...) and the row under it, with as many cells, reads as answers: none of its cells marked as a
 * label, its first cell no label, and at most a few of them using a label's words ("Child in need" may be an answer).
 * A table's first band has three labels or more: a row of two is a label beside its answer as often ("Organisation |
 * Youth Justice Service" over "Completed by | ..."), a row of one a title over a line.
 */
final class LabelBands {
    /** Words a label uses to name what it asks for, in English and Welsh; an answer seldom starts with one. */
    private static final Set<String> LABEL_WORDS = Set.of("name", "names", "date", "dob", "birth", "born", "age",
            "surname", "forename", "forenames", "email", "e-mail", "address", "postcode", "phone", "telephone", "tel", "mobile", "contact", "number", "ref",
            "reference", "id", "role", "job", "team", "service", "organisation", "agency", "department", "status",
            "type", "category", "reason", "reasons", "details", "description", "summary", "account", "action",
            "actions", "need", "needs", "risk", "risks", "concern", "concerns", "consent", "signature", "signed",
            "worker", "referrer", "provider", "scheme", "property", "gender", "sex", "ethnicity", "religion", "language",
            "nationality", "area", "district", "location", "time", "outcome", "notes", "comments", "history", "support",
            "school", "police", "incident", "offending", "convictions", "misuse", "health", "disability", "diagnosis",
            "placement", "accommodation", "severity", "urgency", "who", "what", "when", "where", "why", "how",
            "enw", "dyddiad", "cyfeiriad", "rhif", "ffôn", "ffon", "e-bost", "rheswm", "manylion");
    /** A bracketed hint after a label: "(required)", "(full address)", "(choose an item)", "(if known) *". */
    private static final Pattern HINT = Pattern.compile(".*\\([^()\\d]{2,60}\\)\\s*\\*?$");
    /**
     * An answer ending in a proper name in brackets, every word a capital then small letters: "Adolescent Team (South)",
     * "Jo Lake (Jojo)". A label's hint in brackets is in small letters or all capitals ("(required)", "(NAME)").
     */
    private static final Pattern NAME_IN_BRACKETS = Pattern.compile("\\p{Lu}.*\\(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*\\)");
    /** A label's last word cut short with its stop: "Resident case no.", "Police ref.", "Contact tel." */
    private static final Pattern ABBREVIATION_AT_END = Pattern.compile("(?i)\\p{L}\\s+(?:no|ref|tel|nr)\\.$");
    /** A label is a phrase, not a paragraph. */
    private static final int MAX_LABEL_WORDS = 16;

    private LabelBands() {
    }

    /**
     * Whether the table's row {@code at} is a band's labels over their answers in the row under it ({@link #isLabelRow}).
     * A first band of two cells in a table of two columns must be followed by another band: rows of "label | value"
     * whose value sounds like a label ("1) Organisation: | Children We Care For Team") are no bands.
     */
    static boolean startsABand(List<List<String>> rows, int at, boolean inBands) {
        if (at + 1 >= rows.size() || !isLabelRow(rows.get(at), rows.get(at + 1), inBands)) {
            return false;
        }
        boolean twoColumnsFirst = !inBands && rows.get(at).size() == 2;
        return !twoColumnsFirst || at + 3 < rows.size() && isLabelRow(rows.get(at + 2), rows.get(at + 3), true);
    }

    /**
     * Whether the row is a band's labels with their answers in the next row, cell under cell: every cell of the row a
     * label, the next row as many cells of answers. In a table already read in bands, most of the row's cells reading
     * as labels is enough ("Allocated SW | Agency telephone"), the others short phrases that are no answers.
     */
    static boolean isLabelRow(List<String> wholeRow, List<String> wholeNext, boolean inBands) {
        if (wholeRow.size() != wholeNext.size()) {
            return false;
        }
        List<String> row = wholeRow.subList(0, cellsInUse(wholeRow, wholeNext));
        List<String> next = wholeNext.subList(0, row.size());
        // a pair of labels in a wider table, one marked as a label, may start bands ("FGC offered? | Date offered *" over
        // "Yes | 20/11/2026"): a label beside its answer fills its row as far as the table goes; so may a pair of two
        // labels in a table of two columns, one marked ("Is this an Emergency or Non-emergency referral? | Full name of
        // young person" over "Emergency | Demi Harries"): two boxes a row, as a PDF prints a Word form of boxes
        boolean markedPair = row.size() == 2 && (row.size() < wholeRow.size() && row.stream().anyMatch(LabelBands::marked)
                || row.stream().anyMatch(c -> LabelShapes.markedAsLabel(c.strip()))
                        && row.stream().allMatch(LabelBands::readsAsLabel));
        if (row.isEmpty() || row.stream().anyMatch(String::isBlank)
                || row.size() < MIN_FIRST_BAND && !inBands && !markedPair) {
            return false; // a row of one or two cells starts no bands: a title over a line, a label beside its answer
        }
        long labels = row.stream().filter(LabelBands::readsAsLabel).count();
        boolean allLabels = labels == row.size()
                || inBands && labels * 2 > row.size() && row.stream().allMatch(LabelBands::couldBeLabel);
        if (!allLabels) {
            return false;
        }
        if (row.size() == 1 && (SectionHeading.is(row.get(0)) || !Words.withoutNumber(row.get(0).strip()).equals(row.get(0).strip())
                || GuidanceNotes.isGuidance(next.get(0)))) {
            return false; // "4. Risks" over its first question is a heading, not a label
        }
        return readsAsAnswers(next);
    }

    /**
     * How many cells from the left a row of labels and the row under it use: a band narrower than its table leaves its
     * last cells empty in both rows ("Date accommodation needed | Consent to referral | | " over "23/12 | Y | | "), and
     * those cells are no band's.
     */
    static int cellsInUse(List<String> row, List<String> next) {
        int n = Math.min(row.size(), next.size());
        while (n > 0 && empty(row.get(n - 1)) && empty(next.get(n - 1))) {
            n--;
        }
        return n;
    }

    private static boolean empty(String cell) {
        return cell.replace('\u00a0', ' ').isBlank();
    }

    /** A short phrase starting with a capital, with no digit, address or full stop: a label without a label's words. */
    private static boolean couldBeLabel(String cell) {
        String c = cell.strip();
        return readsAsLabel(c) || !c.isEmpty() && Character.isUpperCase(c.codePointAt(0)) && !c.matches(".*[\\d@].*")
                && !c.endsWith(".") && c.split("\\s+").length <= MAX_PHRASE_WORDS;
    }

    private static final int MAX_PHRASE_WORDS = 6;
    /** A table's first band has at least this many labels; after it, a band of one or two is read too. */
    private static final int MIN_FIRST_BAND = 3;

    /** A row of answers: something filled, no cell marked as a label or holding one with its answer. */
    private static boolean readsAsAnswers(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !FieldValues.isBlank(c)).toList();
        if (filled.isEmpty() || !cells.get(0).isBlank() && readsAsLabel(cells.get(0))) {
            return false;
        }
        long labels = 0;
        for (String c : filled) {
            if (marked(c) && !NAME_IN_BRACKETS.matcher(c.strip()).matches() || WordReader.isLabelAndValue(c)) {
                return false;
            }
            labels += readsAsLabel(c) ? 1 : 0;
        }
        return labels * 2 < filled.size();
    }

    /** A cell that reads as a label: marked as one, or a short phrase naming what a form asks for. */
    static boolean readsAsLabel(String cell) {
        String c = cell.replace('\u00a0', ' ').strip();
        if (c.isEmpty() || c.contains("@") || c.endsWith(".") && !ABBREVIATION_AT_END.matcher(c).find()
                || c.split("\\s+").length > MAX_LABEL_WORDS || TypedValues.kindOf(c) != TypedValues.Kind.UNTYPED) {
            return false;
        }
        if (marked(c) || ABBREVIATION_AT_END.matcher(c).find()
                || Instructions.Dashed.of(c).filter(d -> Instructions.isOnlyOne(d.rest())).isPresent()) {
            return true; // (a number asked for short, "Resident case no.", or how to write the answer after a dash)
        }
        for (String w : c.toLowerCase(Locale.ROOT).split("[^\\p{L}\\-]+")) {
            if (LABEL_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean marked(String c) {
        String s = c.strip();
        return LabelShapes.markedAsLabel(s) || HINT.matcher(s).matches() && !s.matches(".*\\d.*");
    }
}
