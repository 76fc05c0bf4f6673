package org.ypsa.hub.domain.documents;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.TextPosition;
import org.ypsa.hub.domain.grid.Grid;

/**
 * A PDF's tables as the rows a sheet would have, from the lines drawn round their cells: Word and LibreOffice draw
 * each table cell's borders, and a cell's text, wrapped over as many lines as the column is narrow, is read as one
 * value ("18+ Single" / "Self" / "Contained"; a code broken after its dash, "ABC-" / "01", is joined again). A row of
 * cells keeps its empty cells, so every value stays under its header. Lines outside tables are rows of their own,
 * split where a wide gap separates a label from its value. A table without drawn borders gives no table rows (its
 * text is read as lines, as {@link PdfReader} reads it).
 */
public final class PdfTables {
    private static final int MAX_PAGES = 20;
    /** How far apart two drawn lines may be and still be one border (points). */
    private static final float SAME_LINE = 1.5f;
    /** A border is at least this long, a band between two borders at least this high (points). */
    private static final float MIN_BORDER = 3f;

    private PdfTables() {
    }

    /**
     * One page of a PDF as one reading gives it: the rows of its tables (from its drawing, processed once) and
     * its glyphs where they stand (from its text, extracted once), for its tables' rows and its text alike. A rotated
     * page has no table rows; a page whose drawing could not be read keeps the borders read before it failed. Its bands
     * are those its drawing gave until the page is {@link #completed()}; then, on a page with none drawn, those derived
     * from where its glyphs stand ({@link BorderlessTable}, {@code derived} true, its glyphs with the colons it adds).
     */
    record Page(int number, boolean rotated, boolean drawingRead, List<Band> bands, List<Glyph> glyphs,
            boolean derived) {
        /** The page without the glyphs of its furniture's lines (a running header or footer, a page number). */
        Page without(List<PageFurniture.Line> furniture) {
            if (furniture.stream().noneMatch(l -> l.page() == number)) {
                return this;
            }
            return new Page(number, rotated, drawingRead, bands,
                    glyphs.stream().filter(g -> furniture.stream().noneMatch(l -> l.holds(number, g.baseline()))).toList(),
                    derived);
        }

        /**
         * The page as its tables' rows are read from it: a page read as a table (not rotated, its drawing read) with
         * no borders drawn has the rows of a layout table whose borders were hidden, if its glyphs stand so; derived
         * once, for the rows and for the question whether the page is such a table alike.
         */
        Page completed() {
            if (derived || rotated || !drawingRead || number > MAX_PAGES || !bands.isEmpty()) {
                return this;
            }
            BorderlessTable.Read borderless = BorderlessTable.of(glyphs);
            if (borderless.bands().isEmpty()) {
                return this;
            }
            return new Page(number, rotated, drawingRead, borderless.bands(), borderless.glyphs(), true);
        }
    }

    /** A page's drawing read for its borders, with the glyphs its text gave. */
    static Page page(PDPage page, int number, List<Glyph> glyphs) {
        boolean rotated = page.getRotation() != 0;
        Rulings rulings = new Rulings(page);
        boolean read = true;
        try {
            if (!rotated) {
                rulings.processPage(page);
            }
        } catch (java.io.IOException | RuntimeException e) {
            read = false; // a page whose drawing cannot be read has no table rows past where it failed
        }
        return new Page(number, rotated, read, bands(rulings), List.copyOf(glyphs), false);
    }

    /**
     * The bordered tables and other lines of a PDF's pages read by {@link PdfReader}, as a sheet's rows: the pages
     * {@link Page#completed() completed}, a page with no borders drawn read by the rows derived for it, if any.
     */
    static Grid read(String name, List<Page> pages) {
        List<Grid.Row> rows = new ArrayList<>();
        for (Page p : pages) {
            if (p.number() > MAX_PAGES || p.rotated()) {
                continue;
            }
            if (!p.drawingRead()) {
                throw new IllegalStateException("the drawing of a page could not be read");
            }
            List<Grid.Row> page = new ArrayList<>(page(p.bands(), p.glyphs()));
            if (!rows.isEmpty() && !page.isEmpty() && goesOn(rows.get(rows.size() - 1), page.get(0))) {
                rows.set(rows.size() - 1, joined(rows.get(rows.size() - 1), page.remove(0)));
            }
            rows.addAll(page);
        }
        return new Grid(name, "Row", rows);
    }

