package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.forms.FormSpec;

/**
 * Reads a value as a field's type: "8 Sep 2006" as a date, "☐ Yes ☑ No" as a yes/no, "Homeless tonight" as one of a
 * choice's answers; and says what a whole value reads as (a date with a time, a date, a time, or nothing typed), so
 * that a time under a date's label goes to the time.
 */
final class TypedValues {
    private TypedValues() {
    }

    /**
     * A field is answered by a value, and a choice by one of its answers: a choice holding words that are none ("MASH"
     * from a title line) is as open to a leftover as a blank one, and keeps its value when no leftover fits.
     */
    static boolean answered(FormSpec.FieldSpec s, String value) {
        return !FieldValues.isBlank(value) && (s.choices().isEmpty() || fit(s, value).isPresent());
    }

    /** Whether a leftover's value reads as the field's type: a phone number is no date, a date no phone number. */
    static boolean fitsAsLeftover(FormSpec.FieldSpec s, String value) {
        if (fit(s, value).isEmpty()) {
            return false;
        }
        Kind k = kindOf(value);
        return switch (s.type()) {
            case DATE -> k == Kind.DATE || k == Kind.DATETIME;
            case DATETIME -> k == Kind.DATETIME || k == Kind.DATE;
            case TIME -> k == Kind.TIME;
            case PHONE -> k == Kind.UNTYPED && value.strip().matches("[+()\\d\\s-]{6,}");
            default -> true;
        };
    }

    /** What a whole value reads as, most specific first: a date with a time, a date, a time; else nothing typed. */
    enum Kind { DATETIME, DATE, TIME, UNTYPED }

    static Kind kindOf(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.contains("\n")) {
            return Kind.UNTYPED;
        }
        if (Dates.parse(v).isPresent() || Dates.isDayAndMonth(v)) {
            return Kind.DATE;
        }
        if (Dates.parseDateTime(v).isPresent() || Dates.isDayAndMonthAndTime(v)) {
            return Kind.DATETIME;
        }
        return Dates.parseTime(v).isPresent() ? Kind.TIME : Kind.UNTYPED;
    }

    static boolean exactFit(FormSpec.FieldSpec s, Kind k) {
        return switch (s.type()) {
            case DATETIME -> k == Kind.DATETIME;
            case DATE -> k == Kind.DATE;
            case TIME -> k == Kind.TIME;
            default -> false;
        };
    }

    /** The value as the field's type reads it, or empty when it does not read as one. */
    static Optional<String> fit(FormSpec.FieldSpec s, String raw) {
        if (FieldValues.isBlank(raw) || (!s.required() && FieldValues.isNothing(raw))) {
            return Optional.empty();
        }
        String v = raw.trim();
        return switch (s.type()) {
            case DATE -> Dates.parse(v).isPresent() || Dates.isDayAndMonth(v) ? Optional.of(v)
                    : Dates.parseDateTime(v).map(dt -> dt.toLocalDate().toString());
            case DATETIME -> Dates.parseDateTime(v).isPresent() || Dates.parse(v).isPresent() || Dates.isDayAndMonth(v)
                    || Dates.isDayAndMonthAndTime(v) ? Optional.of(v)
                    : Optional.empty();
            case TIME -> Dates.parseTime(v).isPresent() ? Optional.of(v) : Optional.empty();
            case YESNO -> yesNoIn(FieldValues.answer(v)); // a tick list by its marked answer ("☐ Yes ☑ No")
            case EMAIL -> v.matches("(?s).*[^@\\s]+@[^@\\s]+\\.[^@\\s]+.*") ? Optional.of(v) : Optional.empty();
            case PHONE -> v.replaceAll("\\D", "").length() >= 6 ? Optional.of(v) : Optional.empty();
            case NUMBER -> v.matches("-?\\d+") ? Optional.of(v) : Optional.empty();
            case CHOICE -> choiceIn(s.choices(), FieldValues.answer(v));
            case REFERENCE -> v.matches("(?s).*\\d.*") ? Optional.of(v) : Optional.empty(); // a reference has a digit
            case TEXT -> Optional.of(v);
            case NARRATIVE -> org.ypsa.hub.domain.forms.FieldType.narrative(v) ? Optional.of(v) : Optional.empty();
        };
    }

    /** "Yes", or the answer at either end of a value that ran on from its label ("... sharing Yes"). */
    private static Optional<String> yesNoIn(String v) {
        if (FieldValues.yesNo(v).isPresent()) {
            return Optional.of(v);
        }
        String[] words = v.split("\\s+");
        String last = words[words.length - 1];
        return FieldValues.yesNo(last).isPresent() && last.length() <= 5 ? Optional.of(last) : Optional.empty();
    }

    /** The one choice a value names, written as the form writes it. */
    private static Optional<String> choiceIn(List<String> choices, String v) {
        String n = norm(v);
        for (String c : choices) {
            if (norm(c).equals(n)) {
                return Optional.of(c);
            }
        }
        List<String> named = new ArrayList<>();
        String padded = " " + v.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        for (String c : choices) {
            if (padded.contains(" " + c.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim() + " ")) {
                named.add(c);
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
