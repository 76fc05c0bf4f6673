package org.ypsa.hub.domain.documents;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word form of one-cell rows whose labels are set apart from their answers by their look: each label row in bold or
 * shaded, the answer row under it in plain type on no shading ("<b>2. Property</b>" shaded grey over "RSP-SOX-01"). Read
 * alone, such an answer may look like a heading (a property code, a name, "Other - fire alarm activation (cooking)");
 * by its look it is the answer of the label over it. Only a table with at least {@link #PAIRS} such pairs is read so, so
 * that one bold heading over a plain line is not taken for a label.
 */
final class LabelRowsByTheirLook {
    /** So many pairs of a marked row over a plain one make a table's labels known by their look. */
    static final int PAIRS = 3;

    private enum Look { MARKED, PLAIN, OTHER }

    private LabelRowsByTheirLook() {
    }

    /**
     * For each row read from the table, whether it is a label known by its look over its plain answer in the next row;
     * none when the table has fewer such pairs, or nested tables shift the rows read.
     */
    static boolean[] of(XWPFTable t, List<List<String>> rowsRead) {
        boolean[] out = new boolean[rowsRead.size()];
        List<XWPFTableRow> rows = t.getRows();
        if (rows.size() != rowsRead.size()) {
            return out;
        }
        int pairs = 0;
        Look next = rows.isEmpty() ? Look.OTHER : look(rows.get(0));
        for (int r = 0; r + 1 < rows.size(); r++) {
            Look here = next;
            next = look(rows.get(r + 1));
            if (here == Look.MARKED && next == Look.PLAIN) {
                out[r] = true;
                pairs++;
            }
        }
        return pairs >= PAIRS ? out : new boolean[rowsRead.size()];
    }

    /** A row of one cell with text: marked when all its words are bold or the cell is shaded, plain when neither. */
    private static Look look(XWPFTableRow row) {
        List<XWPFTableCell> cells = row.getTableCells();
        if (cells.size() != 1 || !cells.get(0).getTables().isEmpty()) {
            return Look.OTHER;
        }
        boolean text = false;
        boolean allBold = true;
        boolean anyBold = false;
        for (XWPFParagraph p : cells.get(0).getParagraphs()) {
            for (XWPFRun run : p.getRuns()) {
                String t = run.text();
                if (t == null || t.replace('\u00a0', ' ').isBlank()) {
                    continue;
                }
                text = true;
                allBold &= run.isBold();
                anyBold |= run.isBold();
            }
        }
        if (!text) {
            return Look.OTHER;
        }
        String fill = cells.get(0).getColor();
        boolean shaded = fill != null && !fill.equalsIgnoreCase("auto") && !fill.equalsIgnoreCase("FFFFFF");
        return allBold || shaded ? Look.MARKED : anyBold ? Look.OTHER : Look.PLAIN;
    }
}
