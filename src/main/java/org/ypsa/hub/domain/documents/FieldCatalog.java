package org.ypsa.hub.domain.documents;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.ypsa.hub.domain.Labels;

/**
 * Matches a form's labels to its fields leniently: case, punctuation, spacing and bracketed hints do not
 * matter, and each field has the synonyms people use. Also splits a line with no colon ("Date of birth
 * 14/03/2009", as a PDF's text gives a table row) at the longest known label it starts with.
 */
public final class FieldCatalog<F extends Enum<F>> {
    private final Class<F> type;
    private final Map<String, F> bySynonym = new LinkedHashMap<>();
    /** One-word labels exactly as the form prints them ("Gender", "Parent"): only these split a line mid-way. */
    private final java.util.Set<String> canonical = new java.util.HashSet<>();

    public FieldCatalog(Class<F> type, Function<F, List<String>> synonyms, Function<F, String> label) {
        this.type = type;
        for (F f : type.getEnumConstants()) {
            canonical.add(label.apply(f));
        }
        for (F f : type.getEnumConstants()) {
            for (String s : synonyms.apply(f)) {
                bySynonym.putIfAbsent(Labels.normalize(s), f);
            }
        }
    }

    public Optional<F> match(String label) {
        return Optional.ofNullable(bySynonym.get(Labels.normalize(label)));
    }

    /** The fields found in a document; the first non-empty value found for a field wins. */
    public Map<F, String> read(LabelledDocument doc) {
        Map<F, String> values = new EnumMap<>(type);
        for (LabelledDocument.Entry e : doc.entries()) {
            match(e.label()).ifPresent(f -> {
                if (Labels.isBlank(values.get(f))) {
                    values.put(f, e.value() == null ? "" : e.value().trim());
                }
            });
        }
        String[] lines = doc.text().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            for (Map.Entry<F, String> lv : splitLine(lines[i], next)) {
                values.putIfAbsent(lv.getKey(), lv.getValue());
            }
        }
        return values;
    }

    /**
     * A line of a table as a PDF's text gives it: "Date of birth 02/08/2007 Gender Male", where a label may
     * wrap onto the next line ("Young person's full Corwin" / "name"). Labels are found at the start, with
     * words of the next line, and further along where a capitalised label of two or more words begins.
     */
    private List<Map.Entry<F, String>> splitLine(String line, String next) {
        String[] words = line.trim().split("\\s+");
        String[] after = next.trim().split("\\s+");
        java.util.List<Map.Entry<F, String>> out = new java.util.ArrayList<>();
        int start = -1;
        F field = null;
        Optional<Map.Entry<F, Integer>> first = labelAt(words, 0);
        if (first.isPresent()) {
            field = first.get().getKey();
            start = first.get().getValue();
        } else {
            for (int k = Math.min(6, words.length - 1); k >= 1 && field == null; k--) {
                StringBuilder head = new StringBuilder();
                for (int w = 0; w < k; w++) {
                    head.append(words[w]).append(' ');
                }
                StringBuilder wrapped = new StringBuilder(head);
                for (int j = 0; j < after.length && j < 4 && field == null; j++) {
                    wrapped.append(after[j]).append(' ');
                    F f = bySynonym.get(Labels.normalize(wrapped.toString()));
                    if (f != null) {
                        field = f;
                        start = k;
                    }
                }
            }
        }
        if (field == null) {
            return out;
        }
        StringBuilder value = new StringBuilder();
        for (int i = start; i < words.length; i++) {
            final int at = i;
            Optional<Map.Entry<F, Integer>> inner = Character.isUpperCase(words[i].isEmpty() ? 'a' : words[i].charAt(0))
                    ? labelAt(words, i).filter(m -> m.getValue() - at >= 2 || canonical.contains(words[at]))
                    : Optional.empty();
            if (inner.isPresent()) {
                out.add(Map.entry(field, value.toString().trim()));
                field = inner.get().getKey();
                value.setLength(0);
                i = inner.get().getValue() - 1;
                continue;
            }
            value.append(words[i]).append(' ');
        }
        out.add(Map.entry(field, value.toString().trim().replaceFirst("^[:\\-\u2013]\\s*", "")));
        return out;
    }

    /** The longest label starting at word i, with the index of the first word after it. */
    private Optional<Map.Entry<F, Integer>> labelAt(String[] words, int i) {
        F best = null;
        int end = -1;
        StringBuilder prefix = new StringBuilder();
        for (int w = i; w < words.length && w < i + 12; w++) {
            prefix.append(words[w]).append(' ');
            F f = bySynonym.get(Labels.normalize(prefix.toString()));
            if (f != null) {
                best = f;
                end = w + 1;
            }
        }
        return best == null ? Optional.empty() : Optional.of(Map.entry(best, end));
    }
}
