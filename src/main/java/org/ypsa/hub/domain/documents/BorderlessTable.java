package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ypsa.hub.domain.documents.PdfTables.Band;
import org.ypsa.hub.domain.documents.PdfTables.Glyph;

/**
 * A page printed from a layout table whose borders are not drawn (an office suite told to hide them, an HTML template's
 * borders given in a style sheet the converter ignores): no ruling lines, yet its glyphs stand in columns. Read as
 * lines, cells side by side run together ("Date of incident Time of incident" over "30/11/2026 01:50"; two wrapped
 * answers interleaved line by line). Here the page's rows are derived from where its glyphs stand, as the bands a drawn
 * table would give ({@link PdfTables.Band}), so each column's lines of one row are read as one cell.
 * <p>
 * A column starts at an edge where words start, after a wide gap or at a line's start, in three lines or more, well
 * right of the page's margin. Within a column, a cell's lines stand at the page's closest line spacing; a table's cell
 * padding parts its rows a little further, so a line further down starts a new cell. Cells of the columns that stand
 * beside each other (overlapping top to bottom: a short cell is often set in the middle of its row's height) are one
 * row; a line running across an edge is a row of its own across the page, with the lines wrapped under it. A page is
 * so read only when its lines are spaced so (rows further apart than a cell's lines) and two rows at least hold a
 * cell of two lines or more beside another cell: where every row is one line ("Name: &nbsp; Keira Blythe") the page
 * reads as lines already and is left as it is.
 * <p>
 * A label set in bold over its answer in plain type is marked as a label, a colon after it, as a bold label in a drawn
 * box is by {@link PdfReader}'s reading of the text.
 */
final class BorderlessTable {
    /** A space is a gap of this much of the type's size at least. */
    private static final float SPACE = 0.2f;
    /** A gap this many ems wide at least parts two cells on a line. */
    private static final float GAP_EMS = 1.5f;
    /** How far from the edge a word may start and still be at it, and how far a glyph may reach over it (points). */
    private static final float AT_EDGE = 1.2f;
    /** A column edge is where words start in so many lines at least. */
    private static final int MIN_LINES_AT_EDGE = 3;
    /** A column starts at least so many ems right of the page's margin. */
    private static final float MIN_COLUMN_EMS = 6;
    /** Rows stand at least this much further apart than a cell's lines (points). */
    private static final float ROW_GAP = 1.5f;
    /** Rows stand less than this many of a cell's lines apart: a blank line between parts a text's paragraphs. */
    private static final float MAX_ROW_SPACING = 1.6f;
    /** A cell's lines stand at most this many ems apart. */
    private static final float LINE_SPACING = 1.4f;
    /** So many rows at least hold a cell of several lines beside another cell. */
    private static final int MIN_TALL_ROWS = 2;
    /** Two sizes of type closer than this are one (points). */
    private static final float SAME_SIZE = 0.5f;

    private BorderlessTable() {
    }

    /** The page's derived rows and its glyphs (a colon added after each bold label); no rows for a page not so laid out. */
    record Read(List<Band> bands, List<Glyph> glyphs) {
    }

    /** A run of a line's glyphs with no wide gap in it. */
    private record Chunk(List<Glyph> glyphs, int column) {
        float x() {
            return glyphs.get(0).x();
        }

        float right() {
            Glyph g = glyphs.get(glyphs.size() - 1);
            return g.x() + g.width();
        }

        float baseline() {
            return glyphs.get(0).baseline();
        }

        float size() {
            return glyphs.get(0).size();
        }
    }

    /** A cell: its chunks top to bottom; column -1 for a line across the page. */
    private static final class Cell {
        final int column;
        final List<Chunk> chunks = new ArrayList<>();

        Cell(int column, Chunk first) {
            this.column = column;
            chunks.add(first);
        }

        float top() {
            return (float) chunks.stream().flatMap(c -> c.glyphs().stream()).mapToDouble(Glyph::centreY).min().orElse(0);
        }

        float bottom() {
            return (float) chunks.stream().flatMap(c -> c.glyphs().stream()).mapToDouble(Glyph::centreY).max().orElse(0);
        }

