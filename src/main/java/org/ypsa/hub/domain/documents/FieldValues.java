package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.TwoLanguages;

/**
 * Reading a form's fields as the readers found them: a missing or blank value is "" (or null where optional).
 * Blank is what people write for nothing: spaces (non-breaking ones too), a dash, "n/a"; an optional field
 * also takes "none", "nil", "tbc" and the like as nothing.
 */
public final class FieldValues {
    private static final Set<String> EMPTY = Set.of("", "-", "--", "_", ".", "n/a", "na", "n.a", "n\\a", "nk");
    private static final Set<String> NOTHING = Set.of("none", "nil", "tbc", "tba", "not known", "unknown",
            "not applicable", "no details", "none known", "nothing", "not given", "to be confirmed",
            // pointing elsewhere is no answer here: "as above", "see attached", "N/K", "not known at present"
            "n/k", "n.k", "not known at present", "not known yet", "unknown at present", "not yet known",
            "as above", "see above", "same as above", "ditto", "see attached", "see attachment", "attached",
            "see notes", "see below", "to follow", "tbd", "tbc at present",
            // not knowing, typed in a hurry: "dunno", "idk", "no idea", a question mark alone
            "dunno", "idk", "dont know", "don't know", "don\u2019t know", "no idea", "?", "??", "???");

    /** Answers that point elsewhere rather than give a value: nothing for an optional field, no value for a required one. */
    private static final Set<String> POINTERS = Set.of("as above", "see above", "same as above", "ditto", "see attached",
            "see attachment", "attached", "see notes", "see below", "to follow");

    /**
     * An answer still to come where a required one goes: "TBC", "To be confirmed", "will confirm", "to follow",
     * "details to follow", "to be advised", "I will update you": the field is not given yet.
     */
    private static final java.util.regex.Pattern PENDING = java.util.regex.Pattern.compile(
            "(?:(?:details|info|information|answer|this|these|more|full details|further details)\\s+)?"
                    // "TBC - after placement", "TBA (when she has moved)": a remark with no date after it
                    + "(?:(?:tbc|tba|tbd)\\s*[-\u2013,(;]\\s*[^\\d]*"
                    + "|tbc|tba|tbd|tbc at present|t\\.b\\.c|to be (?:confirmed|advised|agreed|decided|determined|arranged"
                    + "|completed|added|discussed|updated)(?: later| shortly| soon)?"
                    + "|(?:(?:i|we|worker|sw|they) )?(?:will|to|shall) (?:follow|confirm|advise|update|send|provide)"
                    + "(?: later| shortly| soon| asap| on| separately| in due course| you)*"
                    + "|not yet (?:decided|agreed|confirmed)"
                    // waiting for the answer: "awaiting info", "waiting on confirmation"
                    + "|(?:awaiting|waiting (?:for|on))(?: (?:the |a )?(?:info|information|details|confirmation|date|reply))?"
                    + "|see (?:the )?(?:attached|enclosed)(?: report| document| form| notes| sheet| file)?"
                    + "|please see (?:the )?(?:attached|attachment|enclosed)(?: report| document| form| notes)?)[.!]?");

    private FieldValues() {
    }

    /**
     * Why a required field holds no value, as the reply says it: "is missing" when nothing is written, and when the
     * answer only points elsewhere ("see attached", "as above") that it says so; empty when it holds a value.
     */
    public static <F> Optional<String> noValue(Map<F, String> fields, F field) {
        String v = fields.get(field);
        if (v == null || isBlank(v)) {
            return Optional.of("is missing");
        }
        if (answer(v).isEmpty()) {
            // a tick list with no box marked, or two: no answer was chosen, and none is guessed (routed without the
            // field had been what "☒ Looked after ☒ Child in need" gave a required legal status)
            return Optional.of("is missing: the hub could not tell which one answer is ticked (none, or more than one)");
        }
        if (POINTERS.contains(tidy(v))) {
            return Optional.of("is missing: the form says only \"" + v.strip() + "\", and the hub reads the answer "
                    + "from the form itself");
        }
        if (PENDING.matcher(tidy(v)).matches()) {
            return Optional.of("is missing: the form says only \"" + v.strip() + "\", an answer still to come, and "
                    + "the form can be accepted only with the answer itself");
        }
        return Optional.empty();
    }

    /**
     * As {@link #noValue}, for a field that holds a person's name: also why a value that cannot be one is refused
     * ("referral to MASH", "property", "kian.hart@provider.test", "NAME Saffi Vale"), so that a misread form is
     * returned to its sender rather than routed with someone else's words for a name.
     */
    public static <F> Optional<String> noPersonName(Map<F, String> fields, F field) {
        return noValue(fields, field).or(() -> readsAsName(personName(fields, field)) ? Optional.empty()
                : Optional.of("\"" + value(fields, field).strip().replaceAll("\\s+", " ")
                        + "\" does not read as a person's name"));
    }

    /** Where one part of a role or team ends and the next begins: "Personal Adviser, Leaving Care", "SW | CLA Team". */
    private static final String PARTS_APART = ",|\\||\\s[-\u2013\u2014]\\s";
    /** Where a role or team after a name begins: "Sam Jones, key worker", "Sam Jones / support worker". */
    private static final java.util.regex.Pattern BEFORE_A_ROLE = java.util.regex.Pattern.compile(
            "\\s*(?:" + PARTS_APART + "|/)\\s*");
    private static final java.util.regex.Pattern ROLE_THEN_TEAM = java.util.regex.Pattern.compile(
            "\\s*(?:" + PARTS_APART + ")\\s*");

    /**
     * The words written after a name as a role and the team after it ("Personal Adviser, Leaving Care Service" is the
     * role "Personal Adviser" and the team "Leaving Care Service"; "Social Worker" a role alone): one part or two. A
     * slash joins, as in "SW / PA", and parts no role.
     */
    public static List<String> roleThenTeam(String written) {
        return List.of(ROLE_THEN_TEAM.split(written == null ? "" : written.strip(), 2));
    }

