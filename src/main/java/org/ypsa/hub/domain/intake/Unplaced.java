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

    static List<Problem> explain(List<Problem> problems, List<String> unplaced) {
        if (unplaced.isEmpty()) {
            return problems;
        }
        String labels = unplaced.stream().limit(NAMED).map(l -> "\"" + l + "\"").collect(Collectors.joining(", "))
                + (unplaced.size() > NAMED ? " and " + (unplaced.size() - NAMED) + " more" : "");
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

    private static boolean isMissing(Problem p) {
        String s = p.problem() == null ? "" : p.problem();
        return s.startsWith("is missing") || s.startsWith("is not answered") || s.startsWith("is not described")
                || s.startsWith("no contact");
    }
}
