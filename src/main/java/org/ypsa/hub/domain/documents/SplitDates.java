package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Dates;

/**
 * A date a form asks for in three boxes, day, month and year (issue 14, tuned16's split fields): "DOB (DD / MM /
 * YYYY) | 05 | 04 | 2009", "Born | Day: 24 | Month: 09 | Year: 2009". A row of four cells is read as two pairs, the
 * date's label over the day and the month over the year; the two are one answer, the date "05/04/2009". Only a day, a
 * month and a year of a date's shape, in one row, in that order: any other pair is left as it is.
 */
final class SplitDates {
    private static final Pattern DAY = Pattern.compile("(?i)(?:(?:day|dd)\\s*:?\\s*)?(0?[1-9]|[12]\\d|3[01])");
    private static final Pattern MONTH = Pattern.compile("(?i)(?:(?:month|mm)\\s*:?\\s*)?(0?[1-9]|1[0-2]|\\p{L}{3,9})");
    private static final Pattern YEAR = Pattern.compile("(?i)(?:(?:year|yyyy|yy)\\s*:?\\s*)?((?:19|20)\\d\\d)");
    /** The three boxes read as one line of text: "Day: 24 Month: 09 Year: 2009", "DD: 01 MM: 12 YYYY: 2009". */
    private static final Pattern IN_A_LINE = Pattern.compile("(?i)\\b(?:day|dd)\\s*:\\s*(0?[1-9]|[12]\\d|3[01])[\\s|/,]+"
            + "(?:month|mm)\\s*:\\s*(0?[1-9]|1[0-2]|\\p{L}{3,9})[\\s|/,]+(?:year|yyyy)\\s*:\\s*((?:19|20)\\d\\d)\\b");

    private SplitDates() {
    }

    /** The entries with a date's day, month and year boxes read as one date under the date's label. */
    static List<LabelledDocument.Entry> joined(List<LabelledDocument.Entry> entries) {
        List<LabelledDocument.Entry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            LabelledDocument.Entry e = entries.get(i);
            if (i + 1 < entries.size()) {
                LabelledDocument.Entry next = entries.get(i + 1);
                String date = e.where() != null && e.where().equals(next.where())
                        ? date(e.value(), next.label(), next.value()) : null;
                if (date != null) {
                    out.add(new LabelledDocument.Entry(e.label(), date, e.where(), e.section()));
                    i++;
                    continue;
                }
            }
            String v = inLine(e.value());
            out.add(v.equals(e.value()) ? e : new LabelledDocument.Entry(e.label(), v, e.where(), e.section()));
        }
        return out;
    }

    /** A line's day, month and year boxes as one date ("Born Day: 24 Month: 09 Year: 2009" gives "Born 24/09/2009"). */
    static String inLine(String line) {
        if (line == null || !IN_A_LINE.matcher(line).find()) {
            return line;
        }
        Matcher m = IN_A_LINE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String date = date(m.group(1), m.group(2), m.group(3));
            m.appendReplacement(sb, Matcher.quoteReplacement(date == null ? m.group() : date));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String date(String day, String month, String year) {
        Matcher d = DAY.matcher(day == null ? "" : day.strip());
        Matcher m = MONTH.matcher(month == null ? "" : month.strip());
        Matcher y = YEAR.matcher(year == null ? "" : year.strip());
        if (!d.matches() || !m.matches() || !y.matches()) {
            return null;
        }
        String mo = m.group(1);
        if (Character.isLetter(mo.charAt(0))) {
            return Dates.isMonthName(mo.toLowerCase(Locale.ROOT)) ? d.group(1) + " " + mo + " " + y.group(1) : null;
        }
        return d.group(1) + "/" + mo + "/" + y.group(1);
    }
}
