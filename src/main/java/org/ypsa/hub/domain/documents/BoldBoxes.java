package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Boxes of a Word form whose label is set apart from its answer by type: each cell its label in bold, then (after a
 * line break, a new paragraph or nothing) the answer in plain type ("<b>their d.o.b</b>" over "1-11-08" | "<b>Gender</b>"
 * over "☒ Female ☐ Male"). The bold words are the label whatever their punctuation, the plain words its answer; a cell
 * of bold words alone is a box left unanswered. A row is read so only when every cell with text in it is such a box
 * and one at least is answered: a label column in bold beside a plain answer column is label | answer, not boxes.
 */
final class BoldBoxes {

    private BoldBoxes() {
    }

    /**
     * For each row read from the table, its boxes as label and answer pairs, or null when the row is no row of bold
     * boxes; none when nested tables shift the rows read.
     */
    static List<List<String[]>> of(XWPFTable t, List<List<String>> rowsRead) {
        List<List<String[]>> out = new ArrayList<>(Collections.nCopies(rowsRead.size(), (List<String[]>) null));
        List<XWPFTableRow> rows = t.getRows();
        if (rows.size() != rowsRead.size()) {
            return out;
        }
        for (int r = 0; r < rows.size(); r++) {
            out.set(r, boxes(rows.get(r)));
        }
        return out;
    }

    private static List<String[]> boxes(XWPFTableRow row) {
        List<String[]> out = new ArrayList<>();
        boolean answered = false;
        for (XWPFTableCell c : row.getTableCells()) {
            if (!c.getTables().isEmpty()) {
                return null;
            }
            String[] box = box(c);
            if (box == null) {
                return null;
            }
            if (box[0].isEmpty()) {
                continue;
            }
            answered |= !box[1].isEmpty();
            out.add(box);
        }
        return answered ? out : null;
    }

    /** The cell's bold label and plain answer; both empty for an empty cell; null when the cell is no such box. */
    private static String[] box(XWPFTableCell c) {
        StringBuilder label = new StringBuilder();
        StringBuilder answer = new StringBuilder();
        for (XWPFParagraph p : c.getParagraphs()) {
            if (!answer.isEmpty()) {
                answer.append('\n');
            } else if (!label.isEmpty()) {
                label.append(' ');
            }
            for (XWPFRun run : p.getRuns()) {
                String text = run.text();
                if (text == null || text.replace('\u00a0', ' ').isBlank()) {
                    (answer.isEmpty() ? label : answer).append(text == null ? "" : text);
                    continue;
                }
                if (run.isBold()) {
                    if (!answer.toString().isBlank()) {
                        return null; // bold words after the answer: a second label, or an answer in bold
                    }
                    label.append(answer).append(text);
                    answer.setLength(0);
                } else {
                    if (label.toString().isBlank()) {
                        return null; // plain words first: no bold label
                    }
                    answer.append(text);
                }
            }
        }
        String l = label.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        String a = answer.toString().replace('\u00a0', ' ').strip();
        return new String[] {l, a};
    }
}
