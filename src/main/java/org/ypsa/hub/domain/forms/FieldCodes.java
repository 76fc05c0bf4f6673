package org.ypsa.hub.domain.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label written as a case system's field code, read as words: capitals joined by underscores ("RES_FULLNM",
 * "INC_SEV_CD", "ALLOC_SW_EMAIL_ADDR") or run together ("CHILDFULLNM"). The code is split at its underscores; each
 * part is an abbreviation of config/forms/field-codes.yml ("nm" is "name", "res" the young person, "cd" nothing),
 * a word of the form's own wordings, or, when it is neither, a run of those split in as few pieces as can be
 * ("FULLNM" is "full" and "nm"). A part that splits into nothing known is kept as it is, so a code of words the
 * hub does not know names no field. A code a council invents tomorrow from the same common abbreviations is read.
 */
public final class FieldCodes {
    /** A code at the start of a label: capitals and digits, joined by underscores or run together. */
    private static final Pattern CODE = Pattern.compile("^(\\p{Lu}[\\p{Lu}\\d]*(?:_+[\\p{Lu}\\d]+)*_?)(?=$|[\\s:*?=,.(\\t])");
    /** A run of capitals with no underscore is read as a code only when this long or longer. */
    private static final int MIN_RUN = 5;
    /** At most this many characters of a run are tried as one piece. */
    private static final int MAX_PIECE = 16;
    private static final Set<String> JOINING = Set.of("the", "of", "to", "in", "is", "for", "on", "and", "or", "by",
            "with", "at", "from", "not", "what", "who", "when", "where", "why", "how", "was", "did", "do", "any", "if");

    private final Map<String, String> abbreviations;
    private final Set<String> vocabulary = new HashSet<>(JOINING);

    /** The codes of this form, read with the abbreviations it was loaded with and the words of its wordings. */
    public FieldCodes(FormSpec spec) {
        this(spec.codeWords(), spec);
    }

    FieldCodes(Map<String, String> abbreviations, FormSpec spec) {
        this.abbreviations = Map.copyOf(abbreviations);
        for (FormSpec.FieldSpec f : spec.fields()) {
            f.labels().forEach(this::learn);
            f.keywords().forEach(this::learn);
            learn(f.name());
        }
        this.abbreviations.values().forEach(this::learn);
    }

    private void learn(String wording) {
        for (String w : wording.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= 2) {
                vocabulary.add(w);
            }
        }
    }

    /**
     * The label with a field code at its start (after a question number) written as the words it stands for: "2/1
     * RES_FULLNM:" is "2/1 young person full name:"; the label as it is when it starts with no code. A run of capitals
     * with no underscore ("CHILDFULLNM") is a code only when it splits wholly into known words with at least one
     * abbreviation among them, and, unless {@code wholeLabel}, when a colon or nothing follows it: a line of text
     * starting with a word in capitals is more often a heading or a value.
     *
     * @param wholeLabel the text is a label on its own (a table's cell, a PDF field's name), not a line of text
     */
    public String spelledOut(String label, boolean wholeLabel) {
        return read(label, wholeLabel).map(Spelled::label).orElse(label);
    }

    /**
     * A label whose start is a field code, read.
     *
     * @param label the whole label with the code's words in place of the code, the first one capitalised as a label's
     * @param words the code's words alone ("young person full name")
     * @param code  the code as written ("RES_FULLNM")
     */
    public record Spelled(String label, String words, String code) {
    }

    /** A label in two languages: its halves either side of a spaced slash ("Pryd / INC_DTTM"). */
    private static final Pattern TWO_LANGUAGES = Pattern.compile("\\s+/\\s+");

    /**
     * The label's field code read as words, as {@link #spelledOut}; none when the label starts with no code. A label in
     * two languages whose second half is a code ("Rhif yr heddlu / PLC_REF") has that half read.
     */
    public Optional<Spelled> read(String label, boolean wholeLabel) {
        if (label == null || label.isEmpty() || abbreviations.isEmpty()) {
            return Optional.empty();
        }
        Optional<Spelled> whole = readStart(label, wholeLabel);
        Matcher slash = TWO_LANGUAGES.matcher(label);
        int at = -1;
        while (whole.isEmpty() && slash.find()) {
            at = slash.end();
        }
        if (whole.isPresent() || at < 0) {
            return whole;
        }
        String before = label.substring(0, at);
        return readStart(label.substring(at), wholeLabel).map(s -> new Spelled(before + s.label(), s.words(), s.code()));
    }

    private Optional<Spelled> readStart(String label, boolean wholeLabel) {
        String text = label.stripLeading();
        String rest = Words.withoutNumber(text);
        // "Q07_" before a code is its question's number: kept, as a number the label's words do not take
        String number = text.substring(0, text.length() - rest.length()).replaceFirst("_+$", " ");
        Matcher m = CODE.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        String code = m.group(1);
        String after = rest.substring(m.end());
        boolean underscored = code.contains("_");
        if (!underscored && (code.length() < MIN_RUN || !code.chars().allMatch(Character::isLetter)
                || !wholeLabel && !after.isBlank() && !after.stripLeading().startsWith(":"))) {
            return Optional.empty();
        }
        Optional<String> words = underscored ? ofParts(code) : ofRun(code.toLowerCase(Locale.ROOT));
        return words.filter(w -> !w.isEmpty()).map(w -> new Spelled(
                number + Character.toUpperCase(w.charAt(0)) + w.substring(1) + after, w, code));
    }

    /** The words of a code joined by underscores, or none when no part of it is an abbreviation or a known word. */
    private Optional<String> ofParts(String code) {
        List<String> out = new ArrayList<>();
        boolean known = false;
        for (String part : code.toLowerCase(Locale.ROOT).split("_+")) {
            if (part.isEmpty()) {
                continue;
            }
            String words = abbreviations.get(part);
            if (words == null && (vocabulary.contains(part) || part.chars().anyMatch(Character::isDigit))) {
                words = part;
            }
            if (words == null) {
                words = ofRun(part).orElse(part);
            }
            known |= !words.equals(part) || vocabulary.contains(part);
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return known && !out.isEmpty() ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    /**
     * A run of letters ("fullnm", "presagencynm") as the fewest known pieces it splits into, with at least one
     * abbreviation among them, as their words; none when it does not split wholly or is a known word itself.
     */
    private Optional<String> ofRun(String letters) {
        if (vocabulary.contains(letters) || letters.length() < 3) {
            return Optional.empty();
        }
        List<String> pieces = RunTogetherWords.fewestPieces(letters, 2, MAX_PIECE, this::piece);
        if (pieces.size() < 2) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean abbreviated = false;
        for (String piece : pieces) {
            String words = abbreviations.get(piece);
            abbreviated |= words != null && !vocabulary.contains(piece);
            out.add(words != null ? words : piece);
        }
        out.removeIf(String::isEmpty);
        return abbreviated && !out.isEmpty() ? Optional.of(String.join(" ", out)) : Optional.empty();
    }

    /**
     * Whether a piece of a run is a known word or abbreviation: one of two letters ("nm", "sw") only at the run's end,
     * where codes put them, as a three-letter one may stand anywhere.
     */
    private boolean piece(String piece, boolean atEnd) {
        if (piece.length() <= 2 && !atEnd) {
            return false;
        }
        return abbreviations.containsKey(piece) || vocabulary.contains(piece);
    }
}
