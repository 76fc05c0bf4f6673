package org.ypsa.hub.domain.documents;

import java.util.List;

/**
 * A form as label/value pairs, whatever it came as: a Word table or content controls, PDF form fields or
 * text, or "Label: value" lines in an email body. The text is everything readable, for recognising the form.
 */
public record LabelledDocument(String source, String text, List<Entry> entries) {

    public LabelledDocument {
        entries = List.copyOf(entries);
        text = text == null ? "" : text;
    }

    /**
     * One label and its value, with where it was for messages ("table row 4", "field FullName", "line 12"), and
     * the heading it stands under ("Referrer details"), which tells a bare "Name" or "Email" which one it is.
     */
    public record Entry(String label, String value, String where, String section) {

        public Entry(String label, String value, String where) {
            this(label, value, where, "");
        }

        public Entry {
            section = section == null ? "" : section;
        }

        Entry under(String heading) {
            return new Entry(label, value, where, heading);
        }
    }
}
