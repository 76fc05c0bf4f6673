package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
     * For each row read from the table ({@code looks}: its cells' looks, none when nested tables shift the rows read),
     * its boxes as label and answer pairs, or null when the row is no row of bold boxes.
     */
    static List<List<String[]>> of(List<List<CellLook>> looks, int rowsRead) {
        List<List<String[]>> out = new ArrayList<>(Collections.nCopies(rowsRead, (List<String[]>) null));
        for (int r = 0; r < looks.size() && r < rowsRead; r++) {
            out.set(r, boxes(looks.get(r)));
        }
        return out;
    }

    private static List<String[]> boxes(List<CellLook> row) {
        List<String[]> out = new ArrayList<>();
        boolean answered = false;
        for (CellLook c : row) {
            if (c.nests()) {
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
    private static String[] box(CellLook c) {
        StringBuilder label = new StringBuilder();
        StringBuilder answer = new StringBuilder();
        for (List<CellLook.Run> p : c.paragraphs()) {
            if (!answer.isEmpty()) {
                answer.append('\n');
            } else if (!label.isEmpty()) {
                label.append(' ');
            }
            for (CellLook.Run run : p) {
                String text = run.text();
                if (run.blank()) {
                    (answer.isEmpty() ? label : answer).append(text);
                    continue;
                }
                if (run.bold()) {
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
