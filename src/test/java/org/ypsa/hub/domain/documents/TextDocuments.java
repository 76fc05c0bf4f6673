package org.ypsa.hub.domain.documents;

import java.util.List;

/** Forms that are text only, as the tests write them: a PDF's text or a body's lines, no table and no fields. */
final class TextDocuments {
    private TextDocuments() {
    }

    static LabelledDocument pdfText(String text) {
        return new LabelledDocument("a.pdf", text, List.of());
    }

    static LabelledDocument body(String text) {
        return new LabelledDocument("body", text, List.of());
    }

    /** An email body with its "Label: value" lines read as the hub reads a body. */
    static LabelledDocument bodyLines(String body) {
        return new LabelledDocument("the email body", body, TextFields.labelValues(body, "line"));
    }
}
