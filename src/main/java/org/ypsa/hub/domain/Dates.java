package org.ypsa.hub.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Dates and times as people in Britain write them: day first (8/12/2009, 08-12-09, 8.12.2009), with the month
 * as a word (8 Dec 2009, 8 Sept 2009, 8th December 2009, December 8 2009), ISO (2009-12-08) as spreadsheets
 * and date pickers give it; times as 14:05, 14.05, 2.05pm, 2pm or 1405.
 */
public final class Dates {
    /** An ISO date and time as a spreadsheet cell or a date picker writes it, tidied: "2026-11-21t22:40". */
    private static final Pattern ISO_DATE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[t ](\\d{2}:\\d{2})(:\\d{2}(\\.\\d+)?)?z?$");
    public static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8),
            Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12),
            // the months in Welsh, as a Welsh form writes a date ("14 Rhagfyr 2009")
            Map.entry("ionawr", 1), Map.entry("chwefror", 2), Map.entry("mawrth", 3), Map.entry("ebrill", 4),
            Map.entry("mai", 5), Map.entry("mehefin", 6), Map.entry("gorffennaf", 7), Map.entry("awst", 8),
            Map.entry("medi", 9), Map.entry("hydref", 10), Map.entry("tachwedd", 11), Map.entry("rhagfyr", 12));
    /** Whether the word is a month's name or its short form, in English or Welsh ("Dec.", "Rhagfyr"). */
    public static boolean isMonthName(String word) {
        return monthOf(word).isPresent();
    }

    /** The month a month's name or its short form names, in English or Welsh ("Dec." is 12, "Rhagfyr" 12). */
    public static Optional<Integer> monthOf(String word) {
        return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "")));
    }

    /**
     * A day of the week before a date, in English or Welsh, or both as a bilingual form writes them: "Thurs", "Dydd
     * Iau", "Sul", "Dydd Iau / Thursday" ("Mawrth" alone is March: Tuesday is "Dydd Mawrth").
     */
    private static final String ONE_WEEKDAY = "(?:(?:mon|tues?|weds?|wednes|thur?s?|fri|sat(?:ur)?|sun)(?:day)?"
            + "|dydd\\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|llun|mercher|iau|gwener|sadwrn|sul)\\.?,?\\s+";
    private static final String WEEKDAY = "(?:" + ONE_WEEKDAY + "(?:/\\s*" + ONE_WEEKDAY + ")?)?";
    /** "the" before a day of the month: "on the 29th November 2026", "Sunday the 29th of November". */
    private static final String THE_DAY = "^the\\s+(?=\\d{1,2}(?:st|nd|rd|th)?\\b)";
    private static final Pattern WEEKDAY_NAME = Pattern.compile(
            "^(?:dydd\\s+(mawrth)|(?:dydd\\s+)?(mon|tue|wed|thu|fri|sat|sun|llun|mercher|iau|gwener|sadwrn|sul))[a-z]*"
                    + "\\.?,?\\s+");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sun", DayOfWeek.SUNDAY),
            Map.entry("llun", DayOfWeek.MONDAY), Map.entry("mawrth", DayOfWeek.TUESDAY),
            Map.entry("mercher", DayOfWeek.WEDNESDAY), Map.entry("iau", DayOfWeek.THURSDAY),
            Map.entry("gwener", DayOfWeek.FRIDAY), Map.entry("sadwrn", DayOfWeek.SATURDAY),
            Map.entry("sul", DayOfWeek.SUNDAY));
    /** Words that hedge a date or a time: "about 11", "approx. 23:40", "roughly 2pm", typed short "abt 7", "arnd 9". */
    private static final String HEDGE = "about|around|approx\\.?|approximately|roughly|abt\\.?|arnd|aprox\\.?|apx\\.?";
    /** The parts of the day staff name an incident's time by. */
    private static final String PART_OF_THE_DAY = "morning|afternoon|evening|night|(?:early|small|wee) hours";
    /** "(approx)", "(approximately)", "(est.)" after a date or a time: it does not change it. */
    private static final String APPROX_NOTE = "\\s*\\((?:" + HEDGE + "|est\\.?|estimated)\\)";
    /** A time's part of the day in words: "2.05 in the afternoon", "1.35 in the morning", "10.40 at night". */
    private static final Pattern PART_OF_DAY = Pattern.compile("^(.*\\d)\\s*(?:(?:in the|this) (morning)|(?:in the|this) (afternoon|evening)"
            + "|(at night|tonight))$");
    /** A span of time whose start is the time: "between 14:05 and 14:35", "2.05pm-2.35pm", "from 2:05pm to 2:35pm". */
    private static final Pattern SPAN = Pattern.compile("^(?:(?:some ?time |(?:at )?some point )?between|from)?\\s*(\\d[^-]*?)\\s*(?:-|to|and|until|till)\\s*"
            + "(?:" + HEDGE + ")?\\s*(\\d.*|midnight|noon|midday)$");
    /**
     * Figures after a day and month that read as its year, not as a time: two digits, or four from 1800 to 2099, not
     * followed by a time's marks ("29 Nov 2340" is the 29th at 23:40; "29 Nov 2026" is a year, "29 Nov 23:40" a time).
     */
    private static final String YEAR_AHEAD = "(?:\\d{2}|(?:1[89]|20)\\d{2})(?![:.]?\\d|\\s*(?:hrs?|hours|h|am|pm|a\\.m|p\\.m)\\b)";
    /** An ordinal's ending, English or Welsh ("1st", "1af", "2il", "3ydd", "5ed", "11eg", "20fed"). */
    private static final String ORD = "(?:st|nd|rd|th|af|il|ydd|ed|eg|fed)?";
    /** A day and month with no year: "23rd Dec", "1st of January", "21/12" (the month in words, or with a slash). */
    private static final Pattern DAY_MONTH_NO_YEAR = Pattern.compile("(\\d{1,2})" + ORD
            + "(?:\\s+of)?[\\s\\-]*([a-z]{3,10})\\.?(?![a-z]|[\\s\\-/.,]*" + YEAR_AHEAD + ")");
    private static final Pattern NUMERIC_NO_YEAR = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})(?!\\d|\\s*/\\s*\\d|\\s*[.\\-]\\s*" + YEAR_AHEAD + ")");
    /** Words before a date that do not change it: "from 8 Jan 2027", "w/c 30/11/2026", "by 8/1/27". */
    private static final String FILLER = "^(?:(?:today|tonight|immediately|urgently|urgent|asap|a\\.s\\.a\\.p\\.?"
            + "|as soon as possible|now),?\\s*(?:[-:]\\s*)?)?"
            // the longer wordings first: "on or before" is not "on" and the words "or before"
            + "(?:(?:no later than|not later than|at the latest by|by no later than|on or before|on or after"
            + "|no earlier than|not earlier than|not before|starting(?: from| on)?|beginning|commencing|ideally(?: by| from)?"
            + "|preferably(?: by| from)?|from|on|by|w/c|wc|w/b|wb|week commencing|week beginning|week starting"
            + "|" + HEDGE + ")\\s+)?";
    /**
     * A note after a date that says how firm or urgent it is ("16.12.2026 - urgent", "29/1/2027 - planned, some
     * flexibility", "10 Feb. 2027 (planned move, flexible by a few days)"): words with no digit, after a dash, a
     * comma, a semicolon or in brackets, or words of how firm it is with no mark ("at the latest", "or sooner"). It
     * does not change the date; a note with a digit may be another date, so the value is then no one date.
     */
    private static final Pattern NOTE_AFTER = Pattern.compile("^\\s*(?:[-,;:\u2014/]\\s*[^\\d()]*|\\([^\\d()]*\\)"
            // how firm a date is said after it with no mark between ("5th December at the latest (today if possible)")
            + "|(?i:at the (?:latest|earliest)|latest|or (?:sooner|earlier|before|asap)|if possible|ideally|preferably)"
            + "\\b[^\\d]*)$");
    /**
     * The next label's words run into a date, before its time: "time", "approx. time of incident", "estimated time it
     * happened", "time of the event:".
     */
    private static final String TIME_LABEL = "(?:\\b(?:approx\\.?|approximate(?:ly)?|estimated|est\\.?)\\s+)?\\btime\\b"
            + "(?:\\s+(?:of(?:\\s+the)?\\s+(?:incident|event|occurrence|concern)|it\\s+(?:happened|occurred|took place)))?\\s*:?";
    /**
     * What joins a date to the time after it: "21/12/2026 | 9.05am", "2026/12/21 -- 4:35", "21.12.2026. Time: 8:00", a
     * spaced slash as a "date / time" label asks ("21.12.2026 / 9:05").
     */
    private static final String TIME_JOINER = "^(?:[\\s,;.|@\u2013\u2014-]|(?<=\\s)/(?=\\s)|\\bat\\b|\\bfrom\\b|" + TIME_LABEL + ")+";
    /** The end of a label left before a date and time: "it all took place: 29 December 2026 17:20". */
    private static final String LABEL_END = "^[a-z][a-z ',/()-]{0,40}:\\s+(?=\\d)";
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /**
     * What ends figures read as a year: no more figures, no time's marks after them. Two figures followed by am or pm
     * are an hour ("Sat 28 Nov 11pm" is the 28th at 23:00, not 28 Nov 2011).
     */
    private static final String NOT_A_TIME_AFTER = "(?![:.]?\\d|\\s*(?:hrs?|hours|h)\\b|(?<=\\b\\d{2})\\s*(?:am|pm|a\\.m|p\\.m)\\b)";
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})"
            + NOT_A_TIME_AFTER);
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})" + ORD + "(?:\\s+of)?[\\s\\-/.]*([a-z]{3,10})\\.?"
            + ",?[\\s\\-/.]*(\\d{4}|\\d{2})" + NOT_A_TIME_AFTER);
    private static final Pattern MONTH_DAY = Pattern.compile("([a-z]{3,10})\\.?\\s+(\\d{1,2})" + ORD + ",?\\s+(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2})(?::[0-5]\\d)?)?\\s*(am|pm|a\\.m\\.?|p\\.m\\.?)?"
            + "(?:\\s*(?:hrs?|hours|h))?");
    /**
     * A time with the same time in brackets after it, the other clock's: "2.20pm (14:20)", "04:40 (4.40am)", "half 11 at
     * night (23.30)".
     */
    private static final Pattern TIME_TWICE = Pattern.compile("^([^()]*?\\w[^()]*?)\\s*\\((\\d[^()]*)\\)$");
    /** A time with the same time in brackets after it, either of them with words: "2.20pm (14:20)". */
    private static final Pattern TIME_THEN_ITS_CLOCK = Pattern.compile("^(.*\\d.*?)\\s*\\((.*\\d.*)\\)$");
    private static final Pattern HOUR = Pattern.compile("^(\\d{1,2})");
    private static final Pattern FOUR_DIGITS = Pattern.compile("([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hrs?|hours|h)?");

    private Dates() {
    }

    /**
     * How to read a date written without its year ("23rd Dec", "Mon 21/12"): the year that puts it nearest the day
     * the form was sent, or, for something that has already happened, the nearest such day not after it. A named
     * day of the week picks the year in which the date falls on that day.
     */
    public enum Yearless {
        NEAREST, NOT_AFTER
    }

    /** The date a whole value holds, or empty when it is not one date. */
    public static Optional<LocalDate> parse(String raw) {
        return parse(raw, null, Yearless.NEAREST);
    }

    /**
     * The date a whole value holds; a day and month without a year is read near {@code sent} (the day the form was
     * sent) as {@code yearless} says. With no {@code sent} a date needs its year (a date of birth always has one).
     */
    public static Optional<LocalDate> parse(String raw, LocalDate sent, Yearless yearless) {
        raw = raw == null ? null : FORMAT_ASKED.matcher(raw).replaceAll(" ");
        Optional<LocalDate> date = parseOne(raw, sent, yearless);
        String[] sides = date.isPresent() || raw == null ? new String[0] : TwoLanguages.halves(raw);
        if (sides.length == 2) {
            // the same date in two languages, as a bilingual form writes it: "4ydd Rhagfyr 2026 / Friday 4th December
            // 2026"; two dates that differ are no one date
            Optional<LocalDate> first = parseOne(sides[0], sent, yearless);
            return first.isPresent() && first.equals(parseOne(sides[1], sent, yearless)) ? first : Optional.empty();
        }
        return date;
    }

    private static Optional<LocalDate> parseOne(String raw, LocalDate sent, Yearless yearless) {
        String s = tidy(raw);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        // an ISO date-time from a spreadsheet cell or a date picker keeps only its date
        s = ISO_DATE_TIME.matcher(s).replaceFirst("$1");
        s = s.replaceFirst(FILLER, "");
        // "Today (8/12/2026)", "ASAP (14 Dec)": the date in brackets after the words is the date
        s = s.replaceFirst("^\\((.*\\d.*)\\)$", "$1");
        DayOfWeek day = weekday(s);
        s = s.replaceFirst("^" + WEEKDAY, "").replaceFirst(THE_DAY, "").replaceFirst("\\s*\\([^)]*\\)$", "");
        // a PDF that broke the year across two runs of text: "19/11/20 09", "09/04/200 6" are 2009 and 2006
        Matcher split = SPLIT_YEAR.matcher(s);
        if (split.matches() && (split.group(2) + split.group(3)).matches("(?:19|20)\\d{2}")) {
            s = split.group(1) + split.group(2) + split.group(3);
        }
        String date = s;
        return dateAt(date, sent, yearless, day)
                .filter(d -> d.end() == date.length() || NOTE_AFTER.matcher(date.substring(d.end())).matches())
                .map(Found::date);
    }

    /**
     * A numeric date whose four-digit year has one space in it, and nothing after it: the whole value is one date, so
     * the digits after the space are the year's, not a time's.
     */
    private static final Pattern SPLIT_YEAR = Pattern.compile("^(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-])(\\d{1,3}) (\\d{1,3})$");

    /**
     * An age written beside a date of birth: "17", "aged 17", "age: 17", "now 17", "17 yrs", "17 years old", "17yo";
     * in round or square brackets after the date ("13.11.03 (23)", "18.11.2008 [18]").
     */
    private static final String AGE = "(?:(?:aged?|now)\\s*:?\\s*)?(\\d{1,2})\\s*(?:years?(?:\\s+old)?|yrs?|y\\.?\\s*o\\.?|y)?";
    private static final Pattern DATE_THEN_AGE = Pattern.compile("(?i)^(.*\\d.*?)\\s*(?:[-\u2013\u2014/,;|(\\[]\\s*|\\s+)"
            + AGE + "\\s*[)\\]]?\\.?$");
    private static final Pattern AGE_THEN_DATE = Pattern.compile("(?i)^" + AGE
            + "\\s*(?:[-\u2013\u2014/,;|(]|\\s(?=\\())\\s*\\(?(.*\\d.*?)\\)?$");

    /**
     * A date of birth as written, with or without the person's age beside it ("12/05/2009 - aged 17", "12.05.2009 / 17",
     * "12 May 2009, 17 years", "17 - 12/05/2009"). Safety: an age that is not the person's age on the day the form
     * was sent (a year either side, for a form filled in over days) says one of the two is mistyped, so no date is
     * read; with no day sent the age is not checked.
     */
    public static Optional<LocalDate> birthDate(String raw, LocalDate sent) {
        raw = raw == null ? null : BIRTH_LABEL.matcher(raw.strip()).replaceFirst("");
        Optional<LocalDate> plain = parse(raw);
        String s = tidy(raw);
        if (s.isEmpty()) {
            return plain;
        }
        Matcher m = DATE_THEN_AGE.matcher(s);
        // (not where the whole value is one other date: "19/11/20 09" is 2009 with its year split by a PDF, no age)
        if (m.matches() && parse(m.group(1)).isPresent() && (plain.isEmpty() || plain.equals(parse(m.group(1))))) {
            // the age after a whole date is checked, in brackets too ("21.6.04 (22)"), not read past as a note
            int after = Integer.parseInt(m.group(2));
            return parse(m.group(1)).filter(d -> sent == null
                    || Math.abs(java.time.Period.between(d, sent).getYears() - after) <= 1);
        }
        if (plain.isPresent()) {
            return plain;
        }
        String date;
        int age;
        if (m.matches()) {
            date = m.group(1);
            age = Integer.parseInt(m.group(2));
        } else {
            m = AGE_THEN_DATE.matcher(s);
            if (!m.matches()) {
                return Optional.empty();
            }
            age = Integer.parseInt(m.group(1));
            date = m.group(2);
        }
        return parse(date).filter(d -> sent == null || Math.abs(java.time.Period.between(d, sent).getYears() - age) <= 1);
    }

    /** How a form asks a date or a time to be written: "dd/mm/yyyy", "D / M / YY", "dd.mm.yyyy hh:mm", "hh:mm". */
    public static final String FORMAT_HINT = "(?:dd?|mm?|yy|yyyy|ccyy|hh)(?:\\s*[/.:-]\\s*(?:dd?|mm?|yy|yyyy|ccyy|hh|ss))+"
            + "(?:\\s+hh\\s*[:.]\\s*mm)?";
    /** The words that mark a date as a date of birth: "DOB", "D.O.B.", "d o b", "date of birth", "born", "b.". */
    public static final String BIRTH_MARK = "(?:d\\.?\\s?o\\.?\\s?b\\.?|date of birth|born|b\\.)";

    /**
     * The form's hint of how to write a date, left in the answer as an online form's description line gives it ("DD/MM/YYYY
     * or as known" over "2009-06-21"): no part of the date.
     */
    private static final Pattern FORMAT_ASKED = Pattern.compile("(?i)\\b" + FORMAT_HINT + "\\b"
            + "(?:\\s*,?\\s*or\\s+(?:as\\s+)?(?:known|approx\\w*|estimated)|\\s*\\(?if\\s+known\\)?)?");
    /** The date of birth's own label written in its answer: "DOB 14/02/2004 (22)", "D.O.B: 3.4.08", "born 1/2/09". */
    private static final Pattern BIRTH_LABEL = Pattern.compile("(?i)^" + BIRTH_MARK + "\\s*[:-]?\\s*(?=\\d)");

    /** Any day will do to tell whether a value is a day and month without a year: a leap year, so 29/2 is one. */
    private static final LocalDate ANY_DAY = LocalDate.of(2028, 6, 1);

    /**
     * Whether a whole value is a day and month written without a year ("23rd Dec", "Tuesday 1st Dec", "Mon 21/12"),
     * whatever year it is read in. A bare "21/12" is no such value on its own (it could be a fraction or "24/7").
     */
    public static boolean isDayAndMonth(String raw) {
        return parse(raw).isEmpty() && !startsBareDayMonth(raw) && parse(raw, ANY_DAY, Yearless.NEAREST).isPresent();
    }

    /** Whether a whole value could be a date, with its year or without: "04/12/26", "4-12-2026", a bare "30/11". */
    public static boolean couldBeADate(String raw) {
        return parse(raw, ANY_DAY, Yearless.NEAREST).isPresent();
    }

    /** Whether a whole value is a day and month without a year and a time ("14th Dec 11:10 pm", "Sat 23/1 0305"). */
    public static boolean isDayAndMonthAndTime(String raw) {
        return parseDateTime(raw).isEmpty() && !startsBareDayMonth(raw)
                && parseDateTime(raw, ANY_DAY, Yearless.NEAREST).isPresent();
    }

    /**
     * Whether a whole value is a date and time told from the day it was sent ("last night at 23:40", "early hours of
     * yesterday, 0105 hours"), whatever day that is: a date and time once the day sent is known.
     */
    public static boolean isToldFromTheDaySent(String raw) {
        return parseDateTime(raw).isEmpty() && toldFromTheDaySent(tidy(raw).replaceAll(APPROX_NOTE, "").strip(), ANY_DAY)
                .isPresent();
    }

    private static boolean startsBareDayMonth(String raw) {
        return tidy(raw).matches("^\\d{1,2}\\s*/\\s*\\d{1,2}(?!\\s*/).*");
    }

    /** A date and a time of day in one value ("21/11/2026 22:40", "8 Sep 2026 at 2.05pm"); midnight when no time. */
    public static Optional<LocalDateTime> parseDateTime(String raw) {
        return parseDateTime(raw, null, Yearless.NEAREST);
    }

    /** A date and a time of day in one value, a date without its year read near {@code sent} as {@code yearless} says. */
    public static Optional<LocalDateTime> parseDateTime(String raw, LocalDate sent, Yearless yearless) {
        String tidied = tidy(raw).replaceAll(APPROX_NOTE, "").strip();
        String unlabelled = tidied.replaceFirst(LABEL_END, "");
        if (!unlabelled.equals(tidied)) {
            // a label's end before a date alone leaves the time to another field ("happened: 09/12/2026")
            return parse(unlabelled, sent, yearless).isPresent() ? Optional.empty()
                    : parseDateTime(unlabelled, sent, yearless);
        }
        Optional<SaidAgain> again = saidAgain(tidied);
        if (again.isPresent() && SAID_TIME.matcher(again.get().said()).lookingAt()) {
            // the time said again in words after the clear one is checked, never read instead of it
            return parseDateTime(again.get().clear(), sent, yearless)
                    .filter(clear -> saysTheSame(again.get().said(), clear, sent));
        }
        if (sent != null) {
            Optional<LocalDateTime> told = toldFromTheDaySent(tidied, sent);
            if (told.isPresent()) {
                return told;
            }
        }
        // "on the evening of Sat 5/12 at 23.00": the part of the day before the date goes with the time
        Matcher partOf = PART_OF_THE_DAY_OF.matcher(tidied);
        String part = partOf.find() ? partOf.group(1) : null;
        String s = (part == null ? tidied : tidied.substring(partOf.end())).replaceFirst(FILLER, "");
        DayOfWeek day = weekday(s);
        s = s.replaceFirst("^" + WEEKDAY, "").replaceFirst(THE_DAY, "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO_DATE_TIME.matcher(s);
        if (iso.matches()) {
            return parse(iso.group(1)).flatMap(d -> parseTime(iso.group(2)).map(d::atTime));
        }
        Optional<Found> date = dateAt(s, sent, yearless, day);
        if (date.isPresent()) {
            // what joins the date to its time: "| 9.05am", "-- 4:35 am", ". Time: 8:00", ", at 14:05"
            String rest = s.substring(date.get().end()).replaceFirst(TIME_JOINER, "")
                    .replaceFirst("^\\((.*)\\)$", "$1").trim();
            if (rest.isEmpty()) {
                return part == null ? Optional.of(date.get().date().atStartOfDay()) : Optional.empty();
            }
            // "5th Dec 2026, late evening (approx 23:00)": the part of the day in words before the time
            Matcher partThen = PART_BEFORE_TIME.matcher(rest);
            if (part == null && partThen.matches()) {
                part = partThen.group(1);
                rest = partThen.group(2).strip();
            }
            return timeInItsPart(rest, part).map(t -> date.get().date().atTime(t));
        }
        // the time first: "22:40 on 21/11/2026", "2pm, 8 Sep 2026"
        // ("1705 hrs on 21.12.26": a comma or "on" parts them before a space does)
        // each place the separator could part them is tried, the first first: "2.00 am 17th Jan 2027" parts after
        // "am", not after "2.00"
        // a time before its date is short, and the date after the separator has a digit (found once: a long answer
        // is read in a time that grows with its length, not its square)
        int lastDigit = lastIndexOf(s, DIGIT);
        for (Pattern sep : TIME_BEFORE_DATE) {
            Matcher at = sep.matcher(s);
            while (at.find()) {
                if (at.start() > LONGEST_TIME) {
                    break;
                }
                if (at.start() == 0 || lastDigit < at.end()) {
                    continue;
                }
                Optional<LocalTime> time = parseTime(s.substring(0, at.start()));
                Optional<LocalDate> d = time.isEmpty() ? Optional.empty() : parse(s.substring(at.end()), sent, yearless);
                if (time.isPresent() && d.isPresent()) {
                    return Optional.of(d.get().atTime(time.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The longest a date and time can be written, with a note: "15/12/2026 at about 22:30 (staff think; ...)". */
    public static final int LONGEST_DATE_TIME = 200;
    /** The longest a time of day can be written: "at about 5.35 in the evening (approx., as staff recall)". */
    public static final int LONGEST_TIME = 80;
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static int lastIndexOf(String s, Pattern p) {
        int last = -1;
        Matcher m = p.matcher(s);
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** What may part a time from the date after it: a comma or "on" first, then a space. */
    private static final List<Pattern> TIME_BEFORE_DATE = List.of(Pattern.compile("\\s*(?:,|\\bon\\b)\\s*"),
            Pattern.compile("\\s*(?:,|\\bon\\b|\\s)\\s*"));
    /** A part of the day before the date it is of: "on the evening of Sat 5/12", "the early morning of 6th Dec". */
    private static final Pattern PART_OF_THE_DAY_OF = Pattern.compile(
            "^(?:(?:on|in|during) )?(?:the )?(?:early |late )?(" + PART_OF_THE_DAY + ") of\\s+");
    /** A part of the day in words before the time after a date: "late evening (approx 23:00)", "night, 23.00". */
    private static final Pattern PART_BEFORE_TIME = Pattern.compile("^(?:(?:in|during) the\\s+)?(?:early\\s+|late\\s+)?"
            + "(" + PART_OF_THE_DAY + ")\\s*[,:;\\-]?\\s*\\(?((?:(?:at|" + HEDGE + ")\\s+)*\\d[^()]*)\\)?$");

    /**
     * The time, read in the part of the day said with it ("11" in the evening is 23:00): a time whose half of the day
     * is plain and is not in that part ("morning, 11pm") is no time, the sender is asked.
     */
    private static Optional<LocalTime> timeInItsPart(String time, String written) {
        if (written == null) {
            return parseTime(time);
        }
        // the early (or small) hours are a morning's before seven
        boolean smallHours = written.endsWith("hours");
        String part = smallHours ? "morning" : written;
        boolean plain = TIME_WITH_ITS_HALF.matcher(time).matches();
        Optional<LocalTime> t = parseTime(plain ? time : time + switch (part) {
            case "night" -> " at night";
            case "morning" -> " in the morning";
            default -> " in the " + part;
        });
        boolean fits = t.map(at -> switch (part) {
            case "morning" -> at.getHour() < (smallHours ? 7 : 12);
            case "afternoon", "evening" -> at.getHour() >= 12;
            default -> at.getHour() >= 18 || at.getHour() < 7;
        }).orElse(false);
        return fits ? t : Optional.empty();
    }

    /** The day told from the day a mail was sent, with its part of the day: "last night", "yesterday afternoon". */
    private static final String TOLD_DAY = "(?:(?:(?:in|during) )?(?:the )?(?:early|small|wee) hours of |early |late )?(?:earlier )?"
            + "(today|this morning|this afternoon|this evening|tonight|last night|yesterday|the day before yesterday)"
            + "(?:,?\\s+(?:in the\\s+|at\\s+)?(morning|afternoon|evening|night|lunchtime|teatime|(?:early|small|wee) hours))?";
    private static final Pattern TOLD_DAY_FIRST = Pattern.compile("^" + TOLD_DAY + "\\b(.*\\d.*)$");
    /** The day told after its time, ending the text: "11.40 last night", "0920 hrs, yesterday". */
    private static final Pattern TOLD_DAY_AFTER = Pattern.compile("[\\s,;]+(?:on\\s+)?" + TOLD_DAY + "$");
    /** A time written so that its half of the day is plain: "2.20pm", "07:10", "23:40", "0455 hrs". */
    private static final Pattern TIME_WITH_ITS_HALF = Pattern.compile(".*(?:[ap]\\.?m\\b|\\bhrs?\\b|\\bhours\\b|(?<![\\d:.])0\\d"
            + "|(?<![\\d:.])(?:1[3-9]|2\\d)[:.h]?[0-5]\\d|(?<!\\d)\\d{4}(?!\\d)).*");

    /**
     * A date and time told from the day the mail was sent, as a duty worker reads it: "last night at 23:40" (the
     * evening before), "this morning, 07:10 hrs", "yesterday evening at 6.15pm", "in the early hours of this morning
     * (04:55)", "11.40 last night". A time without its half of the day takes it from the words ("yesterday evening at
     * 6.15" is 18:15; "last night at 11.40" is 23:40, "last night at 2.10" the small hours of the mail's own day).
     * Only with a time: "yesterday" alone is a day whose time is not known, left to the rules for a date.
     */
    private static Optional<LocalDateTime> toldFromTheDaySent(String tidied, LocalDate sent) {
        String day;
        String part;
        String time;
        Matcher first = TOLD_DAY_FIRST.matcher(tidied);
        Optional<AfterAFigure> after;
        if (first.matches()) {
            day = first.group(1);
            part = first.group(2);
            time = first.group(3).replaceFirst(TIME_JOINER, "").strip();
        } else if ((after = afterAFigure(tidied, TOLD_DAY_AFTER)).isPresent()) {
            day = after.get().tail().group(1);
            part = after.get().tail().group(2);
            time = after.get().before().replaceFirst("\\s+at$", "").strip();
        } else {
            return Optional.empty();
        }
        // "last night at about 11", "yesterday afternoon, around 2": the hedge does not change the time
        time = time.replaceFirst("^\\((.*)\\)$", "$1").replaceFirst(HEDGES_BEFORE_TIME, "");
        // "2.20pm (14:20)": the same time twice, the bracket the 24-hour clock's
        Matcher twice = TIME_THEN_ITS_CLOCK.matcher(time);
        if (twice.matches()) {
            Optional<LocalTime> a = parseTime(twice.group(1));
            Optional<LocalTime> b = parseTime(twice.group(2));
            if (a.isPresent() && b.isPresent() && !a.equals(b)) {
                return Optional.empty();
            }
            time = a.isPresent() ? twice.group(1) : twice.group(2);
        }
        String half = part != null ? part : day.replaceFirst("^(this|last|yester) ?", "");
        boolean evening = half.matches("afternoon|evening|teatime|night|tonight");
        String written = time;
        if (!TIME_WITH_ITS_HALF.matcher(time).matches() && time.matches("\\d{1,2}(?:[:.]\\d{2})?")) {
            written = half.matches("night|tonight") ? time + " at night" : evening ? time + " in the evening" : time;
        } else if (!TIME_WITH_ITS_HALF.matcher(time).matches() && SAID_TIME.matcher(time).matches()) {
            // "twenty past 10 yesterday morning", "twenty to 5 yesterday afternoon": a said time in the day's part
            written = half.matches("night|tonight") ? time + " at night" : evening ? time + " in the evening"
                    : half.equals("morning") ? time + " in the morning" : time;
        }
        Optional<LocalTime> t = parseTime(written);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = switch (day) {
            case "yesterday" -> sent.minusDays(1);
            case "the day before yesterday" -> sent.minusDays(2);
            // last night before midnight is the evening before the mail's day, after midnight its small hours
            case "last night" -> t.get().getHour() >= 12 ? sent.minusDays(1) : sent;
            default -> sent;
        };
        return Optional.of(date.atTime(t.get()));
    }

    /**
     * One date and time from a form that may give it in one field, as a date and a time, or both ways at once
     * ("When: 23 Dec 2026" with "Time: 08:45"; "When: 08:45" with "Date: 23 Dec 2026"). The one field is read
     * first; the date and time fields fill what it lacks. An unreadable one field is returned as written.
     */
    public static String combine(String when, String date, String time) {
        return combine(when, date, time, null, Yearless.NEAREST);
    }

    /**
     * The date and time a value holds, or its date alone when it names no time of day ("Sat 23/1" is a day, not its
     * midnight): a time the writer did not give is not made up. ISO text: "2026-11-21T22:40" or "2026-11-21".
     */
    public static Optional<String> dateAndTimeIfGiven(String raw, LocalDate sent, Yearless yearless) {
        if (midnightOfNoClearDay(raw)) {
            return Optional.empty();
        }
        Matcher night = NIGHT_OF_TWO_DAYS.matcher(tidy(raw));
        if (night.find() && MIDNIGHT.matcher(tidy(raw)).find()) {
            // "midnight on the night of 29th/30th November 2026": the first minute of the later day
            String later = tidy(raw).substring(0, night.start()) + night.group(2) + tidy(raw).substring(night.end());
            return parseDateTime(later, sent, yearless)
                    .filter(d -> d.getDayOfMonth() == Integer.parseInt(night.group(2)) && d.getHour() == 0)
                    .map(LocalDateTime::toString);
        }
        if (night.reset().find() && ofTwoDays(night, tidy(raw))) {
            // "the night of 29th/30th November 2026 at 1am": a time of the small hours is the later day's, of the
            // evening the earlier day's (read from the later, so that "30th/1st December" keeps its months)
            String later = tidy(raw).substring(0, night.start()) + "night of " + night.group(2)
                    + tidy(raw).substring(night.end());
            return parseDateTime(later, sent, yearless)
                    .filter(d -> d.getDayOfMonth() == Integer.parseInt(night.group(2)))
                    .filter(d -> d.getHour() < SMALL_HOURS_END || d.getHour() >= EVENING_START)
                    .map(d -> d.getHour() < SMALL_HOURS_END ? d : d.minusDays(1)).map(LocalDateTime::toString);
        }
        if (nightOfNoClearDay(raw, sent, yearless)) {
            return Optional.empty();
        }
        Optional<LocalDateTime> at = parseDateTime(raw, sent, yearless);
        if (at.isEmpty()) {
            // "29/11/2026 - time not known", "Sun 29/11/2026 (evening)": the day, and words saying no time
            Matcher noTime = DATE_THEN_NO_TIME.matcher(tidy(raw));
            return noTime.matches() ? parse(noTime.group(1), sent, yearless).map(LocalDate::toString) : Optional.empty();
        }
        boolean dateAlone = at.get().toLocalTime().equals(LocalTime.MIDNIGHT) && parse(raw, sent, yearless).isPresent()
                && !ISO_DATE_TIME.matcher(tidy(raw)).matches();
        return Optional.of(dateAlone ? at.get().toLocalDate().toString() : at.get().toString());
    }

    /** "Midnight" as a time of its own, not the end of a span ("between 11pm and midnight" starts at 23:00). */
    private static final Pattern MIDNIGHT = Pattern.compile("(?<!(?:-|\\bto|\\band|\\buntil|\\btill)\\s{0,2})"
            + "(?<!(?:-|\\bto|\\band|\\buntil|\\btill)\\s{0,2}(?:about|around|approx\\.?|approximately)\\s{1,2})"
            + "\\b(?:12\\s*)?midnight\\b");
    /** The night of two days, written with its midnight: "the night of 29th/30th", "night of 29-30 Nov 2026". */
    private static final Pattern NIGHT_OF_TWO_DAYS = Pattern.compile("\\bnight of (?:the )?(\\d{1,2})(?:st|nd|rd|th)?"
            + "\\s*(?:/|-|into|to|and|&)\\s*(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d/.])");

    /**
     * Whether a date and time says "midnight" without saying which day's: "29/11/2026 around midnight", "midnight on
     * Sun 29th" may be the first minute of the 29th or, as many writers mean it, the night of the 29th into the 30th.
     * A wrong day routed to duty staff is worse than a question, so such a value is no date and time and the sender is
     * asked. Midnight written as 00:00 (or "0000"), or "the night of 29th/30th", says which; the end of a span ("between
     * 11pm and midnight") is not read.
     */
    public static boolean midnightOfNoClearDay(String raw) {
        String t = tidy(raw);
        if (!MIDNIGHT.matcher(t).find() || t.matches(".*(?<![\\d:.])(?:00[:.]?00|24[:.]?00)(?![\\d:.]).*")) {
            return false;
        }
        Matcher night = NIGHT_OF_TWO_DAYS.matcher(t);
        return !(night.find() && ofTwoDays(night, t));
    }

    /** A month's name after a night's two days: "night of 29/30 Nov". */
    private static final Pattern MONTH_AFTER = Pattern.compile("^\\s*(?:of\\s+)?([a-z]{3,10})\\b");

    /**
     * Whether a night found by {@link #NIGHT_OF_TWO_DAYS} names two days that follow each other. Two figures parted by a
     * slash or a dash ("night of 11/12") are a day and its month unless a month's name follows them ("night of 11/12
     * Dec"), so they name one day, not the night of two.
     */
    private static boolean ofTwoDays(Matcher night, String t) {
        if (!consecutiveDays(Integer.parseInt(night.group(1)), Integer.parseInt(night.group(2)))) {
            return false;
        }
        if (!t.substring(night.start(), night.end()).matches(".*\\d\\s*[/-]\\s*\\d.*")) {
            return true;
        }
        Matcher month = MONTH_AFTER.matcher(t.substring(night.end()));
        return month.find() && MONTHS.containsKey(month.group(1));
    }

    /**
     * A part of the day said with a date: "30/11/2026 night", "the evening of 30/11/2026". A night (or "overnight") is
     * its own group, as a night named by one day: "night of 30/11", "Monday night", "overnight on 30/11".
     */
    private static final Pattern PART_OF_A_DAY = Pattern.compile(
            "(?i)\\b(?:morning|afternoon|evening|(?<night>(?:over)?night))\\b");

    /** Whether the words name a night ({@link #PART_OF_A_DAY}'s night). */
    private static boolean namesANight(String words) {
        Matcher part = PART_OF_A_DAY.matcher(words);
        while (part.find()) {
            if (part.group("night") != null) {
                return true;
            }
        }
        return false;
    }
    /** A night told from the day a mail was sent, whose small hours {@link #toldFromTheDaySent} places. */
    private static final Pattern TOLD_NIGHT = Pattern.compile("\\b(?:last night|tonight)\\b");

    /**
     * Whether a date and time names a night by one day and gives a time of its small hours: "night of 30/11 at 1am",
     * "30/11/2026 night, 01:30", "overnight on Mon 30/11 at 3am". Many writers date a night by the evening it began,
     * so 1am is as likely the 1st of December as the 30th of November; a wrong day routed to duty staff is worse than a
     * question, so such a value is no date and time and the sender is asked. The night of two days ("night of
     * 30th/1st"), a time of the evening ("night of 30/11 at 23:30"), the early hours of a day, and a night told from
     * the day sent ("last night at 2.10") say which.
     */
    public static boolean nightOfNoClearDay(String raw, LocalDate sent, Yearless yearless) {
        String t = tidy(raw);
        // the night may be said in a bracket a tidied value leaves out: "Mon 30/11/2026 (night) 02:15"
        String said = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        if (!namesANight(said) || TOLD_NIGHT.matcher(said).find()) {
            return false;
        }
        Matcher two = NIGHT_OF_TWO_DAYS.matcher(t);
        if (two.find() && ofTwoDays(two, t)) {
            return false;
        }
        // "overnight, 3am" is read as the night's 3am
        return parseDateTime(raw.replaceAll("(?i)\\bovernight\\b", "night"), sent, yearless)
                .filter(d -> d.getHour() < SMALL_HOURS_END).isPresent();
    }

    /** The small hours of a night end at seven, as {@link #timeInItsPart} reads a night's time. */
    private static final int SMALL_HOURS_END = 7;
    /** A night's evening begins at six, as {@link #timeInItsPart} reads a night's time. */
    private static final int EVENING_START = 18;

    private static boolean consecutiveDays(int first, int second) {
        return second == first + 1 || second == 1 && first >= 28 && first <= 31;
    }

    /** Hedging words before a time: "at about 11", "around 2", "approx. 23:40". */
    private static final String HEDGES_BEFORE_TIME = "^(?:(?:at|" + HEDGE + ")\\s+)+";
    /**
     * A date with words after it that say the time is not known or give only the part of the day: "29/11/2026 - time
     * not known", "29/11/2026 time unknown", "Sun 29/11/2026, evening", "29/11/2026 (late evening)".
     */
    private static final Pattern DATE_THEN_NO_TIME = Pattern.compile("^(.*\\d.*?)[\\s,;:\\-(]+(?:time\\s*(?::\\s*)?)?"
            + "(?:unknown|not known|n/?k|not sure|unsure|not recorded|unclear|unconfirmed|not confirmed|tbc"
            + "|(?:(?:in|during) the\\s+)?(?:early\\s+|late\\s+)?(?:morning|afternoon|evening|night|overnight))"
            + "(?:\\s+time)?\\)?$");

    /** {@link #combine(String, String, String)}, a one field's date without its year read near {@code sent}. */
    /** A date with the midnight a case system's export adds to a date alone: "13/12/2008 00:00". */
    private static final Pattern EXPORTED_MIDNIGHT = Pattern.compile("(.*\\d)\\s+00:00(?::00)?");

    public static String combine(String when, String date, String time, LocalDate sent, Yearless yearless) {
        String one = when == null ? "" : when.strip();
        String d = date == null ? "" : date.strip();
        String t = time == null ? "" : time.strip();
        if (one.isEmpty()) {
            return (d + " " + t).strip();
        }
        if (parse(one, sent, yearless).isPresent()) {
            return t.isEmpty() ? one : one + " " + t;
        }
        if (!t.isEmpty() && PART_OF_A_DAY.matcher(one).find() && parseTime(t).isPresent()
                && (parseDateTime(one + ", " + t, sent, yearless).isPresent()
                        || nightOfNoClearDay(one + ", " + t, sent, yearless))) {
            // "When: 30/11/2026 night" with "Time: 01:30": the day with its part, and the time in that part
            return one + ", " + t;
        }
        java.util.regex.Matcher midnight = EXPORTED_MIDNIGHT.matcher(one);
        if (midnight.matches() && parseTime(t).isPresent() && parse(midnight.group(1), sent, yearless).isPresent()) {
            // "07/01/2027 00:00" and a time field "5:00 am": a case system's export writes a date alone at midnight
            return midnight.group(1) + " " + t;
        }
        if (parseTime(one).isPresent() && !d.isEmpty()) {
            return d + " " + one;
        }
        if (!one.matches("(?s).*\\d.*") && !d.isEmpty()
                && (parse(d, sent, yearless).isPresent() || parseDateTime(d, sent, yearless).isPresent())) {
            // "When: last night" with "Date: 28/11/2026" and "Time: 23:00": the fields with figures say it
            return (d + " " + t).strip();
        }
        return one;
    }

    /**
     * A time of day: 14:05, 14.05, 2.05pm, 2pm, 1405, 1405hrs, noon, midnight, "2.05 in the afternoon", "1405
     * (approx)"; of a span ("between 14:05 and 14:35", "2.05pm-2.35pm", "from 2:05pm to about 2:35pm") its start.
     */
    public static Optional<LocalTime> parseTime(String raw) {
        String s = tidy(raw).replaceAll(APPROX_NOTE, "").strip()
                .replaceFirst("^(at|" + HEDGE + "|c\\.)\\s+", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Matcher twice = TIME_TWICE.matcher(s);
        if (twice.matches()) {
            // "4.40am (04:40)", "14:20 (2.20pm)": the same time written both ways is that time; two that differ are none
            Optional<LocalTime> a = parseTime(twice.group(1));
            Optional<LocalTime> b = parseTime(twice.group(2));
            if (a.isPresent() && b.isPresent()) {
                return a.equals(b) ? a : Optional.empty();
            }
        }
        Matcher span = SPAN.matcher(s);
        if (span.matches()) {
            Optional<LocalTime> end = oneTime(span.group(2));
            if (end.isPresent()) {
                // "2.05-2.35pm": the start is in the end's half of the day when it names none
                String start = span.group(1).strip();
                String half = span.group(2).replaceFirst("^.*?(am|pm|a\\.m\\.?|p\\.m\\.?)$", "$1");
                if (!start.matches(".*(am|pm|m\\.?)$") && !half.equals(span.group(2)) && !start.matches("\\d{4}")) {
                    Optional<LocalTime> withHalf = oneTime(start + half);
                    if (withHalf.isPresent()) {
                        return withHalf;
                    }
                }
                Optional<LocalTime> first = oneTime(start);
                if (first.isPresent()) {
                    return first;
                }
            }
        }
        return oneTime(s);
    }

    private static Optional<LocalTime> oneTime(String written) {
        // "hrs" after a time in words or with its half of the day: "8:00 in the morning hrs", "2.05pm hrs"
        String s = written.strip().replaceFirst("(?<=[a-z.])\\s*\\b(?:hrs?|hours)$", "");
        // "half ten at night", "half 2 pm": as British English says it, half past that hour
        s = HALF_AN_HOUR.matcher(s).replaceFirst("half past ");
        Matcher worded = WORDED.matcher(s);
        if (worded.matches() && (worded.group(1) != null || !worded.group(3).matches("\\d+"))) {
            // "quarter past nine in the evening": without its half of the day, "quarter past nine" is either
            int hour = hour(worded.group(3));
            int minutes = worded.group(1) == null ? 0 : minutes(worded.group(1));
            if (worded.group(2) != null && worded.group(2).equals("to")) {
                hour = hour == 1 ? 12 : hour - 1;
                minutes = 60 - minutes;
            }
            String half = worded.group(4).strip();
            if (hour < 1 || hour > 12 || minutes > 59 || half.isEmpty()) {
                return Optional.empty();
            }
            return oneTime(hour + ":" + String.format("%02d", minutes) + " " + half);
        }
        if (s.matches("12\\s*(?:noon|midday)|noon|midday")) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher part = PART_OF_DAY.matcher(s);
        if (part.matches()) {
            String suffix = part.group(2) != null ? "am" : part.group(3) != null ? "pm" : "";
            if (part.group(4) != null) {
                // "10.40 at night" is evening, "2.10 at night" small hours
                Matcher h = HOUR.matcher(part.group(1));
                suffix = h.find() && Integer.parseInt(h.group(1)) >= 6 && Integer.parseInt(h.group(1)) <= 12 ? "pm" : "am";
            }
            s = part.group(1) + suffix;
        }
        if (s.equals("noon") || s.equals("midday")) {
            return Optional.of(LocalTime.NOON);
        }
        if (s.equals("midnight")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        Matcher four = FOUR_DIGITS.matcher(s);
        if (four.matches()) {
            return Optional.of(LocalTime.of(Integer.parseInt(four.group(1)), Integer.parseInt(four.group(2))));
        }
        Matcher m = TIME.matcher(s);
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String ampm = m.group(3) == null ? "" : m.group(3).replace(".", "");
        if (ampm.equals("pm") && h > 12 && h < 24 && m.group(2) != null) {
            ampm = ""; // "23:40pm": a 24-hour time with "pm" after it, as people write it, is that time
        }
        if (!ampm.isEmpty()) {
            if (h < 1 || h > 12) {
                return Optional.empty();
            }
            h = ampm.equals("pm") ? h % 12 + 12 : h % 12;
        }
        if (h > 23 || min > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, min));
    }

    private static final String HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
    /** A time in words: "quarter past nine", "twenty to ten at night", "nine in the morning", "half past 2 pm". */
    /** The minutes said before "past" or "to": "quarter", "twenty-five". */
    private static final String SAID_MINUTES = "quarter|half|five|ten|twenty|twenty[- ]five";
    private static final Pattern WORDED = Pattern.compile("^(?:(" + SAID_MINUTES + "|\\d{1,2})"
            + "(?: minutes)? (past|after|to) )?(" + HOUR_WORDS + "|\\d{1,2})\\b\\s*(.*)$");

    /**
     * A time said again in words after the clear one, as staff add it: "07/01/2027 4.40 pm (twenty to 5 yesterday
     * afternoon)", "10.20 am, i.e. twenty past 10 yesterday morning". The tail, at the text's end; the clear one is
     * what comes before it.
     */
    private static final Pattern SAID_AGAIN_TAIL = Pattern.compile("\\s*(?:\\(\\s*(?:i\\.\\s?e\\.?,?\\s+)?([^()]+)\\)"
            + "|[,;]?\\s*[-\u2014]?\\s*(?:i\\.\\s?e\\.?|ie|that is|in other words),?\\s+([^()]+))$");
    /** A time in words, with what may follow it: "twenty to 5", "quarter past ten", "ten" (its "o'clock" tidied away). */
    private static final Pattern SAID_TIME = Pattern.compile("^(?:(?:" + SAID_MINUTES + ")"
            + "(?: minutes)? (?:past|after|to) (?:" + HOUR_WORDS + "|\\d{1,2})|(?:" + HOUR_WORDS + "))\\b(?!\\s*(?:days?|weeks?|hours|minutes)\\b)");

    /** A clear date and time with the time said again in words after it. */
    private record SaidAgain(String clear, String said) {
    }

    private static Optional<SaidAgain> saidAgain(String s) {
        return afterAFigure(s, SAID_AGAIN_TAIL).map(a -> new SaidAgain(a.before(),
                (a.tail().group(1) != null ? a.tail().group(1) : a.tail().group(2)).strip()));
    }

    /** A text's part with a figure in it, and the tail that ends the text after it. */
    private record AfterAFigure(String before, Matcher tail) {
    }

    /**
     * A part with a figure in it and a tail that ends the text, parted at the first place after the part's last figure
     * where the tail begins: what {@code "^(.*\\d.*?)" + tail} would read, found trying each place once, so that a long
     * answer is read in a time that grows with its length (that expression took minutes over a page of text).
     */
    private static Optional<AfterAFigure> afterAFigure(String s, Pattern tail) {
        Matcher m = tail.matcher(s);
        List<Integer> starts = new ArrayList<>();
        for (int t = 1; t < s.length(); t++) {
            if (m.region(t, s.length()).lookingAt()) {
                starts.add(t);
            }
        }
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        int lastFigure = lastIndexOf(s.substring(0, starts.get(starts.size() - 1)), DIGIT);
        if (lastFigure < 0) {
            return Optional.empty();
        }
        int start = starts.stream().filter(t -> t > lastFigure).findFirst().orElseThrow();
        m.region(start, s.length()).lookingAt();
        return Optional.of(new AfterAFigure(s.substring(0, start), m));
    }

    /**
     * Whether the time said again in words is the clear one: "twenty to 5" is 04:40 or 16:40; "yesterday afternoon"
     * with it is also the day before the day sent (with no day sent, only the time is checked). Safety: a said time
     * or day that differs says one of the two is mistyped, and duty staff look at an incident by its time.
     */
    private static boolean saysTheSame(String said, LocalDateTime clear, LocalDate sent) {
        if (afterAFigure(said, TOLD_DAY_AFTER).isPresent()) {
            Optional<LocalDateTime> told = toldFromTheDaySent(said, sent == null ? clear.toLocalDate() : sent);
            return told.isPresent() && told.get().toLocalTime().equals(clear.toLocalTime())
                    && (sent == null || told.get().toLocalDate().equals(clear.toLocalDate()));
        }
        Optional<LocalTime> time = parseTime(said);
        if (time.isPresent()) {
            return time.get().equals(clear.toLocalTime());
        }
        return Stream.of(" in the morning", " in the afternoon").map(half -> parseTime(said + half))
                .flatMap(Optional::stream).anyMatch(clear.toLocalTime()::equals);
    }

    /** "Half" before an hour with no "past" ("half ten", "half 2"): in British English, half past that hour. */
    private static final Pattern HALF_AN_HOUR = Pattern.compile("^half (?=(?:" + HOUR_WORDS + "|\\d{1,2})\\b)");

    private static int hour(String written) {
        int word = List.of(HOUR_WORDS.split("\\|")).indexOf(written);
        return word >= 0 ? word + 1 : Integer.parseInt(written);
    }

    private static int minutes(String written) {
        return switch (written.replace('-', ' ')) {
            case "quarter" -> 15;
            case "half" -> 30;
            case "five" -> 5;
            case "ten" -> 10;
            case "twenty" -> 20;
            case "twenty five" -> 25;
            default -> Integer.parseInt(written);
        };
    }

    private record Found(LocalDate date, int end) {
    }

    /** The date the text starts with, and where it ends; without a year only when {@code sent} is known. */
    private static Optional<Found> dateAt(String s, LocalDate sent, Yearless yearless, DayOfWeek day) {
        Matcher m = ISO.matcher(s);
        if (m.lookingAt() && aYear(m.group(1))) {
            return of(m.group(1), m.group(2), m.group(3)).map(d -> new Found(d, m.end()));
        }
        Matcher n = NUMERIC.matcher(s);
        if (n.lookingAt() && aYear(n.group(3))) {
            return of(year(n.group(3)), n.group(2), n.group(1)).map(d -> new Found(d, n.end()));
        }
        Matcher dm = DAY_MONTH.matcher(s);
        if (dm.lookingAt() && MONTHS.containsKey(dm.group(2)) && aYear(dm.group(3))) {
            return of(year(dm.group(3)), String.valueOf(MONTHS.get(dm.group(2))), dm.group(1))
                    .map(d -> new Found(d, dm.end()));
        }
        Matcher md = MONTH_DAY.matcher(s);
        if (md.lookingAt() && MONTHS.containsKey(md.group(1)) && aYear(md.group(3))) {
            return of(md.group(3), String.valueOf(MONTHS.get(md.group(1))), md.group(2))
                    .map(d -> new Found(d, md.end()));
        }
        if (sent == null) {
            return Optional.empty();
        }
        Matcher dmy = DAY_MONTH_NO_YEAR.matcher(s);
        if (dmy.lookingAt() && MONTHS.containsKey(dmy.group(2))) {
            return near(Integer.parseInt(dmy.group(1)), MONTHS.get(dmy.group(2)), sent, yearless, day)
                    .map(d -> new Found(d, dmy.end()));
        }
        Matcher nn = NUMERIC_NO_YEAR.matcher(s);
        if (nn.lookingAt()) {
            return near(Integer.parseInt(nn.group(1)), Integer.parseInt(nn.group(2)), sent, yearless, day)
                    .map(d -> new Found(d, nn.end()));
        }
        Matcher dn = DAY_NO_MONTH.matcher(s);
        if (day != null && dn.lookingAt()) {
            return nearDay(Integer.parseInt(dn.group(1)), day, sent, yearless).map(d -> new Found(d, dn.end()));
        }
        return Optional.empty();
    }

    /** A day of the month alone, as an ordinal: "26th", "the 1st" (after its weekday: "Sat 26th", "Tuesday the 1st"). */
    private static final Pattern DAY_NO_MONTH = Pattern.compile("(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?![a-z0-9])");
    /** How far from the day a form was sent a weekday and a day of the month without its month may be read. */
    private static final int MONTHLESS_DAYS = 14;

    /**
     * A weekday and a day of the month without the month ("Sat 26th"): the one such day within a fortnight of
     * {@code sent}, not after it when read so; none when no day fits both.
     */
    private static Optional<LocalDate> nearDay(int dayOfMonth, DayOfWeek weekday, LocalDate sent, Yearless yearless) {
        return Stream.iterate(sent.minusDays(MONTHLESS_DAYS), d -> !d.isAfter(sent.plusDays(MONTHLESS_DAYS)), d -> d.plusDays(1))
                .filter(d -> d.getDayOfMonth() == dayOfMonth && d.getDayOfWeek() == weekday)
                .filter(d -> yearless != Yearless.NOT_AFTER || !d.isAfter(sent.plusDays(1)))
                .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(sent, d))));
    }

    /** The day of the week a value starts with ("Mon 21/12", "Tuesday 1st Dec"), or null. */
    private static DayOfWeek weekday(String s) {
        Matcher w = WEEKDAY_NAME.matcher(s);
        return w.find() ? DAYS.get(w.group(1) != null ? w.group(1) : w.group(2)) : null;
    }

    /** A day and month in the year nearest {@code sent} (of those within a year of it) that fits how it is read. */
    private static Optional<LocalDate> near(int day, int month, LocalDate sent, Yearless yearless, DayOfWeek weekday) {
        MonthDay md;
        try {
            md = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        List<LocalDate> candidates = Stream.of(-1, 0, 1).map(offset -> sent.getYear() + offset)
                .filter(md::isValidYear).map(md::atYear).toList();
        if (weekday != null && candidates.stream().anyMatch(d -> d.getDayOfWeek() == weekday)) {
            candidates = candidates.stream().filter(d -> d.getDayOfWeek() == weekday).toList();
        }
        if (yearless == Yearless.NOT_AFTER && candidates.stream().anyMatch(d -> !d.isAfter(sent.plusDays(1)))) {
            candidates = candidates.stream().filter(d -> !d.isAfter(sent.plusDays(1))).toList();
        }
        return candidates.stream().min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(sent, d))));
    }

    /**
     * Whether figures written as a date's year can be one: two digits, or four from 1900 to ten years ahead. "29 Nov
     * 2340" or "29/11 - 1405" is a day and month with a time on the 24-hour clock, never the year 2340 or 1405.
     */
    private static boolean aYear(String y) {
        if (y.length() != 4) {
            return true;
        }
        int year = Integer.parseInt(y);
        return year >= 1900 && year <= Year.now().getValue() + 10;
    }

    /** A two-digit year is this century unless that is more than ten years ahead ("08-12-95" is 1995). */
    private static String year(String y) {
        if (y.length() == 4) {
            return y;
        }
        int yy = Integer.parseInt(y);
        int now = Year.now().getValue();
        int century = now / 100 * 100;
        return String.valueOf(century + yy > now + 10 ? century - 100 + yy : century + yy);
    }

    private static Optional<LocalDate> of(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A comment after or between a date and a time says nothing about either: a bracket with no digit in it
     * ("(tbc)", "(Weds)", "(checked)", "(roughly)") or a clock note ("(24h)", "(24hr)", "(24 hour clock)"), wherever it
     * stands: "On 17 December 2026 (tbc) at 20:05 (24hr)" is 17 December 2026 at 20:05.
     */
    private static final Pattern COMMENT = Pattern.compile("\\s*\\((?:[^()\\d]*|24[ -]?h(?:(?:ou)?rs?)?(?: clock)?)\\)");
    /**
     * Words hedging a date or a time, before or after it: "c. 14:05", "~22:30", "circa 2pm", "roughly 2:05pm", "2.05 pm
     * approx", "14:05 or so", "2pm-ish". They do not change it.
     */
    private static final Pattern HEDGE_BEFORE = Pattern.compile("^(?:(?:at|on) )?(?:~|c\\.|ca\\.|circa|roughly|around|"
            + "(?:just|shortly|a bit|a little) (?:after|before)|"
            + "about|approx\\.?|approximately|appr?x\\.?|est\\.?|estimated|abt\\.?|arnd|aprox\\.?|apx\\.?)\\s*(?=\\d)");
    private static final Pattern HEDGE_AFTER = Pattern.compile("(?<=\\d|am|pm|hrs|h|[a-z]{3})\\s*(?:-\\s*)?(?:approx\\.?|"
            + "approximately|roughly|or so|ish|est\\.?|estimated|onwards)$");

    /**
     * Words saying the time was a little after or before the one written ("9.05am or just after", "2pm or
     * thereabouts"), wherever they stand, and "o'clock" after an hour: they do not change it.
     */
    private static final Pattern HEDGE_LATER = Pattern.compile("(?<=\\d|am|pm|\\.m\\.)\\s*,?\\s*or (?:just |shortly |a bit |a little )?"
            + "(?:after|before|later|earlier)\\b|(?<=\\d|am|pm|\\.m\\.)\\s*,?\\s*or thereabouts\\b");

    /**
     * The form's own hint on how to write the answer, left before it when a PDF or a reader ran it into the answer:
     * "DD/MM/YYYY 13/10/09", "dd/mm/yyyy hh:mm – 21/12/2026 22:40", "24 hour clock: 05.20". It says nothing of the
     * date or the time after it; a hint alone, with no figure after it, is still no date.
     */
    private static final Pattern HINT_BEFORE = Pattern.compile("^(?:" + FORMAT_HINT
            + "|24[ -]?h(?:(?:ou)?rs?)?(?: clock)?)\\s*[-:—]?\\s*(?=\\d)");

    /** A day of the month written as a word, before its month's name: "the thirtieth of November", "first Dec". */
    private static final Pattern DAY_IN_WORDS = Pattern.compile("\\b(?:the )?(?:(twenty|thirty)[- ]?)?(first|second|"
            + "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
            + "sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?=\\s+(?:of\\s+)?([a-z]{3,10})\\b)");
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    /**
     * A day of the month in words as its figures, when a month's name follows: "thirtieth of November 2026" is "30 of
     * November 2026", "twenty-first Dec" "21 Dec". Words with no month after them ("the second time") are left.
     */
    private static String dayInWordsAsFigures(String t) {
        Matcher m = DAY_IN_WORDS.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int unit = m.group(2).equals("thirtieth") ? 30 : ORDINAL_WORDS.indexOf(m.group(2)) + 1;
            int tens = m.group(1) == null ? 0 : m.group(1).equals("twenty") ? 20 : 30;
            int day = tens + unit;
            boolean fits = MONTHS.containsKey(m.group(3)) && day <= 31 && (tens == 0 || unit < 10);
            m.appendReplacement(out, fits ? String.valueOf(day) : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A day's ordinal typed with a space before it, before a month's name: "8 th Aug 09", "21 st Dec 26", "2 nd of
     * Dec" are "8th Aug 09", "21st Dec 26", "2nd of Dec". The ordinal stays apart from anything that is not a month.
     */
    private static final Pattern SPACED_ORDINAL = Pattern.compile("\\b(\\d{1,2}) (st|nd|rd|th)\\b(?=\\.?\\s*(?:of\\s+)?"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)");
    /**
     * A time typed with a semicolon for its colon, the key beside it: "19;20", "approx 14;55" are 19:20 and 14:55. Only
     * an hour and two figures of minutes that stand alone; "2026;14:05" or "1;2" are left.
     */
    private static final Pattern SEMICOLON_TIME = Pattern.compile("(?<![\\d;:./])([01]?\\d|2[0-3]);([0-5]\\d)(?!\\d|[;:/]|\\.\\d)");

    private static String tidy(String raw) {
        if (raw == null) {
            return "";
        }
        String t = raw.replace('\u00a0', ' ').replace('\u2013', '-').replace('\u2011', '-').toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        t = SPACED_ORDINAL.matcher(t).replaceAll("$1$2");
        t = SEMICOLON_TIME.matcher(t).replaceAll("$1:$2");
        t = COMMENT.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").replaceAll("[\\s.,;]+$", "").trim();
        t = HINT_BEFORE.matcher(t).replaceFirst("");
        // the UK's own clock named after a time is that time: "22:35 GMT", "6.15pm (BST)", "09:10 UK time"
        t = t.replaceAll("(?<=[\\dm.])\\s*\\(?\\b(?:gmt|bst|uk time|local time)\\b\\)?", "").trim();
        t = HEDGE_LATER.matcher(t).replaceAll("").replaceAll("\\s+o[\u2019']?clock\\b", "").trim();
        t = HEDGE_AFTER.matcher(t).replaceFirst("").trim();
        t = HEDGE_BEFORE.matcher(t).replaceFirst("");
        t = dayInWordsAsFigures(t);
        // a value wholly in brackets is the value: "(28th Dec 2026)" after a time
        t = t.replaceFirst("^\\((.*\\d.*)\\)$", "$1");
        // a year cut to two digits after an apostrophe: "8th Dec '09", "7 Dec ’26"
        return t.replaceAll("(^|[\\s,])['\u2018\u2019](\\d{2})\\b", "$1$2").trim();
    }
}
