package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ypsa.hub.domain.documents.PdfTables.Glyph;

/**
 * A case system's print in two columns, no borders drawn (issue 14, stop 55: tuned24's pdf-leaders-2col): "Label .....
 * answer" on the left half of the page and another on the right, a long label or answer wrapped onto the lines under
 * it within its own column. The page's text gives each line across both columns ("Full name of YP __________ What date
 * were they born? __________ 20th" / "Shannon Duckworth September 2009"); read so, a label takes the other column's
 * label as its answer. Here each column is read as a text of its own and each cell (a label, its leader and its answer,
 * over as many lines as it wraps) is one line.
 * <p>
 * The columns part where the right column's lines start: an edge where a word starts in three lines or more, well right
 * of the page's margin, that no glyph of the region's lines runs across, every line that has text right of it starting
 * there (whether the page puts a run of text there, spaces before it or a jump with no space at all). A region is the
 * run of such lines whose columns both hold a leader, and the page is a two-column print only when each column of
 * its regions holds two leaders at least, so a letter or a tick list in two columns is never so read. Within a column a line goes on the cell above it when it stands at the
 * line spacing of a cell's lines, closer than the rows (a table's cell padding parts its rows); on a page whose rows
 * are as close as its lines, only an answer put wholly under its label's leader ("Name ......" / "Aaron Webb") is so
 * joined.
 */
final class TwoColumns {
    /** The right column starts at least so many ems right of the page's margin. */
    private static final float MIN_COLUMN_EMS = 8;
    /** A column edge is where words start in so many lines at least. */
    private static final int MIN_LINES_AT_EDGE = 3;
    /** Each column of a two-column leader print holds so many leaders at least. */
    private static final int MIN_LEADERS = 2;
    /** How far from the edge a word may start and still be at it, and how far a glyph may reach over it (points). */
    private static final float AT_EDGE = 1.2f;
    /** How many edges are tried, most words first. */
    private static final int MAX_EDGES = 6;
    /** Lines this much further apart than a cell's lines stand in different rows (points). */
    private static final float ROW_GAP = 1.5f;
    /**
     * A cell's lines stand at most this many ems apart (a word processor's single spacing is 1.1 to 1.25 of the
     * type's size); lines further apart are rows of a line each.
     */
    private static final float LINE_SPACING = 1.4f;
    /** A space is a gap of this much of the type's size at least. */
    private static final float SPACE = 0.2f;

    private TwoColumns() {
    }

    /** A region of a page's lines, {@code from} (inclusive) to {@code to}, read as its cells in reading order. */
    record Region(int from, int to, List<Cell> cells) {
    }

    /** A cell: its lines, top to bottom, each its glyphs left to right. */
    record Cell(List<List<Glyph>> lines) {
        /** The cell's text, its lines joined by a space. */
        String text() {
            return String.join(" ", lines.stream().map(PdfTables::lineText).filter(t -> !t.isEmpty()).toList());
        }

        float baseline() {
            return lines.get(0).get(0).baseline();
        }

        float top() {
            Glyph g = lines.get(0).get(0);
            return g.baseline() - g.height();
        }

        List<Glyph> glyphs() {
            return lines.stream().flatMap(List::stream).toList();
        }
    }

