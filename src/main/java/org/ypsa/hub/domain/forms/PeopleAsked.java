package org.ypsa.hub.domain.forms;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What kind of thing a label asks of the one filling the form in, by how it is put rather than by the words it shares
 * with a listed wording: "What do you do (e.g. SW, PA)" asks a role, "Form filled in by - your name" the writer's name,
 * "Where should we email the outcome?" and "Referrer's e-mail (secure) address" an email (an e-mail address is never a
 * home address), "Referred YP - known as / legal name" a name. {@link LabelMatcher} turns the kind into a field of the
 * form; a form without such a field is read as before.
 */
final class PeopleAsked {
    private PeopleAsked() {
    }

    /** The kinds of thing a label can ask by how it is put. */
    enum Kind {
        /** the writer's job: the form's wording "role" or "job title" */
        ROLE(List.of("your role", "role", "job title")),
        /** the writer's own name: the form's name field worded with "your" */
        WRITERS_NAME(List.of("your name")),
        /** an e-mail address: one of the form's email fields */
        EMAIL(List.of("your email", "email")),
        /** a person's name: one of the form's name fields */
        NAME(List.of());

        /** The form's wordings that name the field this kind asks, most telling first. */
        final List<String> wordings;

        Kind(List<String> wordings) {
            this.wordings = wordings;
        }
    }

    /** "What do you do?", "What is your job / role / post?", "Your job (e.g. social worker)". */
    private static final Pattern ASKS_A_ROLE = Pattern.compile(
            "(?i)^\\W*(?:\\d+(?:\\.\\d+)*[.)]?\\s+)?(?:what\\s+do\\s+you\\s+do\\b|what(?:\\s+is|'s|\u2019s)\\s+your\\s+(?:job|role|post|position)\\b"
            + "|your\\s+(?:job|post)\\s*(?:[(\\[:?*]|$))");

    /** "your name", "your full name", "my name": the writer's own name. */
    private static final Pattern ASKS_THE_WRITERS_NAME = Pattern.compile("(?i)\\b(?:your|my)\\s+(?:full\\s+)?name\\b");

    /**
     * "Referral filled in by (name)", "Form completed by", "Filled out by - name of worker": who wrote the form; asked
     * as a question of who is sending or completing it: "Who's sending us this intel?", "Who is completing this form?".
     * "Submitted by" and "made by" are not among them: on a police or agency form they name the agency as often.
     */
    private static final Pattern WHO_FILLED_IT_IN = Pattern.compile(
            "(?i)\\b(?:filled\\s+(?:in|out)|completed)\\s+by\\b|^who(?:'s|\u2019s|\\s+is)\\s+" + QuestionAsked.SENDING_IT
                    + "\\s+(?:us\\s+|in\\s+)?(?:this|the|it)\\b");

    /**
     * "Date form completed", "Date referral filled in by the worker", "When was this form completed?", "Form completed
     * - date": a label asking a date, which is never a person whatever its other words ("completed by") share with one.
     */
    private static final Pattern ASKS_A_DATE = Pattern.compile(
            "(?i)^\\W*(?:\\d+(?:\\.\\d+)*[.)]?\\s+)?(?:date|when|day|on\\s+what\\s+date)\\b|\\bdate\\W*$");

    /** "Email of the person completing this form", "Person referring - e-mail": the writer's own contact. */
    private static final Pattern OF_THE_WRITER = Pattern.compile(
            "(?i)\\bperson\\s+(?:completing|referring|making|filling)\\b|\\b(?:completing|filling\\s+in)\\s+this\\b");

    /** A label ending in an e-mail's words once its bracketed hints are gone: "Referrer's e-mail (secure) address". */
    private static final Pattern ENDS_IN_AN_EMAIL = Pattern.compile("(?i)\\be-?\\s?mail(?:\\s+address)?\\W*$");

    /** An e-mail's word anywhere in the label: "Email of the person completing this form". */
    private static final Pattern MENTIONS_AN_EMAIL = Pattern.compile("(?i)\\be-?\\s?mail\\b");

    /** "Where should we email the outcome?", "Where shall we send our reply?", "Where do we e-mail you?" */
    private static final Pattern WHERE_WE_SEND = Pattern.compile(
            "(?i)^\\W*where\\s+(?:should|shall|do|can|will|would|may)\\s+we\\s+(?:e-?\\s?mail|send)\\b");

    /** A label whose head is "name" once its hints are gone: "Legal name", "Known as / legal name". */
    private static final Pattern ENDS_IN_NAME = Pattern.compile("(?i)\\bnames?\\W*$");

    /** Words before "name" that make it a thing's name, not a person's: "Team name", "Name of your service". */
    private static final Pattern NAME_OF_A_THING = Pattern.compile(
            "(?i)\\b(?:team|service|department|organisation|organization|agency|provider|property|house|school|college"
            + "|company|employer|council|gp|surgery|practice|hospital|street|road|town|place|business|scheme)s?\\b");

    /** The kind of thing the label asks by how it is put, if it is put as one of these. */
    static Optional<Kind> of(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String plain = withoutBrackets(label);
        if (ASKS_A_ROLE.matcher(plain).find()) {
            return Optional.of(Kind.ROLE);
        }
        if (ASKS_A_DATE.matcher(plain).find()) {
            return Optional.empty();
        }
        if (ASKS_THE_WRITERS_NAME.matcher(plain).find() || WHO_FILLED_IT_IN.matcher(plain).find()) {
            return Optional.of(Kind.WRITERS_NAME);
        }
        if (ENDS_IN_AN_EMAIL.matcher(plain).find() || WHERE_WE_SEND.matcher(plain).find()
                || MENTIONS_AN_EMAIL.matcher(plain).find() && OF_THE_WRITER.matcher(plain).find()) {
            return Optional.of(Kind.EMAIL);
        }
        if (ENDS_IN_NAME.matcher(plain).find() && !NAME_OF_A_THING.matcher(plain).find()) {
            return Optional.of(Kind.NAME);
        }
        return Optional.empty();
    }

    /** Whether the label asks a date ("Date form completed"): never a person's name, whatever else it says. */
    static boolean asksADate(String label) {
        return label != null && ASKS_A_DATE.matcher(withoutBrackets(label)).find();
    }

    /** Whether the label asks who filled the form in: "Referral filled in by (name)", "Form completed by". */
    static boolean whoFilledItIn(String label) {
        return label != null && WHO_FILLED_IT_IN.matcher(withoutBrackets(label)).find();
    }

    /** Whether the label asks the writer's own contact: "Email of the person completing this form". */
    static boolean ofTheWriter(String label) {
        return label != null && OF_THE_WRITER.matcher(withoutBrackets(label)).find();
    }

    private static String withoutBrackets(String label) {
        return label.replaceAll("[(\\[][^)\\]]*[)\\]]", " ").replaceAll("\\s+", " ").strip();
    }
}
