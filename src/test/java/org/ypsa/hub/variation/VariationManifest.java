package org.ypsa.hub.variation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One part of the variation corpus as its manifest.tsv describes it: each mail and what the hub must make of it. */
record VariationManifest(String part, Path folder, List<Entry> entries) {

    /**
     * One mail of the corpus.
     *
     * @param outcome routed, rejected or unrecognised
     * @param urgent  yes (must be screened as an emergency), no (must not be), or - (not judged: not an intelligence
     *                submission, or a mail that is no form whose screening the manifest leaves open)
     * @param expect  the key values a routed form must carry, or for a rejection {@code problem}: words, one of which
     *                the problem's field or description must contain
     */
    record Entry(String file, String form, String variant, String layout, String outcome, String urgent,
            String invalid, String attachment, Map<String, String> expect) {
    }

    static VariationManifest load(Path folder) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("manifest.tsv"), StandardCharsets.UTF_8);
            List<Entry> entries = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                Map<String, String> expect = new LinkedHashMap<>();
                if (!c[8].equals("-")) {
                    for (String pair : c[8].split(";")) {
                        int eq = pair.indexOf('=');
                        expect.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
                entries.add(new Entry(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], expect));
            }
            return new VariationManifest(folder.getFileName().toString(), folder, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
