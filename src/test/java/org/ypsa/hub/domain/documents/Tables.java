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

    /** A Word document of one table, rows of cells (a cell's lines), read as WordReader reads it. */
    static LabelledDocument word(List<List<List<String>>> rows) throws Exception {
        try (DocxBuilder b = new DocxBuilder()) {
            b.table(rows);
            return WordReader.read("form.docx", b.bytes());
        }
    }

    /** One row of a Word table, each cell written as one text (its lines split as Word would hold them). */
    static List<List<String>> row(String... cells) {
        return java.util.Arrays.stream(cells).map(DocxBuilder::lines).toList();
    }
}
