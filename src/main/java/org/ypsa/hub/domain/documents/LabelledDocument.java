package org.ypsa.hub.domain.documents;

import java.util.List;

/**
 * A form as label/value pairs, whatever it came as: a Word table or content controls, PDF form fields or
 * text, or "Label: value" lines in an email body. The text is everything readable, for recognising the form.
 *
 * @param rows the document's table rows as a Word table's text gives them, a row a line and its cells parted by tabs,
 *             when they are not the text itself (a Word form printed to PDF: its text is the page's lines, a wrapped
 *             cell interleaved with its neighbours); null when the text is that
 */
public record LabelledDocument(String source, String text, List<Entry> entries, String rows) {

    public LabelledDocument(String source, String text, List<Entry> entries) {
        this(source, text, entries, null);
    }

    /** The leaders of a paper form typed over and the marks answers open with are read out as it is made. */
    public LabelledDocument {
        // a date asked in three boxes, day, month and year, is one answer (SplitDates)
        entries = SplitDates.joined(entries.stream().map(Entry::typedOver).toList());
        text = String.join("\n", AnswerMarks.underQuestions(Leaders.inLines(java.util.Arrays.stream(
                TextFields.clockHintsWhole(text == null ? "" : text).split("\\R", -1)).map(SplitDates::inLine).toArray(String[]::new))));
    }

    /** The rows of the document's tables read across, a cell to a tab: {@link #rows} or else the text. */
    public String tableRows() {
        return rows == null ? text : rows;
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

        /** The label and value without a paper form's leaders, the value without the mark an answer opens with. */
        Entry typedOver() {
            String l = Leaders.atEdges(label);
            String v = AnswerMarks.without(Leaders.atEdges(value));
            return java.util.Objects.equals(l, label) && java.util.Objects.equals(v, value) ? this
                    : new Entry(l, v, where, section);
        }

        Entry under(String heading) {
            return new Entry(label, value, where, heading);
        }
    }
}
