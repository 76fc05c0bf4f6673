package org.ypsa.hub.domain.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one language a form's wordings are written in (config/forms: a risk letter's letter:, the MASH form's
 * mediation-worked:), and its compiler. A phrase is words in small letters as written (an apostrophe is either kind,
 * spaces any white space), each a whole word; "word*" a word's start ("prevent*": prevented, prevention); "(a|b)" one
 * of its words, "(a|b|)" one of them or none; "…" a few words with no sentence's end or colon between ("the risk … is":
 * "the risk we cannot manage is").
 */
public final class Phrases {

    /** A word as written, "*" after it for a word's start. */
    private static final String WORD = "[\\p{Ll}'\u2019-]+\\*?";
    private static final String WORDS = WORD + "(?: " + WORD + ")*";
    private static final String TOKEN = WORD + "|\\((?:(?:" + WORDS + ")?\\|)+(?:" + WORDS + ")?\\)|\u2026";
    /** What a phrase may hold: words, "word*", "(a|b|)" and "…". */
    private static final Pattern PHRASE = Pattern.compile("(?:" + TOKEN + ")(?: (?:" + TOKEN + "))*");
    /** A few words with no sentence's end or colon between, as "…" stands for. */
    private static final String GAP = "\\b[^.:]{0,60}?\\b";

    private Phrases() {
    }

    /** What is wrong with a phrase as a wording, or empty: small letters, "word*", "(a|b|)" groups and "…" only. */
    public static Optional<String> mistakeIn(String phrase) {
        return PHRASE.matcher(phrase).matches() ? Optional.empty() : Optional.of("\"" + phrase + "\": expected words in "
                + "small letters, \"word*\" for a word's start, \"(a|b)\" for one of them, \"(a|b|)\" for one or none, "
                + "\"…\" for a few words");
    }

    /** The phrases as one regular expression (no flags, no anchors), the longest first: one of them as written. */
    public static String longestFirst(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return inOrder(sorted);
    }

    /** The phrases as one regular expression (no flags, no anchors): the first of them, in their order, that fits. */
    public static String inOrder(List<String> phrases) {
        return "(?:" + String.join("|", phrases.stream().map(Phrases::regexOf).toList()) + ")";
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
                            .filter(w -> !w.isBlank()).map(Phrases::words).toList()) + ")"
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

    /** Words as written, each whole (or its start, "word*"), spaces between them any white space, an apostrophe either kind. */
    private static String words(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.strip().split("\\s+")) {
            out.append(out.length() == 0 ? "" : "\\s+");
            boolean start = w.endsWith("*");
            for (char c : (start ? w.substring(0, w.length() - 1) : w).toCharArray()) {
                out.append(c == '\'' || c == '\u2019' ? "['\u2019]" : Character.isLetterOrDigit(c) ? String.valueOf(c)
                        : Pattern.quote(String.valueOf(c)));
            }
            out.append(start ? "" : "\\b");
        }
        return out.toString();
    }
}
