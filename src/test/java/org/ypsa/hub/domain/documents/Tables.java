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
}
