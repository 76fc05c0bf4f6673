package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The text of a Word document's parts as a person sees it on the page, where POI's own text leaves some out: the
 * answers typed into text boxes (Word's and Writer's frames, anchored in a paragraph or a cell) and the rows of a
 * table nested in a cell. A text box is written twice in the file, as a drawing ({@code mc:Choice}) and as its copy
 * for older readers ({@code mc:Fallback}): the drawing is read, once.
 */
final class WordText {
    private static final String IN_WORD = "declare namespace w='" + RunMarks.W + "' ";
    private static final String TEXT_BOXES = IN_WORD + ".//w:txbxContent";
    private static final String PARAGRAPHS = IN_WORD + "./w:p";
    private static final String TYPED_TEXT = IN_WORD + ".//w:t";
    /** A table nested deeper than this in cells is not read (no form nests so deep; a damaged file might). */
    private static final int MAX_NESTING = 3;

    private WordText() {
    }

    /** The paragraph's text, then each of its text boxes' after a tab, as a cell beside it ("Agency\tStonewater"). */
    static String of(XWPFParagraph p) {
        String own = typedOver(p);
        List<String> boxes = textBoxes(p.getCTP());
        if (boxes.isEmpty()) {
            return own;
        }
        StringBuilder out = new StringBuilder(own.stripTrailing());
        for (String box : boxes) {
            out.append(out.isEmpty() ? "" : "\t").append(box);
        }
        return out.toString();
    }

    /**
     * The paragraph's text; on a line to write on (a leader in it), an answer typed in a colour of its own straight
     * after the label's words ("full name <i>Rio Okafor</i>____") is set apart from them by a colon, as the pen's answer
     * after a label's printed words is.
     */
    private static String typedOver(XWPFParagraph p) {
        String own = p.getText();
        if (!Leaders.holdsLeader(own)) {
            return own;
        }
        StringBuilder out = new StringBuilder();
        String colour = null;
        boolean any = false;
        for (org.apache.poi.xwpf.usermodel.XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            String c = colourOf(r);
            if (any && !t.isBlank() && !c.equals(colour)) {
                String before = out.toString().stripTrailing();
                char first = t.strip().charAt(0);
                if (!before.isEmpty() && !Leaders.holdsLeader(before.substring(Math.max(0, before.length() - 2)))
                        && !before.endsWith(":") && first != '_' && first != '.' && first != '\u2026') {
                    out.setLength(before.length());
                    out.append(": ");
                    t = t.stripLeading();
                }
            }
            if (!t.isBlank()) {
                colour = c;
                any = true;
            }
            out.append(t);
        }
        // the runs hold all the paragraph's words, or it is read as written
        return out.toString().replaceAll("[\\s:]", "").equals(own.replaceAll("[\\s:]", "")) ? out.toString() : own;
    }