    /**
     * As {@link #noPersonName}, for a worker's or referrer's name, which may hold an officer's rank and collar number
     * ("PC 4412 Jones"): a value that names no one ("mobile / landline", "observation": the rest of a label or a
     * value's last word) is refused, so that a form without the sender's name is returned, not routed with words.
     */
    public static <F> Optional<String> noStaffName(Map<F, String> fields, F field) {
        return noValue(fields, field).or(() -> namesSomeone(value(fields, field))
                || namesSomeone(BEFORE_A_ROLE.split(value(fields, field), 2)[0]) ? Optional.empty()
                : Optional.of("\"" + value(fields, field).strip().replaceAll("\\s+", " ")
                        + "\" does not read as a person's name"));
    }

    /** A date as people write one beside a name: "01/02/2009", "1.2.09", "2009-02-01", "1st February 2009". */
    private static final String A_DATE = "(?<date>\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{2,4})";
    /**
     * A date after a name, marked as the date of birth or not ("Jay Smith, DOB 01/02/2009", "Jay Smith 01/02/2009",
     * "Jay Smith - born 1st Feb 2009", "Jay Smith d.o.b. 1.2.09"): beside a person's name a date is when they were born.
     */
    // a full stop may end the sentence: "Ines Joyner. born 20.5.06."
    private static final String BIRTH_AFTER_A_NAME = "\\s*[.,;\u2013\u2014-]?\\s*(?:" + Dates.BIRTH_MARK
            + "\\s*[:\u2013\u2014-]?\\s*)?" + A_DATE + "\\.?";
    private static final java.util.regex.Pattern MARKED_AS_THE_BIRTH = java.util.regex.Pattern.compile(
            "(?i)(?<!\\p{L})" + Dates.BIRTH_MARK);
    /**
     * A member of staff's name as routed, without the role or team written after it: "Sam Jones (SW)", "Sam Jones -
     * social worker", "Sam Jones, Leaving Care PA" are Sam Jones. A rank and collar number stay ("PC 4412 Jones"), and
     * so does a surname before a comma ("Jones, Sam"): only two words or more that read as a name are cut from a role.
     */
    public static <F> String staffName(Map<F, String> fields, F field) {
        String v = value(fields, field).strip();
        String bare = withoutNote(v);
        if (!forenameFirst(bare).equals(bare)) {
            return bare; // "ap RHYS, Dewi", "Van Dijk, Lotte": a surname before the comma, not a name before its role
        }
        String head = BEFORE_A_ROLE.split(bare, 2)[0].strip();
        if (!head.equals(bare) && head.split("\\s+").length >= 2 && namesSomeone(head)) {
            return head;
        }
        return namesSomeone(bare) ? bare : v;
    }

    /** As {@link #staffName}, for an optional name (the young person's social worker): null when none is written. */
    public static <F> String staffNameOrNull(Map<F, String> fields, F field) {
        return orNull(fields, field) == null ? null : staffName(fields, field);
    }

    /** The ages a team is for, in its name: "16+ team", "16-25 service" (figures, but no phone number). */
    private static final String AGES = "(?<!\\d)\\d{2}(?:\\+|[-\u2013]\\d{2})(?!\\d)";
    /** A role written after a name, in brackets: "Sian Prosser (Social Worker)". */
    private static final java.util.regex.Pattern ROLE_IN_BRACKETS = java.util.regex.Pattern.compile(
            "^(?<name>[^()]+?)\\s*\\((?<role>[^()]+)\\)$");

    /**
     * A member of staff's name and their role written as one answer, for one label asking both ("Referrer name and
     * role: Sian Prosser, Social Worker", "Sian Prosser - Senior Practitioner", "Sian Prosser (Social Worker)"): the
     * name and the role, when two words or more before a comma, a dash, a slash, a bar or a bracket read as a name and
     * the words after them are words only (no figure but a team's ages, "16+ team"; no "@") of which no part is
     * written as a name (capitalised and reading as one; a role's letters, as in "Leaving Care PA", read as none).
     * Empty otherwise: a second person ("Sian Prosser, Ffion Hale") or a phone number is no role.
     */
    public static Optional<java.util.Map.Entry<String, String>> nameAndRole(String raw) {
        String v = raw == null ? "" : raw.replace('\u00a0', ' ').strip();
        java.util.regex.Matcher bracketed = ROLE_IN_BRACKETS.matcher(v);
        String[] parts = bracketed.matches() ? new String[] {bracketed.group("name"), bracketed.group("role")}
                : BEFORE_A_ROLE.split(v, 2);
        if (parts.length < 2) {
            return Optional.empty();
        }
        String name = parts[0].strip();
        String role = parts[1].strip();
        boolean aName = name.split("\\s+").length >= 2 && readsAsName(RANK.matcher(name).replaceFirst(""));
        boolean aRole = role.matches("(?:[\\p{L}\\p{M} .,&/'\u2019()-]|" + AGES + ")*\\p{L}(?:[\\p{L}\\p{M} .,&/'\u2019()-]|"
                + AGES + ")*")
                && java.util.Arrays.stream(BEFORE_A_ROLE.split(role)).map(String::strip)
                        .noneMatch(p -> readsAsName(p) && Character.isUpperCase(p.codePointAt(0)));
        return aName && aRole ? Optional.of(java.util.Map.entry(name, role)) : Optional.empty();
    }

