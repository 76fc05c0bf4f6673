package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.UnreadableDocument;

/** Reads a PDF form with Apache PDFBox: its form fields when it has them, and its text either way. */
public final class PdfReader {
    private static final int MAX_PAGES = 50;
    private static final long MAX_MEMORY = 64L * 1024 * 1024;

    private PdfReader() {
    }

    /**
     * A check box is ticked when its value is any state but Off: LibreOffice writes the value /Yes with an "on"
     * appearance, which PDFBox's isChecked (the value equal to the appearance's on state) reads as not ticked.
     */
    static boolean ticked(PDCheckBox box) {
        String value = box.getValue();
        return box.isChecked() || value != null && !value.isBlank() && !value.equals("Off");
    }

    /** A field name run together is matched to a printed label this long at least, and to a label's start from this. */
    private static final int MIN_RUN_TOGETHER = 4;
    private static final int MIN_CUT_SHORT = 16;
    /** A printed label over this many lines is not looked for. */
    private static final int MAX_LABEL_LINES = 3;
    /** A line of the page longer than this is no section heading. */
    private static final int MAX_HEADING_WORDS = 6;

    /**
     * Form fields as the page prints their labels. A field named by its label run together ("NAMEOFYPRESIDENT",
     * "YoungPersonDOB", "3RESIDENTSNAME", a long one cut short: "IncidentCategoryMissingExploitationSelfh") takes the
     * label printed on the page whose letters and digits are the name's ("NAME OF YP (RESIDENT)"), over one line or
     * a few; a label printed over a few lines is one line of the document's text, not a label per line ("VIOLENCE /
     * OTHER)"). And each field stands under the last printed line above it that is no field's label and reads
     * as a heading ("Part B - Referrer", "Young person"), which tells a bare "Full name" whose it is. The page's first
     * line is the form's title, not a section.
     */
    static LabelledDocument withPrintedLabels(String name, List<LabelledDocument.Entry> given, String text) {
        List<LabelledDocument.Entry> fields = withYesNoPairsAsOne(given);
        List<String> lines = text.lines().map(String::strip).toList();
        String[] labelOf = new String[lines.size()];
        int[] lastOf = new int[lines.size()];
        List<LabelledDocument.Entry> out = new ArrayList<>();
        int[] lineOf = new int[fields.size()];
        for (int k = 0; k < fields.size(); k++) {
            LabelledDocument.Entry e = fields.get(k);
            String label = e.label();
            lineOf[k] = -1;
            String runTogether = squashed(label);
            for (int i = 0; i < lines.size() && runTogether.length() >= MIN_RUN_TOGETHER && lineOf[k] < 0; i++) {
                if (labelOf[i] != null || lines.get(i).isEmpty()) {
                    continue;
                }
                StringBuilder printed = new StringBuilder(lines.get(i));
                String letters = squashed(lines.get(i));
                int last = i;
                while (last + 1 < lines.size() && last + 1 < i + MAX_LABEL_LINES && letters.length() < runTogether.length()
                        && !letters.isEmpty() && runTogether.startsWith(letters) && !lines.get(last + 1).isEmpty()) {
                    last++;
                    printed.append(' ').append(lines.get(last));
                    letters += squashed(lines.get(last));
                }
                if (letters.equals(runTogether) || runTogether.length() >= MIN_CUT_SHORT && letters.startsWith(runTogether)) {
                    lineOf[k] = i;
                    lastOf[i] = last;
                    for (int j = i; j <= last; j++) {
                        labelOf[j] = printed.toString();
                    }
                    if (!label.contains(" ")) {
                        label = printed.toString().replaceAll("[\\s:*]+$", "");
                    }
                }
            }
            out.add(new LabelledDocument.Entry(label, e.value(), e.where(), e.section()));
        }
        String[] headingAt = new String[lines.size()];
        String heading = "";
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && labelOf[i] == null && !lines.get(i).isEmpty() && readsAsHeading(lines.get(i))) {
                heading = lines.get(i);
            }
            headingAt[i] = heading;
        }
        for (int k = 0; k < out.size(); k++) {
            if (lineOf[k] > 0 && !headingAt[lineOf[k]].isEmpty()) {
                out.set(k, out.get(k).under(headingAt[lineOf[k]]));
            }
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (BOX_CAPTIONS.matcher(lines.get(i)).matches()) {
                continue; // "Yes    No" printed beside a form's check boxes: their captions, never the question's answer
            }
            joined.append(labelOf[i] != null && lastOf[i] > i ? labelOf[i] : lines.get(i)).append('\n');
            i = labelOf[i] != null && lastOf[i] > i ? lastOf[i] : i;
        }
        return new LabelledDocument(name, joined.toString(), out);
    }

    /** A line of nothing but the captions of a question's check boxes: "Yes    No", "Y  N". */
    private static final java.util.regex.Pattern BOX_CAPTIONS = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:yes|no|y|n)(?:\\s+(?:yes|no|y|n))+\\s*");

    /** A check box's name as its author made it: the question's name and "_Y" / "_N" (or "Yes" / "No") after it. */
    private static final java.util.regex.Pattern YES_OR_NO_BOX = java.util.regex.Pattern.compile(
            "^(?<stem>.*?\\p{Alnum})[_\\s.:-]*(?<answer>(?i:y|n|yes|no))$");

    /**
     * A question answered by two check boxes its author named for it and the answer ("Has_the_YP_given_consent_Y" and
     * "..._N", "Consent_Yes" and "Consent_No") as one answer to the question: "Yes" when only the yes box is ticked,
     * "No" when only the no box is, and when neither or both are the two boxes as marked ("☐ Yes ☐ No"), which is
     * read as no answer chosen (none is guessed). Only a pair of a yes box and
     * a no box with the same stem is so joined; any other field is kept as it is, and in its place.
     */
    static List<LabelledDocument.Entry> withYesNoPairsAsOne(List<LabelledDocument.Entry> fields) {
        java.util.Map<String, String[]> pairs = new java.util.LinkedHashMap<>();
        for (LabelledDocument.Entry e : fields) {
            java.util.regex.Matcher m = YES_OR_NO_BOX.matcher(e.label().strip());
            if (m.matches() && e.where().startsWith("form field") && e.value().matches("(?i)yes|no|off|on|")) {
                String[] pair = pairs.computeIfAbsent(m.group("stem"), k -> new String[2]);
                pair[m.group("answer").toLowerCase(java.util.Locale.ROOT).startsWith("y") ? 0 : 1] = e.value();
            }
        }
        pairs.values().removeIf(pair -> pair[0] == null || pair[1] == null);
        if (pairs.isEmpty()) {
            return fields;
        }
        List<LabelledDocument.Entry> out = new ArrayList<>();
        java.util.Set<String> written = new java.util.HashSet<>();
        for (LabelledDocument.Entry e : fields) {
            java.util.regex.Matcher m = YES_OR_NO_BOX.matcher(e.label().strip());
            String stem = m.matches() ? m.group("stem") : null;
            if (stem == null || !pairs.containsKey(stem) || !e.where().startsWith("form field")) {
                out.add(e);
            } else if (written.add(stem)) {
                boolean yes = pairs.get(stem)[0].matches("(?i)yes|on");
                boolean no = pairs.get(stem)[1].matches("(?i)yes|on");
                // neither or both ticked: written as the boxes are, which reads as no answer chosen, never as one guessed
                String value = yes == no ? (yes ? "\u2612 Yes \u2612 No" : "\u2610 Yes \u2610 No") : yes ? "Yes" : "No";
                out.add(new LabelledDocument.Entry(stem, value, e.where(), e.section()));
            }
        }
        return out;
    }

    private static boolean readsAsHeading(String line) {
        return !line.endsWith(".") && !line.contains("?") && !line.contains(":") && !line.contains("*")
                && line.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    private static String squashed(String label) {
        return label == null ? "" : label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A piece of a line of the page's text and where it starts (points, from the top left). */
    private record Piece(String text, List<TextPosition> glyphs) {
    }

    /**
     * The page's text as PDFBox writes it, each line's pieces with their places, and each page read once for both
     * views: its glyphs as the text gave them and its drawing's borders ({@link PdfTables.Page}).
     */
    private static final class Lines extends PDFTextStripper {
        final List<List<Piece>> lines = new ArrayList<>();
        final List<Integer> pageOf = new ArrayList<>();
        final List<PdfTables.Page> pages = new ArrayList<>();
        private List<Piece> line = new ArrayList<>();
        private List<PdfTables.Glyph> glyphs = new ArrayList<>();
        private int page;

        /** These lines, each on its page, in place of the lines read. */
        void replace(List<List<Piece>> newLines, List<Integer> theirPages) {
            lines.clear();
            lines.addAll(newLines);
            pageOf.clear();
            pageOf.addAll(theirPages);
        }

        @Override
        protected void startPage(PDPage p) throws java.io.IOException {
            page++;
            glyphs = new ArrayList<>();
            super.startPage(p);
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (glyphs.size() < PdfTables.MAX_GLYPHS) {
                glyphs.add(PdfTables.glyph(t));
            }
            super.processTextPosition(t);
        }

        @Override
        protected void endPage(PDPage p) throws java.io.IOException {
            pages.add(PdfTables.page(p, page, glyphs));
            super.endPage(p);
        }

        /** The page read, by its number from 1; null for one not read. */
        PdfTables.Page page(int number) {
            return pages.stream().filter(p -> p.number() == number).findFirst().orElse(null);
        }

        @Override
        protected void writeString(String text, List<TextPosition> glyphs) throws java.io.IOException {
            line.add(new Piece(text, List.copyOf(glyphs)));
            super.writeString(text, glyphs);
        }

        @Override
        protected void writeWordSeparator() throws java.io.IOException {
            line.add(new Piece(getWordSeparator(), List.of()));
            super.writeWordSeparator();
        }

        @Override
        protected void writeLineSeparator() throws java.io.IOException {
            endLine();
            super.writeLineSeparator();
        }

        @Override
        protected void writePageEnd() throws java.io.IOException {
            if (!line.isEmpty()) {
                endLine(); // a page's last line ends with the page
            }
            super.writePageEnd();
        }

        private void endLine() {
            lines.add(line);
            pageOf.add(page);
            line = new ArrayList<>();
        }
    }

    /**
     * A row of a two-column table with drawn borders whose cells run over several lines (a Welsh label over the English
     * one, an answer wrapped in a narrow column) comes out of the page's text a line at a time with the two cells
     * interleaved ("Pam mae angen llety Her mother has moved into a" / "Why are you referring? flat with no room."):
     * such a row is written as its label's lines, the last one followed by the whole answer ("Pam mae angen llety" /
     * "Why are you referring? Her mother has moved into a flat with no room."). An answer on one line, a tick list a
     * box to a line and rows of three cells or more are left as the page gives them. The text is unchanged when no row
     * is so written.
     */
    static String withTableRowsWhole(Lines text, String original) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        int i = 0;
        while (i < text.lines.size()) {
            Cells grid = cells(text, i, 5);
            if (grid != null) {
                int end = i + 1;
                while (end < text.lines.size() && grid.holds(text.pageOf.get(end), top(text.lines.get(end)))) {
                    end++;
                }
                out.addAll(detailsRow(text.lines.subList(i, end), grid));
                changed = true;
                i = end;
                continue;
            }
            Cells row = cells(text, i, 3);
            if (row == null) {
                out.add(joined(text.lines.get(i)));
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.lines.size() && row.holds(text.pageOf.get(end), top(text.lines.get(end)))) {
                end++;
            }
            List<String> labels = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            for (int k = i; k < end; k++) {
                StringBuilder label = new StringBuilder();
                StringBuilder answer = new StringBuilder();
                for (Piece p : text.lines.get(k)) {
                    if (p.glyphs().isEmpty()) {
                        (answer.length() > 0 ? answer : label).append(p.text());
                        continue;
                    }
                    for (TextPosition g : p.glyphs()) {
                        (g.getXDirAdj() + g.getWidthDirAdj() / 2 < row.split(1) ? label : answer).append(g.getUnicode());
                    }
                }
                if (!label.isEmpty() && !label.toString().isBlank()) {
                    labels.add(label.toString().strip());
                }
                if (!answer.toString().isBlank()) {
                    answers.add(answer.toString().strip());
                }
            }
            if (labels.isEmpty() && !answers.isEmpty() && !out.isEmpty() && startsAPage(text, i)
                    && cells(text, i - 1, 3) != null) {
                // the rest of the answer of the row the page before ended with, its label cell left empty
                out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing() + " " + String.join(" ", answers));
                changed = true;
                i = end;
                continue;
            }
            // an answer on one line stays where the page puts it: beside a label's first line, whose second may be
            // its hint ("Use the name on their ID") or the label in the other language, nothing tells which
            if (answers.size() < 2 || labels.isEmpty() || answers.stream().anyMatch(TickList::isBoxLine)) {
                for (int k = i; k < end; k++) {
                    out.add(joined(text.lines.get(k)));
                }
            } else {
                for (int k = 0; k + 1 < labels.size(); k++) {
                    out.add(labels.get(k));
                }
                out.add(labels.get(labels.size() - 1) + " " + String.join(" ", answers));
                changed = true;
            }
            i = end;
        }
        return changed ? String.join("\n", out) + "\n" : original;
    }

    private static boolean startsAPage(Lines text, int line) {
        return line > 0 && !text.pageOf.get(line).equals(text.pageOf.get(line - 1));
    }

    /**
     * A details grid's row (label | answer | label | answer, its cells parted by rules or by the label cells' shading)
     * comes out of the page's text a line at a time with its four cells interleaved ("Young person's Date the YP was" /
     * "name as it appears Hamza Kowalczyk born - check 6th Aug 2010"): it is written as its two labels, each whole on a
     * line with its answer after a colon ("Young person's name as it appears on Mosaic: Hamza Kowalczyk"), a label
     * ending in its own colon or question mark keeping it. A pair whose label cell is empty is left out.
     */
    private static List<String> detailsRow(List<List<Piece>> lines, Cells row) {
        List<List<StringBuilder>> cells = new ArrayList<>();
        for (int c = 0; c + 1 < row.columns().size(); c++) {
            cells.add(new ArrayList<>());
        }
        for (List<Piece> line : lines) {
            List<StringBuilder> parts = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                parts.add(new StringBuilder());
            }
            int last = -1;
            for (Piece p : line) {
                if (p.glyphs().isEmpty()) {
                    if (last >= 0) {
                        parts.get(last).append(p.text());
                    }
                    continue;
                }
                for (TextPosition g : p.glyphs()) {
                    last = row.cellOf(g.getXDirAdj() + g.getWidthDirAdj() / 2);
                    parts.get(last).append(g.getUnicode());
                }
            }
            for (int c = 0; c < cells.size(); c++) {
                if (!parts.get(c).toString().isBlank()) {
                    cells.get(c).add(parts.get(c));
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c + 1 < cells.size(); c += 2) {
            String label = String.join(" ", cells.get(c)).replaceAll("\\s+", " ").strip();
            String answer = String.join(" ", cells.get(c + 1)).replaceAll("\\s+", " ").strip();
            if (label.isEmpty()) {
                continue;
            }
            boolean ended = label.endsWith(":") || label.endsWith("?");
            out.add(answer.isEmpty() ? label : label + (ended ? " " : ": ") + answer);
        }
        return out;
    }

    /** The band of a table row of so many column borders (3: two cells) that a line of the text stands in. */
    private record Cells(int page, float top, float bottom, List<Float> columns) {
        boolean holds(int onPage, float y) {
            return onPage == page && y >= top && y < bottom;
        }

        /** Where the cell before the given border ends and the next begins. */
        float split(int border) {
            return columns.get(border);
        }

        /** The cell a point across the row stands in (the first or last for a point outside the borders). */
        int cellOf(float x) {
            int c = 0;
            while (c + 2 < columns.size() && x >= columns.get(c + 1)) {
                c++;
            }
            return c;
        }
    }

    private static Cells cells(Lines text, int line, int borders) {
        float y = top(text.lines.get(line));
        PdfTables.Page page = text.page(text.pageOf.get(line));
        if (Float.isNaN(y) || page == null) {
            return null;
        }
        PdfTables.Band band = page.bands().stream().filter(b -> y >= b.top() && y < b.bottom()).findFirst().orElse(null);
        if (band == null || band.columns().size() != borders) {
            return null;
        }
        return new Cells(page.number(), band.top(), band.bottom(), band.columns());
    }

    /** The middle of a line's first glyph, from the top of the page; NaN for a line with none. */
    private static float top(List<Piece> line) {
        for (Piece p : line) {
            if (!p.glyphs().isEmpty()) {
                TextPosition g = p.glyphs().get(0);
                return g.getYDirAdj() - g.getHeightDir() / 2;
            }
        }
        return Float.NaN;
    }

    private static String joined(List<Piece> line) {
        StringBuilder s = new StringBuilder();
        line.forEach(p -> s.append(p.text()));
        return s.toString();
    }

    public static LabelledDocument read(String name, byte[] bytes) throws UnreadableDocument {
        return opened(name, bytes, doc -> form(name, readOnce(doc)));
    }

    /** The document as a form and as its tables' rows, from one opening of the file and one reading of each page. */
    public static DocumentViews readWithTables(String name, byte[] bytes) throws UnreadableDocument {
        return opened(name, bytes, doc -> {
            Read once = readOnce(doc);
            LabelledDocument form = form(name, once);
            // each page's rows derived once, when no borders are drawn, for its tables' rows and the question below
            List<PdfTables.Page> pages = new ArrayList<>();
            DocumentViews views = DocumentViews.of(form, "PDF", () -> {
                once.pages().stream().map(PdfTables.Page::completed).forEach(pages::add);
                return PdfTables.read(name, pages);
            });
            if (once.fields().isEmpty() && (printedFromATable(views.tables())
                    || printedFromABorderlessTable(pages, views.tables()))) {
                // a Word form printed to PDF: its cells read as the Word table's are, a wrapped answer one value; the
                // text (its title, screening) stays the page's, a two-cell row's wrapped answer joined whole; the
                // table's rows, a cell to a tab, are read across as a Word table's (a network grid, a band of labels)
                LabelledDocument table = WordReader.read(views.tables());
                return new DocumentViews(new LabelledDocument(name, form.text(), table.entries(), table.text()),
                        views.tables());
            }
            return new DocumentViews(form, views.tables());
        });
    }

    /**
     * Rows of label and answer cells in drawn borders: at least three, and at least half the document's lines. A row of
     * boxes, each a label over its answer ({@link AnswerBoxes}), is a row of pairs, one cell or more; so is a drawn
     * row whose one filled cell is a label and its answer ("Event - description: ..."), when the rows hold boxes.
     */
    static boolean printedFromATable(Grid rows) {
        long lines = rows.rows().stream().filter(r -> !r.isBlank()).count();
        Set<Grid.Row> boxRows = rows.rows().stream().filter(r -> r.number() > 0 && AnswerBoxes.of(r.cells(), "", "") != null)
                .collect(Collectors.toSet());
        long pairs = rows.rows().stream().filter(r -> r.cells().stream().filter(c -> !c.isBlank()).count() >= 2
                || !boxRows.isEmpty() && r.number() > 0 && (boxRows.contains(r)
                        || r.cells().stream().filter(c -> !c.isBlank()).allMatch(WordReader::isLabelAndValue))).count();
        return pairs >= MIN_TABLE_ROWS && pairs * 2 >= lines;
    }

    private static final int MIN_TABLE_ROWS = 3;

    /**
     * A page printed from a layout table whose borders are hidden ({@link BorderlessTable}): its rows read as a drawn
     * table's when they hold label and answer cells, three rows at least and at least half the rows that are not a
     * heading, a title or a footer (a line of its own across the page, no label and answer in it). Such a short form is
     * mostly its headings: the rows of a hidden table have no borders to tell them from the title over it. The pages
     * are those {@link PdfTables.Page#completed() completed}: one whose rows were derived is such a page.
     */
    static boolean printedFromABorderlessTable(List<PdfTables.Page> pages, Grid rows) {
        if (pages.stream().noneMatch(PdfTables.Page::derived)) {
            return false;
        }
        List<Grid.Row> notHeadings = rows.rows().stream().filter(r -> !r.isBlank() && !(r.cells().size() == 1
                && !r.cells().get(0).contains("\n") && !WordReader.isLabelAndValue(r.cells().get(0)))).toList();
        return printedFromATable(new Grid(rows.source(), rows.rowWord(), notHeadings));
    }

    private interface Use<T> {
        T apply(PDDocument doc) throws Exception;
    }

    /** Opens a PDF within the memory cap, refused with the reason when it is no PDF, protected or damaged. */
    private static <T> T opened(String name, byte[] bytes, Use<T> use) throws UnreadableDocument {
        if (FileMagic.valueOf(bytes) != FileMagic.PDF) {
            throw new UnreadableDocument("the file " + name + " is not a PDF although its name or type says so");
        }
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMixed(MAX_MEMORY).streamCache)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocument("the PDF " + name + " is protected; please send it without a password");
            }
            return use.apply(doc);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument("the PDF " + name + " is password protected; please send it without a password", e);
        } catch (UnreadableDocument e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableDocument("the PDF " + name + " could not be read (it may be damaged)", e);
        }
    }

    /**
     * A PDF read once: its form fields, its text as the page gives it (with each line's pieces and places), and each
     * page's glyphs and drawn borders.
     */
    private record Read(List<LabelledDocument.Entry> fields, Lines lines, String text, PageFurniture furniture) {
        /** The pages for their tables' rows, without their furniture. */
        List<PdfTables.Page> pages() {
            return furniture.isEmpty() ? lines.pages : lines.pages.stream().map(p -> p.without(furniture.lines())).toList();
        }
    }

    private static Read readOnce(PDDocument doc) throws java.io.IOException {
        List<LabelledDocument.Entry> fields = new ArrayList<>();
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        if (form != null) {
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDTerminalField) {
                    String label = f.getAlternateFieldName() != null && !f.getAlternateFieldName().isBlank()
                            ? f.getAlternateFieldName() : f.getPartialName();
                    String value = f instanceof PDCheckBox cb ? (ticked(cb) ? "Yes" : "No") : f.getValueAsString();
                    fields.add(new LabelledDocument.Entry(label, value == null ? "" : value.trim(),
                            "form field " + f.getPartialName()));
                }
            }
        }
        Lines stripper = new Lines();
        stripper.setSortByPosition(true);
        stripper.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
        String text = stripper.getText(doc);
        PageFurniture furniture = PageFurniture.of(stripper.pages);
        boolean changed = withoutFurniture(stripper, furniture);
        changed |= fields.isEmpty() && withColumnsApart(stripper);
        changed |= fields.isEmpty() && (withBoxedAnswers(stripper) || withBoldLabels(stripper));
        return new Read(fields, stripper, changed ? joined(stripper) : text, furniture);
    }

    /**
     * A Word form printed with its questions as paragraphs: each label a line in bold, its answer on the lines under it
     * in the same size of type, not in bold. Such a label is written with a colon after it ("Referring officer's name:"),
     * as a mail's bold label is read, so the lines under it are its answer up to the next label (before, the answers'
     * lines ran on into the next labels, which have no colon of their own). A bold line over another (a heading over a
     * label), in another size (a title), over a label of its own ("Date of birth: 4/5/09"), a section's heading or a
     * sentence is left as it is, and so is a label already marked as ended with a required field's star; and a document with drawn tables (its headings bold over its rows' plain labels, tuned5
     * t5-sg-006 routed the heading "The incident" as the description), or with fewer than three such labels, is left
     * whole. True when labels were so written.
     */
    static boolean withBoldLabels(Lines text) {
        boolean drawn = text.pages.stream().anyMatch(p -> !p.bands().isEmpty());
        if (text.pages.stream().anyMatch(p -> p.bands().stream().anyMatch(b -> b.columns().size() != 2))) {
            return false; // a form in drawn tables sets its headings in bold over its rows' labels, not its answers
        }
        List<Integer> labels = new ArrayList<>();
        List<Integer> hints = new ArrayList<>();
        for (int i = 0; i + 1 < text.lines.size(); i++) {
            List<Piece> line = text.lines.get(i);
            int answer = hintUnder(text, i) ? i + 2 : i + 1;
            List<Piece> next = text.lines.get(answer);
            String t = joined(line).strip();
            if (drawn && !inARowOfItsOwnOverItsAnswersRow(text, i, answer)) {
                continue; // a bold line in the same drawn box as the plain lines under it heads them (tuned5 t5-sg-006)
            }
            if (t.isEmpty() || t.endsWith(":") || t.endsWith("*") || t.endsWith(".") || t.split("\\s+").length > MAX_BOLD_LABEL_WORDS
                    || !allBold(line) || allBold(next) || joined(next).isBlank()
                    || Math.abs(size(line) - size(next)) > SAME_SIZE || SectionHeading.is(t) || TickList.isBoxLine(t)
                    || LABEL_OF_ITS_OWN.matcher(Leaders.inLine(joined(next).strip())).matches()) {
                continue;
            }
            labels.add(i);
            if (answer == i + 2) {
                hints.add(i + 1);
            }
        }
        if (labels.size() < MIN_BOLD_LABELS) {
            return false; // a bold heading or two over plain text: no form laid out so
        }
        for (int i : labels) {
            List<Piece> labelled = new ArrayList<>(text.lines.get(i));
            while (!labelled.isEmpty() && labelled.get(labelled.size() - 1).glyphs().isEmpty()
                    && labelled.get(labelled.size() - 1).text().isBlank()) {
                labelled.remove(labelled.size() - 1);
            }
            labelled.add(new Piece(":", List.of()));
            text.lines.set(i, labelled);
        }
        for (int k = hints.size() - 1; k >= 0; k--) {
            int hint = hints.get(k); // the help printed under a label is the form's words, never the answer
            text.lines.remove(hint);
            text.pageOf.remove(hint);
        }
        return true;
    }

    /**
     * A line of help printed under a label in smaller type ("Must be aged 16-24 on the date the bed is needed"), over
     * the answer in the label's own size: smaller than both by more than a point, with an answer line after it, and
     * in the label's drawn row when the page has drawn rows.
     */
    private static boolean hintUnder(Lines text, int line) {
        if (line + 2 >= text.lines.size() || joined(text.lines.get(line + 1)).isBlank()
                || joined(text.lines.get(line + 2)).isBlank()) {
            return false;
        }
        float label = size(text.lines.get(line));
        float hint = size(text.lines.get(line + 1));
        float answer = size(text.lines.get(line + 2));
        boolean drawn = boxOf(text, line) != null;
        return hint < label - HINT_SMALLER && hint < answer - HINT_SMALLER && Math.abs(label - answer) <= SAME_SIZE
                && (!drawn || boxOf(text, line + 1) == boxOf(text, line));
    }

    private static final float HINT_SMALLER = 1f;

    /** An online form printed has a few answer boxes at least; a box or two is a frame round a note or a heading. */
    private static final int MIN_ANSWER_BOXES = 3;

    /**
     * An online form printed from a browser: each question a line of its own, its answer in a box drawn round it under
     * the question (a text field), or a line of choices with their buttons ("( ) Yes (\u2022) No", "\u25cb Yes \u25c9 No")
     * under it. The line over a box or a line of buttons is the question, written with a colon after it as a label is
     * ("LCS ID - please fill in *", "Is the YP a parent or pregnant? (Y/N) *"), and its answer is the lines in the box
     * or the line of buttons, ended there (a blank line after it): before, an answer ran on into the next questions,
     * which have no colon of their own, and the text after a question's mark (its hint, "(Y/N) *") was read as the
     * answer. Only a document whose drawn borders are all such boxes (one cell each, three at least) is so read: a
     * table of two cells or more to a row is a form in a table, read as its rows. True when lines were so written.
     */
    static boolean withBoxedAnswers(Lines text) {
        List<PdfTables.Band> all = text.pages.stream().flatMap(p -> p.bands().stream()).toList();
        if (all.size() < MIN_ANSWER_BOXES || all.stream().anyMatch(b -> b.columns().size() != 2)
                || text.pages.stream().anyMatch(PdfReader::rowsTouch)) {
            return false; // a table's rows (of one cell each, or more) are read as rows
        }
        List<PdfTables.Band> boxOf = new ArrayList<>();
        for (int i = 0; i < text.lines.size(); i++) {
            boxOf.add(boxOf(text, i));
        }
        List<List<Piece>> lines = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < text.lines.size(); i++) {
            List<Piece> line = text.lines.get(i);
            PdfTables.Band box = boxOf.get(i);
            boolean buttons = box == null && isButtons(joined(line));
            boolean answerStarts = box != null && (i == 0 || boxOf.get(i - 1) != box) || buttons;
            if (answerStarts && !lines.isEmpty() && boxOf.get(i - 1) == null && !isButtons(joined(lines.get(lines.size() - 1)))) {
                List<Piece> question = lines.get(lines.size() - 1);
                String q = joined(question).strip();
                if (!q.isEmpty() && !q.endsWith(":") && !q.contains(":")) {
                    List<Piece> labelled = new ArrayList<>(question);
                    labelled.add(new Piece(":", List.of()));
                    lines.set(lines.size() - 1, labelled);
                    changed = true;
                }
            }
            lines.add(line);
            pageOf.add(text.pageOf.get(i));
            boolean answerEnds = box != null && (i + 1 == text.lines.size() || boxOf.get(i + 1) != box) || buttons;
            if (answerEnds) {
                lines.add(new ArrayList<>());
                pageOf.add(text.pageOf.get(i));
                changed = true;
            }
        }
        if (changed) {
            text.replace(lines, pageOf);
        }
        return changed;
    }

    /**
     * A case system's print in two columns, "Label ..... answer" on each half of the page ({@link TwoColumns}): each
     * run of a page's lines outside its drawn tables that is such a print is written as its cells, each a line of its
     * own in reading order ("Full name of YP __________ Shannon Duckworth", then "What date were they born?
     * __________ 20th September 2009"), where the page's text gave each line across both columns. True when lines
     * were so written.
     */
    static boolean withColumnsApart(Lines text) {
        List<List<Piece>> lines = new ArrayList<>();
        List<Integer> pageOf = new ArrayList<>();
        boolean changed = false;
        int i = 0;
        while (i < text.lines.size()) {
            int page = text.pageOf.get(i);
            int end = i;
            while (end < text.lines.size() && text.pageOf.get(end) == page && boxOf(text, end) == null) {
                end++;
            }
            if (end == i) {
                lines.add(text.lines.get(i));
                pageOf.add(page);
                i++;
                continue;
            }
            java.util.Map<PdfTables.Glyph, TextPosition> placeOf = new java.util.IdentityHashMap<>();
            List<List<PdfTables.Glyph>> run = new ArrayList<>();
            for (int k = i; k < end; k++) {
                List<PdfTables.Glyph> glyphs = new ArrayList<>();
                for (Piece p : text.lines.get(k)) {
                    for (TextPosition t : p.glyphs()) {
                        PdfTables.Glyph g = PdfTables.glyph(t);
                        placeOf.put(g, t);
                        glyphs.add(g);
                    }
                }
                run.add(glyphs);
            }
            int k = i;
            for (TwoColumns.Region r : TwoColumns.of(run)) {
                for (; k < i + r.from(); k++) {
                    lines.add(text.lines.get(k));
                    pageOf.add(page);
                }
                for (TwoColumns.Cell c : r.cells()) {
                    lines.add(List.of(new Piece(c.text(), c.glyphs().stream().map(placeOf::get).toList())));
                    pageOf.add(page);
                }
                k = i + r.to();
                changed = true;
            }
            for (; k < end; k++) {
                lines.add(text.lines.get(k));
                pageOf.add(page);
            }
            i = end;
        }
        if (changed) {
            text.replace(lines, pageOf);
        }
        return changed;
    }

    /** How far apart two boxes stand at least to be answer boxes, each under its question, not a table's rows. */
    private static final float BOXES_APART = 3f;

    /** Whether two of the page's boxes touch, one's bottom border the next one's top: the rows of a table. */
    private static boolean rowsTouch(PdfTables.Page page) {
        List<PdfTables.Band> bands = page.bands();
        for (int k = 1; k < bands.size(); k++) {
            if (bands.get(k).top() - bands.get(k - 1).bottom() < BOXES_APART) {
                return true;
            }
        }
        return false;
    }

    /** A line of choices, each with its button or box, one of them or none marked: "( ) Yes (\u2022) No". */
    private static boolean isButtons(String line) {
        String l = line.strip();
        return !l.isEmpty() && (TickList.marked(l).isPresent() || TickList.noneMarked(l)) && !TickList.isBoxLine(l);
    }

    /** The one-cell box a line of the text stands in, or null. */
    private static PdfTables.Band boxOf(Lines text, int line) {
        float y = top(text.lines.get(line));
        PdfTables.Page page = text.page(text.pageOf.get(line));
        if (Float.isNaN(y) || page == null) {
            return null;
        }
        return page.bands().stream().filter(b -> y >= b.top() && y < b.bottom()).findFirst().orElse(null);
    }

    /** A line that is a label itself: "Label: answer" (or "Label ..... answer"), a question, a required field's star. */
    private static final java.util.regex.Pattern LABEL_OF_ITS_OWN = java.util.regex.Pattern.compile(
            "[^:]{1,80}:(\\s.*)?|.*\\?|.*\\*");
    /** A form laid out as bold labels over their answers has a few of them at least. */
    private static final int MIN_BOLD_LABELS = 3;

    private static final int MAX_BOLD_LABEL_WORDS = 16;
    private static final float SAME_SIZE = 0.5f;
    private static final java.util.regex.Pattern BOLD = java.util.regex.Pattern.compile(
            "(?i).*(bold|black|heavy|demi|semibold).*");

    /** Every glyph of the line that is no space is in a bold font (by its name or its weight). */
    /**
     * A vertical form exported from a one-column table (LibreOffice's export of a Word template: each label a shaded
     * row of its own, its answer in the row under it): the line is the only one in its drawn row (with the help printed
     * under it in small type, if any), and its answer's line is in another row. A line in a box with other lines (a heading over the labels in one box) is not.
     */
    private static boolean inARowOfItsOwnOverItsAnswersRow(Lines text, int line, int answer) {
        PdfTables.Band row = boxOf(text, line);
        PdfTables.Band under = boxOf(text, answer);
        return row != null && under != null && row != under && (line == 0 || boxOf(text, line - 1) != row);
    }

    private static boolean allBold(List<Piece> line) {
        boolean any = false;
        for (Piece p : line) {
            for (TextPosition g : p.glyphs()) {
                if (g.getUnicode() == null || g.getUnicode().isBlank()) {
                    continue;
                }
                if (!bold(g)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    static boolean bold(TextPosition g) {
        org.apache.pdfbox.pdmodel.font.PDFont font = g.getFont();
        if (font == null) {
            return false;
        }
        if (font.getName() != null && BOLD.matcher(font.getName()).matches()) {
            return true;
        }
        org.apache.pdfbox.pdmodel.font.PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= BOLD_WEIGHT);
    }

    private static final float BOLD_WEIGHT = 600;

    /** The size of a line's first glyph in points; NaN for a line with none. */
    private static float size(List<Piece> line) {
        for (Piece p : line) {
            if (!p.glyphs().isEmpty()) {
                return p.glyphs().get(0).getFontSizeInPt();
            }
        }
        return Float.NaN;
    }

    /**
     * The page's lines without its furniture ({@link PageFurniture}): a running header or footer and a page number
     * printed alone are read out, but the first page's header stays, the document's first lines, where a form printed
     * from Word may carry its title. A page's first line opening with "(continued)" goes on without it, and a line
     * that is only such a mark at a page's end or start is read out, so an answer broken over the page reads on.
     * True when a line was read out or changed.
     */
    static boolean withoutFurniture(Lines text, PageFurniture furniture) {
        if (furniture.isEmpty()) {
            return false;
        }
        boolean changed = false;
        for (int i = text.lines.size() - 1; i >= 0; i--) {
            float baseline = baseline(text.lines.get(i));
            PageFurniture.Line l = Float.isNaN(baseline) ? null : furniture.at(text.pageOf.get(i), baseline);
            if (l != null && !(l.page() == 1 && l.atTop() && !PageFurniture.isPageNumber(l.text(), 1, text.pages.size()))) {
                text.lines.remove(i);
                text.pageOf.remove(i);
                changed = true;
            }
        }
        for (int i = 0; i < text.lines.size(); i++) {
            int page = text.pageOf.get(i);
            boolean pageStart = page > 1 && (i == 0 || text.pageOf.get(i - 1) != page);
            boolean pageEnd = i + 1 < text.lines.size() && text.pageOf.get(i + 1) != page;
            if (!pageStart && !pageEnd) {
                continue;
            }
            String line = joined(text.lines.get(i));
            if (PageFurniture.isContinuedMark(line)) {
                text.lines.remove(i);
                text.pageOf.remove(i);
                changed = true;
                i--;
            } else if (pageStart) {
                List<Piece> rest = withoutLeading(text.lines.get(i), line.length()
                        - PageFurniture.withoutContinuedMark(line).length());
                if (rest != null) {
                    text.lines.set(i, rest);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** The line's pieces without its first characters, or null when none go or they end inside a piece. */
    private static List<Piece> withoutLeading(List<Piece> line, int chars) {
        if (chars <= 0) {
            return null;
        }
        int k = 0;
        int seen = 0;
        while (k < line.size() && seen + line.get(k).text().length() <= chars) {
            seen += line.get(k).text().length();
            k++;
        }
        List<Piece> rest = new ArrayList<>(line.subList(k, line.size()));
        if (seen < chars) {
            if (rest.isEmpty() || rest.get(0).text().length() != rest.get(0).glyphs().size()) {
                return null;
            }
            Piece p = rest.get(0);
            int cut = chars - seen;
            rest.set(0, new Piece(p.text().substring(cut), p.glyphs().subList(cut, p.glyphs().size())));
        }
        while (!rest.isEmpty() && rest.get(0).glyphs().isEmpty() && rest.get(0).text().isBlank()) {
            rest.remove(0);
        }
        return rest;
    }

    /** The page's lines as text, a line to a line. */
    private static String joined(Lines text) {
        StringBuilder s = new StringBuilder();
        text.lines.forEach(l -> s.append(joined(l)).append('\n'));
        return s.toString();
    }

    /** The baseline of a line's first glyph, from the top of the page; NaN for a line with none. */
    private static float baseline(List<Piece> line) {
        for (Piece p : line) {
            if (!p.glyphs().isEmpty()) {
                return p.glyphs().get(0).getYDirAdj();
            }
        }
        return Float.NaN;
    }

    /** The document as a form: its form fields under their printed labels, or the labels and answers of its text. */
    private static LabelledDocument form(String name, Read once) {
        String text = withTableRowsWhole(once.lines(), once.text());
        if (once.fields().isEmpty()) {
            return new LabelledDocument(name, text, TextFields.labelValues(text, "line"));
        }
        return withPrintedLabels(name, once.fields(), text);
    }
}
