package org.ypsa.hub.domain.referrals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Labels;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.documents.FieldValues;
import org.ypsa.hub.domain.Validated;

import static org.ypsa.hub.domain.documents.FieldValues.noPersonName;
import static org.ypsa.hub.domain.documents.FieldValues.noStaffName;
import static org.ypsa.hub.domain.documents.FieldValues.noValue;
import static org.ypsa.hub.domain.documents.FieldValues.personName;
import static org.ypsa.hub.domain.documents.FieldValues.staffName;
import static org.ypsa.hub.domain.documents.FieldValues.staffNameOrNull;
import static org.ypsa.hub.domain.documents.FieldValues.orNull;
import static org.ypsa.hub.domain.documents.FieldValues.referenceOrNull;
import static org.ypsa.hub.domain.documents.FieldValues.value;

/** The rules of a referral (seed 001; SPEC.md "Supported Accommodation Assessment and Referral form"). */
public final class ReferralValidator {
    private static final String FORM = "Form";
    private static final String DATE_EXAMPLE = "a date such as 14/03/2009";
    private static final List<String> LEGAL_STATUSES = List.of("Looked after", "Care leaver", "Child in need",
            "Not known to social care");
    private static final List<ReferralField> REQUIRED = List.of(ReferralField.FULL_NAME, ReferralField.DATE_OF_BIRTH,
            ReferralField.LEGAL_STATUS, ReferralField.REFERRER_NAME, ReferralField.REFERRER_ROLE,
            ReferralField.ORGANISATION, ReferralField.REASON, ReferralField.DATE_NEEDED);

    private final Directory directory;
    private final java.util.function.Predicate<ReferralField> requiredByForm;

    /** A validator requiring the fields the hub's rules need. */
    public ReferralValidator(Directory directory) {
        this(directory, f -> false);
    }

    /** @param requiredByForm fields config/forms/referral.yml makes required, on top of those the rules need */
    public ReferralValidator(Directory directory, java.util.function.Predicate<ReferralField> requiredByForm) {
        this.directory = directory;
        this.requiredByForm = requiredByForm;
    }

    public Validated<Referral> validate(String variant, Map<ReferralField, String> f, String sender) {
        return validate(variant, f, sender, null);
    }

