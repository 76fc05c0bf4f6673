package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * How a Word table cell's words look, read once for the rules that tell its labels from its answers by their type
 * ({@link BoldBoxes}, {@link LabelRowsByTheirLook}): its paragraphs' runs of text, each bold or not, whether the cell is
 * shaded, and whether a table is nested in it.
 */
record CellLook(List<List<Run>> paragraphs, boolean shaded, boolean nests) {

    /** A run of text in one weight; blank when it holds only spaces. */
    record Run(String text, boolean bold) {
        boolean blank() {
            return text.replace('\u00a0', ' ').isBlank();
        }
    }

    /** Each row's cells' looks; none when nested tables make the rows differ in number from the rows read. */
    static List<List<CellLook>> ofRows(XWPFTable t, int rowsRead) {
        List<XWPFTableRow> rows = t.getRows();
        if (rows.size() != rowsRead) {
            return List.of();
        }
        List<List<CellLook>> out = new ArrayList<>(rows.size());
        for (XWPFTableRow row : rows) {
            List<CellLook> cells = new ArrayList<>();
            for (XWPFTableCell c : row.getTableCells()) {
                cells.add(of(c));
            }
            out.add(cells);
        }
        return out;
    }

    private static CellLook of(XWPFTableCell c) {
        List<List<Run>> paragraphs = new ArrayList<>();
        for (XWPFParagraph p : c.getParagraphs()) {
            List<Run> runs = new ArrayList<>();
            for (XWPFRun run : p.getRuns()) {
                runs.add(new Run(run.text() == null ? "" : run.text(), run.isBold()));
            }
            paragraphs.add(runs);
        }
        String fill = c.getColor();
        boolean shaded = fill != null && !fill.equalsIgnoreCase("auto") && !fill.equalsIgnoreCase("FFFFFF");
        return new CellLook(paragraphs, shaded, !c.getTables().isEmpty());
    }

    /** Whether any run holds words. */
    boolean hasText() {
        return words().findAny().isPresent();
    }

    /** Whether every run with words is bold (true for a cell without words). */
    boolean allBold() {
        return words().allMatch(Run::bold);
    }

    /** Whether some run with words is bold. */
    boolean anyBold() {
        return words().anyMatch(Run::bold);
    }

    private java.util.stream.Stream<Run> words() {
        return paragraphs.stream().flatMap(List::stream).filter(r -> !r.blank());
    }
}
