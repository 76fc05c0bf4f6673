package org.ypsa.hub.domain.documents;

import java.util.Optional;

/**
 * Which field of a form a label names, alone or under its section's heading: what the ways of reading a document
 * (rows of labels over values, lines of text) ask of the form's catalog.
 */
interface FieldNames<F> {

    /** The field a label names, if it names one clearly enough. */
    Optional<F> match(String label);

    /** The field a label names under its heading ("Name" under "Referrer details" is the referrer's). */
    Optional<F> matchUnder(String label, String heading);
}
