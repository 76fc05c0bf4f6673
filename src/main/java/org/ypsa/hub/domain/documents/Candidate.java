package org.ypsa.hub.domain.documents;

/**
 * A value a document gave for a field, as one way of reading found it (a table row, a line of text); exact when its
 * label is one of the field's wordings, not a near one. FieldCatalog resolves each field's candidates into its value.
 */
record Candidate<F>(F field, String value, boolean fromText, boolean exact) {
    Candidate(F field, String value, boolean fromText) {
        this(field, value, fromText, false);
    }
}
