package org.ypsa.hub.domain.documents;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ypsa.hub.domain.grid.Grid;

/**
 * A Word document as the rows a sheet would have: each line of a paragraph a row of one cell, each row of a table a
 * row of its cells, in the order the document has them. A table of properties typed into Word (one row per property
 * under a header row, the provider and week as lines or a small table above it) is then read as a sheet is. A cell
 * merged across columns is followed by empty cells for the columns it covers, so the cells under a header keep their
 * columns. Each table row is numbered as the sender counts it in its table ("Row 3").
 */
public final class WordGrid {
    private static final int MAX_ROWS = 5_000;

    private WordGrid() {
    }

    /** The tables and paragraphs of a Word document opened by {@link WordReader}, as a sheet's rows. */
    static Grid read(String name, XWPFDocument doc) {
        List<Grid.Row> rows = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (rows.size() > MAX_ROWS) {
                break;
            }
            if (e instanceof XWPFParagraph p) {
                for (String line : p.getText().split("[\\r\\n\\u000b]+")) {
                    if (!line.isBlank()) {
                        rows.add(new Grid.Row(0, List.of(line.strip())));
                    }
                }
            } else if (e instanceof XWPFTable t) {
                int n = 0;
                for (XWPFTableRow r : t.getRows()) {
                    n++;
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell c : r.getTableCells()) {
                        cells.add(cellText(c));
                        for (int k = 1; k < span(c); k++) {
                            cells.add("");
                        }
                    }
                    Grid.Row row = new Grid.Row(n, cells);
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
            }
        }
        return new Grid(name, "Row", rows);
    }

    /** A cell's paragraphs as one line: "18+ Single" over "Self Contained" is "18+ Single Self Contained". */
    private static String cellText(XWPFTableCell c) {
        StringBuilder s = new StringBuilder();
        for (XWPFParagraph p : c.getParagraphs()) {
            String t = p.getText().replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                s.append(s.length() > 0 ? " " : "").append(t);
            }
        }
        return s.toString();
    }

    private static int span(XWPFTableCell c) {
        if (c.getCTTc().getTcPr() == null || c.getCTTc().getTcPr().getGridSpan() == null) {
            return 1;
        }
        BigInteger v = c.getCTTc().getTcPr().getGridSpan().getVal();
        return v == null ? 1 : Math.max(1, Math.min(v.intValue(), 60));
    }
}
