package org.ypsa.hub.domain.mash;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.Validated;

import static org.ypsa.hub.domain.documents.FieldValues.noPersonName;
import static org.ypsa.hub.domain.documents.FieldValues.personName;
import static org.ypsa.hub.domain.documents.FieldValues.orNull;
import static org.ypsa.hub.domain.documents.FieldValues.value;

/** MASH referrals are for homeless or threatened 16/17-year-olds (seed 003, 3.5 to 3.9). */
public final class MashValidator {
    private static final String FORM = "MASH referral";

    public Validated<MashReferral> validate(String kind, Map<MashField, String> f, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        noPersonName(f, MashField.NAME).ifPresent(why ->
                problems.add(new Problem(FORM, MashField.NAME.label(), why, "the young person's name")));
        Integer age = null;
        String dob = null;
        String rawDob = value(f, MashField.DATE_OF_BIRTH);
        Optional<LocalDate> d = Dates.birthDate(rawDob, today);
        if (rawDob.isEmpty() || d.isEmpty()) {
            problems.add(new Problem(FORM, MashField.DATE_OF_BIRTH.label(), rawDob.isEmpty() ? "is missing"
                    : "\"" + rawDob + "\" is not a date", "a date such as 14/03/2010"));
        } else {
            dob = d.get().toString();
            age = Period.between(d.get(), today).getYears();
            if (MashReferral.REFERRAL.equals(kind) && (age < 16 || age > 17)) {
                problems.add(new Problem(FORM, MashField.DATE_OF_BIRTH.label(), "the young person is " + age,
                        "a young person aged 16 or 17: others are referred another way"));
            }
        }
        String status = null;
        if (MashReferral.REFERRAL.equals(kind)) {
            String n = Labels.normalize(value(f, MashField.STATUS));
            status = statusOf(value(f, MashField.STATUS)).orElse(null);
            if (status == null) {
                problems.add(new Problem(FORM, MashField.STATUS.label(), n.isEmpty() ? "is missing"
                        : "\"" + value(f, MashField.STATUS) + "\" is not an answer the form knows", "Homeless or Threatened"));
            }
            if (value(f, MashField.AGENCY).isEmpty()) {
                problems.add(new Problem(FORM, MashField.AGENCY.label(), "is missing", "the agency making the referral"));
            }
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems, List.of());
        }
        return Validated.valid(new MashReferral(kind, personName(f, MashField.NAME), dob, age, orNull(f, MashField.ADDRESS),
                orNull(f, MashField.AGENCY), status, yesNo(f, MashField.MEDIATION), orNull(f, MashField.MEDIATION_OUTCOME),
                orNull(f, MashField.MEDIATION_DATE), orNull(f, MashField.CONCERNS), yesNo(f, MashField.KNOWN),
                orNull(f, MashField.PARENT_CONTACT)), List.of());
    }

    /**
     * The answer a status gives, "homeless" or "threatened", or empty when it gives none ("mediation notice", a heading's
     * words) or both: "Threatened with homelessness", "At risk of homelessness" and "Not yet" are threatened; "Homeless
     * now" and "Yes" homeless.
     */
    public static Optional<String> statusOf(String value) {
        String n = Labels.normalize(value == null ? "" : value);
        return bothAnswers(value == null ? "" : value) ? Optional.empty()
                : n.contains("threat") || n.contains("risk") || n.contains("notyet") || NOTICE_TO_LEAVE.matcher(value == null ? "" : value).find()
                        ? Optional.of("threatened")
                : n.contains("homeless") || n.equals("yes") || n.equals("y") ? Optional.of("homeless") : Optional.empty();
    }

    /**
     * A notice to leave given and not yet run out, as people say it: "notice given by parent", "served notice",
     * "notice to quit", "eviction notice", "being evicted" - threatened with homelessness. "Mediation notice" is none.
     */
    private static final java.util.regex.Pattern NOTICE_TO_LEAVE = java.util.regex.Pattern.compile("(?i)\\bnotice (given|served"
            + "|to (leave|quit))\\b|\\b(given|served|issued|has|had|got) (a |an |their |her |his )?(written |formal )?(eviction )?notice\\b"
            + "|\\beviction notice|\\b(being|facing|to be) evicted\\b");
    private static final java.util.regex.Pattern HOMELESS = java.util.regex.Pattern.compile("(?i)\\bhomeless\\b");
    private static final java.util.regex.Pattern THREATENED = java.util.regex.Pattern.compile("(?i)\\b(threat|at risk)");

    /**
     * A status that names both answers is none: "homeless or threatened? homeless" and "Homeless now Threatened with
     * homelessness ☑ ☐" are the question or both boxes read with the answer, and guessing one would route a young
     * person as threatened who is homeless tonight. "Threatened with homelessness" names one ("homelessness" is no
     * answer of its own).
     */
    static boolean bothAnswers(String status) {
        return HOMELESS.matcher(status).find() && THREATENED.matcher(status).find();
    }

    private static Boolean yesNo(Map<MashField, String> f, MashField field) {
        return org.ypsa.hub.domain.documents.FieldValues.yesNo(value(f, field)).orElse(null);
    }
}
