package org.ypsa.hub.domain.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a form's answers are said in a letter rather than on the form (a form's letter:, read by
 * documents.RiskLetter): what the writer says they cannot do ("we are struggling to manage", "we cannot hold"), and
 * the words a paragraph opens with to say one of the form's fields ("What would help is ..."), by the field's id.
 * Each wording is a phrase: words as written (an apostrophe is either kind), "(a|b)" one of its words, "(a|b|)" one
 * of them or none, and "…" a few words, no sentence's end between ("the risk … is": "the risk we cannot manage is").
 *
 * @param cannot     what the writer cannot do: "(not|no longer) (feel|be|) able to", "struggling to"
 * @param cannotThen words that may come between it and what ("safely", "continue to")
 * @param cannotDo   what they cannot do it to the young person's risk or placement: "manage", "hold", "accept"
 * @param opens      by a field's id, the words a paragraph saying that field opens with
 */
public record LetterWords(List<String> cannot, List<String> cannotThen, List<String> cannotDo,
        Map<String, List<String>> opens) {

    /** A form no letter says. */
    public static final LetterWords NONE = new LetterWords(List.of(), List.of(), List.of(), Map.of());

    /** What a phrase may hold: words, "(a|b|)" and "…". */
    private static final Pattern PHRASE = Pattern.compile("(?:[\\p{Ll}'\u2019-]+|\\((?:[\\p{Ll}'\u2019 -]*\\|)+[\\p{Ll}'\u2019 -]*\\)"
            + "|\u2026)(?: (?:[\\p{Ll}'\u2019-]+|\\((?:[\\p{Ll}'\u2019 -]*\\|)+[\\p{Ll}'\u2019 -]*\\)|\u2026))*");
    /** A few words with no sentence's end or colon between, as "…" stands for. */
    private static final String GAP = "\\b[^.:]{0,60}?\\b";

    public LetterWords {
        cannot = List.copyOf(cannot);
        cannotThen = List.copyOf(cannotThen);
        cannotDo = List.copyOf(cannotDo);
        opens = Map.copyOf(opens);
    }

    /** Whether a form says nothing of letters. */
    public boolean isEmpty() {
        return cannot.isEmpty() && opens.isEmpty();
    }

    /** What is wrong with a phrase as a wording, or empty: small letters, "(a|b|)" groups and "…" only. */
    public static Optional<String> mistakeIn(String phrase) {
        return PHRASE.matcher(phrase).matches() ? Optional.empty() : Optional.of("\"" + phrase + "\": expected words in "
                + "small letters, \"(a|b)\" for one of them, \"(a|b|)\" for one or none, \"…\" for a few words");
    }

    /** The phrases as one regular expression (no flags, no anchors), the longest first: one of them as written. */
    public static String regex(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", sorted.stream().map(LetterWords::regexOf).toList()) + ")";
    }

    /** One phrase as a regular expression. */
    static String regexOf(String phrase) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        int depth = 0;
        for (char c : phrase.strip().toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ' ' && depth == 0) {
                tokens.add(token.toString());
                token.setLength(0);
            } else {
                token.append(c);
            }
        }
        tokens.add(token.toString());
        StringBuilder out = new StringBuilder();
        boolean joined = true; // no space is needed before the next token (the phrase's start, after a gap)
        for (String t : tokens) {
            if (t.equals("\u2026")) {
                out.append(GAP);
                joined = true;
                continue;
            }
            boolean optional = t.startsWith("(") && (t.endsWith("|)") || t.contains("||") || t.startsWith("(|"));
            String piece = t.startsWith("(")
                    ? "(?:" + String.join("|", List.of(t.substring(1, t.length() - 1).split("\\|")).stream()
                            .filter(w -> !w.isBlank()).map(LetterWords::words).toList()) + ")"
                    : words(t);
            if (optional) {
                out.append(joined ? "(?:" + piece + "\\s+)?" : "(?:\\s+" + piece + ")?");
            } else {
                out.append(joined ? "" : "\\s+").append(piece);
                joined = false;
            }
        }
        return out.toString();
    }

    /** Words as written, spaces between them any white space, an apostrophe either kind. */
    private static String words(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.strip().split("\\s+")) {
            out.append(out.length() == 0 ? "" : "\\s+");
            for (char c : w.toCharArray()) {
                out.append(c == '\'' || c == '\u2019' ? "['\u2019]" : Character.isLetterOrDigit(c) ? String.valueOf(c)
                        : Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