    /**
     * The two-column regions of a page's lines (each line's glyphs, the lines top to bottom, none of them in a drawn
     * table), none when the page is no two-column leader print.
     */
    static List<Region> of(List<List<Glyph>> lines) {
        if (lines.stream().filter(l -> Leaders.holdsLeader(PdfTables.lineText(l))).count() < MIN_LEADERS) {
            return List.of(); // each column holds two leaders: two lines hold one at least (a page of prose, at once)
        }
        List<List<Glyph>> inked = lines.stream().map(TwoColumns::ink).toList();
        float margin = (float) inked.stream().filter(l -> !l.isEmpty()).mapToDouble(l -> l.get(0).x()).min().orElse(0);
        for (float edge : edges(inked, margin)) {
            List<Run> runs = new ArrayList<>();
            int i = 0;
            while (i < inked.size()) {
                int end = i;
                while (end < inked.size() && fits(inked.get(end), edge)) {
                    end++;
                }
                if (end > i) {
                    Run run = Run.of(i, end, lines.subList(i, end), edge);
                    if (!run.left().isEmpty() && !run.right().isEmpty()) {
                        runs.add(run);
                    }
                }
                i = Math.max(end, i + 1);
            }
            // the spacing of a cell's lines and of the rows, from all the page's columns: a region of a row or two
            // tells neither
            float cellLines = (float) runs.stream().mapToDouble(Run::closest).min().orElse(Float.POSITIVE_INFINITY);
            float size = (float) runs.stream().mapToDouble(Run::size).max().orElse(0);
            boolean rowsApart = cellLines <= LINE_SPACING * size
                    && runs.stream().anyMatch(r -> r.widest() > cellLines + ROW_GAP);
            List<Region> regions = new ArrayList<>();
            int left = 0;
            int right = 0;
            for (Run run : runs) {
                List<Cell> leftCells = column(run.left(), cellLines, rowsApart);
                List<Cell> rightCells = column(run.right(), cellLines, rowsApart);
                if (leaders(leftCells) == 0 || leaders(rightCells) == 0) {
                    continue;
                }
                left += leaders(leftCells);
                right += leaders(rightCells);
                List<Cell> cells = new ArrayList<>(leftCells);
                cells.addAll(rightCells); // left first where two cells start on one line: the sort below is stable
                cells.sort(Comparator.comparingDouble(c -> Math.round(c.baseline())));
                regions.add(new Region(run.from(), run.to(), cells));
            }
            if (left >= MIN_LEADERS && right >= MIN_LEADERS) {
                return regions;
            }
        }
        return List.of();
    }

    /** A run of lines that fit an edge: its left and right column's lines, each of them with ink. */
    private record Run(int from, int to, List<List<Glyph>> left, List<List<Glyph>> right) {
        static Run of(int from, int to, List<List<Glyph>> lines, float edge) {
            List<Glyph> left = new ArrayList<>();
            List<Glyph> right = new ArrayList<>();
            for (List<Glyph> line : lines) {
                for (Glyph g : line) {
                    (g.centreX() < edge - AT_EDGE ? left : right).add(g);
                }
            }
            return new Run(from, to, inkedLines(left), inkedLines(right));
        }

        float closest() {
            return Math.min(TwoColumns.closest(left), TwoColumns.closest(right));
        }

        float widest() {
            return Math.max(TwoColumns.widest(left), TwoColumns.widest(right));
        }

        float size() {
            return (float) left.stream().flatMap(List::stream).mapToDouble(Glyph::size).max().orElse(0);
        }
    }

    /** The line's glyphs that are no space. */
    private static List<Glyph> ink(List<Glyph> line) {
        return line.stream().filter(g -> g.text() != null && !g.text().isBlank()).sorted(Comparator.comparingDouble(Glyph::x))
                .toList();
    }

