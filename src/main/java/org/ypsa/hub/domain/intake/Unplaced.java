package org.ypsa.hub.domain.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ypsa.hub.domain.Problem;

/**
 * Honest rejections: a field is never called missing while the form holds a label the hub could not place.
 * Each such problem names those labels (the sender's own words, never their values) and the wording to use.
 */
final class Unplaced {
    /** A rejection names this many unplaced labels at most; the admin's copy has them all. */
    private static final int NAMED = 8;

    private Unplaced() {
    }

    /**
     * A routed form's warnings, and when the hub could not place some of its labels, one more that names them: what
     * is under them was not read into the record the team works from (the original goes with it).
     */
    static List<String> onRoutedForm(List<String> warnings, List<String> unplaced) {
        if (unplaced.isEmpty()) {
            return warnings;
        }
        List<String> out = new ArrayList<>(warnings);
        out.add("The hub could not match " + (unplaced.size() == 1 ? "this label" : "these labels") + " of the form to "
                + "any of its fields, so what is under " + (unplaced.size() == 1 ? "it" : "them") + " was not read into "
                + "the record (the team also gets your original): " + named(unplaced));
        return out;
    }

    static List<Problem> explain(List<Problem> problems, List<String> unplaced) {
        if (unplaced.isEmpty()) {
            return problems;
        }
        String labels = named(unplaced);
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            if (!isMissing(p)) {
                out.add(p);
                continue;
            }
            out.add(new Problem(p.where(), p.field(), p.problem() + ": the hub did not find it, and could not match "
                    + (unplaced.size() == 1 ? "this label" : "these labels") + " of the form to any field: " + labels,
                    (p.expected() == null || p.expected().isBlank() ? "" : p.expected() + "; ")
                            + "if one of those labels holds it, label it \"" + p.field() + "\""));
        }
        return out;
    }

    /** The first labels, quoted, and how many more there are. */
    private static String named(List<String> unplaced) {
        return unplaced.stream().limit(NAMED).map(l -> "\"" + l + "\"").collect(Collectors.joining(", "))
                + (unplaced.size() > NAMED ? " and " + (unplaced.size() - NAMED) + " more" : "");
    }

    private static boolean isMissing(Problem p) {
        String s = p.problem() == null ? "" : p.problem();
        return s.startsWith("is missing") || s.startsWith("is not answered") || s.startsWith("is not described")
                || s.startsWith("no contact");
    }
}
