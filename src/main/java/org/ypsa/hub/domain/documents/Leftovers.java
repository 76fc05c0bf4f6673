package org.ypsa.hub.domain.documents;

import static org.ypsa.hub.domain.documents.TypedValues.answered;
import static org.ypsa.hub.domain.documents.TypedValues.fitsAsLeftover;
import static org.ypsa.hub.domain.documents.TypedValues.fit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ypsa.hub.domain.forms.FormSpec;
import org.ypsa.hub.domain.forms.LabelMatcher;

/**
 * Places the labels left over after matching: a required field still missing takes an unplaced label whose value
 * fits its type and whose words name it ("Date it all kicked off" with "3 March 2027" for a missing date), and a
 * form whose field is truly missing is still rejected.
 */
final class Leftovers<F extends Enum<F>> {
    /** A label's score for a field at or above this is word evidence enough to place a leftover that fits its type. */
    static final double LEFTOVER_EVIDENCE = 0.2;
    /** A leftover goes to a missing field only if the label names it at least this share as well as its best field. */
    static final double LEFTOVER_SHARE = 0.5;

    private final LabelMatcher matcher;
    private final Map<F, FormSpec.FieldSpec> fieldSpecs;

    Leftovers(LabelMatcher matcher, Map<F, FormSpec.FieldSpec> fieldSpecs) {
        this.matcher = matcher;
        this.fieldSpecs = fieldSpecs;
    }

