package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.Words;

/**
 * Words that stand where a free-text answer goes and are no answer, as they come when the answer was left out: the
 * rest of the field's own question ("Why" + "we cannot manage the risk"), a numbered heading in capitals ("(3)
 * HOUSING"), a heading with its hint ("Further notes (please continue here)"). A required field holding only these
 * was not given: the form is returned naming it, not routed with the form's own words for an answer.
 */
final class NotAnswers {
    /** A numbered heading in capitals: "(3) HOUSING", "2. REFERRING AGENCY", "4) THE CHILD". */
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^\\s*(?:\\(\\d{1,2}\\)|\\d{1,2}[.)])\\s+[\\p{Lu}][\\p{Lu}\\s&/'\u2019,-]*$");
    /** A few words and a bracket asking to write on: "Extra notes (please continue here)", "More (continue overleaf)". */
    private static final Pattern HEADING_WITH_HINT = Pattern.compile(
            "(?i)^\\s*[\\p{L} /&'\u2019-]{1,40}\\((?:please\\s+)?(?:continue|use|add|write|attach)\\b[^()]*\\)\\s*[:.]?\\s*$");
    private static final int MAX_ECHO_WORDS = 8;

    private NotAnswers() {
    }

    /**
     * Whether the answer is made only of the words one of its own questions is asked in ("we cannot manage this risk"
     * under a form asking why the risk cannot be managed, "that would enable" under what would enable it), in small
     * letters as a label's rest runs on or as one word in capitals, or of no word of content at all ("it", "this"):
     * the question's rest, split off it, not what the writer says. The words must all come from one wording (a label's
     * rest is the rest of one label), and a sentence ("support to manage the risk." ) or words gathered from several
     * of the field's wordings ("extra support needed to manage risk") are the writer's own.
     */
    static boolean echoesItsQuestion(String value, List<Set<String>> questions) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.matches("(?s).*\\d.*") || v.contains("\n") || v.matches(".*\\p{L}.*[.!]")) {
            return false;
        }
        List<String> words = Words.of(v);
        if (words.isEmpty()) {
            return v.matches(".*\\p{L}{2,}.*"); // "IT", "this": no word of content where one is asked for
        }
        // the rest of a label runs on in small letters ("we cannot manage the risk") or as a label's word in capitals
        // ("RISK"); "Looked after" under "Looked after status" is an answer the label names
        boolean asLabel = Character.isLowerCase(v.codePointAt(0)) || words.size() == 1 && v.equals(v.toUpperCase(java.util.Locale.ROOT));
        return asLabel && words.size() <= MAX_ECHO_WORDS && questions.stream().anyMatch(q -> q.containsAll(words));
    }

    /**
     * Whether the line is a prompt awaiting its answer: words ending in a dash or a colon with nothing after them
     * ("facts only please –", "Details:"), a hint left where the answer goes.
     */
    static boolean isPrompt(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        return l.matches("(?s)\\p{L}.*\\s*[:\u2013\u2014-]") && !l.matches(".*\\d.*");
    }

    /** Words that say only how soon a form is, or which kind of it: "urgent", "planned", "non-emergency". */
    private static final Set<String> URGENCY = Set.of("urgent", "emergency", "non", "planned", "routine", "immediate",
            "new", "same", "day", "standard", "priority");

    /**
     * Whether the answer only names the form and how urgent it is ("urgent referral", "Planned referral", "EMERGENCY
     * REFERRAL FORM"), as a form's title written "Young person's supported housing: urgent referral" gives it: the
     * title's words, none of what the writer says.
     */
    static boolean namesTheFormOnly(String value, List<String> titles) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.isEmpty() || v.contains("\n") || v.matches(".*\\d.*")) {
            return false;
        }
        Set<String> titleWords = new java.util.HashSet<>();
        titles.forEach(t -> titleWords.addAll(List.of(t.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))));
        List<String> words = java.util.Arrays.stream(v.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        return !words.isEmpty() && words.size() <= 5 && words.stream().anyMatch(titleWords::contains)
                && words.stream().allMatch(w -> titleWords.contains(w) || URGENCY.contains(w));
    }

    /** A document's name in capitalised words: "Tenancy Warning Notice", "Partner Submission Form", "Incident Log". */
    private static final Pattern DOCUMENTS_NAME = Pattern.compile("^(?:\\p{Lu}[\\p{L}'\u2019/&-]*\\s+(?:(?:of|to|for|and|the|on|-|\u2013)\\s+)?){1,5}"
            + "(?:Form|Notice|Notification|Return|Report|Submission|Enquiry|Referral|Record|Template|Request|Log|Alert|Proforma)$");

    /**
     * Whether the answer is a document's name in capitalised words ("Tenancy Warning Notice" after "Risk to", "Partner
     * Submission Form" after "Shared Intelligence -"): the form's title, split by a label its first word happens to
     * be, not what the writer says.
     */
    static boolean namesADocument(String value) {
        return value != null && DOCUMENTS_NAME.matcher(value.replace('\u00a0', ' ').strip()).matches();
    }

    /** Whether a field asks how urgent the form is ("Type of referral", "Is this an emergency?"), or why it is urgent. */
    static boolean asksHowUrgent(org.ypsa.hub.domain.forms.FormSpec.FieldSpec field) {
        List<String> asked = new java.util.ArrayList<>(field.labels());
        asked.addAll(field.keywords());
        asked.add(field.name());
        return asked.stream().flatMap(l -> java.util.Arrays.stream(l.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")))
                .anyMatch(w -> URGENCY.contains(w) || w.startsWith("urgen"));
    }

    /**
     * Whether one of a field's wordings asks whether ("is this an emergency", "are you the allocated worker"): a tick or
     * a "Yes" is its answer, not a mark standing where words were asked for.
     */
    static boolean asksWhether(org.ypsa.hub.domain.forms.FormSpec.FieldSpec field) {
        return field.labels().stream().anyMatch(l -> l.strip().matches("(?i)(?:is|are|does|do|has|have)\\s.*"));
    }

    /** Whether the line is a heading and no answer: a numbered heading in capitals, a heading with its hint. */
    static boolean isHeading(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        return !l.isEmpty() && (NUMBERED_HEADING.matcher(l).matches() || HEADING_WITH_HINT.matcher(l).matches()
                || SectionHeading.is(l));
    }

    /** A month and year, as a version is dated: "(March 2025)", "Jan 2026", "(Rev. Sept 2024)", "(updated Jan 2025)". */
    private static final String DATED = "(?i:\\(?\\s*(?:rev(?:ised)?\\.?|updated|issued)?\\s*\\p{L}{3,9}\\.?\\s+\\d{4}\\s*\\)?)";
    /** A form's code: parts in capitals and figures joined by dashes or slashes ("HSG-REF-07", "CSC/SA/REF/2"), dated or not. */
    private static final Pattern FORM_CODE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}0-9]{1,7}(?:[-/][\\p{Lu}0-9]{1,8}){2,}\\s*" + DATED + "?$");
    /** A version line: "Version 3.1 - April 2026", "Form version 4 (updated Jan 2025)", "v2.4 Sept 2025". */
    private static final Pattern VERSION_LINE = Pattern.compile(
            "(?i)^(?:form\\s+)?(?:version|ver\\.?|v)\\s*\\d+(?:\\.\\d+)*\\s*(?:[-\u2013,]\\s*)?" + DATED + "?$");
    /** A heading in capitals that asks what the rows under it are about: "AND WHAT ARE THE WORRIES", "WHO ELSE IS INVOLVED". */
    private static final Pattern ASKING_HEADING = Pattern.compile(
            "^(?:AND\\s+|OR\\s+)?(?:WHAT|WHO|WHY|HOW|WHERE|WHEN|WHICH)\\b[\\p{Lu}\\s'\u2019/&-]*$");
    /** The age range a service is for, as its title gives it: "16-25", "16 to 25", "aged 16-24". */
    private static final Pattern AGE_RANGE = Pattern.compile("(?i)\\b1[4-9]\\s*(?:-|\u2013|to)\\s*2[0-9]\\b");
    /** Words a service's title is made of, besides its age range. */
    private static final Set<String> TITLE_WORDS = Set.of("young", "people", "person", "persons", "supported", "housing",
            "accommodation", "service", "services", "pathway", "project", "for", "aged", "ages", "age", "years", "yrs",
            "and", "the", "of", "to", "provision", "scheme", "lodgings", "leaving", "care", "care-leavers", "leavers");
    private static final int MOST_HEADING_WORDS = 8;

    /**
     * Whether the line is a code in a form's shape or a version line ("HSG-REF-07", "Version 3.1 - April 2026"): the
     * form's own where words are asked, though a scheme's or a property's code ("K2F-CHE-01") is written so too.
     */
    static boolean isFormsCode(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        return FORM_CODE.matcher(l).matches() || VERSION_LINE.matcher(l).matches();
    }

    /**
     * Whether the line is the form's own print around its questions, never a writer's answer: the form's code
     * ("HSG-REF-07", "YPS-ACC-1 (March 2025)"), its version line ("Version 3.1 - April 2026"), a heading in capitals
     * that asks what the rows under it are about ("AND WHAT ARE THE WORRIES"), or the service's title with its age
     * range ("Young People 16-25", "16 to 25 Supported Accommodation"). An answer in capitals is a sentence of its own
     * ("MUM HAS ASKED HIM TO LEAVE"), and a title's words with anything else ("Harbour Project 16-25 has no room") are
     * the writer's.
     */
    static boolean isFurniture(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        if (l.isEmpty() || l.contains("\n")) {
            return false;
        }
        if (isFormsCode(l)) {
            return true;
        }
        if (ASKING_HEADING.matcher(l).matches() && l.split("\\s+").length <= MOST_HEADING_WORDS) {
            return true;
        }
        if (!AGE_RANGE.matcher(l).find()) {
            return false;
        }
        String words = AGE_RANGE.matcher(l).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
        List<String> rest = java.util.Arrays.stream(words.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        return !rest.isEmpty() && rest.size() <= MOST_HEADING_WORDS && TITLE_WORDS.containsAll(rest);
    }
}