        Chunk last() {
            return chunks.get(chunks.size() - 1);
        }
    }

    static Read of(List<Glyph> glyphs) {
        Read none = new Read(List.of(), glyphs);
        List<List<Glyph>> lines = PdfTables.lines(glyphs.stream().filter(g -> g.text() != null && !g.text().isBlank())
                .toList());
        if (lines.size() < 4 || !TwoColumns.of(PdfTables.lines(glyphs)).isEmpty()) {
            return none; // a case system's two-column leader print is read by its columns' leaders
        }
        float margin = (float) lines.stream().mapToDouble(l -> l.get(0).x()).min().orElse(0);
        List<List<List<Glyph>>> pieces = lines.stream().map(BorderlessTable::pieces).toList();
        List<Float> edges = edges(pieces, margin);
        if (edges.isEmpty()) {
            return none;
        }
        List<Float> starts = new ArrayList<>();
        starts.add(margin);
        starts.addAll(edges);
        // a word starting at an edge after a space starts a cell there, however narrow the gap before it
        pieces = pieces.stream().map(l -> atEdges(l, edges)).toList();
        // each piece in its column; a piece not starting at a column's start, or running over the next, is across
        List<Chunk> chunks = new ArrayList<>();
        for (List<List<Glyph>> line : pieces) {
            for (List<Glyph> p : line) {
                chunks.add(new Chunk(p, columnOf(p, starts)));
            }
        }
        float cellLines = closest(chunks, starts.size());
        if (Float.isInfinite(cellLines)) {
            return none;
        }
        List<Cell> cells = cells(chunks, cellLines);
        if (cells.stream().noneMatch(c -> c.chunks.size() > 1) || !rowsApart(cells, cellLines)) {
            return none;
        }
        List<List<Cell>> rows = new ArrayList<>(rows(cells));
        // label | answer lines, a label's column beside its answers' (each line of it a label): no row of cells
        rows.removeIf(r -> r.size() >= 2 && r.stream().anyMatch(c -> c.chunks.size() > 1 && c == first(r)
                && c.chunks.stream().allMatch(BorderlessTable::marked)));
        long tall = rows.stream().filter(r -> r.size() >= 2 && r.stream().anyMatch(c -> c.chunks.size() > 1)).count();
        if (tall < MIN_TALL_ROWS) {
            return none;
        }
        float pageRight = (float) lines.stream().flatMap(List::stream).mapToDouble(g -> g.x() + g.width()).max()
                .orElse(0) + 1;
        float[] columnRight = new float[starts.size()];
        for (Chunk c : chunks) {
            // a cell merged across the columns after its own does not widen its column
            if (c.column() >= 0 && (c.column() + 1 == starts.size() || c.right() <= starts.get(c.column() + 1) + AT_EDGE)) {
                columnRight[c.column()] = Math.max(columnRight[c.column()], c.right());
            }
        }
        List<Band> bands = new ArrayList<>();
        for (List<Cell> row : rows) {
            float top = (float) row.stream().mapToDouble(Cell::top).min().orElse(0) - 0.1f;
            float bottom = (float) row.stream().mapToDouble(Cell::bottom).max().orElse(0) + 0.1f;
            List<Float> columns = new ArrayList<>();
            if (row.get(0).column < 0) {
                columns.add(margin - 1);
            } else {
                List<Integer> used = row.stream().map(c -> c.column).distinct().sorted().toList();
                float prevRight = margin - 1;
                for (int k = 0; k < used.size(); k++) {
                    int col = used.get(k);
                    float end = k + 1 < used.size() ? starts.get(used.get(k + 1)) : pageRight;
                    float right = k + 1 < used.size() ? Math.min(columnRight[col] + 1, end) : pageRight;
                    // the cell's right margin taken as wide as its left: its text runs to the column's widest line
                    float left = Math.max(prevRight, starts.get(col) - (end - right) - 0.5f);
                    if (k == 0) {
                        left = Math.min(left, margin - 1);
                    }
                    columns.add(left);
                    prevRight = columnRight[col];
                }
            }
            columns.add(pageRight);
            bands.add(new Band(top, bottom, columns));
        }
        return new Read(bands, labelled(glyphs, cells));
    }