    /**
     * A page's first row goes on with the last row of the page before (its page furniture read out): a row of a label
     * cell and an answer cell broken over the page, its label cell left empty or marked "(continued)" on the next.
     */
    private static boolean goesOn(Grid.Row last, Grid.Row first) {
        return last.number() > 0 && first.number() > 0 && last.cells().size() == 2 && first.cells().size() == 2
                && !last.cells().get(0).isBlank() && !first.cells().get(1).isBlank()
                && (first.cells().get(0).isBlank() || PageFurniture.isContinuedMark(first.cells().get(0)));
    }

    private static Grid.Row joined(Grid.Row last, Grid.Row first) {
        String rest = PageFurniture.withoutContinuedMark(first.cells().get(1));
        String answer = last.cells().get(1).isBlank() ? rest : last.cells().get(1) + " " + rest;
        return new Grid.Row(last.number(), List.of(last.cells().get(0), answer));
    }


    /** A glyph as the text extraction gives it. */
    static Glyph glyph(TextPosition t) {
        return new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir(),
                t.getFontSizeInPt(), PdfReader.bold(t));
    }

    /** How many glyphs of a page are kept at most. */
    static final int MAX_GLYPHS = 200_000;

    /** A glyph where it stands on the page, from its top left, in points, and whether its type is bold. */
    record Glyph(String text, float x, float baseline, float width, float height, float size, boolean bold) {
        float centreX() {
            return x + width / 2;
        }

        float centreY() {
            return baseline - height / 2;
        }
    }

    private record Segment(float at, float from, float to) {
    }

    /** A row of a table: its top and bottom border and the borders between its cells, left to right (points). */
    record Band(float top, float bottom, List<Float> columns) {
    }

    /** The rows of a page's tables, from its drawn borders, top to bottom. */
    static List<Band> bands(Rulings rulings) {
        List<Float> ys = distinct(rulings.horizontal.stream().map(Segment::at).toList());
        List<Band> bands = new ArrayList<>();
        for (int k = 0; k + 1 < ys.size(); k++) {
            float top = ys.get(k);
            float bottom = ys.get(k + 1);
            if (bottom - top < MIN_BORDER) {
                continue;
            }
            List<Float> xs = distinct(rulings.vertical.stream()
                    .filter(v -> v.from() <= top + SAME_LINE && v.to() >= bottom - SAME_LINE).map(Segment::at).toList());
            if (xs.size() < 2) {
                xs = shadedColumns(rulings, top, bottom);
            }
            if (xs.size() >= 2) {
                bands.add(new Band(top, bottom, xs));
            }
        }
        return bands;
    }

    /**
     * A row drawn without rules between its cells (a details grid whose label cells are shaded, its columns parted by
     * nothing else): where its cells part, from the edges of the shaded cells filling the row's height and the ends of
     * the rule over it. None when no shaded cell stops short of the rule's ends (a row shaded across the page is a
     * heading or a label over its answer, no row of cells).
     */
    private static List<Float> shadedColumns(Rulings rulings, float top, float bottom) {
        List<Segment> over = rulings.horizontal.stream().filter(h -> Math.abs(h.at() - top) <= SAME_LINE).toList();
        if (over.isEmpty()) {
            return List.of();
        }
        float from = (float) over.stream().mapToDouble(Segment::from).min().orElseThrow();
        float to = (float) over.stream().mapToDouble(Segment::to).max().orElseThrow();
        List<float[]> shades = rulings.shades.stream()
                .filter(r -> r[1] <= top + SAME_LINE && r[3] >= bottom - SAME_LINE && r[0] >= from - SAME_LINE
                        && r[2] <= to + SAME_LINE)
                .toList();
        if (shades.stream().noneMatch(r -> r[0] > from + MIN_BORDER || r[2] < to - MIN_BORDER)) {
            return List.of();
        }
        List<Float> xs = new ArrayList<>(List.of(from, to));
        shades.forEach(r -> {
            xs.add(r[0]);
            xs.add(r[2]);
        });
        return distinct(xs);
    }

    /** One page: its table rows and its other lines, top to bottom. */
    static List<Grid.Row> page(List<Band> bands, List<Glyph> glyphs) {
        List<List<List<Glyph>>> cells = new ArrayList<>();
        for (Band b : bands) {
            List<List<Glyph>> row = new ArrayList<>();
            for (int c = 0; c + 1 < b.columns().size(); c++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
        }
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean placed = false;
            for (int k = 0; k < bands.size() && !placed; k++) {
                Band b = bands.get(k);
                if (g.centreY() < b.top() || g.centreY() >= b.bottom()) {
                    continue;
                }
                for (int c = 0; c + 1 < b.columns().size(); c++) {
                    if (g.centreX() >= b.columns().get(c) && g.centreX() < b.columns().get(c + 1)) {
                        cells.get(k).get(c).add(g);
                        placed = true;
                        break;
                    }
                }
            }
            if (!placed) {
                outside.add(g);
            }
        }
        record Placed(float top, Grid.Row row) {
        }
        List<Placed> placed = new ArrayList<>();
        int number = 0;
        for (int k = 0; k < bands.size(); k++) {
            Band b = bands.get(k);
            boolean follows = k > 0 && Math.abs(bands.get(k - 1).bottom() - b.top()) <= SAME_LINE;
            number = follows ? number + 1 : 1;
            List<String> texts = new ArrayList<>();
            List<String> lined = new ArrayList<>();
            for (int c = 0; c < cells.get(k).size(); c++) {
                texts.add(cellText(cells.get(k).get(c)));
                lined.add(cellText(cells.get(k).get(c), b.columns().get(c), b.columns().get(c + 1)));
            }
            // a row of boxes, each a label over its answer, keeps its cells' lines; any other row's cells are values
            // read whole, as before (a wrapped answer, a network grid's names)
            Grid.Row row = new Grid.Row(number, boxes(lined, texts, cells.get(k), b.columns().subList(0, cells.get(k).size() + 1)));
            if (!row.isBlank()) {
                placed.add(new Placed(b.top(), row));
            }
        }
        List<List<Glyph>> lines = lines(outside);
        List<TwoColumns.Region> columns = TwoColumns.of(lines);
        for (TwoColumns.Region r : columns) {
            // a two-column print's cells, each a label, its leader and its answer, a line of its own
            for (TwoColumns.Cell c : r.cells()) {
                placed.add(new Placed(c.top(), new Grid.Row(0, List.of(c.text()))));
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            int at = k;
            if (columns.stream().anyMatch(r -> at >= r.from() && at < r.to())) {
                continue;
            }
            List<Glyph> line = lines.get(k);
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            Glyph prev = null;
            for (Glyph g : line) {
                if (prev != null && g.x() - (prev.x() + prev.width()) > 2 * g.size() && part.length() > 0) {
                    parts.add(part.toString().strip());
                    part.setLength(0);
                } else if (prev != null && spaceBetween(prev, g)) {
                    part.append(' ');
                }
                part.append(g.text());
                prev = g;
            }
            parts.add(part.toString().strip());
            Grid.Row row = new Grid.Row(0, parts);
            if (!row.isBlank()) {
                placed.add(new Placed(line.get(0).baseline() - line.get(0).height(), row));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        return placed.stream().map(Placed::row).toList();
    }

    /**
     * A row's cells as a row of boxes when they are one: each cell's lines as {@link #cellText(List, float, float)}
     * keeps them, and, in a row where some box's lines are so kept, a cell of two lines whose first ended too near its
     * edge to tell (a label "Full name of the YP you're referring" over "Callum Lindqvist") as its label over its
     * answer. Otherwise the cells as values, each read whole.
     */
    private static List<String> boxes(List<String> lined, List<String> whole, List<List<Glyph>> cells, List<Float> borders) {
        if (AnswerBoxes.of(lined, "", "") != null) {
            return lined;
        }
        List<String> setApart = labelsInBold(cells, borders);
        if (setApart != null) {
            return setApart;
        }
        if (lined.stream().noneMatch(c -> c.contains("\n"))) {
            return whole;
        }
        List<String> twoLines = new ArrayList<>(lined);
        for (int c = 0; c < cells.size(); c++) {
            List<List<Glyph>> lines = lines(cells.get(c)).stream().filter(l -> !lineText(l).isEmpty()).toList();
            if (!lined.get(c).contains("\n") && lines.size() == 2) {
                twoLines.set(c, lineText(lines.get(0)) + "\n" + lineText(lines.get(1)));
            }
        }
        return AnswerBoxes.of(twoLines, "", "") != null ? twoLines : whole;
    }

    /**
     * A row of boxes whose labels are set apart from their answers by type, as {@link BoldBoxes} reads a Word table's:
     * every cell with text in it opens with a line or two all in bold ("Date of birth", "LCS number" / "(optional)")
     * over lines in plain type (its answer). Each cell as its label, marked as one with a colon, over its answer; null
     * when any cell is not so set out (a heading row all in bold, a label cell beside its answer's cell).
     */
    private static List<String> labelsInBold(List<List<Glyph>> cells, List<Float> borders) {
        List<String> out = new ArrayList<>();
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            List<List<Glyph>> lines = lines(cells.get(c)).stream().filter(l -> !lineText(l).isEmpty()).toList();
            if (lines.isEmpty()) {
                out.add("");
                continue;
            }
            int bold = 0;
            while (bold < lines.size() && lines.get(bold).stream().filter(g -> !g.text().isBlank()).allMatch(Glyph::bold)) {
                bold++;
            }
            if (bold == 0 || bold == lines.size()) {
                return null;
            }
            String label = lines.subList(0, bold).stream().map(PdfTables::lineText).collect(java.util.stream.Collectors.joining(" "));
            List<Glyph> rest = lines.subList(bold, lines.size()).stream().flatMap(List::stream).toList();
            out.add(label + (label.matches(".*[:?*]$") ? "" : ":") + "\n"
                    + cellText(rest, borders.get(c), borders.get(c + 1)));
            any = true;
        }
        return any ? out : null;
    }

    /**
     * A cell's lines as one value, joined by a space, but not after a dash, an underscore or a slash ("ABC-" / "01",
     * "UNITS_" / "VAC"), nor inside an email address broken at the column's edge ("j.ormsby@housing.council.tes" /
     * "t": a word after an address is never one word of small letters, dots and dashes alone on its line). A word too
     * long for its column and broken over two lines ("Occupie" / "d") keeps the space: nothing on the page tells it
     * from two words.
     */
    /** A line ending in an email address, its domain begun ("k.ormsby@housing.council.tes"). */
    private static final java.util.regex.Pattern ADDRESS_AT_END = java.util.regex.Pattern.compile(
            "(?:^|\\s)[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]*)*$");
    /** The rest of an address's domain wrapped onto the next line: small letters, digits, dots and dashes only. */
    private static final java.util.regex.Pattern REST_OF_AN_ADDRESS = java.util.regex.Pattern.compile("[a-z0-9.-]+");

    static String cellText(List<Glyph> glyphs) {
        return cellText(glyphs, Float.NaN, Float.NaN);
    }

    /**
     * A cell's lines as its text: a line the writer ended (a line break, as a box's label over its answer, an
     * address's lines) ends with a new line; a line wrapped at the cell's edge is joined to the next as above. A line
     * was ended by its writer when the next line's first word would have fitted in the room left on it, the cell's
     * right margin taken as wide as its left ({@link #endedShort}); without the cell's borders every line is joined.
     */
    static String cellText(List<Glyph> glyphs, float left, float right) {
        StringBuilder out = new StringBuilder();
        String last = "";
        List<List<Glyph>> lines = lines(glyphs);
        float margin = (float) lines.stream().filter(l -> !l.isEmpty()).mapToDouble(l -> l.get(0).x() - left).min()
                .orElse(0);
        List<Glyph> lastLine = null;
        for (List<Glyph> line : lines) {
            String text = lineText(line);
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && endedShort(lastLine, line, right - Math.max(0, margin))) {
                out.append('\n');
            } else if (out.length() > 0 && !(last.endsWith("-") || last.endsWith("_") || last.endsWith("/"))
                    && !(ADDRESS_AT_END.matcher(last).find() && REST_OF_AN_ADDRESS.matcher(text).matches())) {
                out.append(' ');
            }
            out.append(text);
            last = text;
            lastLine = line;
        }
        return out.toString();
    }

    /** How much room a break must leave beyond the next word and a space, for a measure's slack (points). */
    private static final float ROOM_TO_SPARE = 1f;

    /**
     * Whether a line ended short of where the text could run to ({@code edge}): the next line's first word and a
     * space before it would have fitted on it, so a word processor did not wrap it there - its writer ended it. (A line
     * leaving much room before a long word is not taken as ended: in a network grid's narrow columns a wrap often
     * does, "Referring worker (Housing" / "Navigator)"; a box so ended is read by the two-line rule of {@link #boxes}.)
     */
    private static boolean endedShort(List<Glyph> line, List<Glyph> next, float edge) {
        if (Float.isNaN(edge)) {
            return false;
        }
        Glyph end = line.stream().filter(g -> !g.text().isBlank()).reduce((a, b) -> b).orElse(null);
        List<Glyph> word = new ArrayList<>();
        for (Glyph g : next) {
            if (g.text().isBlank() || !word.isEmpty() && spaceBetween(word.get(word.size() - 1), g)) {
                if (!word.isEmpty()) {
                    break;
                }
                continue;
            }
            word.add(g);
        }
        if (end == null || word.isEmpty()) {
            return false;
        }
        float wordWidth = word.get(word.size() - 1).x() + word.get(word.size() - 1).width() - word.get(0).x();
        float space = SPACE_WIDTH * end.size();
        return edge - (end.x() + end.width()) >= space + wordWidth + ROOM_TO_SPARE;
    }

    /** A space's width in the type's size (a common font's space is a quarter of an em or a little more). */
    private static final float SPACE_WIDTH = 0.28f;

    /** A line's glyphs as its words, a space where the page leaves one. */
    static String lineText(List<Glyph> line) {
        StringBuilder s = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && spaceBetween(prev, g)) {
                s.append(' ');
            }
            s.append(g.text());
            prev = g;
        }
        return s.toString().replaceAll("\\s+", " ").strip();
    }

    private static boolean spaceBetween(Glyph prev, Glyph g) {
        if (g.text().isBlank() || prev.text().isBlank()) {
            return false; // the space is a glyph of its own
        }
        return g.x() - (prev.x() + prev.width()) > 0.2f * Math.max(1f, g.size());
    }

    /** Glyphs as lines: those sharing a baseline, left to right, lines top to bottom. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float baseline = Float.NaN;
        for (Glyph g : sorted) {
            if (!line.isEmpty() && Math.abs(g.baseline() - baseline) > Math.max(1f, g.height() / 2)) {
                lines.add(line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                baseline = g.baseline();
            }
            line.add(g);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    private static List<Float> distinct(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (Float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > SAME_LINE) {
                out.add(v);
            }
        }
        return out;
    }

    /** The horizontal and vertical lines a page draws (strokes, and rectangles thin enough to be a border). */
    static final class Rulings extends PDFGraphicsStreamEngine {
        final List<Segment> horizontal = new ArrayList<>();
        final List<Segment> vertical = new ArrayList<>();
        /** The filled rectangles too large to be a border (a shaded cell): left, top, right, bottom from the top left. */
        final List<float[]> shades = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>();
        private final List<float[]> rectangles = new ArrayList<>();
        private final float top;
        private final float left;
        private float x;
        private float y;

        Rulings(PDPage page) {
            super(page);
            PDRectangle box = page.getCropBox();
            this.top = box.getUpperRightY();
            this.left = box.getLowerLeftX();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x0 = (float) Math.min(p0.getX(), p2.getX());
            float x1 = (float) Math.max(p0.getX(), p2.getX());
            float y0 = (float) Math.min(p0.getY(), p2.getY());
            float y1 = (float) Math.max(p0.getY(), p2.getY());
            rectangles.add(new float[] {x0, y0, x1, y1});
        }

        @Override
        public void moveTo(float x, float y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new float[] {this.x, this.y, x, y});
            this.x = x;
            this.y = y;
        }

        @Override
        public void strokePath() {
            for (float[] r : rectangles) {
                path.add(new float[] {r[0], r[1], r[2], r[1]});
                path.add(new float[] {r[0], r[3], r[2], r[3]});
                path.add(new float[] {r[0], r[1], r[0], r[3]});
                path.add(new float[] {r[2], r[1], r[2], r[3]});
            }
            commit(true);
        }

        @Override
        public void fillPath(int windingRule) {
            commit(false);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        /** Stroked lines are borders; a filled rectangle is one only when it is thin (a border drawn as a fill). */
        private void commit(boolean stroked) {
            if (stroked) {
                for (float[] s : path) {
                    add(s[0], s[1], s[2], s[3]);
                }
            }
            for (float[] r : rectangles) {
                if (stroked) {
                    continue;
                }
                if (r[3] - r[1] <= MIN_BORDER && r[2] - r[0] > MIN_BORDER) {
                    add(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
                } else if (r[2] - r[0] <= MIN_BORDER && r[3] - r[1] > MIN_BORDER) {
                    add((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
                } else if (r[2] - r[0] > MIN_BORDER && r[3] - r[1] > MIN_BORDER && shades.size() < 20_000) {
                    shades.add(new float[] {r[0] - left, top - r[3], r[2] - left, top - r[1]});
                }
            }
            endPath();
        }

        private void add(float x0, float y0, float x1, float y1) {
            if (horizontal.size() + vertical.size() > 20_000) {
                return;
            }
            float ax = x0 - left;
            float bx = x1 - left;
            float ay = top - y0;
            float by = top - y1;
            if (Math.abs(ay - by) < 1f && Math.abs(ax - bx) > MIN_BORDER) {
                horizontal.add(new Segment((ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
            } else if (Math.abs(ax - bx) < 1f && Math.abs(ay - by) > MIN_BORDER) {
                vertical.add(new Segment((ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
            }
        }

        @Override
        public void endPath() {
            path.clear();
            rectangles.clear();
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            this.x = x3;
            this.y = y3;
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float(x, y);
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
