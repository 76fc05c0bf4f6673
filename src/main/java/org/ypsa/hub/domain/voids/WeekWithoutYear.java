package org.ypsa.hub.domain.voids;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ypsa.hub.domain.Dates;

/**
 * A week written without its year, as providers head a weekly return ("WC 14.12", "wk comm. 14.12", "w/c 7/12", "Mon 4th Jan",
 * "14th December"): the day and month are the week's, and the year is the one that puts that day nearest the
 * day the return arrived (a return sent on 30 December for "w/c 4/1" is for the coming January).
 */
final class WeekWithoutYear {
    private static final String BEFORE = "^(?:(?:w/c|wc|w/b|wb|week commencing|week beginning|week from|w/s"
            + "|(?:wk|week)\\.? ?(?:comm?|commencing|beg|beginning|starting|start))\\.?:?\\s*)?"
            + "(?:(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday"
            + "|sun|sunday)\\.?,?\\s*)?";
    private static final Pattern NUMERIC = Pattern.compile(BEFORE + "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})$");
    private static final Pattern WORDED = Pattern.compile(BEFORE + "(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+"
            + "([a-z]{3})[a-z]*\\.?$");
    /** The month before the day, as the Americans and some spreadsheets write it: "December 7th", "Mon Dec 7". */
    private static final Pattern MONTH_THEN_DAY = Pattern.compile(BEFORE + "([a-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?$");

    /** A week's Monday written as its day of the month alone: "30th", "w/c 30th", "wk beg. Mon 30th", "Monday the 7th". */
    private static final Pattern DAY_ALONE = Pattern.compile("^(?:(?:w/c|wc|w/b|wb|week commencing|week beginning"
            + "|week from|w/s|(?:wk|week)\\.? ?(?:comm?|commencing|beg|beginning|starting|start))\\.?:?\\s*)?"
            + "(?:mon(?:day)?\\.?,?\\s*)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)$");
    /** How far from the day a return arrived the Monday named by its day of the month alone may be. */
    private static final int DAY_ALONE_WEEKS = 3;

    private WeekWithoutYear() {
    }

    /** A week named by its number in the year alone: "Week 49", "wk 49", "Week no. 49", "Wk #49". */
    private static final Pattern NUMBER_ALONE = Pattern.compile("^(?:wk|week)\\.?\\s*(?:no\\.?|number|#)?\\s*(\\d{1,2})$");

    /** A text that starts with a week's number and has no other figure after it: "week 49 as requested". */
    private static final Pattern NUMBER_STARTING = Pattern.compile(
            "(?iu)((?:wk|week)\\.?\\s*(?:no\\.?\\s*)?\\d{1,2})(?![\\d\\p{L}])[^\\d]*");

    /** The week's number a text starts with, when nothing after it is a figure ("voids - week 49 attached"). */
    static Optional<String> numberedWeekStarting(String text) {
        Matcher m = NUMBER_STARTING.matcher(text);
        return m.matches() && isNumberedWeek(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a text names a week by its number alone ("Week 49"), whatever year it is read in. */
    static boolean isNumberedWeek(String text) {
        return text != null && NUMBER_ALONE.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * A week named by its number alone ("Week 49"): the Monday of that week of the year (ISO 8601; only in a year
     * where Outlook's and Excel's default numbering is the same) within three weeks of the day the return arrived. A number that puts the week further away
     * is no week the hub guesses at: a council's financial year numbers its weeks from April.
     */
    static Optional<LocalDate> numbered(String text, LocalDate arrived) {
        Matcher m = NUMBER_ALONE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(1));
        List<LocalDate> near = Stream.of(-1, 0, 1).map(offset -> LocalDate.of(arrived.getYear() + offset, 1, 4))
                // only a year whose 1 January falls Monday to Thursday, where ISO's week numbers and those of
                // Outlook's and Excel's default (the week holding 1 January is week 1) are the same: in another year
                // they are a week apart, and the hub does not guess which one the provider's diary used
                .filter(d -> d.withDayOfMonth(1).getDayOfWeek().compareTo(DayOfWeek.THURSDAY) <= 0)
                .filter(d -> number >= 1 && number <= d.range(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                        .getMaximum())
                .map(d -> d.with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY))
                .filter(d -> Math.abs(ChronoUnit.WEEKS.between(arrived, d)) <= DAY_ALONE_WEEKS).toList();
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /** The date a week's text gives with no year, in the year nearest to when it arrived; empty when it is not one. */
    static Optional<LocalDate> date(String text, LocalDate arrived) {
        String s = text.replace('\u00a0', ' ').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        Matcher n = NUMERIC.matcher(s);
        if (n.matches()) {
            return nearest(Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)), arrived);
        }
        Matcher w = WORDED.matcher(s);
        if (w.matches()) {
            // the month by its first three letters, as providers shorten and misspell it ("Sept", "Decmber")
            return Dates.monthOf(w.group(2)).flatMap(month -> nearest(Integer.parseInt(w.group(1)), month, arrived));
        }
        Matcher monthFirst = MONTH_THEN_DAY.matcher(s);
        if (monthFirst.matches()) {
            return Dates.monthOf(monthFirst.group(1)).flatMap(month -> nearest(Integer.parseInt(monthFirst.group(2)), month, arrived));
        }
        Matcher alone = DAY_ALONE.matcher(s);
        if (alone.matches()) {
            return onlyMondayOn(Integer.parseInt(alone.group(1)), arrived);
        }
        return Optional.empty();
    }

    /** The only Monday on that day of the month within three weeks either side of the day the return arrived. */
    private static Optional<LocalDate> onlyMondayOn(int dayOfMonth, LocalDate arrived) {
        List<LocalDate> mondays = Stream.iterate(arrived.minusWeeks(DAY_ALONE_WEEKS),
                        d -> !d.isAfter(arrived.plusWeeks(DAY_ALONE_WEEKS)), d -> d.plusDays(1))
                .filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY && d.getDayOfMonth() == dayOfMonth).toList();
        return mondays.size() == 1 ? Optional.of(mondays.get(0)) : Optional.empty();
    }

    private static Optional<LocalDate> nearest(int day, int month, LocalDate arrived) {
        return Stream.of(-1, 0, 1)
                .map(offset -> of(arrived.getYear() + offset, month, day))
                .flatMap(Optional::stream)
                .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(arrived, d))));
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
