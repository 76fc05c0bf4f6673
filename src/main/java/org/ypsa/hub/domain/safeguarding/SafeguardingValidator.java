package org.ypsa.hub.domain.safeguarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.Validated;
import org.ypsa.hub.domain.forms.Words;

import static org.ypsa.hub.domain.documents.FieldValues.noPersonName;
import static org.ypsa.hub.domain.documents.FieldValues.noValue;
import static org.ypsa.hub.domain.documents.FieldValues.personName;
import static org.ypsa.hub.domain.documents.FieldValues.staffNameOrNull;
import static org.ypsa.hub.domain.documents.FieldValues.orNull;
import static org.ypsa.hub.domain.documents.FieldValues.referenceOrNull;
import static org.ypsa.hub.domain.documents.FieldValues.value;

/** The rules of a safeguarding incident report (SPEC.md "Safeguarding incident"). */
public final class SafeguardingValidator {
    private static final String FORM = "Incident";
    public static final List<String> CATEGORIES = List.of("Missing", "Exploitation", "Self-harm", "Violence",
            "Allegation against staff", "Police involvement", "Hospital admission", "Other");
    public static final List<String> SEVERITIES = List.of("Low", "Medium", "High", "Critical");
    /** Categories as providers write them ("Missing from placement", "Assault", "Taken to A&E"), in order tried. */
    private static final Map<String, String> CATEGORY_WORDS = orderedMap(
            "allegation", "Allegation against staff", "self[- ]?harm|overdose|ligature|cutting", "Self-harm",
            "exploit|\\bcse\\b|\\bcce\\b|county lines|cuckoo|grooming|trafficking", "Exploitation",
            "missing|absent|absconded|did not return|\\bmfh\\b", "Missing",
            "hospital|a ?& ?e\\b|ambulance|admitted", "Hospital admission",
            "violen|assault|fight|aggress|attack|punch|weapon", "Violence",
            "police|arrest", "Police involvement", "other", "Other");
    /**
     * Severities as written ("Med", "Moderate", "Serious", "Very high", a RAG rating), whole words, in order tried:
     * each level's words are taken out of the value before the next is looked for, so "very high" is only Critical.
     */
    private static final Map<String, String> SEVERITY_WORDS = orderedMap(
            "\\b(?:critical|very high|extremely high|severe|extreme|urgent|life[- ]threatening)\\b", "Critical",
            "\\b(?:high|serious|major|red)\\b", "High", "\\b(?:med|medium|moderate|amber)\\b", "Medium",
            "\\b(?:low|minor|green)\\b", "Low");

    /**
     * A level's word followed by the thing it describes ("low mood", "serious injury", "minor scratches", "red flag"),
     * not by a word of a level itself ("high risk", "low level", "serious harm") nor by a word joining it to another
     * level ("high and critical are escalated", "high or critical", "high to critical": both levels stay named).
     */
    private static final java.util.regex.Pattern LEVEL_WORD_OF_A_THING = java.util.regex.Pattern.compile(
            "(?i)\\b(low|high|minor|major|serious|severe|extreme|red|amber|green)\\s+(?!(?:risk|level|concern|priority"
                    + "|severity|grade|rating|harm|impact|seriousness|category|threshold"
                    + "|and|or|nor|to|than|then|but|not|into|is|are|was|were|be|if)\\b)([a-z][a-z-]*)");

    /**
     * A level's word said not to be so ("not high", "not urgent", "non-serious", "isn't critical"): the value is
     * refused, never read as that level nor guessed as another.
     */
    private static final java.util.regex.Pattern NEGATED_LEVEL = java.util.regex.Pattern.compile(
            "(?i)\\b" + Words.DENIAL + "[\\s-]+(?:" + Words.BETWEEN_DENIAL_AND_DENIED + "\\s+)*"
                    + "(?:critical|very high|extremely high|severe|extreme|urgent|life[- ]threatening|high|serious|major|red"
                    + "|med|medium|moderate|amber|low|minor|green)\\b"
                    // a level's word of a thing ("no serious injury") is no level denied
                    + "(?!\\s+(?!(?:risk|level|concern|priority|severity|grade|rating|harm|impact|but|and|or|as|though"
                    + "|although|however|yet|because)\\b)[a-z])");

