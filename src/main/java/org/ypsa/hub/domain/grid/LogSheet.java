package org.ypsa.hub.domain.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ypsa.hub.domain.Dates;

/**
 * A log kept in a sheet: a header row naming the log's columns ("Date | Young person | What happened | Action taken")
 * and an entry to each row under it, the sheet's title and a note or two as lone cells above and below. Two ways a
 * provider sends a form in one:
 * <ul>
 * <li>the log is the form (night staff's incident log): nothing else on the sheet is a label beside its answer and
 * the header names five columns or more, so the header's labels are the form's and the entry under them is its answers, each label with the cell under it
 * (the newest entry, the last, when the log holds several);</li>
 * <li>the log is the provider's record of earlier events beside a form of labels down column A with their answers
 * beside them (a risk log with its notice to Brokerage): several dated entries are no answers of the form, whose
 * labels and answers are the rows of two cells, so the log's rows are set aside.</li>
 * </ul>
 * A row of labels over one row of answers inside a form of labels and answers (a Word table's band) is neither: it is
 * read as a table is.
 */
public final class LogSheet {
    /** A header names at least this many columns: a label beside its answer is no log. */
    private static final int MIN_COLUMNS = 3;
    /**
     * A log that is the form has a column to each of the form's questions: a case system's export of three columns
     * ("Code | Question | Answer") holds a question to a row, and is read as a table is.
     */
    private static final int MIN_FORM_COLUMNS = 5;
    /** A column's heading is a phrase, not a sentence. */
    private static final int MAX_HEADING_WORDS = 12;
    /** The provider's record beside a form holds several entries: one row under labels is a band of that form. */
    private static final int MIN_RECORD_ENTRIES = 2;

    private LogSheet() {
    }

    /**
     * The form a sheet holding a log is, as rows of label | answer (or the sheet's rows without the log), or empty when
     * the sheet holds no log or is laid out otherwise.
     */
    public static Optional<ResponseExport.Read> read(Grid grid) {
        List<Grid.Row> rows = grid.rows();
        for (int h = 0; h + 1 < rows.size(); h++) {
            Grid.Row header = rows.get(h);
            if (!isHeader(header)) {
                continue;
            }
            int end = h + 1; // the entries are the rows from h + 1 up to end
            while (end < rows.size() && isEntry(rows.get(end), header)) {
                end++;
            }
            if (end == h + 1) {
                continue;
            }
            List<Grid.Row> others = new ArrayList<>(rows.subList(0, h));
            others.addAll(rows.subList(end, rows.size()));
            boolean labelsBesideAnswers = others.stream().anyMatch(r -> filled(r) >= 2);
            if (!labelsBesideAnswers && filled(header) >= MIN_FORM_COLUMNS) {
                return Optional.of(asForm(grid, h, end));
            }
            List<Grid.Row> entries = rows.subList(h + 1, end);
            if (entries.size() >= MIN_RECORD_ENTRIES && entries.stream().allMatch(LogSheet::dated)) {
                return Optional.of(new ResponseExport.Read(new Grid(grid.source(), grid.rowWord(), others), 1,
                        rows.get(end - 1).number()));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The header's labels each with the newest entry's cell under it, the sheet's lone cells above and below. */
    private static ResponseExport.Read asForm(Grid grid, int h, int end) {
        List<Grid.Row> rows = grid.rows();
        Grid.Row header = rows.get(h);
        Grid.Row entry = rows.get(end - 1);
        List<Grid.Row> out = new ArrayList<>(rows.subList(0, h));
        for (int c = 0; c < header.cells().size(); c++) {
            if (!header.cell(c).isBlank()) {
                out.add(new Grid.Row(entry.number(), List.of(header.cell(c), entry.cell(c))));
            }
        }
        out.addAll(rows.subList(end, rows.size()));
        return new ResponseExport.Read(new Grid(grid.source(), grid.rowWord(), out), end - h - 1, entry.number());
    }

    /** At least three cells, each a heading: words without a digit, an email address or a full stop. */
    static boolean isHeader(Grid.Row row) {
        return filled(row) >= MIN_COLUMNS && row.cells().stream().filter(c -> c != null && !c.isBlank())
                .allMatch(LogSheet::heading);
    }

    private static boolean heading(String cell) {
        String c = cell.replace('\u00a0', ' ').strip();
        return c.codePoints().anyMatch(Character::isLetter) && !c.matches("(?s).*[\\d@].*") && !sentence(c)
                && c.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    /** Ends in a full stop after a word: a heading's full stop ends a short word cut short ("LCS record no."). */
    private static boolean sentence(String cell) {
        return cell.matches("(?s).*\\p{L}{5,}\\.$") || cell.endsWith(".") && cell.split("\\s+").length > MAX_HEADING_WORDS / 2;
    }

    /**
     * An entry under the header: two cells or more filled, none right of the header's last column, and at least one
     * no heading could be (a date, a number, an address, a sentence).
     */
    private static boolean isEntry(Grid.Row row, Grid.Row header) {
        int width = lastFilled(header) + 1;
        if (filled(row) < 2 || lastFilled(row) >= width) {
            return false;
        }
        return row.cells().stream().filter(c -> c != null && !c.isBlank()).anyMatch(c -> !heading(c));
    }

    /** An entry of a record of events: its first cell is a date. */
    private static boolean dated(Grid.Row row) {
        return row.cells().stream().filter(c -> c != null && !c.isBlank()).findFirst()
                .map(c -> Dates.parse(c.strip()).isPresent()).orElse(false);
    }

    private static int filled(Grid.Row row) {
        return (int) row.cells().stream().filter(c -> c != null && !c.isBlank()).count();
    }

    private static int lastFilled(Grid.Row row) {
        for (int c = row.cells().size() - 1; c >= 0; c--) {
            if (!row.cell(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }
}
