package org.ypsa.hub.domain.forms;

import java.util.Locale;
import java.util.Optional;

/** What a field holds, as the YAML names it ("yesno", "date"): it decides how a value is read and checked. */
public enum FieldType {
    TEXT, DATE, DATETIME, TIME, YESNO, EMAIL, PHONE, NUMBER, CHOICE, REFERENCE;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> of(String yaml) {
        for (FieldType t : values()) {
            if (t.yamlName().equals(yaml == null ? "" : yaml.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