    /**
     * Leftovers by type: a required field still missing after matching takes a label that was left unplaced when the
     * value under that label fits the field's type and the label is plainly the one. A date, a date and time, a
     * time, an email or a phone number may go with no shared word when it is the only leftover of that type and the
     * field the only missing one it fits; otherwise (and always for free text, a choice, a yes/no, a number or a
     * reference, which many values fit) the label must share some words with the field
     * ({@link #LEFTOVER_EVIDENCE}) and be its best-scoring leftover, the field being the label's best among the
     * missing, each leading the next by half as much again ("If yes, date" could be any of a form's dates and goes
     * to none). A label that names another field far better (a second "Risk we cannot manage" when the risk is
     * filled) goes to no missing field. A form whose field is truly missing has no such label and is still rejected.
     */
    void placeLeftovers(Map<F, String> values, Map<String, String> leftovers, Set<String> unplaced) {
        if (leftovers.isEmpty()) {
            return;
        }
        List<F> missing = new ArrayList<>();
        for (Map.Entry<F, FormSpec.FieldSpec> e : fieldSpecs.entrySet()) {
            if (e.getValue() != null && e.getValue().required() && !answered(e.getValue(), values.get(e.getKey()))) {
                missing.add(e.getKey());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        // every (field, label) whose value fits, with the label's word score for the field
        Map<F, Map<String, Double>> fits = new LinkedHashMap<>();
        Map<String, Map<F, Double>> byLabel = new LinkedHashMap<>();
        for (Map.Entry<String, String> l : leftovers.entrySet()) {
            if (!unplaced.contains(l.getKey()) || FieldValues.isBlank(l.getValue())) {
                continue;
            }
            if (readForAnotherField(values, l.getValue())) {
                continue; // the end of a wrapped label ("DOB, description)") under which the other field's answer was read
            }
            Map<String, Double> scores = new java.util.HashMap<>();
            for (LabelMatcher.Match m : matcher.ranked(l.getKey())) {
                scores.merge(m.fieldId(), m.score(), Math::max);
            }
            double top = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            if (fieldMeantThroughSlips(l.getKey()) != null) {
                // "incident dte" with "03/02/2027": a label with a slip that names a field once mended is placed by
                // placeMistyped (its words and its value checked), never on a word it shares with another field
                continue;
            }
            TypedValues.Kind kind = TypedValues.kindOf(l.getValue()); // once a value, not once a missing field
            for (F f : missing) {
                FormSpec.FieldSpec s = fieldSpecs.get(f);
                if (!fitsAsLeftover(s, l.getValue(), kind)) {
                    continue;
                }
                if (matcher.aboutAnotherThing(s.id(), l.getKey())) {
                    continue; // "Date of referral: 01/12/2026" is never the date needed, however few dates are left
                }
                if (s.type().isText() && !matcher.headNames(s.id(), l.getKey())) {
                    continue; // "Age at referral (years)" asks for an age: it shares "referral" with the agency's label only
                }
                double score = scores.getOrDefault(s.id(), 0.0);
                if (score < LEFTOVER_SHARE * top && !(s.type().isStrict() && score == 0 && top < LabelMatcher.THRESHOLD)) {
                    continue; // the label names another field far better ("The risk we are unable to manage" twice)
                }
                fits.computeIfAbsent(f, k -> new LinkedHashMap<>()).put(l.getKey(), score);
                byLabel.computeIfAbsent(l.getKey(), k -> new LinkedHashMap<>()).put(f, score);
            }
        }
        Set<String> used = new java.util.HashSet<>();
        for (F f : missing) {
            Map<String, Double> labels = fits.getOrDefault(f, Map.of());
            FormSpec.FieldSpec s = fieldSpecs.get(f);
            String chosen = null;
            if (s.type().isStrict() && labels.size() == 1 && byLabel.get(labels.keySet().iterator().next()).size() == 1) {
                chosen = labels.keySet().iterator().next();
            } else {
                String best = bestOf(labels);
                if (best != null && labels.get(best) >= LEFTOVER_EVIDENCE && f.equals(bestOf(byLabel.get(best)))) {
                    chosen = best;
                }
            }
            if (chosen != null && used.add(chosen)) {
                values.put(f, fit(s, leftovers.get(chosen)).orElse(leftovers.get(chosen)).trim());
                unplaced.remove(chosen);
            }
        }
    }

    /**
     * Labels with a slip of the keyboard ("catagory", "what happend", "incidnet date"): a leftover whose label names no
     * field as written, and whose mistyped words read as the form's words they are one slip from name one field
     * clearly ({@link LabelMatcher#withSlipsMended}), answers that field when nothing else on the form did and its
     * value is of the field's type (a choice one of its answers, a date a date). A field another leftover's slips name
     * too, a value read for another field, a label about another thing, a label with words the form does not know
     * (another language's): none placed, the sender is told the label.
     */
    void placeMistyped(Map<F, String> values, Map<String, String> leftovers, Set<String> unplaced) {
        Map<F, String> chosen = new LinkedHashMap<>();
        Set<F> twice = new HashSet<>();
        for (Map.Entry<String, String> l : leftovers.entrySet()) {
            if (!unplaced.contains(l.getKey()) || FieldValues.isBlank(l.getValue())
                    || readForAnotherField(values, l.getValue())
                    || matcher.ranked(l.getKey()).stream().anyMatch(m -> m.score() >= LabelMatcher.THRESHOLD)) {
                continue;
            }
            String meant = matcher.withSlipsMended(l.getKey());
            // every word of the mended label the form's: "Statws digartrefedd" is Welsh, its "statws" no slip of "status"
            List<LabelMatcher.Match> mended = meant.equals(l.getKey()) || !matcher.readsEveryWord(meant) ? List.of()
                    : matcher.ranked(meant);
            if (mended.isEmpty() || mended.get(0).score() < LabelMatcher.THRESHOLD
                    || mended.size() > 1 && mended.get(0).score() < 1.5 * mended.get(1).score()) {
                continue;
            }
            F f = fieldOf(mended.get(0).fieldId());
            FormSpec.FieldSpec s = f == null ? null : fieldSpecs.get(f);
            if (s == null || !FieldValues.isBlank(values.get(f)) || !fitsAsLeftover(s, l.getValue())
                    || matcher.aboutAnotherThing(s.id(), meant)) {
                continue;
            }
            if (chosen.putIfAbsent(f, l.getKey()) != null) {
                twice.add(f);
            }
        }
        chosen.forEach((f, label) -> {
            if (!twice.contains(f)) {
                values.put(f, fit(fieldSpecs.get(f), leftovers.get(label)).orElse(leftovers.get(label)).trim());
                unplaced.remove(label);
            }
        });
    }

    /**
     * The field a label with a slip of the keyboard names once mended, where it names one clearly ({@link
     * LabelMatcher#rankedAllowingTypos}); null for a label with no slip or naming none.
     */
    private String fieldMeantThroughSlips(String label) {
        if (matcher.withSlipsMended(label).equals(label)) {
            return null;
        }
        List<LabelMatcher.Match> meant = matcher.rankedAllowingTypos(label);
        return meant.isEmpty() || meant.get(0).score() < LabelMatcher.THRESHOLD
                || meant.size() > 1 && meant.get(0).score() < 1.5 * meant.get(1).score() ? null : meant.get(0).fieldId();
    }

    private F fieldOf(String id) {
        return fieldSpecs.entrySet().stream().filter(e -> e.getValue() != null && e.getValue().id().equals(id))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * Whether a leftover's value, words of three or more, is already the value of a field: one answer read under
     * two labels (a label wrapped over two lines, "Individuals named (name," / "DOB, description): ...", read as a
     * whole and as its second half) is that field's, not a second field's too. Short values (a date, "Yes") may
     * truly answer two fields. A field's value that ends with it took it with the words of its label's cell before it
     * ("that rules it out He has threatened staff ..." read from the row "Risk that rules it out | He has threatened
     * staff ..."): the answer is that field's too.
     */
    static boolean readForAnotherField(Map<?, String> values, String value) {
        String v = value.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        if (v.split(" ").length < 3) {
            return false;
        }
        return values.values().stream().filter(x -> x != null)
                .map(x -> x.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT))
                .anyMatch(x -> x.equals(v) || x.endsWith(" " + v));
    }

    /** The key with the highest score when it clearly leads (half as much again as the next), else null. */
    private static <K> K bestOf(Map<K, Double> scores) {
        K best = null;
        double top = -1;
        double second = 0;
        for (Map.Entry<K, Double> e : scores.entrySet()) {
            if (e.getValue() > top) {
                second = Math.max(second, top);
                best = e.getKey();
                top = e.getValue();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        return best != null && top >= 1.5 * second ? best : null;
    }
}