    /**
     * Whether the table is a letterhead: one row, no line drawn round or between its cells (no table style, no
     * border but "none"), as a document's maker sets its name beside a date or a code at the top of the page.
     */
    static boolean isLetterhead(XWPFTable t) {
        if (t.getRows().size() != 1 || t.getRow(0).getTableCells().size() < 2 || t.getStyleID() != null && !t.getStyleID().isBlank()) {
            return false;
        }
        try (XmlCursor c = t.getCTTbl().newCursor()) {
            c.selectPath(IN_WORD + ".//w:tblBorders/* | .//w:tcBorders/*");
            while (c.toNextSelection()) {
                XmlObject border = c.getObject();
                org.w3c.dom.Node val = border.getDomNode().getAttributes().getNamedItemNS(RunMarks.W, "val");
                if (val == null || !val.getNodeValue().equals("none") && !val.getNodeValue().equals("nil")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The one colour the paragraph's words are typed in ("" for the automatic one), or null when they are in several. */
    static String colour(XWPFParagraph p) {
        String colour = null;
        for (org.apache.poi.xwpf.usermodel.XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            String c = colourOf(r);
            if (colour != null && !colour.equals(c)) {
                return null;
            }
            colour = c;
        }
        return colour;
    }

    /**
     * Whether the paragraph is a line to write on with the answer typed over its start in another colour than the
     * line above it ({@code colourAbove}, that line's one colour): the line above is the answer's label.
     */
    static boolean opensWithATypedAnswer(XWPFParagraph p, String colourAbove) {
        if (colourAbove == null || !Leaders.holdsLeader(p.getText())) {
            return false;
        }
        for (org.apache.poi.xwpf.usermodel.XWPFRun r : p.getRuns()) {
            String t = r.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            return !Leaders.holdsLeader(t) && !colourOf(r).equals(colourAbove);
        }
        return false;
    }

    private static String colourOf(org.apache.poi.xwpf.usermodel.XWPFRun r) {
        return r.getColor() == null || r.getColor().equalsIgnoreCase("auto") ? "" : r.getColor().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the paragraph, read as {@code text}, can be the question over an answer typed into a text box under it:
     * words of its own and no text box, no colon of its own (a label with its colon is read as one already).
     */
    static boolean isAQuestionOverAnAnswer(XWPFParagraph p, String text) {
        String own = p.getText().strip();
        return !own.isEmpty() && own.equals(text.strip()) && !own.contains(":") && !own.contains("\t")
                && !own.contains("\n");
    }

    /** A cell's text as POI reads it, then the text of the text boxes in its paragraphs. */
    static String of(XWPFTableCell c) {
        String own = c.getText();
        StringBuilder boxes = new StringBuilder();
        for (XWPFParagraph p : c.getParagraphs()) {
            textBoxes(p.getCTP()).forEach(b -> boxes.append(boxes.isEmpty() ? "" : "\n").append(b));
        }
        return boxes.isEmpty() ? own : own.isBlank() ? boxes.toString() : own.stripTrailing() + "\n" + boxes;
    }

    /**
     * The table's rows as the text of their cells; a table nested in a cell is read as rows of its own under the row
     * that holds it (a row holding nothing but the nested table is no row of its own).
     */
    static List<List<String>> rows(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        rows(t, rows, 0);
        return rows;
    }

    private static void rows(XWPFTable t, List<List<String>> rows, int depth) {
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            List<XWPFTable> nested = new ArrayList<>();
            List<XWPFTableCell> tableCells = row.getTableCells();
            List<String> texts = tableCells.stream().map(c -> of(c).trim()).toList(); // each cell's text, read once
            String carried = null;
            for (int i = 0; i < tableCells.size(); i++) {
                XWPFTableCell c = tableCells.get(i);
                String text = texts.get(i);
                String marked = choiceMarkedInANestedRow(c);
                boolean emptyNext = i + 1 < tableCells.size() && texts.get(i + 1).isBlank()
                        && tableCells.get(i + 1).getTables().isEmpty();
                if (text.isEmpty() && carried != null) {
                    cells.add(carried); // the answer its label's cell held in a nested row
                } else if (text.isEmpty() && marked != null) {
                    cells.add(marked);
                } else {
                    cells.add(text);
                    if (marked == null || !emptyNext) {
                        nested.addAll(c.getTables());
                    }
                }
                carried = !text.isEmpty() && marked != null && emptyNext ? marked : null;
            }
            if (nested.isEmpty() || cells.stream().anyMatch(x -> !x.isBlank())) {
                rows.add(cells);
            }
            if (depth < MAX_NESTING) {
                nested.forEach(n -> rows(n, rows, depth + 1));
            }
        }
    }

    /**
     * The answer of a cell holding one row of a small table that prints the choices and the one made ("Y/N | N", "Yes /
     * No | Yes" beside "UASC (Y/N)"): the cell's answer when the cell is empty, or the empty cell's beside it when the
     * cell holds the label over the small table (as LibreOffice nests it); not rows of the table it sits in. Null for
     * any other cell.
     */
    private static String choiceMarkedInANestedRow(XWPFTableCell c) {
        if (c.getTables().size() != 1 || c.getTables().get(0).getRows().size() != 1) {
            return null;
        }
        List<XWPFTableCell> nested = c.getTables().get(0).getRows().get(0).getTableCells();
        if (nested.size() != 2 || !FieldValues.isChoicesOnly(of(nested.get(0)).trim())) {
            return null;
        }
        String answer = of(nested.get(1)).trim();
        return answer.isEmpty() ? null : answer;
    }

    /** The text of each text box under a paragraph, read once (not its fallback copy), its paragraphs a line each. */
    private static List<String> textBoxes(XmlObject paragraph) {
        List<String> out = new ArrayList<>();
        for (XmlObject box : paragraph.selectPath(TEXT_BOXES)) {
            if (insideAFallbackOrABox(box)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (XmlObject p : box.selectPath(PARAGRAPHS)) {
                // the typed text only: never a tracked deletion (w:delText) or a field's code (w:instrText)
                StringBuilder line = new StringBuilder();
                for (XmlObject t : p.selectPath(TYPED_TEXT)) {
                    try (XmlCursor c = t.newCursor()) {
                        line.append(c.getTextValue());
                    }
                }
                lines.add(line.toString());
            }
            String text = String.join("\n", lines).strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * Whether the box is no drawing of its own to read: its fallback copy, a box inside a box, or one outside an
     * {@code mc:Choice} (a VML box or a drawing set straight in a run, whose text POI's paragraph text already holds).
     */
    private static boolean insideAFallbackOrABox(XmlObject box) {
        boolean chosen = false;
        try (XmlCursor c = box.newCursor()) {
            while (c.toParent()) {
                String name = c.getName() == null ? "" : c.getName().getLocalPart();
                if (name.equals("Fallback") || name.equals("txbxContent")) {
                    return true;
                }
                chosen |= name.equals("Choice");
            }
        }
        return !chosen;
    }
}
