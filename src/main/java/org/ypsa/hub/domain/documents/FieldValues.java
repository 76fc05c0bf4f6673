package org.ypsa.hub.domain.documents;

import java.util.Map;

/** Reading a form's fields as the readers found them: a missing or blank value is "" (or null where optional). */
public final class FieldValues {
    private FieldValues() {
    }

    public static <F> String value(Map<F, String> fields, F field) {
        String v = fields.get(field);
        return v == null ? "" : v.trim();
    }

    public static <F> String orNull(Map<F, String> fields, F field) {
        String v = value(fields, field);
        return v.isEmpty() ? null : v;
    }
}
