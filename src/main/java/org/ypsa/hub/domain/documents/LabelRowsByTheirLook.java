package org.ypsa.hub.domain.documents;

import java.util.List;

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
     * For each row read from the table ({@code looks}: its cells' looks, none when nested tables shift the rows read),
     * whether it is a label known by its look over its plain answer in the next row; none when the table has fewer
     * such pairs.
     */
    static boolean[] of(List<List<CellLook>> looks, int rowsRead) {
        boolean[] out = new boolean[rowsRead];
        if (looks.size() != rowsRead) {
            return out;
        }
        int pairs = 0;
        Look next = looks.isEmpty() ? Look.OTHER : look(looks.get(0));
        for (int r = 0; r + 1 < looks.size(); r++) {
            Look here = next;
            next = look(looks.get(r + 1));
            if (here == Look.MARKED && next == Look.PLAIN) {
                out[r] = true;
                pairs++;
            }
        }
        return pairs >= PAIRS ? out : new boolean[rowsRead];
    }

    /** A row of one cell with text: marked when all its words are bold or the cell is shaded, plain when neither. */
    private static Look look(List<CellLook> cells) {
        if (cells.size() != 1 || cells.get(0).nests() || !cells.get(0).hasText()) {
            return Look.OTHER;
        }
        CellLook c = cells.get(0);
        return c.allBold() || c.shaded() ? Look.MARKED : c.anyBold() ? Look.OTHER : Look.PLAIN;
    }
}
