package org.ypsa.hub.domain.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A label written as one word in capitals, as PDF form fields are often named ("YOUNGPERSONSFULLNAME",
 * "3RESIDENTSNAME", "DATEOFBIRTH"), split into the words of the form's own wordings and the small words that join
 * them, in as few words as possible ("young person s full name"); a plural or possessive "s" is split off.
 */
public final class RunTogetherWords {
    private static final Pattern RUN = Pattern.compile("\\d{0,2}\\p{Lu}{8,}");
    private static final Set<String> JOINING = Set.of("the", "of", "to", "in", "is", "for", "on", "and", "or", "by",
            "with", "at", "from", "do", "does", "did", "was", "were", "has", "have", "they", "their", "you", "your",
            "who", "what", "when", "where", "which", "how", "why", "want", "if", "any", "it", "this", "are", "be",
            "been", "yp", "no", "not");
    private static final int MIN_WORD = 2;

    private final Set<String> vocabulary = new HashSet<>(JOINING);

    public RunTogetherWords(FormSpec spec) {
        for (FormSpec.FieldSpec f : spec.fields()) {
            f.labels().forEach(this::learn);
            learn(f.name());
        }
    }

    private void learn(String wording) {
        for (String w : wording.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() >= MIN_WORD) {
                vocabulary.add(w);
            }
        }
    }

    /** The label's words, or the label as it is when it is not one run of capitals or does not split into them. */
    public String split(String label) {
        String t = label == null ? "" : label.strip();
        if (!RUN.matcher(t).matches()) {
            return label;
        }
        String letters = t.replaceFirst("^\\d+", "").toLowerCase(Locale.ROOT);
        List<String> words = fewestWords(letters);
        return words.isEmpty() ? label : String.join(" ", words);
    }

    /** The split of the letters into the fewest known words (a known word and an "s" counting as one), or none. */
    private List<String> fewestWords(String letters) {
        return fewestPieces(letters, MIN_WORD, 20, (piece, atEnd) -> known(piece)).stream()
                .map(piece -> vocabulary.contains(piece) ? piece : piece.substring(0, piece.length() - 1) + " s")
                .toList();
    }

    /**
     * The split of a run of letters into the fewest pieces the test accepts (told whether the piece ends the run), each
     * {@code shortest} to {@code longest} letters long; none when the run does not split wholly.
     */
    static List<String> fewestPieces(String letters, int shortest, int longest,
            java.util.function.BiPredicate<String, Boolean> accepts) {
        int n = letters.length();
        int[] count = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - longest); start <= end - shortest; start++) {
                if (count[start] != Integer.MAX_VALUE && count[start] + 1 < count[end]
                        && accepts.test(letters.substring(start, end), end == n)) {
                    count[end] = count[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (count[n] == Integer.MAX_VALUE) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.add(0, letters.substring(from[end], end));
        }
        return out;
    }

    private boolean known(String piece) {
        return vocabulary.contains(piece)
                || piece.endsWith("s") && piece.length() > MIN_WORD && vocabulary.contains(piece.substring(0, piece.length() - 1));
    }
}
