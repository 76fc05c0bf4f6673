package org.ypsa.hub.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Dates as people in English and Welsh councils write them: day first, many separators. */
public final class Dates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("uuuu-M-d"),
            strict("d/M/uuuu"),
            strict("d-M-uuuu"),
            strict("d.M.uuuu"),
            strict("d/M/uu"),
            strict("d-M-uu"),
            strict("d.M.uu"),
            strict("d MMM uuuu"),
            strict("d MMMM uuuu"),
            strict("EEE d MMM uuuu"),
            strict("EEEE d MMMM uuuu"),
            strict("d-MMM-uuuu"),
            strict("d-MMM-uu"));

    public static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Dates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    public static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim().replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1").replace(",", " ")
                .replaceAll("\\s+", " ");
        // An ISO date-time (from a spreadsheet cell) keeps only its date.
        if (s.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            s = s.substring(0, 10);
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