    /** A value naming this many of the choices lists them; it picks none. */
    private static final int LISTED_CHOICES = 3;

    private final Directory directory;

    public SafeguardingValidator(Directory directory) {
        this.directory = directory;
    }

    public Validated<SafeguardingIncident> validate(Map<SafeguardingField, String> f, String sender) {
        return validate(f, sender, null);
    }

    /**
     * @param sent the day the report was sent: an incident date written without its year ("Tuesday 19th Jan") is
     *     the nearest such day not after it. Null: the date needs its year.
     */
    public Validated<SafeguardingIncident> validate(Map<SafeguardingField, String> f, String sender, LocalDate sent) {
        List<Problem> problems = new ArrayList<>();
        Directory.Provider provider = provider(value(f, SafeguardingField.PROVIDER), sender, problems);
        String rawWhen = when(f, sent);
        if (rawWhen.isEmpty()) {
            problems.add(new Problem(FORM, SafeguardingField.WHEN.label(), "is missing",
                    "the date and time of the incident, in one field or as a date and a time"));
        }
        for (SafeguardingField r : List.of(SafeguardingField.NAME, SafeguardingField.DESCRIPTION)) {
            (r == SafeguardingField.NAME ? noPersonName(f, r) : noValue(f, r)).ifPresent(why -> problems.add(
                    new Problem(FORM, r.label(), why, "the " + r.label().toLowerCase(Locale.ROOT) + " filled in")));
        }
        String category = listed(f, SafeguardingField.CATEGORY, CATEGORIES, problems);
        String severity = listed(f, SafeguardingField.SEVERITY, SEVERITIES, problems);
        String when = null;
        List<String> warnings = new ArrayList<>();
        if (!rawWhen.isEmpty()) {
            when = dateTime(rawWhen, sent);
            if (when == null && Dates.midnightOfNoClearDay(rawWhen)) {
                // "29/11/2026 around midnight": the first minute of the 29th, or the night of the 29th into the 30th
                problems.add(new Problem(FORM, SafeguardingField.WHEN.label(), "\"" + rawWhen
                        + "\" says midnight but not which night", "the date and time the incident happened with the"
                        + " day midnight began, such as 30/11/2026 00:00 for the night of 29 into 30 November"));
            } else if (when == null && Dates.nightOfNoClearDay(rawWhen, sent, Dates.Yearless.NOT_AFTER)) {
                // "night of 30/11 at 1am": 1am of the 30th, or of the 1st after the evening of the 30th
                problems.add(new Problem(FORM, SafeguardingField.WHEN.label(), "\"" + rawWhen
                        + "\" gives a night and a time after midnight but not which day that time fell on", "the date"
                        + " and time the incident happened, such as 01/12/2026 01:30 for 1.30am in the night of 30"
                        + " November into 1 December"));
            } else if (when == null && Dates.parseTime(rawWhen).isPresent()) {
                // "4.40am" with no date anywhere on the form: the time is read, the day is not given
                problems.add(new Problem(FORM, SafeguardingField.WHEN.label(), "\"" + rawWhen
                        + "\" is a time with no date", "the date of the incident as well as its time, such as 21/11/2026 22:40"));
            } else if (when == null) {
                problems.add(new Problem(FORM, SafeguardingField.WHEN.label(), "\"" + rawWhen
                        + "\" is not a date and time", "a date and time such as 21/11/2026 22:40"));
            } else if (!when.contains("T")) {
                warnings.add("The report gives the day of the incident but no time the hub could read, so it is recorded"
                        + " as " + Dates.UK.format(LocalDate.parse(when)) + " with the time not known. If you know the"
                        + " time, please tell the team that has the report.");
            }
        }
        String dob = null;
        if (orNull(f, SafeguardingField.DATE_OF_BIRTH) != null) {
            // with the age after it as people add it ("4/11/07 - age 19"), as a referral's is read
            Optional<LocalDate> d = Dates.birthDate(value(f, SafeguardingField.DATE_OF_BIRTH), sent);
            if (d.isEmpty()) {
                problems.add(new Problem(FORM, SafeguardingField.DATE_OF_BIRTH.label(), "\""
                        + value(f, SafeguardingField.DATE_OF_BIRTH) + "\" is not a date", "a date such as 14/03/2009"));
            } else {
                dob = d.get().toString();
            }
        }
        String email = orNull(f, SafeguardingField.WORKER_EMAIL) == null ? "" : value(f, SafeguardingField.WORKER_EMAIL);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new Problem(FORM, SafeguardingField.WORKER_EMAIL.label(), "\"" + email
                    + "\" is not an email address", "the social worker's or PA's work email address, or leave it empty"));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems, List.of());
        }
        return Validated.valid(new SafeguardingIncident(provider.id(), provider.name(),
                orNull(f, SafeguardingField.PROPERTY), personName(f, SafeguardingField.NAME), dob,
                referenceOrNull(f, SafeguardingField.LCS_NUMBER), staffNameOrNull(f, SafeguardingField.WORKER_NAME),
                email.isEmpty() ? null : email.toLowerCase(Locale.ROOT), when, category, severity,
                value(f, SafeguardingField.DESCRIPTION), orNull(f, SafeguardingField.ACTIONS),
                referenceOrNull(f, SafeguardingField.POLICE_REFERENCE)), warnings);
    }

    /**
     * The provider and severity of a report that is not valid, when it is High or Critical as the form's own rules read
     * it and it came from that provider's registered address: what a routed incident would alert its duty contact of
     * (a rejected report must not silence it). Empty for any other report.
     */
    public Optional<Serious> seriousness(Map<SafeguardingField, String> f, String sender) {
        List<Problem> ignored = new ArrayList<>();
        Directory.Provider provider = provider(value(f, SafeguardingField.PROVIDER), sender, ignored);
        String severity = provider == null ? null : listed(f, SafeguardingField.SEVERITY, SEVERITIES, ignored);
        return severity != null && SafeguardingIncident.isHighOrCritical(severity)
                ? Optional.of(new Serious(severity, provider.id())) : Optional.empty();
    }

    /** A High or Critical severity read on a report, and the provider whose registered address sent it. */
    public record Serious(String severity, String providerId) {
    }

    private Directory.Provider provider(String named, String sender, List<Problem> problems) {
        // a name the directory does not know is read as the provider the sender's address belongs to, if only one
        Optional<Directory.Provider> p = directory.providerNamedOrSending(named, sender);
        if (p.isEmpty()) {
            problems.add(new Problem(FORM, SafeguardingField.PROVIDER.label(), named.isEmpty() ? "is missing"
                    : "\"" + named + "\" is not a provider in the directory", "your organisation's name"));
            return null;
        }
        if (!p.get().sendsFrom(sender)) {
            problems.add(new Problem(FORM, SafeguardingField.PROVIDER.label(), "the report is for " + p.get().name()
                    + " but was sent from an address that is not registered for it",
                    "the report sent from " + p.get().name() + "'s registered address"));
            return null;
        }
        return p.get();
    }

    private static String listed(Map<SafeguardingField, String> f, SafeguardingField field, List<String> allowed,
            List<Problem> problems) {
        String raw = value(f, field);
        if (raw.isEmpty()) {
            problems.add(new Problem(FORM, field.label(), "is missing", "one of: " + String.join(", ", allowed)));
            return null;
        }
        // the question left before its answer asks, the answer follows it: "is it low, medium, high or critical? high"
        int asked = raw.lastIndexOf('?');
        String asking = asked >= 0 && !raw.substring(asked + 1).isBlank() ? raw.substring(asked + 1).strip() : raw;
        // the choices printed before the answer made: "Low/Medium/High/Critical: High"
        Map<String, String> words = field == SafeguardingField.CATEGORY ? CATEGORY_WORDS : SEVERITY_WORDS;
        int colon = asking.lastIndexOf(':');
        String answer = colon > 0 && !asking.substring(colon + 1).isBlank()
                && named(words, asking.substring(0, colon), field == SafeguardingField.SEVERITY).size() > 1
                ? asking.substring(colon + 1).strip() : asking;
        for (String a : allowed) {
            if (Labels.normalize(a).equals(Labels.normalize(answer))) {
                return a;
            }
        }
        if (field == SafeguardingField.SEVERITY && NEGATED_LEVEL.matcher(answer).find()) {
            // "not high", "Medium (not high)", "no immediate risk": never routed as the level it denies
            problems.add(new Problem(FORM, field.label(), "\"" + raw + "\" says what the severity is not",
                    "one of: " + String.join(", ", allowed)));
            return null;
        }
        List<String> named = named(words, answer, field == SafeguardingField.SEVERITY);
        Optional<String> ticked = named.size() >= LISTED_CHOICES ? tickedBeside(words, allowed, raw) : Optional.empty();
        if (ticked.isPresent()) {
            return ticked.get();
        }
        if (named.size() >= LISTED_CHOICES) {
            // "low, medium, high or critical": the choices the form offers, none of them picked
            problems.add(new Problem(FORM, field.label(), "\"" + raw + "\" lists the choices without picking one",
                    "one of: " + String.join(", ", allowed)));
            return null;
        }
        if (field == SafeguardingField.SEVERITY && named.size() == 2) {
            // "High - low mood", "Medium: serious injury avoided": a level's word that qualifies the word after it
            // describes that thing, not the incident's level; the level left is the answer when it is the only one
            List<String> levels = named(words, LEVEL_WORD_OF_A_THING.matcher(answer).replaceAll("$2"), true);
            if (levels.size() == 1) {
                return levels.get(0);
            }
        }
        if (field == SafeguardingField.SEVERITY && named.size() == 2) {
            // "Medium to high", "Y Medium N High", "High (was medium)": which one was meant is the sender's to say
            problems.add(new Problem(FORM, field.label(), "\"" + raw + "\" names two severities", "one of: "
                    + String.join(", ", allowed)));
            return null;
        }
        if (!named.isEmpty()) {
            return named.get(0);
        }
        problems.add(new Problem(FORM, field.label(), "\"" + raw + "\" is not one of the categories the form uses",
                "one of: " + String.join(", ", allowed)));
        return null;
    }

    /** The most words of one choice: "Allegation against staff". */
    private static final int CHOICE_WORDS = 3;

    /**
     * The choices printed whole with one mark beside the one chosen ("Missing Violence Other ✓", "Low ✓ Medium High"):
     * the choice the fewest words next to the mark name; empty when there is no such mark or those words name none.
     */
    private static Optional<String> tickedBeside(Map<String, String> words, List<String> allowed, String raw) {
        for (String near : org.ypsa.hub.domain.documents.FieldValues.phrasesBesideTheOneMark(raw, CHOICE_WORDS)) {
            List<String> one = named(words, near, false);
            if (one.size() == 1 && allowed.contains(one.get(0))) {
                return Optional.of(one.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The choices the value names, in the order the words are tried; a category names its most telling one first
     * ("Assault - police called" is Violence). Levels that exclude each other take their words out as found.
     */
    private static List<String> named(Map<String, String> words, String answer, boolean exclusive) {
        String rest = answer.toLowerCase(Locale.ROOT);
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, String> e : words.entrySet()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(e.getKey()).matcher(rest);
            if (m.find()) {
                if (!named.contains(e.getValue())) {
                    named.add(e.getValue());
                }
                if (exclusive) {
                    rest = m.replaceAll(" ");
                }
            }
        }
        return named;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The incident's date and time: one field, or a date field and a time field. A time field saying it is not known
     * ("unknown", "not known", "N/K") gives no time: the day is recorded with the time not known.
     */
    private static String when(Map<SafeguardingField, String> f, LocalDate sent) {
        String time = orNull(f, SafeguardingField.INCIDENT_TIME);
        return Dates.combine(value(f, SafeguardingField.WHEN), value(f, SafeguardingField.INCIDENT_DATE),
                time == null ? "" : time, sent, Dates.Yearless.NOT_AFTER);
    }

    static String dateTime(String raw) {
        return dateTime(raw, null);
    }

    /** ISO date and time, or the date alone when no time was given; null when the value is neither. */
    static String dateTime(String raw, LocalDate sent) {
        return Dates.dateAndTimeIfGiven(raw, sent, Dates.Yearless.NOT_AFTER).orElse(null);
    }
}
