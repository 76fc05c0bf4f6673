package org.ypsa.hub.domain.documents;

import java.util.Optional;

/**
 * What reading a document's lines ({@link LineReading}) asks of the form's fields: which field a label names, and what
 * kind of answer a field takes. The form's catalog answers it; the line reading knows nothing else of the catalog, so
 * the catalog uses the line reading and not the other way round (review of stop 49).
 */
interface LineQuestions<F extends Enum<F>> {
    /** The field a label names, if it names one clearly enough. */
    Optional<F> match(String label);

    /** Whether the field's answer is free text. */
    boolean isText(F field);

    /** Whether the field's answer is a date or a time. */
    boolean isTemporal(F field);

    /** Whether a short line is only a label of this field ("name of the y.p." under "YP"). */
    boolean namesTheSameField(F field, String line);

    /** Whether a value only says its question again. */
    boolean echoesItsQuestion(F field, String value);
}
