package org.ypsa.hub.domain.intelligence;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.Validated;
import org.ypsa.hub.domain.directory.Directory;

import static org.ypsa.hub.domain.documents.FieldValues.orNull;
import static org.ypsa.hub.domain.documents.FieldValues.value;

/** Screens, then checks, an intelligence submission; an urgent one is never forwarded as intelligence. */
public final class IntelligenceValidator {
    public static final String URGENT_FIELD = "Urgent";
    private static final String FORM = "Submission";
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");
    private static final Pattern AGE = Pattern.compile("\\b(?:aged?\\s*)?(1[0-7])\\s*(?:-|\\s)?(?:years?|yrs?|y/o|yo)\\b"
            + "|\\baged\\s+(1[0-7])\\b");
    private static final Pattern EXPLOITATION = Pattern.compile("exploit|cuckoo|county lines|groom|trafficking|"
            + "\\bcse\\b|\\bcce\\b|debt bondage|running (drugs|lines)");

    private final Directory directory;

    public IntelligenceValidator(Directory directory) {
        this.directory = directory;
        // trained when the hub starts (a second or two, once), not while the first submission waits; a shipped file
        // gone missing stops the start rather than a mail
        LearnedScreen.shipped();
    }

    /** Validates the fields alone, screening what they hold (the whole mail is better: see the other overload). */
    public Validated<IntelligenceSubmission> validate(Map<IntelligenceField, String> f, String sender, LocalDate today) {
        return validate(f, "", sender, today);
    }

    /**
     * Screens first, on the whole text of the mail (its subject, body and every document) as well as the fields read
     * from it, so an emergency is caught whatever labels were or were not understood; then checks the fields. It only
     * judges: the fields are as the reading gave them (a police report's station as its agency is the reading's, see
     * {@link StationAgency}).
     */
    public Validated<IntelligenceSubmission> validate(Map<IntelligenceField, String> read, String wholeText, String sender,
            LocalDate today) {
        Map<IntelligenceField, String> f = read;
        String information = value(f, IntelligenceField.INFORMATION);
        String when = when(f);
        StringBuilder text = new StringBuilder(wholeText == null ? "" : wholeText);
        f.values().forEach(v -> text.append('\n').append(v == null ? "" : v));
        text.append('\n').append(when);
        Screening.Result screen = Screening.screen(text.toString(), information, today);
        if (screen.urgent()) {
            return Validated.invalid(List.of(new Problem(FORM, URGENT_FIELD, "it describes something happening now or "
                    + "time-critical, which this form is not for, so it has not been passed to the police as intelligence",
                    "call 999 now if anyone is in immediate danger or a crime is in progress; call 101 if it is not an "
                            + "emergency but needs police action")), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        if (!directory.isPartner(sender)) {
            problems.add(new Problem(FORM, "Sender", "submissions are accepted only from partnership providers and the "
                    + "council", "the submission sent from your work email address"));
        }
        for (IntelligenceField r : List.of(IntelligenceField.AGENCY, IntelligenceField.WORKER,
                IntelligenceField.INFORMATION)) {
            (r == IntelligenceField.WORKER ? org.ypsa.hub.domain.documents.FieldValues.noStaffName(f, r)
                    : org.ypsa.hub.domain.documents.FieldValues.noValue(f, r)).ifPresent(why -> problems.add(new Problem(FORM,
                    r.label(), why, "the " + r.label().toLowerCase(Locale.ROOT) + " filled in")));
        }
        if (org.ypsa.hub.domain.documents.FieldValues.noValue(f, IntelligenceField.INFORMATION).isEmpty()
                && !org.ypsa.hub.domain.forms.FieldType.narrative(information)) {
            // a word or two is another field's value or a heading's end, never the intelligence itself
            problems.add(new Problem(FORM, IntelligenceField.INFORMATION.label(), "is missing: the hub found only \""
                    + information + "\" where the information should be", "the information itself, in a sentence or more"));
        }
        // a phone is a number to ring: words where it goes (the next question's label) are no way to contact anyone
        String phone = value(f, IntelligenceField.PHONE);
        boolean phoneGiven = phone.replaceAll("\\D", "").length() >= MIN_PHONE_DIGITS;
        if (value(f, IntelligenceField.EMAIL).isEmpty() && !phoneGiven) {
            problems.add(new Problem(FORM, IntelligenceField.EMAIL.label(), phone.isEmpty()
                    ? "no contact email or phone is given"
                    : "no contact email is given, and \"" + phone + "\" is not a phone number",
                    "a way for the police to contact you"));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems, List.of());
        }
        String persons = value(f, IntelligenceField.PERSONS);
        boolean child = under18(persons, today) || AGE.matcher(persons.toLowerCase(Locale.ROOT)).find()
                || AGE.matcher(information.toLowerCase(Locale.ROOT)).find();
        boolean exploitation = EXPLOITATION.matcher((information + " " + persons).toLowerCase(Locale.ROOT)).find();
        return Validated.valid(new IntelligenceSubmission(value(f, IntelligenceField.AGENCY),
                org.ypsa.hub.domain.documents.FieldValues.staffName(f, IntelligenceField.WORKER), orNull(f, IntelligenceField.ROLE), orNull(f, IntelligenceField.EMAIL),
                phoneGiven ? phone : null, when.isEmpty() ? null : when, orNull(f, IntelligenceField.LOCATION),
                persons.isEmpty() ? null : persons, orNull(f, IntelligenceField.VEHICLES), information,
                orNull(f, IntelligenceField.SOURCE), orNull(f, IntelligenceField.GRADING),
                orNull(f, IntelligenceField.HANDLING), child, exploitation), List.of());
    }

    /** The fewest digits a phone number has (a UK number has ten or eleven; an extension alone is no contact). */
    private static final int MIN_PHONE_DIGITS = 6;

    /** The date and time of the information: one field, or a date field and a time field. */
    private static String when(Map<IntelligenceField, String> f) {
        return Dates.combine(value(f, IntelligenceField.WHEN), value(f, IntelligenceField.INFO_DATE),
                value(f, IntelligenceField.INFO_TIME));
    }

    private static boolean under18(String persons, LocalDate today) {
        Matcher m = DATE.matcher(persons);
        while (m.find()) {
            var dob = Dates.parse(m.group());
            if (dob.isPresent() && dob.get().isBefore(today) && Period.between(dob.get(), today).getYears() < 18) {
                return true;
            }
        }
        return false;
    }
}
