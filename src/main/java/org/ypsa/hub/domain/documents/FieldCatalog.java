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

    public FieldCatalog(Class<F> type, Function<F, List<String>> synonyms) {
        this.type = type;
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
        for (String line : doc.text().split("\\R")) {
            splitAtLabel(line).ifPresent(lv -> values.putIfAbsent(lv.getKey(), lv.getValue()));
        }
        return values;
    }

    private Optional<Map.Entry<F, String>> splitAtLabel(String line) {
        String[] words = line.trim().split("\\s+");
        F best = null;
        int bestWords = 0;
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.length && i < 14; i++) {
            prefix.append(words[i]).append(' ');
            F f = bySynonym.get(Labels.normalize(prefix.toString()));
            if (f != null && i + 1 < words.length) {
                best = f;
                bestWords = i + 1;
            }
        }
        if (best == null || bestWords < 2) {
            return Optional.empty();
        }
        StringBuilder value = new StringBuilder();
        for (int i = bestWords; i < words.length; i++) {
            value.append(i > bestWords ? " " : "").append(words[i]);
        }
        return Optional.of(Map.entry(best, value.toString().replaceFirst("^[:\\-–]\\s*", "")));
    }
}
