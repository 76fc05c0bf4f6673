package org.ypsa.hub.domain.documents;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * A person's name asked for in parts, as many councils' forms ask for it: "First name" / "Surname", "Forename(s)" /
 * "Middle name" / "Family name", "Given name" / "Last name", in any order, on lines, in a table's rows or two to a row.
 * The whole name is the forenames, any middle names and the surname, in that order. Safety: one part alone is no
 * person's name ("Tomos" routed as the young person's full name is a wrong name), so a name read from one part with
 * the other nowhere is left unanswered and the sender asked for it.
 */
final class NameParts {
    enum Part { FORENAMES, MIDDLE, SURNAME }

    private static final Pattern FORENAMES = Pattern.compile(
            "(?:first|fore|given|christian)\\s*names?|forenames?|first\\s+and\\s+middle\\s+names?");
    private static final Pattern MIDDLE = Pattern.compile("middle\\s+names?");
    private static final Pattern SURNAME = Pattern.compile("surname|last\\s*name|family\\s+name");
    /** A part of a name as written: words of letters, with hyphens and apostrophes, four at most. */
    private static final Pattern NAME_WORDS = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+[\\p{L}'\u2019-]+){0,3}");

    private NameParts() {
    }

    /**
     * The part of a name a label asks for: "First name", "Young person's surname", "Forename(s)"; none for a whole
     * name ("Full name", "First name and surname"), a name the person goes by ("Known as", "Preferred name") or
     * anything else.
     */
    static Optional<Part> asked(String label) {
        String n = label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("\\([^()]*\\)", " ")
                .replaceAll("[^\\p{L}\\s]+", " ").replaceAll("\\s+", " ").strip();
        boolean fore = FORENAMES.matcher(n).find();
        boolean middle = MIDDLE.matcher(n).find();
        boolean sur = SURNAME.matcher(n).find();
        if (fore == sur && (fore || !middle) || n.matches(".*\\b(full|known|preferred|whole)\\b.*")) {
            return Optional.empty();
        }
        return Optional.of(fore ? Part.FORENAMES : sur ? Part.SURNAME : Part.MIDDLE);
    }

    /** A label that is a part of a name and nothing else: "Given name", "Surname", "Forename(s)", not "Mother's surname". */
    static boolean bare(String label) {
        String rest = (" " + label.toLowerCase(Locale.ROOT).replaceAll("\\([^()]*\\)", " ") + " ")
                .replaceAll("[^\\p{L}]+", " ");
        for (Pattern p : List.of(FORENAMES, MIDDLE, SURNAME)) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return asked(label).isPresent() && rest.replaceAll("\\b(and|or|names?|s)\\b", " ").isBlank();
    }

    /**
     * The name a field holds, made whole from its parts: {@code read} is what the field was read as, {@code ofThePerson}
     * says whether a label (and the heading it stands under) names the field's person, so that a referrer's or a
     * mother's "Surname" is never taken for the young person's.
     *
     * @return the whole name; "" when the name read is one part alone; {@code read} when no part is asked for
     */
    static String whole(String read, LabelledDocument doc, BiPredicate<String, String> ofThePerson) {
        Map<Part, String> parts = found(doc, ofThePerson);
        String was = read == null ? "" : read.strip();
        if (parts.isEmpty()) {
            return was;
        }
        String fore = parts.get(Part.FORENAMES);
        String sur = parts.get(Part.SURNAME);
        boolean readIsAPart = parts.values().stream().anyMatch(p -> p.equalsIgnoreCase(was));
        if (fore == null && sur != null && !was.isEmpty() && !readIsAPart && was.split("\\s+").length == 1) {
            fore = was; // "Name: Tomos" with "Surname: Llewellyn-Price"
        }
        if (fore != null && sur != null && (was.isEmpty() || readIsAPart || was.equalsIgnoreCase(fore))) {
            String middle = parts.get(Part.MIDDLE);
            return fore + (middle == null ? "" : " " + middle) + " " + sur;
        }
        // a one-word name read from a part ("Tomos"); two words read from a label that wrapped ("Forename(s) and" /
        // "surname:") are as read
        return readIsAPart && !was.contains(" ") ? "" : was;
    }

    /** Each part's first answer in the document that names the field's person: its table cells, then its lines. */
    private static Map<Part, String> found(LabelledDocument doc, BiPredicate<String, String> ofThePerson) {
        Map<Part, String> parts = new EnumMap<>(Part.class);
        for (LabelledDocument.Entry e : doc.entries()) {
            take(parts, e.label(), e.value(), e.section(), ofThePerson);
        }
        List<String> lines = List.of(doc.text().split("\\R"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String before = i == 0 ? "" : lines.get(i - 1).strip();
            if (!before.isEmpty() && !before.matches(".*[:?\\t].*")
                    && (Character.isLowerCase(line.codePointAt(0)) || before.matches("(?i).*\\b(and|or|of)$|.*[&/(]$"))) {
                continue; // the end of a label wrapped over lines ("Forename(s) and" / "surname:"), or an answer's line
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String answer = line.substring(colon + 1).strip();
                take(parts, line.substring(0, colon), answer.isEmpty() ? answerUnder(lines, i) : answer, "", ofThePerson);
            } else if (asked(line).isPresent()) {
                take(parts, line, answerUnder(lines, i), "", ofThePerson);
            }
        }
        return parts;
    }

    /** The next line with words, when it is no label itself. */
    private static String answerUnder(List<String> lines, int at) {
        for (int j = at + 1; j < lines.size() && j <= at + 2; j++) {
            String next = lines.get(j).strip();
            if (!next.isEmpty()) {
                return next.contains(":") || asked(next).isPresent() ? "" : next;
            }
        }
        return "";
    }

    private static void take(Map<Part, String> parts, String label, String value, String section,
            BiPredicate<String, String> ofThePerson) {
        Optional<Part> part = asked(label);
        String v = value == null ? "" : value.strip();
        if (part.isPresent() && !parts.containsKey(part.get()) && NAME_WORDS.matcher(v).matches()
                && ofThePerson.test(label.strip(), section)) {
            parts.put(part.get(), v);
        }
    }
}