    private static Cell first(List<Cell> row) {
        return row.stream().min(Comparator.comparingInt(c -> c.column)).orElseThrow();
    }

    private static boolean marked(Chunk c) {
        return PdfTables.lineText(c.glyphs()).matches(".*[:?]");
    }

    /** A line's glyphs as its pieces, parted where a gap is wide. */
    private static List<List<Glyph>> pieces(List<Glyph> line) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> piece = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x() - (prev.x() + prev.width()) > GAP_EMS * Math.max(1f, g.size())) {
                out.add(piece);
                piece = new ArrayList<>();
            }
            piece.add(g);
            prev = g;
        }
        if (!piece.isEmpty()) {
            out.add(piece);
        }
        return out;
    }

    /** A line's pieces, each parted again where a word starts at an edge, a space before it. */
    private static List<List<Glyph>> atEdges(List<List<Glyph>> line, List<Float> edges) {
        List<List<Glyph>> out = new ArrayList<>();
        for (List<Glyph> p : line) {
            List<Glyph> piece = new ArrayList<>();
            Glyph prev = null;
            for (Glyph g : p) {
                boolean atEdge = prev != null && g.x() - (prev.x() + prev.width()) > SPACE * Math.max(1f, g.size())
                        && edges.stream().anyMatch(e -> Math.abs(g.x() - e) <= AT_EDGE);
                if (atEdge) {
                    out.add(piece);
                    piece = new ArrayList<>();
                }
                piece.add(g);
                prev = g;
            }
            out.add(piece);
        }
        return out;
    }

    /** Where pieces start in three lines or more, well right of the margin, left to right. */
    private static List<Float> edges(List<List<List<Glyph>>> pieces, float margin) {
        List<Float> xs = new ArrayList<>();
        for (List<List<Glyph>> line : pieces) {
            for (List<Glyph> p : line) {
                Glyph g = p.get(0);
                if (g.x() > margin + MIN_COLUMN_EMS * g.size()) {
                    xs.add(g.x());
                }
            }
        }
        xs.sort(Float::compare);
        List<Float> edges = new ArrayList<>();
        int k = 0;
        while (k < xs.size()) {
            int end = k;
            while (end < xs.size() && xs.get(end) - xs.get(k) <= 2 * AT_EDGE) {
                end++;
            }
            if (end - k >= MIN_LINES_AT_EDGE) {
                edges.add(xs.get(k));
                k = end;
            } else {
                k++;
            }
        }
        return edges;
    }

    /**
     * The column a piece starts, or -1 for a piece across the page (starting elsewhere, or starting at the margin and
     * running over the next column's edge). A piece starting at a column further right and running over the columns
     * after it is a cell merged across them (an answer beside its label, where other rows part that room into columns
     * of their own: a "Y" and an "N" over the marks), no line across the page.
     */
    private static int columnOf(List<Glyph> piece, List<Float> starts) {
        float x = piece.get(0).x();
        Glyph last = piece.get(piece.size() - 1);
        float right = last.x() + last.width();
        for (int c = 0; c < starts.size(); c++) {
            if (Math.abs(x - starts.get(c)) <= 2 * AT_EDGE) {
                return c == 0 && starts.size() > 1 && right > starts.get(1) + AT_EDGE ? -1 : c;
            }
        }
        return -1;
    }

    /**
     * The closest spacing of two lines in one column in one size of type, a cell's lines, in ems of their type (a
     * footer's small type is spaced as closely as its size).
     */
    private static float closest(List<Chunk> chunks, int columns) {
        float least = Float.POSITIVE_INFINITY;
        for (int c = -1; c < columns; c++) {
            int col = c;
            List<Chunk> in = chunks.stream().filter(k -> k.column() == col || col == 0 && k.column() == -1)
                    .sorted(Comparator.comparingDouble(Chunk::baseline)).toList();
            for (int k = 1; k < in.size(); k++) {
                float pitch = in.get(k).baseline() - in.get(k - 1).baseline();
                float size = in.get(k).size();
                if (Math.abs(size - in.get(k - 1).size()) <= SAME_SIZE && pitch >= 0.8f * size
                        && pitch <= LINE_SPACING * size) {
                    least = Math.min(least, pitch / size);
                }
            }
        }
        return least;
    }

    /** The page's chunks as cells, top to bottom: each column's lines at a cell's line spacing one cell. */
    private static List<Cell> cells(List<Chunk> chunks, float cellLines) {
        List<Chunk> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingDouble(Chunk::baseline).thenComparingDouble(Chunk::x));
        List<Cell> cells = new ArrayList<>();
        java.util.Map<Integer, Cell> open = new java.util.HashMap<>();
        Cell across = null;
        for (Chunk c : sorted) {
            if (c.column() < 0) {
                open.clear();
                across = new Cell(-1, c);
                cells.add(across);
                continue;
            }
            if (across != null && c.column() == 0 && follows(across, c, cellLines)) {
                across.chunks.add(c); // the wrapped lines of a line across the page
                continue;
            }
            across = null;
            Cell cell = open.get(c.column());
            if (cell != null && follows(cell, c, cellLines)) {
                cell.chunks.add(c);
            } else {
                cell = new Cell(c.column(), c);
                cells.add(cell);
                open.put(c.column(), cell);
            }
        }
        return cells;
    }

    private static boolean follows(Cell cell, Chunk c, float cellLines) {
        Chunk last = cell.last();
        float pitch = c.baseline() - last.baseline();
        return pitch > 0 && pitch <= cellLines * c.size() + ROW_GAP / 2 && Math.abs(c.size() - last.size()) <= SAME_SIZE;
    }

    /** Whether some cells stand further apart than a cell's lines: the table's rows are told from its cells' lines. */
    private static boolean rowsApart(List<Cell> cells, float cellLines) {
        for (int k = 1; k < cells.size(); k++) {
            float pitch = cells.get(k).chunks.get(0).baseline() - cells.get(k - 1).last().baseline();
            float lines = cellLines * cells.get(k).chunks.get(0).size();
            if (pitch > lines + ROW_GAP && pitch < MAX_ROW_SPACING * lines) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far (in ems) a cell's top may stand below the bottom of the cells beside it: a one-line cell's top and bottom
     * are its line's middle, and a label in bold and its answer in plain type on one baseline have their middles a
     * little apart where the two fonts' glyphs are not as tall.
     */
    private static final float ON_ONE_LINE = 0.25f;

    /** Cells that stand beside each other, top to bottom, as rows; a line across the page a row of its own. */
    private static List<List<Cell>> rows(List<Cell> cells) {
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingDouble(Cell::top));
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        float bottom = Float.NEGATIVE_INFINITY;
        for (Cell c : sorted) {
            boolean beside = !row.isEmpty() && c.column >= 0 && row.get(0).column >= 0
                    && c.top() <= bottom + ON_ONE_LINE * c.last().size()
                    && row.stream().noneMatch(r -> r.column == c.column);
            if (!beside && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                bottom = c.bottom();
            }
            row.add(c);
            bottom = Math.max(bottom, c.bottom());
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /**
     * The page's glyphs, a colon added after each cell's first line when it is set in bold over plain lines and not
     * marked as a label already.
     */
    private static List<Glyph> labelled(List<Glyph> glyphs, List<Cell> cells) {
        List<Glyph> out = new ArrayList<>(glyphs);
        for (Cell c : cells) {
            if (c.chunks.size() < 2 || !c.chunks.get(0).glyphs().stream().allMatch(Glyph::bold)
                    || c.chunks.subList(1, c.chunks.size()).stream().allMatch(k -> k.glyphs().stream().allMatch(Glyph::bold))) {
                continue;
            }
            List<Glyph> first = c.chunks.get(0).glyphs();
            Glyph end = first.get(first.size() - 1);
            if (end.text().matches(".*[:?*]")) {
                continue;
            }
            out.add(new Glyph(":", end.x() + end.width(), end.baseline(), 0.01f, end.height(), end.size(), true));
        }
        return out;
    }
}
