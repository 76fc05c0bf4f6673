package org.ypsa.hub.domain.voids;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.directory.Directory.Provider;
import org.ypsa.hub.domain.duty.BankHolidays;
import org.ypsa.hub.domain.Validated;
import org.ypsa.hub.domain.voids.VoidReturnReader.Draft;
import org.ypsa.hub.domain.voids.VoidReturnReader.DraftRow;

/** The rules of a void return (seed 001; SPEC.md "Void return"). */
public final class VoidReturnValidator {
    private static final String RETURN = "Return";
    private static final String DATE_EXAMPLE = "a date such as 30/11/2026";

    private final Directory directory;
    private final ZoneId zone;
    private final LocalTime deadlineTime;
    private final BankHolidays holidays;

    public VoidReturnValidator(Directory directory, ZoneId zone, LocalTime deadlineTime, BankHolidays holidays) {
        this.directory = directory;
        this.zone = zone;
        this.deadlineTime = deadlineTime;
        this.holidays = holidays;
    }

    public Validated<VoidReturn> validate(List<Draft> drafts, String sender, Instant receivedAt) {
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        List<DraftRow> rows = new ArrayList<>();
        Set<String> providerNames = new LinkedHashSet<>();
        Set<String> weekTexts = new LinkedHashSet<>();
        List<Draft> thisWeeks = withoutEarlierWeeksSheets(drafts, receivedAt.atZone(zone).toLocalDate());
        drafts.stream().filter(d -> !thisWeeks.contains(d)).forEach(d -> warnings.add("The sheet \"" + sheetName(d)
                + "\" gives an earlier week than the workbook's other sheets, so it was taken as an earlier return and not read"));
        List<Draft> read = withoutSummarySheets(thisWeeks);
        thisWeeks.stream().filter(d -> !read.contains(d)).forEach(d -> warnings.add("The sheet \"" + sheetName(d)
                + "\" adds up the workbook's other sheets by locality, so it was taken as their summary and not read as "
                + "properties"));
        for (Draft d : read.stream().map(this::withCategoriesOutOfProvider).map(this::withCategoriesInTheirPlaces).toList()) {
            addIfPresent(providerNames, d.heading().get(VoidField.PROVIDER));
            addIfPresent(weekTexts, d.heading().get(VoidField.WEEK_COMMENCING));
            for (DraftRow r : d.rows()) {
                rows.add(r);
                addIfPresent(providerNames, r.get(VoidField.PROVIDER));
                addIfPresent(weekTexts, r.get(VoidField.WEEK_COMMENCING));
            }
        }

        Provider provider = provider(providerNames, sender, problems, warnings);
        LocalDate week = week(weekTexts, receivedAt.atZone(zone).toLocalDate(), problems);

        if (rows.isEmpty()) {
            problems.add(new Problem(RETURN, "Properties", "no properties are listed",
                    "one row per property with its reference, locality, service type, total units, occupied and vacant"));
        }
        List<VoidReturn.PropertyLine> lines = new ArrayList<>();
        Map<String, String> seenRefs = new HashMap<>();
        boolean ticked = ticksTheColumn(rows, VoidField.EMERGENCY_BED);
        for (DraftRow row : rows) {
            line(row, provider, seenRefs, receivedAt.atZone(zone).toLocalDate(), ticked, problems, warnings)
                    .ifPresent(lines::add);
        }

        String deadline = null;
        boolean late = false;
        if (week != null) {
            // Monday 10:00, or the next working day's 10:00 when Monday is a bank holiday (SPEC.md "Schedules").
            ZonedDateTime due = holidays.deadline(week, deadlineTime, zone);
            LocalDate dueDay = due.toLocalDate();
            deadline = due.toOffsetDateTime().toString();
            late = receivedAt.isAfter(due.toInstant());
            if (late) {
                warnings.add("This return arrived after the deadline of " + deadlineTime + " on "
                        + dueDay.getDayOfWeek().toString().charAt(0)
                        + dueDay.getDayOfWeek().toString().substring(1).toLowerCase(Locale.ROOT) + " "
                        + dueDay.format(Dates.UK) + " and is marked late.");
            }
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems, warnings);
        }
        int total = 0, occupied = 0, vacant = 0, emergency = 0;
        for (VoidReturn.PropertyLine l : lines) {
            total += l.totalUnits();
            occupied += l.occupied();
            vacant += l.vacant();
            emergency += Boolean.TRUE.equals(l.emergencyBed()) ? 1 : 0;
        }
        return Validated.valid(new VoidReturn(provider.id(), provider.name(), week.toString(), deadline, late, lines,
                new VoidReturn.Totals(total, occupied, vacant, emergency)), warnings);
    }

    private Provider provider(Set<String> names, String sender, List<Problem> problems, List<String> warnings) {
        String expected = "the provider's name, one of: " + String.join(", ",
                directory.providers().stream().map(Provider::name).toList());
        if (names.isEmpty()) {
            Optional<Provider> bySender = directory.soleProviderSendingFrom(sender);
            if (bySender.isPresent()) {
                warnings.add("The return does not name its provider; it was taken from your email address as "
                        + bySender.get().name() + ".");
                return bySender.get();
            }
            problems.add(new Problem(RETURN, VoidField.PROVIDER.label(), "is missing", expected));
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        Provider found = null;
        for (String name : names) {
            Optional<Provider> p = directory.provider(name);
            if (p.isEmpty()) {
                problems.add(new Problem(RETURN, VoidField.PROVIDER.label(), "\"" + name + "\" is not a provider in the directory",
                        expected));
                return null;
            }
            ids.add(p.get().id());
            found = p.get();
        }
        if (ids.size() > 1) {
            problems.add(new Problem(RETURN, VoidField.PROVIDER.label(), "the return names more than one provider ("
                    + String.join(", ", names) + ")", "one return per provider"));
            return null;
        }
        if (!found.sendsFrom(sender)) {
            problems.add(new Problem(RETURN, VoidField.PROVIDER.label(), "the return is for " + found.name()
                    + " but was sent from an address that is not registered for " + found.name(),
                    "a return sent from " + found.name() + "'s registered address (ask the team that receives void "
                            + "returns to register a new one)"));
            return null;
        }
        return found;
    }

    /**
     * A category of the bed is never a provider: a row whose provider is no provider of the directory but one of its
     * service types or localities ("18+ Shared", "Parents", "Cherwell" under a column headed "Project name") gives
     * that category, the service type or locality when the row left it empty, and names no provider; the provider is
     * then the heading's ("Provider: Response") or, where none is named, the sender's.
     */
    private Draft withCategoriesOutOfProvider(Draft d) {
        List<DraftRow> rows = new ArrayList<>();
        for (DraftRow r : d.rows()) {
            String named = r.get(VoidField.PROVIDER);
            if (named.isEmpty() || directory.provider(named).isPresent()) {
                rows.add(r);
                continue;
            }
            VoidField category = directory.serviceType(named).isPresent() ? VoidField.SERVICE_TYPE
                    : directory.locality(named).isPresent() ? VoidField.LOCALITY : null;
            if (category == null) {
                rows.add(r);
                continue;
            }
            Map<VoidField, String> values = new java.util.EnumMap<>(VoidField.class);
            values.putAll(r.values());
            values.remove(VoidField.PROVIDER);
            if (r.get(category).isEmpty()) {
                values.put(category, named);
            }
            rows.add(new DraftRow(r.where(), values));
        }
        return new Draft(d.source(), d.heading(), rows);
    }

    /**
     * A property's locality and service type written the other way round ("A2D-WOX-01 (Parents, West Oxfordshire)",
     * a column of service types headed "Area"): each is put in its place, only when the locality given is no locality
     * but a service type of the lists and the service type given is a locality of them. Any other pair is read as sent.
     */
    private Draft withCategoriesInTheirPlaces(Draft d) {
        List<DraftRow> rows = new ArrayList<>();
        for (DraftRow r : d.rows()) {
            String locality = r.get(VoidField.LOCALITY);
            String serviceType = r.get(VoidField.SERVICE_TYPE);
            boolean swapped = !locality.isEmpty() && !serviceType.isEmpty()
                    && directory.locality(locality).isEmpty() && directory.serviceType(locality).isPresent()
                    && directory.serviceType(serviceType).isEmpty() && directory.locality(serviceType).isPresent();
            if (!swapped) {
                rows.add(r);
                continue;
            }
            Map<VoidField, String> values = new java.util.EnumMap<>(VoidField.class);
            values.putAll(r.values());
            values.put(VoidField.LOCALITY, serviceType);
            values.put(VoidField.SERVICE_TYPE, locality);
            rows.add(new DraftRow(r.where(), values));
        }
        return new Draft(d.source(), d.heading(), rows);
    }

    /** Where a sheet of a workbook is: the workbook's name before ", sheet ". */
    private static final String SHEET = ", sheet ";

    /**
     * A workbook's sheets as a provider keeps them: beside this week's return, last week's left on a sheet of its own
     * ("previous week", "superseded"). When every sheet of one workbook gives one week and they differ, the sheets of
     * the latest week are the return and those of earlier weeks are not read. Sheets of separate files, and a
     * workbook one of whose sheets gives no week or two, are read as sent.
     */
    static List<Draft> withoutEarlierWeeksSheets(List<Draft> drafts, LocalDate arrived) {
        List<Draft> kept = new ArrayList<>();
        for (List<Draft> sheets : byWorkbook(drafts)) {
            Map<Draft, LocalDate> weeks = new HashMap<>();
            for (Draft d : sheets) {
                oneWeek(d, arrived).ifPresent(w -> weeks.put(d, w));
            }
            if (sheets.size() < 2 || weeks.size() < sheets.size() || new java.util.HashSet<>(weeks.values()).size() < 2) {
                kept.addAll(sheets);
                continue;
            }
            LocalDate latest = java.util.Collections.max(weeks.values());
            sheets.stream().filter(d -> weeks.get(d).equals(latest)).forEach(kept::add);
        }
        return kept;
    }

    /** The drafts grouped by the workbook whose sheets they are; a draft from no workbook's sheet stands alone. */
    private static java.util.Collection<List<Draft>> byWorkbook(List<Draft> drafts) {
        Map<String, List<Draft>> byWorkbook = new java.util.LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String src = drafts.get(i).source() == null ? "" : drafts.get(i).source();
            int at = src.lastIndexOf(SHEET);
            byWorkbook.computeIfAbsent(at < 0 ? "\u0000" + i : src.substring(0, at), k -> new ArrayList<>()).add(drafts.get(i));
        }
        return byWorkbook.values();
    }

    /** The sheet's own name, after the workbook's. */
    private static String sheetName(Draft d) {
        return d.source().substring(d.source().lastIndexOf(SHEET) + SHEET.length());
    }

    /**
     * A workbook's summary sheet set aside: totals by locality ("Scheme | Total | Filled | Empty", a row for
     * "Cherwell") beside a sheet for each scheme whose properties add up to them. Its rows are no properties (no
     * reference, service type or locality of their own). A sheet is a summary only when every row of it names a
     * locality of the other sheets' properties, no property reference, and its figures are those properties' sums; any
     * other sheet is read as sent (rows without a reference or locality are then refused, honestly).
     */
    static List<Draft> withoutSummarySheets(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>();
        for (List<Draft> sheets : byWorkbook(drafts)) {
            for (Draft d : sheets) {
                List<DraftRow> others = sheets.stream().filter(o -> o != d).flatMap(o -> o.rows().stream()).toList();
                if (sheets.size() < 2 || d.rows().isEmpty() || !d.rows().stream().allMatch(r -> sumsUp(r, others))) {
                    kept.add(d);
                }
            }
        }
        return kept;
    }

    /** Whether a row names a locality (no property's code) and its figures are the sums of that locality's properties. */
    private static boolean sumsUp(DraftRow row, List<DraftRow> properties) {
        String name = row.get(VoidField.PROPERTY_REFERENCE).isEmpty() ? row.get(VoidField.LOCALITY) : row.get(VoidField.PROPERTY_REFERENCE);
        if (name.isEmpty() || VoidReturnReader.isCode(name)) {
            return false;
        }
        List<DraftRow> of = properties.stream().filter(p -> !p.get(VoidField.PROPERTY_REFERENCE).isEmpty()
                && Labels.normalize(p.get(VoidField.LOCALITY)).equals(Labels.normalize(name))).toList();
        if (of.isEmpty()) {
            return false;
        }
        for (VoidField count : List.of(VoidField.TOTAL_UNITS, VoidField.OCCUPIED, VoidField.VACANT)) {
            if (row.get(count).isEmpty() && count != VoidField.TOTAL_UNITS) {
                continue; // a summary may give fewer figures than its sheets
            }
            Optional<Integer> sum = Optional.of(0);
            for (DraftRow p : of) {
                sum = sum.flatMap(a -> whole(count, p.get(count)).map(b -> a + b));
            }
            if (sum.isEmpty() || !sum.equals(whole(count, row.get(count)))) {
                return false;
            }
        }
        return true;
    }

    /** A count read as {@link #count} reads it, when it is a whole number: "3 vacant" under Occupied is none. */
    private static Optional<Integer> whole(VoidField field, String cell) {
        String n = VoidReturnReader.countAsNumber(field, cell);
        return n != null && n.strip().matches("\\d{1,5}") ? Optional.of(Integer.parseInt(n.strip())) : Optional.empty();
    }

    /** The one week a sheet gives, in its heading or its rows; empty when it gives none, two, or one not a date. */
    private static Optional<LocalDate> oneWeek(Draft d, LocalDate arrived) {
        Set<String> texts = new LinkedHashSet<>();
        addIfPresent(texts, d.heading().get(VoidField.WEEK_COMMENCING));
        d.rows().forEach(r -> addIfPresent(texts, r.get(VoidField.WEEK_COMMENCING)));
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String t : texts) {
            Optional<LocalDate> w = dateOf(t, arrived);
            if (w.isEmpty()) {
                return Optional.empty();
            }
            dates.add(w.get());
        }
        return dates.size() == 1 ? Optional.of(dates.iterator().next()) : Optional.empty();
    }

    /**
     * A date as a provider wrote it: in full, without its year ("Wed 9 Dec", "w/c 7/12", the year nearest the day the
     * return arrived), or with a space left inside its figures where a PDF's text was cut ("11/01/202 7").
     */
    static Optional<LocalDate> dateOf(String text, LocalDate arrived) {
        if (text.length() > LONGEST_WEEK) {
            return Optional.empty(); // a page of text is no week (and is not read over and over at each place)
        }
        if (WeekWithoutYear.isNumberedWeek(text)) {
            return WeekWithoutYear.numbered(text, arrived); // "Week 49": a week's number alone
        }
        Matcher after = WORDS_BEFORE_THE_WEEK.matcher(text.strip());
        if (after.matches()) {
            // "Voids for w/c 07/12/2026", "Return - week ending 13/12": the week is what its own words head
            return dateOf(after.group(1), arrived);
        }
        Optional<String> beforeItsHour = beforeAnHour(text.strip(), arrived);
        if (beforeItsHour.isPresent()) {
            // "07/12/2026 at 09:00", "7th Dec 2026 - as at 9am": the hour the figures were taken is no part of the week
            return dateOf(beforeItsHour.get(), arrived);
        }
        Matcher ending = WEEK_ENDING.matcher(text.strip());
        if (ending.matches()) {
            // "w/e 06/12/2026": a week named by its last day, a Friday, Saturday or Sunday, is the week of that
            // day's Monday; a week said to end on another day is no week the hub can tell
            return dateOf(ending.group(1), arrived).filter(VoidReturnValidator::endsAWeek)
                    .map(d -> d.with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.MONDAY)));
        }
        Matcher numberAfter = DATE_THEN_ITS_WEEK_NUMBER.matcher(text.strip());
        Matcher numbered = numberAfter.matches() ? numberAfter : NUMBERED_WEEK.matcher(text.strip());
        if (numbered.matches()) {
            // "Week 49 (30/11/2026)", "30/11/2026 (wk 49)": the date, when the week's number is its own
            int number = Integer.parseInt(numbered.group("number"));
            return dateOf(numbered.group("date"), arrived)
                    .filter(d -> d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) == number);
        }
        String text0 = WEEK_WORDS.matcher(text.strip()).replaceFirst("");
        Optional<LocalDate> d = Dates.parse(text0).or(() -> WeekWithoutYear.date(text0, arrived))
                .or(() -> Dates.parse(text0, arrived, Dates.Yearless.NEAREST));
        String t = text0.strip();
        if (d.isEmpty() && t.matches("\\d[\\d\\s]*[/.\\-][\\d\\s]+[/.\\-][\\d\\s]*\\d") && t.matches(".*\\d\\s+\\d.*")) {
            d = Dates.parse(t.replaceAll("\\s+", ""));
        }
        return d.isPresent() ? d : rangeStart(t, arrived);
    }

    /**
     * The words that head a week, with the marks people put after them: "W/C: 30/11/2026", "Wk/c 30/11/2026", "w/comm
     * 30/11/2026", "w/beg 30/11", "w.c.
     * 30/11/2026", "wk comm 30/11/26", "Week of 30/11/2026", "Week: 30/11/2026". What follows is the date given.
     */
    private static final Pattern WEEK_WORDS = Pattern.compile("(?i)^(?:wk?\\s*/\\s*"
            + "(?:comm?(?:encing)?\\b\\.?|beg(?:inning)?\\b\\.?|start(?:ing)?\\b|[cbs])|w\\.\\s*[cbs]\\.?|wc\\b|wb\\b"
            + "|(?:wk|week)\\b\\.?\\s*(?:(?:commencing|commences|comm?|beginning|begins|beg|starting|starts|start|of|from)\\b\\.?)?)"
            + "\\s*[:\\-\u2013]?\\s*(?=\\S)");
    /**
     * Words before the words that head a week: "Voids for w/c 07/12/2026", "Return, week ending 13/12", "Voids - WC
     * 7.12.26".
     */
    private static final Pattern WORDS_BEFORE_THE_WEEK = Pattern.compile("(?i)^[\\p{L}\\s,:;\\-\u2013]*?[\\p{L},:;\\-\u2013]\\s+"
            + "((?:w\\s*/\\s*[cbe]|w\\.\\s*[cbe]\\.|w[cb]|(?:wk|week)\\.?\\s*(?:commencing|beginning|starting|ending))\\b.*\\d.*)$");
    /** The longest a week can be written: "Please find our void return for the week commencing Monday 7th ...". */
    private static final int LONGEST_WEEK = 200;
    /** Between a week's date and the hour its figures were taken: "at", "as at", "as of", "@", a dash, a comma, a space. */
    private static final Pattern HOUR_JOINER = Pattern.compile("(?i)(?:\\s*[-,\u2013@]\\s*|\\s+)"
            + "(?:(?:as\\s+(?:at|of)|at)\\s+)?");

    /**
     * The words before a time of day ({@link Dates#parseTime}) that ends the text, where they hold a figure and the time
     * is no date too ("7.12 - 13.12" is a range of days) nor four figures alone, which may be a year: "07/12/2026 09:30",
     * "7 Dec 2026, 9.30am", "w/c 7/12 @ 10am".
     */
    private static Optional<String> beforeAnHour(String text, LocalDate arrived) {
        Matcher joiner = HOUR_JOINER.matcher(text);
        while (joiner.find()) {
            if (text.length() - joiner.end() > Dates.LONGEST_TIME) {
                continue; // no time of day is that long (a long text is read in a time that grows with its length)
            }
            String before = text.substring(0, joiner.start());
            String time = text.substring(joiner.end()).replaceFirst("\\.$", "").strip();
            boolean anHourOnly = !time.matches("\\d{4}") && Dates.parseTime(time).isPresent()
                    && Dates.parse(time, arrived, Dates.Yearless.NEAREST).isEmpty() && WeekWithoutYear.date(time, arrived).isEmpty();
            if (anHourOnly && before.matches(".*\\d.*")) {
                return Optional.of(before);
            }
        }
        return Optional.empty();
    }

    /** The words naming a week by its last day: "w/e 06/12/2026", "W.E. 6/12", "Week ending: Sun 6th Dec". */
    static final Pattern WEEK_ENDING = Pattern.compile("(?i)^(?:w\\s*/\\s*e(?![a-z])|w\\.\\s*e\\.?|(?:wk|week)\\.?\\s*end(?:ing|s)?(?![a-z])"
            + "|w/\\s*ending)\\.?\\s*[:\\-\u2013]?\\s*(\\S.*)$");

    /** Whether a day can be the last of a week that names its Monday: a Friday (a working week), Saturday or Sunday. */
    static boolean endsAWeek(LocalDate d) {
        return d.getDayOfWeek().getValue() >= DayOfWeek.FRIDAY.getValue();
    }

    /** A week's number with its date: "Week 49 (30/11/2026)", "Wk 49 - w/c 30/11/26". */
    private static final Pattern NUMBERED_WEEK = Pattern.compile("(?i)^(?:wk|week)\\.?\\s*(?:no\\.?\\s*)?(?<number>\\d{1,2})"
            + "\\s*(?:[-:,\u2013]\\s*|\\(\\s*)(?<date>.*\\d.*?)\\)?$");
    /** The same, the date first: "30/11/2026 wk 49", "Mon 30 Nov 2026 (week 49)". */
    private static final Pattern DATE_THEN_ITS_WEEK_NUMBER = Pattern.compile("(?i)^(?<date>.*\\d.*?)\\s*[-,\u2013]?\\s*\\(?"
            + "(?:wk|week)\\.?\\s*(?:no\\.?\\s*)?(?<number>\\d{1,2})\\)?$");

    /**
     * Between the two ends of a week written as a range: " - ", " to ", " until ", a dash; a hyphen with no spaces
     * between two dates' figures ("30/11-06/12"), tried only when the whole is no date.
     */
    private static final Pattern RANGE = Pattern.compile("(?i)\\s+(?:-|to|until|till|thru|through)\\s+|\\s*[\u2013\u2014]\\s*"
            + "|(?<=\\d[/.]\\d{1,2}|\\d[/.]\\d{1,2}[/.]\\d{2}|\\d[/.]\\d{1,2}[/.]\\d{4})-(?=\\d{1,2}[/.]\\d)"
            // and between two days of one month written once after them: "7-13 Dec 2026", "7th-13th December"
            + "|(?<=^\\d{1,2}(?:st|nd|rd|th)?)-(?=\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L})"
            // or after a month's word, before a day and its month: "30th Nov-6th Dec"
            + "|(?<=\\p{L}{3}\\.?)-(?=\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L})");
    /** A month before the days of a week's range: "Dec 7-13", "December 7th - 13th 2026" (read as "7-13 Dec 2026"). */
    private static final Pattern MONTH_BEFORE_DAYS = Pattern.compile("(?i)^([a-z]{3})[a-z]*\\.?\\s+"
            + "(\\d{1,2}(?:st|nd|rd|th)?)\\s*[-\u2013]\\s*(\\d{1,2}(?:st|nd|rd|th)?)(,?\\s+\\d{4})?$");

    /**
     * A week written as its first and last days ("07/12/2026 - 13/12/2026", "7th to 13th December 2026", "Mon 7 Dec
     * - Fri 11 Dec", "7-13 Dec 2026", "Dec 7-13"): its first day, the month and year taken from the last day where the first gives only its day.
     * Two ends more than a week apart, or in the wrong order, are no week.
     */
    static Optional<LocalDate> rangeStart(String written, LocalDate arrived) {
        Matcher monthFirst = MONTH_BEFORE_DAYS.matcher(written.strip());
        String text = monthFirst.matches() && Dates.isMonthName(monthFirst.group(1))
                ? monthFirst.group(2) + "-" + monthFirst.group(3) + " " + monthFirst.group(1)
                        + (monthFirst.group(4) == null ? "" : " " + monthFirst.group(4).replace(",", "").strip())
                : written;
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            String first = text.substring(0, m.start()).strip();
            String last = text.substring(m.end()).strip();
            Optional<LocalDate> end = Dates.parse(last).or(() -> WeekWithoutYear.date(last, arrived));
            if (end.isEmpty()) {
                continue;
            }
            Optional<LocalDate> start = Dates.parse(first).or(() -> WeekWithoutYear.date(first, arrived));
            Matcher day = Pattern.compile("(?i)(?:[a-z]{3,9}\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?").matcher(first);
            if (start.isEmpty() && day.matches()) {
                int n = Integer.parseInt(day.group(1));
                LocalDate e = end.get();
                LocalDate month = n <= e.getDayOfMonth() ? e : e.minusMonths(1);
                start = n <= month.lengthOfMonth() ? Optional.of(month.withDayOfMonth(n)) : Optional.empty();
            }
            if (start.isPresent() && !start.get().isAfter(end.get()) && !start.get().plusDays(7).isBefore(end.get())
                    && start.get().isBefore(end.get())) {
                return start;
            }
        }
        return Optional.empty();
    }

    private LocalDate week(Set<String> texts, LocalDate arrived, List<Problem> problems) {
        String field = VoidField.WEEK_COMMENCING.label();
        if (texts.isEmpty()) {
            problems.add(new Problem(RETURN, field, "is missing", "the Monday the return is for, " + DATE_EXAMPLE));
            return null;
        }
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String t : texts) {
            Optional<LocalDate> d = dateOf(t, arrived);
            Matcher ending = WEEK_ENDING.matcher(t.strip());
            if (d.isEmpty() && ending.matches() && dateOf(ending.group(1), arrived).isPresent()) {
                LocalDate last = dateOf(ending.group(1), arrived).get();
                problems.add(new Problem(RETURN, field, "\"" + t + "\" ends the week on a "
                        + last.getDayOfWeek().toString().charAt(0)
                        + last.getDayOfWeek().toString().substring(1).toLowerCase(Locale.ROOT),
                        "the Monday the return is for, " + DATE_EXAMPLE));
                return null;
            }
            if (d.isEmpty()) {
                problems.add(new Problem(RETURN, field, "\"" + t + "\" is not a date", "the Monday the return is for, "
                        + DATE_EXAMPLE));
                return null;
            }
            dates.add(d.get());
        }
        if (dates.size() > 1) {
            problems.add(new Problem(RETURN, field, "the return gives more than one week", "one week per return"));
            return null;
        }
        LocalDate week = dates.iterator().next();
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            problems.add(new Problem(RETURN, field, week.format(Dates.UK) + " is a "
                    + week.getDayOfWeek().toString().charAt(0)
                    + week.getDayOfWeek().toString().substring(1).toLowerCase(Locale.ROOT), "a Monday"));
            return null;
        }
        return week;
    }

    /**
     * Where a provider finds a property in its return: its reference with the row or line ("RSP-CH-01 (row 4)"), or
     * the row alone when the reference is missing.
     */
    static String placeOf(String ref, String where) {
        String place = where == null ? "" : where.strip();
        Matcher line = LINE.matcher(place);
        if (line.find()) {
            place = line.group(1);
        } else if (!place.isEmpty()) {
            place = Character.toLowerCase(place.charAt(0)) + place.substring(1);
        }
        if (ref == null || ref.isBlank()) {
            return where;
        }
        return place.isEmpty() ? ref.strip() : ref.strip() + " (" + place + ")";
    }

    private static final Pattern LINE = Pattern.compile("\\((line \\d+)\\)");

    /**
     * A bed free today, as providers write it in the date column: "Now", "Immediately", "Today", "Available now",
     * "Ready now". Read as the day the return arrived.
     */
    private static final Pattern AVAILABLE_NOW = Pattern.compile(
            "(?i)(?:(?:available|ready|free|vacant)\\s+)?(?:now|immediately|immediate|today|from today|right now)[.!]?");

    /** Words before an available date that do not change it: "Ready 07/12/2026", "Available from Mon 7th Dec". */
    private static final Pattern AVAILABLE_WORDS = Pattern.compile("(?i)^(?:available|ready|free|vacant|empty)"
            + "(?:\\s+(?:from|on))?\\s*:?\\s+(?=\\S*\\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+\\d)");

    private Optional<VoidReturn.PropertyLine> line(DraftRow row, Provider provider, Map<String, String> seenRefs,
            LocalDate arrived, boolean ticked, List<Problem> problems, List<String> warnings) {
        int before = problems.size();
        String ref = row.get(VoidField.PROPERTY_REFERENCE);
        String where = placeOf(ref, row.where());
        Optional<Directory.Property> known = Optional.empty();
        if (ref.isEmpty()) {
            problems.add(new Problem(where, VoidField.PROPERTY_REFERENCE.label(), "is missing",
                    "the property's reference as registered with the partnership"));
        } else {
            String first = seenRefs.putIfAbsent(Labels.normalize(ref), row.where());
            if (first != null) {
                problems.add(new Problem(where, VoidField.PROPERTY_REFERENCE.label(), "appears more than once (also "
                        + placeOf("", first).toLowerCase(Locale.ROOT) + ")", "one row per property"));
            }
            if (provider != null) {
                known = provider.property(ref);
                if (known.isEmpty()) {
                    warnings.add(where + " is not in the directory for " + provider.name()
                            + "; the team that receives void returns will check it.");
                }
            }
        }
        String locality = listed(row, where, VoidField.LOCALITY, known.map(Directory.Property::locality), directory::locality,
                directory.localityNames(), problems, warnings);
        String serviceType = listed(row, where, VoidField.SERVICE_TYPE, known.map(Directory.Property::serviceType),
                directory::serviceType, directory.serviceTypeNames(), problems, warnings);
        Integer total = count(row, where, VoidField.TOTAL_UNITS, problems);
        Integer occupied = count(row, where, VoidField.OCCUPIED, problems);
        Integer vacant = count(row, where, VoidField.VACANT, problems);
        if (total != null && occupied != null && vacant != null && occupied + vacant != total) {
            problems.add(new Problem(where, "Total units", "occupied (" + occupied + ") + vacant (" + vacant + ") makes "
                    + (occupied + vacant) + " but total units is " + total, "occupied + vacant to equal total units"));
        }
        String availableFrom = null;
        String af = row.get(VoidField.AVAILABLE_FROM);
        // an optional date written as nothing ("none", "-", "N/A", "X", a non-breaking space) is blank
        if (!af.isEmpty() && !org.ypsa.hub.domain.documents.FieldValues.isNothing(af)
                && !af.strip().equalsIgnoreCase("x")) {
            Optional<LocalDate> d = dateOf(AVAILABLE_WORDS.matcher(af.strip()).replaceFirst(""), arrived);
            if (d.isEmpty() && AVAILABLE_NOW.matcher(af.strip()).matches()) {
                d = Optional.of(arrived);
                warnings.add(where + ": " + VoidField.AVAILABLE_FROM.label() + " \"" + af.strip() + "\" was read as "
                        + arrived.format(Dates.UK) + ", the day the return arrived.");
            }
            if (d.isEmpty()) {
                problems.add(new Problem(where, VoidField.AVAILABLE_FROM.label(), "\"" + af + "\" is not a date",
                        DATE_EXAMPLE + ", or leave it empty"));
            } else {
                availableFrom = d.get().toString();
            }
        }
        Boolean emergency = yesNo(row, where, VoidField.EMERGENCY_BED, ticked, problems);
        if (known.isPresent() && locality != null && !locality.equals(known.get().locality())) {
            warnings.add(where + " is registered in " + known.get().locality() + ", not " + locality + ".");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String notes = row.get(VoidField.NOTES);
        return Optional.of(new VoidReturn.PropertyLine(row.where(), ref, locality, serviceType, total, occupied, vacant,
                availableFrom, emergency, notes.isEmpty() ? null : notes, known.isPresent()));
    }

    private String listed(DraftRow row, String where, VoidField field, Optional<String> fromDirectory,
            java.util.function.Function<String, Optional<String>> lookup, List<String> allowed, List<Problem> problems,
            List<String> warnings) {
        String raw = row.get(field);
        if (raw.isEmpty()) {
            if (fromDirectory.isPresent()) {
                warnings.add(where + ": " + field.label() + " was empty and was taken from the directory as "
                        + fromDirectory.get() + ".");
                return fromDirectory.get();
            }
            problems.add(new Problem(where, field.label(), "is missing", "one of: " + String.join(", ", allowed)));
            return null;
        }
        Optional<String> v = lookup.apply(raw);
        if (v.isEmpty()) {
            problems.add(new Problem(where, field.label(), "\"" + raw + "\" is not a known " + field.label()
                    .toLowerCase(Locale.ROOT), "one of: " + String.join(", ", allowed)));
            return null;
        }
        return v.get();
    }

    private static Integer count(DraftRow row, String where, VoidField field, List<Problem> problems) {
        String raw = row.get(field);
        if (raw.isEmpty()) {
            problems.add(new Problem(where, field.label(), "is missing", "a whole number, 0 or more"));
            return null;
        }
        if (VoidReturnReader.namesTheOtherCount(field, raw)) {
            // "3 vacant" given as the occupied count: which of the two the sender meant only the sender can say
            problems.add(new Problem(where, field.label(), "\"" + raw + "\" does not count " + field.label()
                    .toLowerCase(Locale.ROOT) + " units", "the number of " + field.label().toLowerCase(Locale.ROOT)
                    + " units, such as 3"));
            return null;
        }
        String n = VoidReturnReader.countAsNumber(field, raw).strip();
        try {
            if (!n.matches("-?[\\d,]+(?:\\.\\d+)?")) {
                throw new NumberFormatException(); // Java's "3d", "1e1" or "NaN" are no count a person wrote
            }
            double d = Double.parseDouble(n.replace(",", ""));
            if (d != Math.rint(d)) {
                problems.add(new Problem(where, field.label(), "\"" + raw + "\" is not a whole number",
                        "a whole number, 0 or more"));
                return null;
            }
            if (d < 0) {
                problems.add(new Problem(where, field.label(), "is negative (" + raw + ")", "0 or more"));
                return null;
            }
            return (int) d;
        } catch (NumberFormatException e) {
            problems.add(new Problem(where, field.label(), "\"" + raw + "\" is not a number",
                    "a whole number, 0 or more"));
            return null;
        }
    }

    /**
     * An emergency bed marked by its own name in its column, as some providers mark it: "EB", "E.B.", "Emergency",
     * "Emergency bed", "Crash bed". A row without it leaves the column blank.
     */
    private static final Pattern EMERGENCY_MARK = Pattern.compile(
            "(?i)e\\.?\\s?b\\.?|emerg(?:ency)?\\.?(?:\\s+(?:bed|bedspace|bed\\s+space|placement|use|only))?|crash\\s?(?:bed|pad)");

    /** A tick as a yes: "✓", "✔", "☑". */
    private static final Pattern TICK = Pattern.compile("[\u2713\u2714\u2611]");

    /**
     * Ticks and crosses in one column: where any row of the return ticks its emergency bed ("✓"), a cross ("x",
     * "✗") in that column is the other answer, no, as a cross beside ticks is; alone a cross still marks a yes.
     */
    static boolean ticksTheColumn(List<DraftRow> rows, VoidField field) {
        return rows.stream().anyMatch(r -> TICK.matcher(r.get(field).strip()).matches());
    }

    private static Boolean yesNo(DraftRow row, String where, VoidField field, boolean ticked, List<Problem> problems) {
        String raw = row.get(field).strip();
        if (ticked && raw.matches("[xX\u2717\u2718]")) {
            return Boolean.FALSE;
        }
        if (TICK.matcher(raw).matches()) {
            return Boolean.TRUE; // a tick has no letters to normalise
        }
        if (field == VoidField.EMERGENCY_BED && EMERGENCY_MARK.matcher(raw).matches()) {
            return Boolean.TRUE; // the column marks its emergency beds by naming them
        }
        String n = Labels.normalize(row.get(field));
        if (n.isEmpty() || org.ypsa.hub.domain.documents.FieldValues.isBlank(row.get(field))) {
            return n.equals("na") ? Boolean.FALSE : null;
        }
        // Y, N, ticks, crosses and checked boxes as FieldValues reads them
        java.util.Optional<Boolean> answer = org.ypsa.hub.domain.documents.FieldValues.yesNo(row.get(field));
        if (answer.isPresent()) {
            return answer.get();
        }
        problems.add(new Problem(where, field.label(), "\"" + row.get(field) + "\" is not Y or N", "Y or N"));
        return null;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value.trim());
        }
    }
}