    /** A name as written after it, in brackets or after a dash: "(known as Saf)", "- prefers Rho", "(YP)", "[YP]". */
    private static final java.util.regex.Pattern NAME_NOTE = java.util.regex.Pattern.compile(
            "\\s*(\\([^()]*\\)|\\[[^\\[\\]]*\\]"
                    + "|[-\u2013\u2014,]?\\s*\\b((?:also\\s+)?known as|prefers|preferred|aka|a\\.k\\.a\\.?)(?=\\s|$).*"
                    // an age after the name ("Harry Smith, 16", "- 16 yrs", "aged 16"), pronouns ("they/them")
                    + "|\\s*[,\u2013\u2014-]\\s*(aged?\\s*)?\\d{1,2}\\s*(yrs?|years?( old)?|y/?o)?"
                    + "|\\s+(aged?\\s*\\d{1,2}|\\d{1,2}\\s*(yrs|years( old)?|y/?o))"
                    + "|\\s+(he|she|they|ze|xe)/(him|her|them|his|hers|their|theirs)"
                    // a date of birth after the name, without brackets ("Jay Smith, DOB 01/02/2009", "- born 1 Feb 2009")
                    + "|" + BIRTH_AFTER_A_NAME + ")\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A name and the date beside it, in brackets or not: "Jay Smith (DOB 01/02/2009)", "Jay Smith 01/02/2009". */
    private static final java.util.regex.Pattern NAME_THEN_BIRTH = java.util.regex.Pattern.compile(
            "^(?<name>.*?\\p{L}\\.?)\\s*(?:\\((?:" + BIRTH_AFTER_A_NAME + ")\\s*\\)|" + BIRTH_AFTER_A_NAME
                    .replace("<date>", "<dateAfter>") + ")\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The date written beside a person's name ("Jay Smith, DOB 01/02/2009", "Jay Smith (d.o.b. 1.2.09)", "Jay Smith
     * 01/02/2009"), as written, when the words before it read as a name; empty otherwise.
     */
    public static Optional<String> dateBesideAName(String raw) {
        java.util.regex.Matcher m = NAME_THEN_BIRTH.matcher(raw == null ? "" : raw.replace('\u00a0', ' ').strip());
        if (!m.matches() || !namesSomeone(m.group("name"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(m.group("date") != null ? m.group("date") : m.group("dateAfter"));
    }

    /**
     * As {@link #dateBesideAName}, only a date marked as the birth's ("Jay Smith, DOB 01/02/2009", "born ...", "d.o.b."):
     * an unmarked date after a name may be any day of the form (an incident's), and a date of birth is never guessed.
     */
    public static Optional<String> markedDateOfBirthBesideAName(String raw) {
        return dateBesideAName(raw).filter(d -> MARKED_AS_THE_BIRTH.matcher(raw).find());
    }

    /** The name before a date written beside it ("Jay Smith" of "Jay Smith 01/02/2009"); empty when there is none. */
    public static Optional<String> nameBesideADate(String raw) {
        java.util.regex.Matcher m = NAME_THEN_BIRTH.matcher(raw == null ? "" : raw.replace('\u00a0', ' ').strip());
        return m.matches() && namesSomeone(m.group("name")) ? Optional.of(m.group("name").strip()) : Optional.empty();
    }

    /** A nickname in brackets between a forename and a surname: "Ellis (Elle) Morgan" is Ellis Morgan. */
    private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile(
            "(?<=\\p{L})\\s*\\([^()]{1,30}\\)\\s+(?=\\p{Lu})");

    /**
     * A person's name as the form gives it, without a note after it: "Saffi Upcott (known as Saf)" is Saffi Upcott,
     * "Rhodri Vale - prefers Rho" is Rhodri Vale, "Harry Smith, 16" and "Alex Green they/them" are Harry Smith and Alex
     * Green, and "Ellis (Elle) Morgan" is Ellis Morgan. The name as written stays in the form kept on the queue.
     */
    public static <F> String personName(Map<F, String> fields, F field) {
        return forenameFirst(withoutTitle(withoutNote(withoutStatus(value(fields, field)))));
    }

    /** A bare age after a name, without a word for it: "Tomos Reed 16". */
    private static final java.util.regex.Pattern BARE_AGE = java.util.regex.Pattern.compile("^(?<name>.*\\p{L}\\.?)\\s+\\d{1,2}$");

    /**
     * A name without what is said of the person after it, without brackets: a status after a dash or a comma ("Tomos
     * Reed - care leaver", "Tomos Reed, looked after", "Tomos Reed - CLA") or a bare age ("Tomos Reed 16"). Only when
     * two words or more before it read as a name, and the words after a dash or comma are words of a young person's
     * status ({@link #STATUS_WORDS}) or a status's abbreviation in capitals: "Tomos Reed, Jay Smith" and "Tomos Reed,
     * kayleigh reed" (a second person in small letters) stay as written, and so are refused, never cut to one of them;
     * a single word before a number ("Room 16") is no name cut from an age.
     */
    private static String withoutStatus(String v) {
        String s = v.strip();
        java.util.regex.Matcher age = BARE_AGE.matcher(s);
        if (age.matches() && age.group("name").strip().split("\\s+").length >= 2 && namesSomeone(age.group("name"))) {
            return age.group("name").strip();
        }
        String[] parts = BEFORE_A_ROLE.split(s, 2);
        if (parts.length < 2 || !saysAStatus(parts[1])) {
            return s;
        }
        return nameAndRole(s).isPresent() ? parts[0].strip() : s;
    }

    /**
     * The words a young person's status is written in after their name: the legal statuses ("looked after", "care
     * leaver", "child in need", "not known to social care") and how staff say them ("care experienced", "former
     * relevant", "accommodated under section 20", "unaccompanied asylum seeker", "young parent", "pregnant").
     */
    private static final Set<String> STATUS_WORDS = Set.of("looked", "after", "care", "leaver", "leaving", "child",
            "in", "need", "not", "known", "to", "social", "experienced", "former", "relevant", "eligible", "qualifying",
            "accommodated", "under", "section", "s20", "s31", "on", "a", "an", "order", "interim", "full", "protection",
            "plan", "cp", "unaccompanied", "asylum", "seeker", "seeking", "young", "parent", "expectant", "pregnant",
            "mum", "dad", "mother", "father", "remanded", "remand", "open", "closed", "case", "status", "yp", "the",
            "of", "and", "or", "/");
    /** A status abbreviated in capitals, alone or several: "CLA", "LAC", "CIN", "UASC", "CLA / UASC". */
    private static final String STATUS_ABBREVIATION = "\\p{Lu}{2,5}(?:\\s*[/&,]\\s*\\p{Lu}{2,5})*";

    /** Whether the words after a young person's name say their status, not who else they are (no other name). */
    private static boolean saysAStatus(String after) {
        String t = after.strip();
        if (t.matches(STATUS_ABBREVIATION)) {
            return true;
        }
        String[] words = t.toLowerCase(Locale.ROOT).replaceAll("[,;/&()]", " ").trim().split("\\s+");
        return words.length > 0 && !words[0].isEmpty()
                && java.util.Arrays.stream(words).allMatch(w -> STATUS_WORDS.contains(w) || w.matches("s\\.?\\s?\\d{2}"));
    }

    /**
     * A surname before a comma and the forenames after it, as case files list people: "OKAFOR, Tomos",
     * "MAC GREGOR-LEWIS, Ffion Mai", "Okafor, Tomos", "ap Ifan, Dewi" are written forename first. Only that plain
     * form is turned: one surname, in capitals or with a capital (with a particle such as "AP" or "ab" before it), one
     * or two forenames, nothing else ("Okafor, Tomos, Jr" and "Okafor and Sons, Tomos" stay as written).
     */
    private static final java.util.regex.Pattern SURNAME_FIRST = java.util.regex.Pattern.compile(
            "^((?:(?i:ab|ap|ferch|verch|van|von|de|da|di|du|del|bin|bint|ibn|mac|mc)\\s+)?"
                    + "\\p{Lu}[\\p{L}\\p{M}'\u2019-]*\\p{L})\\s*,\\s*"
                    + "(\\p{Lu}[\\p{L}\\p{M}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'\u2019-]*)?)$");

    /**
     * A surname in capitals before the forenames, with no comma, as case systems list people: "OKAFOR Tomos",
     * "PUGH-EVANS Carys Mai", "O'NEILL Siân". The capitals tell the surname: only a surname of three letters or more (two
     * capitals may be initials, "AJ Smith") before one or two forenames written with small letters; a name all in
     * capitals ("TOMOS OKAFOR") or two names in capitals ("OKAFOR TOMOS") say nothing of which is which, and stay.
     */
    private static final java.util.regex.Pattern CAPITAL_SURNAME_FIRST = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M}'\u2019-]{1,}\\p{Lu})\\s+"
                    + "(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'\u2019-]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'\u2019-]*)?)$");

    static String forenameFirst(String name) {
        java.util.regex.Matcher m = SURNAME_FIRST.matcher(name.strip());
        if (m.matches()) {
            return m.group(2) + " " + m.group(1);
        }
        java.util.regex.Matcher capitals = CAPITAL_SURNAME_FIRST.matcher(name.strip());
        return capitals.matches() ? capitals.group(2) + " " + capitals.group(1) : name;
    }

    /** A title before a forename and surname ("Miss", "Mr", "Mx", "Master"): no part of the young person's name. */
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "^(?i:mr|mrs|miss|ms|mx|master|mstr|dr)\\.?\\s+(?=\\p{Lu}\\S*\\s+\\S)");

    private static String withoutTitle(String v) {
        return TITLE.matcher(v).replaceFirst("");
    }

    /**
     * The name a person goes by first and the name they were given in brackets after it: "Tash (Natasha) Costello",
     * "Jo (Joanne) Smith", "Bex (Rebecca) Hall". The given name is the longer one and holds the short one's first two letters.
     */
    private static final java.util.regex.Pattern SHORT_NAME_FIRST = java.util.regex.Pattern.compile(
            "^(?<short>\\p{Lu}[\\p{L}'\u2019-]*)\\s*\\((?<given>\\p{Lu}[\\p{L}'\u2019-]*)\\)\\s+(?=\\p{Lu})");

    /** "Tash (Natasha) Costello" as "Natasha Costello": the given name in brackets after the short name is the name. */
    private static String givenNameFirst(String v) {
        java.util.regex.Matcher m = SHORT_NAME_FIRST.matcher(v.strip());
        if (!m.find()) {
            return v;
        }
        String shortName = m.group("short").toLowerCase(Locale.ROOT);
        String given = m.group("given").toLowerCase(Locale.ROOT);
        boolean isItsShortForm = given.length() > shortName.length() && shortName.length() >= 2
                && given.contains(shortName.substring(0, 2));
        return isItsShortForm ? m.group("given") + " " + v.strip().substring(m.end()) : v;
    }

    /** A name without the note after it ("(known as Saf)"); as written when it is all note. */
    private static String withoutNote(String v) {
        String bare = NAME_NOTE.matcher(NICKNAME.matcher(givenNameFirst(v)).replaceFirst(" ")).replaceFirst("").strip();
        return bare.isEmpty() ? v : bare;
    }

    /** A police officer's rank or a title, and a collar number, before a name: "PC 4412", "DS", "Sgt 1203". */
    private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile(
            "^(?i:(pc|pcso|dc|ds|di|dci|sgt|ps|insp|inspector|sergeant|constable|detective|det)\\.?\\s+)?"
                    + "(\\d{2,7}\\s+)?");

    /**
     * Whether a value written for a person's name is one ({@link #readsAsName}), leaving aside a note after it ("Saffi
     * Upcott (known as Saf)") and an officer's rank and collar number before it ("PC 4412 Jones", "DS Amy Hale"):
     * of the values a form gives for a name field, the one that is a name is the answer, not "referral to MASH" or
     * "kian.hart@provider.test".
     */
    public static boolean namesSomeone(String raw) {
        String v = raw == null ? "" : raw.replace('\u00a0', ' ').strip();
        return readsAsName(RANK.matcher(withoutNote(v)).replaceFirst(""));
    }

    /** Words no one's name holds: joining words and a form's own words for what a field is. */
    private static final Set<String> NOT_IN_NAMES = Set.of("to", "of", "the", "for", "and", "or", "is", "was", "with",
            "from", "at", "by", "in", "on", "an", "as", "see", "per", "not", "name", "names", "details", "referral",
            "form", "property", "yes", "none", "unknown", "please",
            // the words a label asks who someone is with: "person being referred" is a label's end, not a name
            "being", "referred", "referring", "completing",
            // the words of a way to contact someone: "mobile / landline", "tel no", "e-mail address" name no one
            "tel", "telephone", "phone", "mobile", "landline", "email", "address", "number", "contact",
            // the words of a team's or a role's name in a signature: "Young People's Supported Housing", "Support Worker"
            "housing", "council", "services", "service", "team", "accommodation", "supported", "support", "department",
            "worker", "officer", "practitioner", "adviser", "advisor", "manager", "ltd", "limited",
            // a role's letters: "Leaving Care PA", "Senior SW"
            "pa", "sw",
            // a council's or a service's letters after its place: "Tawelan CBC", "Calderbridge MBC", "Hartsmere NHS"
            "cbc", "mbc", "lbc", "nhs", "csc", "cyp",
            // the words of a form's guidance to whoever fills it in: "Please complete every box", "Use block capitals"
            "complete", "every", "box", "boxes", "capitals", "write", "apply", "if", "where");
    /** Words that join a name in lower case: "Ana de la Cruz", "Lotte van Dijk", "Omar bin Said". */
    private static final Set<String> PARTICLES = Set.of("de", "la", "le", "van", "von", "der", "den", "da", "di", "du",
            "del", "dos", "bin", "binti", "al", "el", "ap", "ferch", "mac", "y",
            // Welsh "son of" before a vowel, "daughter of" after a vowel; Arabic "son of", "daughter of"
            "ab", "verch", "ibn", "bint");

    /** Irish and Scottish Gaelic words after which "an" is part of the surname: "Mac an tSaoir", "Nic an Bhaird". */
    private static final Set<String> GAELIC_BEFORE_AN = Set.of("mac", "mc", "nic", "mic", "ni", "ní");
    /**
     * A surname word that starts in lower case yet is capitalised: a Gaelic mutation before the capital ("tSaoir",
     * "hUiginn", "bhFlannagáin", "nGallchóir") or a particle joined by a hyphen ("al-Hassan", "el-Amin", "bin-Said").
     */
    private static final java.util.regex.Pattern MUTATED_OR_JOINED = java.util.regex.Pattern.compile(
            "^(?:(?:t|h|n|bh|mb|gc|nd|ng|bp|dt)\\p{Lu}|(?:al|el|ul|bin|ben|abu|ibn|bint|da|de|di|du|van|von)-\\p{Lu})"
                    + "[\\p{L}\\p{M}'\u2019-]*$");

    /**
     * Whether a value can be a person's name as people write one: one to six words of letters (hyphens and
     * apostrophes too: "Aelwen Ormsby-Vale", "Siân O'Neill", "SMITH, Jo"), with no digit, "@" or label mark, no
     * joining word or form word ("referral to MASH"), and the words in one case style: a lower-case word before
     * capitalised ones is a label's end ("presenting Bastian Gethin-Lowe"). A single word in capitals of five
     * letters or fewer is an abbreviation ("MASH", "YP"), not a name; one lower-case word is a label's ("property").
     */
    public static boolean readsAsName(String raw) {
        String v = raw == null ? "" : raw.replace('\u00a0', ' ').strip();
        if (v.isEmpty() || v.contains("\n") || !v.matches("[\\p{L}\\p{M} .,'\u2019-]+")) {
            return false;
        }
        String[] words = v.replace(",", " ").trim().split("\\s+");
        if (words.length > 6) {
            return false;
        }
        boolean capitalised = false;
        boolean lower = false;
        String before = "";
        for (String w : words) {
            String bare = w.replaceAll("[.'\u2019-]", "");
            if (bare.isEmpty()) {
                continue;
            }
            String lc = bare.toLowerCase(Locale.ROOT);
            boolean gaelicArticle = lc.equals("an") && GAELIC_BEFORE_AN.contains(before);
            before = lc;
            if (NOT_IN_NAMES.contains(lc) && !gaelicArticle) {
                return false;
            }
            if (gaelicArticle) {
                continue;
            }
            if (Character.isUpperCase(bare.codePointAt(0)) || MUTATED_OR_JOINED.matcher(w).matches()) {
                capitalised = true;
            } else if (!PARTICLES.contains(lc)) {
                lower = true;
            }
        }
        if (capitalised && lower) {
            return false;
        }
        String only = words[0].replaceAll("[.'\u2019-]", "");
        return words.length > 1 || capitalised && !(only.length() <= 5 && only.equals(only.toUpperCase(Locale.ROOT)));
    }

    /** A field's value; of a tick list, the answer marked. */
    public static <F> String value(Map<F, String> fields, F field) {
        String v = fields.get(field);
        return v == null || isBlank(v) ? "" : answer(v);
    }

    /** The answer marked when the value is a tick list, else the value as written. */
    public static String answer(String raw) {
        if (TickList.noneMarked(raw) || TickList.undecided(raw)) {
            return ""; // an empty box beside an answer ("☐ Missing") is an answer not chosen, nor is one of two marked
        }
        return TickList.marked(raw).orElse(raw.trim());
    }

    public static <F> String orNull(Map<F, String> fields, F field) {
        String v = value(fields, field);
        return v.isEmpty() || isNothing(v) ? null : v;
    }

    /**
     * An optional reference as written, or null when none is: words without a figure ("crime / log ref" left from its
     * label, "awaiting", "to follow") are no reference in any scheme, and never routed as one.
     */
    public static <F> String referenceOrNull(Map<F, String> fields, F field) {
        String v = orNull(fields, field);
        return v == null || !v.matches("(?s).*\\d.*") ? null : v;
    }

    /**
     * A tick list of two choices or more printed whole with none of its boxes marked ("☐ Homeless ☐ Threatened
     * with homelessness"): the question was left unanswered, in its own box.
     */
    public static boolean noChoiceMarked(String raw) {
        return TickList.noneMarked(raw, 2);
    }

    /**
     * The phrases of one word up to {@code most} next to the one mark of a list whose other choices have no box
     * ("Missing Violence Other ✓": "Other", "Violence Other", ...); empty when there is no such mark.
     */
    public static List<String> phrasesBesideTheOneMark(String raw, int most) {
        return TickList.phrasesBesideTheOneMark(raw, most);
    }

    /** Nothing written at all: spaces, a dash, "n/a"; a case system's export of an empty field ("NULL", "#N/A"). */
    public static boolean isBlank(String raw) {
        return raw == null || EMPTY.contains(tidy(raw)) || EXPORTED_EMPTY.matcher(raw.strip()).matches()
                || UNFILLED_BOX.matcher(tidy(raw)).matches();
    }

    /**
     * The grey prompt a word processor shows in a box nobody filled in (a content control's placeholder): "Click or
     * tap here to enter text.", "Click here to enter a date.", "Choose an item.", "Tap to add text", "Enter text
     * here", "Type here", "Select an option". A legacy form field's blank spaces (U+2002) are blank by {@link #tidy}.
     */
    private static final java.util.regex.Pattern UNFILLED_BOX = java.util.regex.Pattern.compile(
            "(?:(?:click|tap)(?: or (?:click|tap))?(?: here)? to (?:enter|type|add|insert|select|choose|pick)"
                    + "(?: (?:a|an|the|your|some))? (?:text|date|item|option|value|answer|response)"
                    + "|(?:choose|select|pick) an? (?:item|option|value)|(?:enter|type|add) (?:text|a date|date) here"
                    + "|type here)[.!]?");

    /** Uppercase only: "Null" may be somebody's name. */
    private static final java.util.regex.Pattern EXPORTED_EMPTY =
            java.util.regex.Pattern.compile("NULL|\\(null\\)|<null>|\\[null]|#N/A|#NULL!");

    /** Written, but saying there is nothing ("none", "tbc"): blank for an optional field. */
    public static boolean isNothing(String raw) {
        return isBlank(raw) || NOTHING.contains(tidy(raw)) || saysNothingKnown(raw)
                || raw != null && PENDING.matcher(tidy(raw)).matches(); // an answer still to come is none yet
    }

    /** The words a "nothing known" answer is made of; a number or any other word makes it an answer. */
    private static final Set<String> NOTHING_WORDS = Set.of("n/a", "na", "n.a", "nk", "n/k", "n.k", "not", "no", "none",
            "nil", "nothing", "unknown", "known", "recorded", "given", "applicable", "available", "provided", "supplied",
            "held", "confirmed", "tbc", "tba", "tbd", "yet", "at", "present", "this", "the", "time", "stage", "moment",
            "currently", "details", "detail", "information", "info", "record", "records", "on", "file", "to", "be",
            "as", "of", "relevant", "add", "report", "declare", "blank", "dim");
    /** Words that say by themselves that nothing is given ("nil", "N/A", "unknown"). */
    private static final Set<String> NOTHING_ALONE = Set.of("n/a", "na", "n.a", "nk", "n/k", "n.k", "none", "nil",
            "nothing", "unknown", "tbc", "tba", "tbd", "blank", "dim");
    /** What "not" or "no" must go with to say nothing is given ("not recorded", "no details"), unlike "No". */
    private static final Set<String> NOT_GIVEN = Set.of("known", "recorded", "given", "applicable", "available",
            "provided", "supplied", "held", "confirmed", "details", "detail", "information", "info", "record",
            "records", "relevant");

    /**
     * An answer made only of words saying nothing is known or given, in any order and joined any way: "N/A – not
     * known", "not recorded", "nothing known", "none recorded", "no details", "unknown at this time". "No" alone,
     * "No – not applicable", "No, not at present" and "not void" are answers.
     */
    static boolean saysNothingKnown(String raw) {
        String t = tidy(raw).replaceAll("[,;:()\\[\\]\u2013\u2014]|\\s-+\\s|^-+\\s|\\s-+$|\\s/\\s", " ").strip();
        if (t.isEmpty() || t.matches(".*\\d.*")) {
            return false;
        }
        List<String> words = List.of(t.split("\\s+"));
        if (!NOTHING_WORDS.containsAll(words)
                || words.get(0).equals("no") && (words.size() == 1 || !NOT_GIVEN.contains(words.get(1)))) {
            return false; // "No", "No – not applicable": the answer No with a comment
        }
        return words.stream().anyMatch(NOTHING_ALONE::contains)
                || words.stream().anyMatch(w -> w.equals("not") || w.equals("no"))
                        && words.stream().anyMatch(NOT_GIVEN::contains);
    }

    /**
     * Yes or No as people mark it: Y, N, yes, no, true, false, a tick or a crossed box, X, a checked box;
     * "Yes - offered 12/10" is Yes; or told in a sentence ("Consent given", "Offered but declined"). Empty when it is
     * neither.
     */
    public static Optional<Boolean> yesNo(String raw) {
        return yesNo(raw, true);
    }

    /**
     * Yes or No as marked or said first in words, never read from a sentence nor from a system's state: "☒ Yes ☐ No",
     * "N - not known", "no, no family in UK", but not "Date FGC offered / held" nor "1) Submitter" (a numbered heading,
     * where {@link #yesNo} reads a case system's 1). What tells an answer from a label or a heading: a table's cell, the
     * words after a hurried label's dash, a lone row under a label.
     */
    public static Optional<Boolean> yesNoSaidFirst(String raw) {
        return yesNo(raw, false);
    }

    private static Optional<Boolean> yesNo(String raw, boolean everyWay) {
        if (isBlank(raw)) {
            return Optional.empty();
        }
        String s = TickList.symbolLetters(raw.replace('\u00a0', ' ').trim()); // "þ Yes ¨ No": [x] Yes [ ] No
        // the choices printed before the answer made: "(Yes/No) No" is No
        String answer = PRINTED_CHOICES.matcher(s).replaceFirst("").trim();
        if (!answer.isEmpty()) {
            s = answer;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        // "Yes ☒ No ☐": the answer is the one whose box is marked
        Optional<Boolean> boxes = markedBox(lower);
        if (boxes.isPresent()) {
            return boxes;
        }
        if (s.matches(TickList.MARKED + "|[xX]")) {
            return Optional.of(Boolean.TRUE);
        }
        if (s.matches("[\u2610\u2717\u2718]")) {
            return Optional.of(Boolean.FALSE);
        }
        if (isChoicesOnly(s)) {
            return Optional.empty(); // "(Y/N)", "Yes / No": the choices printed, none of them made
        }
        // an answer in two languages ("Na / No", "Nac oes / No"): the English half, said last, when the Welsh half says
        // the same or nothing the hub reads; "Na" alone is an English form's N/A, no answer
        String[] halves = TwoLanguages.halves(s);
        if (halves.length == 2 && !s.matches(".*[()\\[\\]].*")) { // (not a label's printed choices: "UASC (yes / no)")
            Optional<Boolean> english = yesNo(halves[1], everyWay);
            Optional<Boolean> other = yesNo(halves[0], everyWay);
            if (english.isPresent() && (other.isEmpty() || other.equals(english))) {
                return english;
            }
        }
        String w = choiceWords(lower);
        // an answer not known is neither ("Not known", "Don't know", "Unsure"): the sender is asked
        if (w.matches("(not known|unknown|nk|don t know|dont know|do not know|not sure|unsure|tbc)")) {
            return Optional.empty();
        }
        String first = w.isEmpty() ? "" : w.split("\\s+")[0];
        if (everyWay) {
            // a system's state for a box: a case system's 1 and 0, a PDF box's "On" / "Off" (alone: "On which date?"
            // opens a question), "Checked"
            Optional<Boolean> state = switch (first) {
                case "1", "checked", "ticked" -> Optional.of(Boolean.TRUE);
                case "on" -> w.strip().equals("on") ? Optional.of(Boolean.TRUE) : Optional.empty();
                case "0", "off", "unchecked" -> Optional.of(Boolean.FALSE);
                default -> Optional.empty();
            };
            if (state.isPresent()) {
                return state;
            }
        }
        Optional<Boolean> byFirstWord = switch (first) {
            case "y", "yes", "yeah", "yep", "true", "agreed", "given" -> Optional.of(Boolean.TRUE);
            // "Nope", "Nah"; Welsh "Nac oes" / "Nac ydy" / "Naddo" / "Nage" (no) and "Oes" / "Ie" / "Ydy" (yes),
            // alone or before the English ("Nac oes / No")
            case "ie", "oes", "ydy", "ydw", "ydyn", "ydyw", "oedd" -> Optional.of(Boolean.TRUE);
            // Welsh "Do" (yes, to a question asked in the past: "A gafodd ... ?"), alone or before the English; an
            // English "Do not know" is no yes
            case "do" -> w.strip().equals("do") || w.matches("do\\W+yes\\b.*") ? Optional.of(Boolean.TRUE)
                    : Optional.empty();
            case "n", "no", "not", "none", "false", "declined", "refused", "nope", "nah", "nac", "naddo", "nage" ->
                Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
        if (byFirstWord.isPresent()) {
            return byFirstWord;
        }
        if (!everyWay || s.endsWith("?")) {
            return Optional.empty(); // (a question asked, "Family Group Conference offered?", is no answer to it)
        }
        // "Consent given", "Verbal consent obtained", "Has been offered"; "Consent not given", "Declined by family";
        // a note in brackets is no answer ("Father (child does not live with him)")
        return answerInASentence(" " + choiceWords(lower.replaceAll("\\([^()]*\\)", " ")) + " ");
    }

    /** Words that deny: "not", "never", "declined", and a verb's "n't" ("hasn't" is "hasn t" once its mark is gone). */
    private static final String DENIAL = "not|never|declined|refused|withheld|withdrawn|\\w+n t";
    /** A refusal, which answers no whatever else was said before it ("Consent given, later withdrawn"). */
    private static final String REFUSAL = "declined|refused|withheld|withdrawn";
    /** Words that agree: "given", "obtained", "agreed", "consented", "signed", "happy". */
    private static final String ASSENT = "given|obtained|agreed|agrees|consented|consents|offered|confirmed|yes|signed"
            + "|happy";
    /** An assent denied up to two words before it: "not given", "hasn't yet consented", "never agreed", "no consent given". */
    private static final java.util.regex.Pattern DENIED_ASSENT = java.util.regex.Pattern.compile(
            " (?:" + DENIAL + "|no) (?:\\w+ ){0,2}?(?:" + ASSENT + ")(?= )");

    /**
     * Yes or No told in a sentence (its words padded with a space each side): no when it refuses ("YP declined",
     * "Offered but declined", "Consent given, later withdrawn") or denies ("She hasn't consented yet"), yes when it assents ("YP has agreed to the referral", "Happy for us to share"), and
     * neither when it does both ("Consented, but not to sharing with school": the sender is asked, never a guess).
     */
    private static Optional<Boolean> answerInASentence(String padded) {
        if (padded.matches(".* (" + REFUSAL + ") .*")) {
            return Optional.of(Boolean.FALSE); // a refusal is the answer made: "Offered on 3/11 but declined"
        }
        String assents = DENIED_ASSENT.matcher(padded).replaceAll(" not ");
        boolean denies = assents.matches(".* (" + DENIAL + ") .*");
        boolean assented = assents.matches(".* (" + ASSENT + ") .*");
        if (denies && assented) {
            return Optional.empty();
        }
        return denies ? Optional.of(Boolean.FALSE) : assented ? Optional.of(Boolean.TRUE) : Optional.empty();
    }

    /**
     * A conference the family declined, told with who declined it: it was offered ("Mum declined to take part", "Yes
     * (parents refused to attend)", "declined by dad"). A bare "Declined" says not who, and stays the yes/no reading's.
     */
    private static final java.util.regex.Pattern FAMILY_DECLINED = java.util.regex.Pattern.compile(
            " (?:(?:family|mum|mother|dad|father|parents?|carers?|grandparents?|aunt|uncle|she|he|they|yp|young person)"
            + "(?: \\w+)? (?:declined|refused)|(?:declined|refused) by (?:the |her |his |their )?\\w+) ");

    /**
     * Whether a Family Group Conference was offered: Yes or No as marked, or an offer told in words. A conference held
     * or an offer the family declined was offered ("FGC held on 03/11/2026", "Offered on 03/11/2026 but family
     * declined", "Family declined the offer of an FGC"); one only planned ("FGC to be offered", "will be held next
     * week", "awaiting FGC") was not yet, and is asked for; a denial ("Not offered - emergency") is no. Only the FGC
     * question reads words this way: to a consent question "declined" is no.
     */
    public static Optional<Boolean> offered(String raw) {
        if (isBlank(raw)) {
            return Optional.empty();
        }
        String padded = " " + choiceWords(raw.replace('\u00a0', ' ').toLowerCase(Locale.ROOT)
                .replaceAll("\\([^()]*\\)", " ")) + " ";
        // any denial leaves the answer to the yes/no reading ("No FGC offered", "Not offered - emergency")
        boolean denied = padded.matches(".* (not|never|no|none|n t|wasn|hasn|haven|didn|nid|na) .*");
        boolean planned = padded.matches(".* (to be|will|will be|would be|being|is being|planned|pending|awaiting|await"
                + "|tbc|booked for|going to) .*");
        if (!denied && !planned && (padded.matches(".* (offered|held|took place|convened|attended|completed|the offer"
                + "|an offer|offer of) .*") || FAMILY_DECLINED.matcher(padded).find())) {
            return Optional.of(Boolean.TRUE);
        }
        if (planned && !denied && !padded.matches(" (y|yes) .*")) {
            return Optional.empty(); // "FGC to be held next week": not yet offered, the sender is asked ("Yes - to be ..." is yes)
        }
        return yesNo(raw);
    }

    /**
     * Whether the young person is a parent: Yes or No as marked, or a parent said in words ("Mother of one", "Has a
     * son aged 2", "Father (child does not live with him)"); a refusal or a denial is read first ("Mother refused
     * consent" is no). Only the parent question reads words this way: to any other question "Mother ..." is no answer.
     */
    public static Optional<Boolean> parent(String raw) {
        Optional<Boolean> answer = yesNo(raw);
        if (answer.isPresent() || isBlank(raw)) {
            return answer;
        }
        String words = choiceWords(raw.toLowerCase(Locale.ROOT).replaceAll("\\([^()]*\\)", " ")).strip();
        return PARENT.matcher(words).find() ? Optional.of(Boolean.TRUE) : Optional.empty();
    }

    private static final java.util.regex.Pattern PRINTED_CHOICES = java.util.regex.Pattern.compile(
            "^\\(\\s*(y|yes|n|no)\\s*/\\s*(y|yes|n|no)\\s*\\)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words that say the young person is a parent: "mother of one", "has a son", "dad to a baby". */
    private static final java.util.regex.Pattern PARENT = java.util.regex.Pattern.compile(
            "^(mother|father|mum|dad|a parent|parent)\\b(?!\\s+(no|n|not|none|false|nil|yes|y)\\b)|\\bhas (a|an|one|two|three|\\d) (young |baby )?(son|"
                    + "daughter|child|children|baby|boy|girl)s?\\b");

    private static final Set<String> CHOICE_WORDS = Set.of("y", "yes", "n", "no", "or", "unknown", "not", "known", "na",
            "n a", "nk", "ie", "oes", "nac");

    /** The choices printed where an answer goes ("(Y/N)", "Yes / No"), with none of them marked. */
    public static boolean isChoicesOnly(String raw) {
        String w = raw == null ? "" : choiceWords(raw.toLowerCase(Locale.ROOT));
        return !w.isEmpty() && markedBox(raw.toLowerCase(Locale.ROOT)).isEmpty() && offersBoth(w);
    }

    /** The words of an answer, marks and punctuation dropped: "(Y/N)" is "y n". */
    private static String choiceWords(String lower) {
        return lower.replaceAll("^[^a-z0-9]+", "").replaceAll("[^a-z0-9 ]+", " ").trim();
    }

    /** Only the choices themselves, yes and no both: a hint left where the answer goes, not an answer. */
    private static boolean offersBoth(String words) {
        List<String> w = List.of(words.split("\\s+"));
        return CHOICE_WORDS.containsAll(w) && (w.contains("y") || w.contains("yes")) && (w.contains("n") || w.contains("no"));
    }

    private static Optional<Boolean> markedBox(String s) {
        String marked = TickList.MARKED + "|x"; // the marks a tick list reads, and an x typed beside an answer
        String open = TickList.OPEN;
        // a form puts its boxes either before its answers ("[X] Yes [ ] No") or after them ("Yes ☒ No ☐"): the
        // mark goes with the answer on that side, not with the one the box happens to be next to on the other
        boolean boxFirst = s.strip().matches("(?s)(" + marked + "|" + open + ").*");
        boolean yesMarked = boxFirst ? s.matches("(?s).*(" + marked + ")\\s*yes\\b.*")
                : s.matches("(?s).*\\byes\\s*(" + marked + ").*");
        boolean noMarked = boxFirst ? s.matches("(?s).*(" + marked + ")\\s*no\\b.*")
                : s.matches("(?s).*\\bno\\s*(" + marked + ").*");
        boolean hasOpen = s.matches("(?s).*(" + open + ").*");
        if (yesMarked != noMarked && (hasOpen || s.contains("yes") && s.contains("no"))) {
            return Optional.of(yesMarked);
        }
        return Optional.empty();
    }

    private static String tidy(String raw) {
        return raw.replace('\u00a0', ' ').replace('\u2013', '-').replace('\u2014', '-').replace('\u200b', ' ')
                .strip().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.]$", "");
    }
}
