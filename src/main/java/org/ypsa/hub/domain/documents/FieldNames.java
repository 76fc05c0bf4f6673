package org.ypsa.hub.domain.documents;

import java.util.Optional;

/**
 * Which field of a form a label names, alone, under its section's heading or by its value's type: what the ways of reading a document
 * (rows of labels over values, lines of text) ask of the form's catalog.
 */
interface FieldNames<F> {

    /** The field a label names, if it names one clearly enough. */
    Optional<F> match(String label);

    /** The field a label names under its heading ("Name" under "Referrer details" is the referrer's). */
    Optional<F> matchUnder(String label, String heading);

    /** The field its value's type says a label names, of those it could ("Event time: 08:45" is the time). */
    Optional<F> byType(String label, String value, Optional<F> chosen);
}
