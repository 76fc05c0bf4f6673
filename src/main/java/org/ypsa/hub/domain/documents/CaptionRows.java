package org.ypsa.hub.domain.documents;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A paper form's answer lines with the caption printed under each line in small italic type: the answer first, its
 * label in the row below. A row is such a row of captions when every word in it is italic and small (8 points or
 * less) and the row over it has as many cells; each caption labels the cell over it.
 */
final class CaptionRows {
    /** Captions are printed in this many points or less. */
    private static final double MOST_POINTS = 8.0;

    private CaptionRows() {
    }

    /** For each row of the table, whether it captions the row over it; none when nested tables shift the rows read. */
    static boolean[] of(XWPFTable t, List<List<String>> rowsRead) {
        List<XWPFTableRow> rows = t.getRows();
        boolean[] captions = new boolean[rowsRead.size()];
        if (rows.size() != rowsRead.size()) {
            return captions;
        }
        for (int r = 1; r < rows.size(); r++) {
            captions[r] = !captions[r - 1] && isCaptionRow(rows.get(r))
                    && rows.get(r).getTableCells().size() == rows.get(r - 1).getTableCells().size()
                    && rowsRead.get(r - 1).stream().anyMatch(c -> !c.isBlank());
        }
        return captions;
    }

    private static boolean isCaptionRow(XWPFTableRow row) {
        boolean any = false;
        for (XWPFTableCell c : row.getTableCells()) {
            for (XWPFParagraph p : c.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    String text = run.text();
                    if (text == null || text.isBlank()) {
                        continue;
                    }
                    Double size = run.getFontSizeAsDouble();
                    if (!run.isItalic() || size == null || size > MOST_POINTS) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }
}
