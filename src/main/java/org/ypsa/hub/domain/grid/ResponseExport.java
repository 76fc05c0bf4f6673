package org.ypsa.hub.domain.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An online form's responses as the service exports them to a sheet or a CSV file (Microsoft Forms, Google Forms): the
 * service's own columns first ("ID", "Start time", "Completion time", "Email", "Name", "Last modified time";
 * "Timestamp", "Email address"), then a column to each question headed by the question, a response to each row. The
 * service's columns tell who filled in the online form and when, so they are no answers of the form: the "Name" and
 * "Email" there are the sender's, never the young person's.
 */
public final class ResponseExport {
    /** The columns a forms service writes before the questions, as it heads them. */
    private static final Set<String> SERVICE_COLUMNS = Set.of("id", "response id", "respondent id", "start time",
            "completion time", "submission time", "submitted", "submitted at", "timestamp", "email", "email address",
            "e-mail", "name", "respondent", "last modified time", "username", "score", "total score");
    /** A forms service always stamps a response with its time: the export is known by one of these. */
    private static final Set<String> TIME_COLUMNS = Set.of("start time", "completion time", "submission time",
            "submitted", "submitted at", "timestamp");
    /** The service's columns come first, and some questions after them. */
    private static final int MIN_SERVICE_COLUMNS = 2;

    private ResponseExport() {
    }

    /** How many of the header row's first cells are the service's columns, or 0 when it is no response export. */
    static int serviceColumns(Grid.Row header) {
        int n = 0;
        boolean timed = false;
        while (n < header.cells().size() && SERVICE_COLUMNS.contains(heading(header.cell(n)))) {
            timed |= TIME_COLUMNS.contains(heading(header.cell(n)));
            n++;
        }
        boolean questionsAfter = header.cells().stream().skip(n).anyMatch(c -> c != null && !c.isBlank());
        return n >= MIN_SERVICE_COLUMNS && timed && questionsAfter ? n : 0;
    }

    private static String heading(String cell) {
        return cell.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * The form a response export holds, as rows of question | answer, and how many responses the export held.
     *
     * @param form the newest response (the last row that answers a question), without the service's columns
     * @param responses how many rows of the export answer a question: a service's full download holds every response
     *        ever made, so only the newest is read and the sender is told which
     * @param row the newest response's row, as the sender's sheet numbers it
     */
    public record Read(Grid form, int responses, int row) {
        /** What the sender is told when the export held more than the one response read. */
        public Optional<String> note() {
            return responses < 2 ? Optional.empty() : Optional.of(form.source() + " holds " + responses
                    + " responses; only the newest (" + form.rowWord().toLowerCase(Locale.ROOT) + " " + row + ") was read. If another of them"
                    + " is new, send it in an email of its own.");
        }
    }

    /** The response export a grid is, or empty when the grid is no response export or holds no response. */
    public static Optional<Read> read(Grid grid) {
        if (grid.rows().size() < 2) {
            return Optional.empty();
        }
        Grid.Row header = grid.rows().get(0);
        int skip = serviceColumns(header);
        if (skip == 0) {
            return Optional.empty();
        }
        Grid.Row response = null;
        int responses = 0;
        for (Grid.Row r : grid.rows().subList(1, grid.rows().size())) {
            if (r.cells().stream().skip(skip).anyMatch(c -> c != null && !c.isBlank())) {
                response = r;
                responses++;
            }
        }
        if (response == null) {
            return Optional.empty();
        }
        List<Grid.Row> rows = new ArrayList<>();
        for (int c = skip; c < header.cells().size(); c++) {
            if (!header.cell(c).isBlank()) {
                rows.add(new Grid.Row(c + 1, List.of(header.cell(c), response.cell(c))));
            }
        }
        return Optional.of(new Read(new Grid(grid.source(), grid.rowWord(), rows), responses, response.number()));
    }
}