    /**
     * @param sent the day the referral was sent: a date needed or an FGC date written without its year ("23rd Dec")
     *     is the nearest such day to it; a date of birth needs its year. Null: every date needs its year.
     */
    public Validated<Referral> validate(String variant, Map<ReferralField, String> f, String sender, LocalDate sent) {
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        if (!directory.isReferrerAddress(sender)) {
            problems.add(new Problem(FORM, "Sender", "referrals are accepted only from the partnership's council and "
                    + "partner email addresses, and " + domainOf(sender) + " is not one of them",
                    "the referral sent from your work email address (" + String.join(", ", directory.referrerDomains())
                            + ")"));
        }
        for (ReferralField r : ReferralField.values()) {
            if (REQUIRED.contains(r) || requiredByForm.test(r)) {
                (r == ReferralField.FULL_NAME ? noPersonName(f, r) : r == ReferralField.REFERRER_NAME ? noStaffName(f, r)
                        : noValue(f, r)).ifPresent(why -> problems.add(
                        new Problem(FORM, r.label(), why, "the " + r.label().toLowerCase(Locale.ROOT) + " filled in")));
            }
        }
        LocalDate dob = birthDate(f, sent, problems);
        LocalDate needed = neededDate(f, sent, problems);
        int age = -1;
        if (dob != null && needed != null) {
            age = Period.between(dob, needed).getYears();
            if (age < 16 || age > 24) {
                problems.add(new Problem(FORM, ReferralField.DATE_OF_BIRTH.label(), "the young person will be " + age
                        + " on the date accommodation is needed (" + needed.format(Dates.UK) + ")",
                        "a young person aged 16 to 24 on that date: supported accommodation is for 16 to 24 year olds"));
            }
        }
        String legalStatus = null;
        String ls = value(f, ReferralField.LEGAL_STATUS);
        if (!ls.isEmpty()) {
            legalStatus = LEGAL_STATUSES.stream().filter(s -> Labels.normalize(s).equals(Labels.normalize(ls))
                    || Labels.normalize(ls).startsWith(Labels.normalize(s))).findFirst()
                    .or(() -> legalStatusAsWritten(ls)).orElse(null);
            if (legalStatus == null) {
                problems.add(new Problem(FORM, ReferralField.LEGAL_STATUS.label(), "\"" + ls + "\" is not a legal status "
                        + "the form knows", "one of: " + String.join(", ", LEGAL_STATUSES)));
            }
        }
        Boolean parent = yesNo(f, ReferralField.PARENT, FieldValues::parent, problems);
        Boolean uasc = yesNo(f, ReferralField.UASC, FieldValues::yesNo, problems);
        Boolean fgc = yesNo(f, ReferralField.FGC_OFFERED, FieldValues::offered, problems);
        Boolean consent = yesNo(f, ReferralField.CONSENT, FieldValues::yesNo, problems);
        String fgcDate = null;
        if (orNull(f, ReferralField.FGC_DATE) != null) {
            LocalDate d = date(f, ReferralField.FGC_DATE, raw -> fgcDate(raw, sent), problems);
            fgcDate = d == null ? null : d.toString();
        } else if (Boolean.TRUE.equals(fgc)) {
            // "Family Group Conference offered? (Y/N and date)" answered "Y - held Mon 16th Nov 2026": its date
            fgcDate = fgcDate(value(f, ReferralField.FGC_OFFERED), sent).map(LocalDate::toString).orElse(null);
        }
        boolean emergency = Referral.EMERGENCY.equals(variant);
        if (!emergency && !Boolean.TRUE.equals(fgc)) {
            problems.add(new Problem(FORM, ReferralField.FGC_OFFERED.label(), fgc == null ? "is not answered"
                    : "is No on a non-emergency referral", "Yes: a Family Group Conference must be offered before a "
                    + "non-emergency referral (or send the emergency form if the young person is not safe tonight)"));
        }
        if (emergency && orNull(f, ReferralField.SAFETY_CONCERN) == null) {
            problems.add(new Problem(FORM, ReferralField.SAFETY_CONCERN.label(), "is not described on an emergency "
                    + "referral", "a description of why the young person is not safe where they are now"));
        }
        String basis = orNull(f, ReferralField.SAFEGUARDING_BASIS) == null ? ""
                : value(f, ReferralField.SAFEGUARDING_BASIS);
        if (basis.isEmpty() && Boolean.FALSE.equals(consent)) {
            basis = groundsWrittenWithTheAnswer(value(f, ReferralField.CONSENT));
        }
        if (!Boolean.TRUE.equals(consent) && basis.isEmpty()) {
            problems.add(new Problem(FORM, ReferralField.CONSENT.label(), consent == null ? "is not answered"
                    : "is No and no safeguarding basis for sharing without consent is given",
                    "Yes, or the safeguarding basis for sharing without the young person's consent"));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems, warnings);
        }
        String pathway = Boolean.TRUE.equals(parent) ? "Parents" : age <= 17 ? "16/17 Shared (in-house)" : "18+";
        return Validated.valid(new Referral(variant, pathway, age,
                new Referral.YoungPerson(personName(f, ReferralField.FULL_NAME), dob.toString(), orNull(f, ReferralField.GENDER),
                        referenceOrNull(f, ReferralField.LCS_NUMBER), orNull(f, ReferralField.CURRENT_ADDRESS),
                        locality(f), legalStatus, uasc, Boolean.TRUE.equals(parent)),
                new Referral.Referrer(staffName(f, ReferralField.REFERRER_NAME), value(f, ReferralField.REFERRER_ROLE),
                        value(f, ReferralField.ORGANISATION),
                        value(f, ReferralField.REFERRER_EMAIL).isEmpty() ? sender : value(f, ReferralField.REFERRER_EMAIL),
                        orNull(f, ReferralField.REFERRER_PHONE)),
                new Referral.Contact(staffNameOrNull(f, ReferralField.SOCIAL_WORKER_NAME), orNull(f, ReferralField.SOCIAL_WORKER_EMAIL)),
                new Referral.FamilyGroupConference(fgc, fgcDate), orNull(f, ReferralField.DIVERSION),
                value(f, ReferralField.REASON), orNull(f, ReferralField.SAFETY_CONCERN),
                new Referral.Risks(orNull(f, ReferralField.RISK_TO_SELF), orNull(f, ReferralField.RISK_TO_OTHERS),
                        orNull(f, ReferralField.RISK_FROM_OTHERS), orNull(f, ReferralField.EXPLOITATION),
                        orNull(f, ReferralField.SUBSTANCE_MISUSE), orNull(f, ReferralField.OFFENDING),
                        orNull(f, ReferralField.MENTAL_HEALTH)),
                orNull(f, ReferralField.SUPPORT_NEEDS), needed.toString(), Boolean.TRUE.equals(consent),
                basis.isEmpty() ? null : basis), warnings);
    }

    /** The legal statuses' words and sections as written in an answer, its letters and digits only. */
    private static final String STATUS_WORDS = "(lac|cla|looked after( child)?|in care|cin|child in need|care leaver|s ?20|sec ?20"
            + "|section 20|s ?31|sec ?31|section 31|s ?17|sec ?17|section 17|care order|interim care order|ico)";

    /**
     * The legal status as social workers abbreviate it: LAC, CLA, s20, sec 20, ICO, remanded, former relevant, care
     * experienced, CIN, s17, not known. A status denied ("Not LAC") is none of them: the sender is asked.
     */
    static Optional<String> legalStatusAsWritten(String raw) {
        String n = " " + raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        // a status only asked for or being assessed is not yet held: "Homeless 16/17 - s20 assessment", "ICO applied
        // for", "pending care order", "s20 being considered" (the sender is asked, never routed as looked after)
        n = n.replaceAll(" (pending|awaiting|possible|potential|proposed|considering|requested) (an |a )?" + STATUS_WORDS + "(?= )", " ~")
                .replaceAll(" " + STATUS_WORDS + " (assessment|being assessed|being considered|considered|pending|requested"
                        + "|applied for|application|to be decided|tbc|tbd)(?= )", " ~");
        // a status denied is not that status: "Not LAC", "no longer looked after", "non-CIN"
        n = n.replaceAll(" (not|no longer|never|non|isnt|is not|wasnt|was not) (a |an )?(lac|cla|looked after( child)?|in care"
                + "|cin|child in need|care leaver|s ?20|s ?17|section 20|section 17)(?= )", " ~");
        if (n.matches(".* (not known|unknown|none|nfa|not open|no (social care |social services |csc )?involvement) .*")) {
            return Optional.of("Not known to social care");
        }
        if (n.matches(".* (care leaver|leaving care|former relevant|relevant child|former looked after|eligible"
                + "|qualifying|relevant|care experienced) .*")) {
            return Optional.of("Care leaver");
        }
        if (n.matches(".* (lac|cla|looked after|in care|s ?20|sec ?20|section 20|s ?31|sec ?31|section 31|care order|ico"
                + "|accommodated|remand|remanded) .*")) {
            return Optional.of("Looked after");
        }
        if (n.matches(".* (cin|child in need|s ?17|section 17) .*")) {
            return Optional.of("Child in need");
        }
        return Optional.empty();
    }

    private String locality(Map<ReferralField, String> f) {
        String raw = value(f, ReferralField.PREFERRED_LOCALITY);
        return raw.isEmpty() ? null : directory.locality(raw).orElse(raw);
    }

    private static String domainOf(String address) {
        if (address == null || address.indexOf('@') < 0) {
            return "an unknown address";
        }
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Words that say how soon or how firmly, around the one date of a date needed: "15/01/2027 if possible", "ASAP, by
     * 15/01/2027", "15/01/2027 - planned, some flexibility".
     */
    private static final java.util.Set<String> HOW_SOON = java.util.Set.of("asap", "as", "soon", "possible", "if",
            "or", "sooner", "earlier", "no", "later", "than", "by", "ideally", "preferably", "latest", "at", "the", "on",
            "from", "before", "please", "urgently", "urgent", "immediately", "earliest", "and", "planned", "some", "flexibility", "flexible",
            "approx", "approximately", "around");
    private static final int MAX_DATE_WORDS = 5;

    /**
     * The date accommodation is needed: a date as {@link Dates} reads one; "today" or "tonight" alone, the day the
     * referral was sent; or the one date among words that only say how soon ("15/01/2027 if possible", "ASAP - no
     * later than 15/01/2027", "Today (30/11/2026)"). Two different dates ("w/c 11/01/2027 - ideally 15/01/2027") or
     * any other words, and "ASAP" alone, are no date: the sender is asked.
     */
    private static LocalDate neededDate(Map<ReferralField, String> f, LocalDate sent, List<Problem> problems) {
        String raw = value(f, ReferralField.DATE_NEEDED);
        if (raw.isEmpty() || Dates.parse(raw, sent, Dates.Yearless.NEAREST).isPresent()) {
            return date(f, ReferralField.DATE_NEEDED, sent, problems);
        }
        String[] words = raw.toLowerCase(Locale.ROOT).replaceAll("[(),;!\\[\\]]|\\s[-\u2013]\\s", " ").trim().split("\\s+");
        java.util.Set<LocalDate> dates = new java.util.HashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (HOW_SOON.contains(words[i])) {
                continue;
            }
            if (sent != null && words[i].matches("today|tonight")) {
                dates.add(sent); // "Today (30/11/2026)" is one day; "today or tomorrow" two
                continue;
            }
            int end = -1;
            LocalDate found = null;
            for (int j = Math.min(words.length, i + MAX_DATE_WORDS); j > i && found == null; j--) {
                Optional<LocalDate> d = Dates.parse(String.join(" ", java.util.Arrays.copyOfRange(words, i, j)), sent,
                        Dates.Yearless.NEAREST);
                if (d.isPresent()) {
                    found = d.get();
                    end = j;
                }
            }
            if (found == null) {
                return date(f, ReferralField.DATE_NEEDED, sent, problems); // a word that is no date and says no time
            }
            dates.add(found);
            i = end - 1;
        }
        if (dates.size() != 1) {
            return date(f, ReferralField.DATE_NEEDED, sent, problems);
        }
        return dates.iterator().next();
    }

    /** What a referrer writes about the conference before its date: "FGC held 03/11", "Yes - offered 3.11.26". */
    private static final Pattern FGC_BEFORE = Pattern.compile("(?i)^(?:(?:yes|y)\\b\\s*[-,:;]?\\s*)?(?:(?:(?:an?\\s+|the\\s+)?"
            + "(?:fgc|family group conference|conference|meeting)\\s+)?(?:was\\s+)?(?:first\\s+)?"
            + "(?:offered and declined|offered/held|offered|held|took place|arranged|booked|planned|scheduled)"
            + "(?:\\s+(?:on|for))?\\s*:?\\s*)?(?=\\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+\\d)");
    /** The date said to be the offer's among others: "Offered 28/10/2026, held 12/11/2026", "held 4/11; offered on 28/10". */
    private static final Pattern OFFERED_ON = Pattern.compile("(?i)\\boffered\\s+(?:on\\s+)?([^,;]+?)\\s*(?=[,;]|\\s(?:and|but|then)\\b|$)");
    /** Words after the conference's date about what came of it: "03/11/26 offered", "3.11.26 declined by mum". */
    private static final Pattern FGC_AFTER = Pattern.compile("(?i)(?<=\\d|[a-z]{3})\\s+(?:(?:was|and|but|then)\\s+)?"
            + "(?:offered|held|declined|refused|accepted|attended|took place|not attended|(?:by|to) (?:the )?family)"
            + "(?:\\s+[a-z' ]*)?$");

    /**
     * The date of the Family Group Conference, with the words a referrer writes about it: "FGC held 03/11",
     * "offered 3.11.26, declined", "Yes - 03/11/2026", "03/11/26 offered". Of two dates, the one said to be the date
     * offered, which the form asks ("Offered 28/10/2026, held 12/11/2026"); two dates not told apart ("held 03/11 and
     * 10/11") are no one date: the sender is asked.
     */
    static Optional<LocalDate> fgcDate(String raw, LocalDate sent) {
        Optional<LocalDate> d = Dates.parse(raw, sent, Dates.Yearless.NEAREST);
        if (d.isPresent()) {
            return d;
        }
        List<java.util.regex.MatchResult> offered = OFFERED_ON.matcher(raw).results().toList();
        Optional<LocalDate> when = offered.size() == 1
                ? Dates.parse(offered.get(0).group(1), sent, Dates.Yearless.NEAREST) : Optional.empty();
        if (when.isPresent()) {
            return when;
        }
        String s = FGC_BEFORE.matcher(raw.strip()).replaceFirst("");
        s = FGC_AFTER.matcher(s).replaceFirst("");
        return s.equals(raw.strip()) ? Optional.empty() : Dates.parse(s, sent, Dates.Yearless.NEAREST);
    }

    private static LocalDate date(Map<ReferralField, String> f, ReferralField field, LocalDate sent,
            List<Problem> problems) {
        return date(f, field, raw -> Dates.parse(raw, sent, Dates.Yearless.NEAREST), problems);
    }

    /** The date of birth, with or without the age beside it ({@link Dates#birthDate}); it always has its year. */
    private static LocalDate birthDate(Map<ReferralField, String> f, LocalDate sent, List<Problem> problems) {
        return date(f, ReferralField.DATE_OF_BIRTH, raw -> Dates.birthDate(raw, sent), problems);
    }

    private static LocalDate date(Map<ReferralField, String> f, ReferralField field,
            Function<String, Optional<LocalDate>> reader, List<Problem> problems) {
        String raw = value(f, field);
        if (raw.isEmpty()) {
            return null;
        }
        Optional<LocalDate> d = reader.apply(raw);
        if (d.isEmpty()) {
            problems.add(new Problem(FORM, field.label(), "\"" + raw + "\" is not a date", DATE_EXAMPLE));
            return null;
        }
        return d.get();
    }

    private static Boolean yesNo(Map<ReferralField, String> f, ReferralField field,
            Function<String, Optional<Boolean>> reader, List<Problem> problems) {
        String raw = value(f, field);
        if (raw.isEmpty()) {
            return null;
        }
        Optional<Boolean> answer = reader.apply(raw);
        if (answer.isPresent()) {
            return answer.get();
        }
        problems.add(new Problem(FORM, field.label(), "\"" + value(f, field) + "\" is not Yes or No", "Yes or No"));
        return null;
    }

    /** A consent answer's first line, or its answer and the mark after it on one line: "☐ Yes ☒ No", "No -", "No (". */
    private static final Pattern ANSWER_FIRST = Pattern.compile("^[^\\n]*\\n|^\\W*\\w+\\W*");
    /** Grounds for sharing without consent, as social workers state them; not denied ("no safeguarding concerns"). */
    private static final Pattern GROUNDS = Pattern.compile("(?i)(?<!\\bno )(?<!\\bnot )\\b(without (his |her |their |the young person's |the yp's "
            + "|yp's |the child's )?consent|safeguard\\w*|significant harm|s\\.? ?(17|47)\\b|section (17|47)\\b|children act|"
            + "(lawful|legal) basis|public interest|vital interest|overrid\\w+|duty to share)");

    /**
     * The grounds for sharing without consent written with the answer No itself, in its cell or after it ("☐ Yes ☒ No"
     * over "Harvey refused to sign. Sharing without consent under s.17/s.47 Children Act 1989 ...", "No - shared to
     * safeguard her, risk of significant harm"): the words after the answer, when they state grounds. Empty when they do
     * not ("No - YP declined"): a refusal alone is no basis.
     */
    static String groundsWrittenWithTheAnswer(String consent) {
        String after = ANSWER_FIRST.matcher(consent == null ? "" : consent.strip()).replaceFirst("").strip();
        return GROUNDS.matcher(after).find() ? after : "";
    }
}
