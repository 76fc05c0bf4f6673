package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;

/** Documents for tests: a two-column table of labels and their values. */
final class Tables {
    private Tables() {
    }

    /** Rows of label, value, label, value, ... as a DOCX table reads. */
    static LabelledDocument table(String... labelsAndValues) {
        List<LabelledDocument.Entry> entries = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            entries.add(new LabelledDocument.Entry(labelsAndValues[i], labelsAndValues[i + 1], "row " + i, null));
        }
        return new LabelledDocument("test.docx", "", entries);
    }

    /** A Word table as WordReader gives it: the text with tab-separated cells, and rows read as label | value. */
    static LabelledDocument wordTable(String... rows) {
        List<LabelledDocument.Entry> entries = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].split("\t", -1);
            for (int i = 0; i + 1 < cells.length; i += 2) {
                entries.add(new LabelledDocument.Entry(cells[i], cells[i + 1], "table row " + (r + 1)));
            }
        }
        return new LabelledDocument("a.docx", String.join("\n", rows) + "\n", entries);
    }
}