    /** Where words start in three lines or more, well right of the margin: most lines first. */
    private static List<Float> edges(List<List<Glyph>> inked, float margin) {
        List<Float> starts = new ArrayList<>();
        for (List<Glyph> line : inked) {
            List<Float> seen = new ArrayList<>();
            for (int k = 0; k < line.size(); k++) {
                Glyph g = line.get(k);
                boolean word = k == 0 || g.x() - (line.get(k - 1).x() + line.get(k - 1).width()) > SPACE * g.size();
                if (word && g.x() > margin + MIN_COLUMN_EMS * g.size()
                        && seen.stream().noneMatch(x -> Math.abs(x - g.x()) <= AT_EDGE)) {
                    seen.add(g.x());
                }
            }
            starts.addAll(seen);
        }
        starts.sort(Float::compare);
        record Edge(float x, int lines) {
        }
        List<Edge> edges = new ArrayList<>();
        int from = 0;
        int to = 0;
        for (int k = 0; k < starts.size(); k++) {
            float x = starts.get(k);
            // the starts within reach of this one, the list sorted: a window moved along it, never counted again
            while (starts.get(from) < x - AT_EDGE) {
                from++;
            }
            while (to < starts.size() && starts.get(to) <= x + AT_EDGE) {
                to++;
            }
            int n = to - from;
            if (n >= MIN_LINES_AT_EDGE && (edges.isEmpty() || x - edges.get(edges.size() - 1).x() > AT_EDGE)) {
                edges.add(new Edge(x, n));
            }
        }
        return edges.stream().sorted(Comparator.comparingInt(Edge::lines).reversed()).limit(MAX_EDGES).map(Edge::x)
                .toList();
    }

    /** No glyph of the line runs over the edge, and its text right of the edge, if any, starts a word there. */
    private static boolean fits(List<Glyph> line, float edge) {
        if (line.isEmpty()) {
            return false;
        }
        for (Glyph g : line) {
            if (g.x() < edge - AT_EDGE && g.x() + g.width() > edge + AT_EDGE) {
                return false;
            }
        }
        int first = 0;
        while (first < line.size() && line.get(first).x() < edge - AT_EDGE) {
            first++;
        }
        if (first == line.size()) {
            return true;
        }
        Glyph g = line.get(first);
        // a word starts there: a fixed-width type puts a glyph's edge at every column, a word's middle too
        return Math.abs(g.x() - edge) <= AT_EDGE
                && (first == 0 || g.x() - (line.get(first - 1).x() + line.get(first - 1).width()) > SPACE * g.size());
    }

    private static List<List<Glyph>> inkedLines(List<Glyph> glyphs) {
        return PdfTables.lines(glyphs).stream().filter(l -> l.stream().anyMatch(g -> !g.text().isBlank())).toList();
    }

    /** The least distance between two lines' baselines (infinite for one line). */
    private static float closest(List<List<Glyph>> lines) {
        float least = Float.POSITIVE_INFINITY;
        for (int k = 1; k < lines.size(); k++) {
            least = Math.min(least, pitch(lines.get(k - 1), lines.get(k)));
        }
        return least;
    }

    private static float widest(List<List<Glyph>> lines) {
        float most = 0;
        for (int k = 1; k < lines.size(); k++) {
            most = Math.max(most, pitch(lines.get(k - 1), lines.get(k)));
        }
        return most;
    }

    private static float pitch(List<Glyph> above, List<Glyph> below) {
        return below.get(0).baseline() - above.get(0).baseline();
    }

    /** A column's lines as its cells. */
    private static List<Cell> column(List<List<Glyph>> lines, float cellLines, boolean rowsApart) {
        List<Cell> cells = new ArrayList<>();
        List<List<Glyph>> cell = new ArrayList<>();
        for (List<Glyph> line : lines) {
            boolean goesOn = !cell.isEmpty() && (rowsApart
                    ? pitch(cell.get(cell.size() - 1), line) <= cellLines + ROW_GAP / 2
                    : endsInALeader(PdfTables.lineText(cell.get(cell.size() - 1)))
                            && !Leaders.holdsLeader(PdfTables.lineText(line)));
            if (!goesOn && !cell.isEmpty()) {
                cells.add(new Cell(cell));
                cell = new ArrayList<>();
            }
            cell.add(line);
        }
        if (!cell.isEmpty()) {
            cells.add(new Cell(cell));
        }
        return cells;
    }

    private static boolean endsInALeader(String line) {
        return Leaders.holdsLeader(line) && Leaders.inLine(line).length() < line.strip().length()
                && !Leaders.inLine(line).contains(": ");
    }

    private static int leaders(List<Cell> cells) {
        return (int) cells.stream().filter(c -> Leaders.holdsLeader(c.text())).count();
    }
}
