package org.ypsa.hub.domain.forms;

import java.util.Locale;
import java.util.Optional;

/**
 * What a field holds, as the YAML names it ("yesno", "date"): it decides how a value is read and checked. A
 * {@code narrative} is free text that tells something (what happened, the information shared): a word or two
 * ("CCTV", "FORM", a person's name) is another field's value or a title's end that landed there, not a narrative.
 * A {@code name} is a person's name ("Saffi Ormsby-Vale", "JONES, Sam", "PC 4412 Jones"): text everywhere, except
 * that of the values a form gives for it the one that reads as a name is taken ("Saffi Vale" over "referral to MASH").
 */
public enum FieldType {
    TEXT, DATE, DATETIME, TIME, YESNO, EMAIL, PHONE, NUMBER, CHOICE, REFERENCE, NARRATIVE, NAME;

    /** Fewer words than this are not a narrative. */
    public static final int NARRATIVE_WORDS = 3;

    /** Whether the field holds free text (a narrative and a person's name are free text too). */
    public boolean isText() {
        return this == TEXT || this == NARRATIVE || this == NAME;
    }

    /** Whether the field holds a date, a date and time, or a time. */
    public boolean isTemporal() {
        return this == DATE || this == DATETIME || this == TIME;
    }

    /** A type few values fit by chance: a date, a date and time, a time, an email, a phone number. */
    public boolean isStrict() {
        return isTemporal() || this == EMAIL || this == PHONE;
    }

    /**
     * A covering note's words, which tell nothing of their own: "form attached. Thanks,", "see attached", "details
     * below, regards", with the writer's name after its thanks (stop 64: "Hi, intel form attached. Thanks, Amber" read as
     * the intelligence itself).
     */
    private static final java.util.regex.Pattern COVERING = java.util.regex.Pattern.compile("(?i)^[\\s,.;:!-]*((the |my |our |"
            + "this |an? )?(form|forms|report|referral|submission|details|info|information|it|document|copy|intel)\\s+(is |are )?"
            + "|please )?(attached|enclosed|below|above|see (attached|below|above)|find (attached|enclosed))\\b[\\s,.;:!-]*"
            + "(((many )?thanks|thank you|cheers|thx|ta|regards|kind regards|best wishes|best)[\\s,.;:!-]*([\\p{L}'-]+[\\s.]*){0,2})?$");

    /** Free text that tells something: at least {@link #NARRATIVE_WORDS} words with letters in them, not a covering note's. */
    public static boolean narrative(String v) {
        if (v != null && COVERING.matcher(v).matches()) {
            return false;
        }
        int words = 0;
        for (String w : (v == null ? "" : v).strip().split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words >= NARRATIVE_WORDS;
    }

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
