package org.ypsa.hub.variation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.LabelMatcher;

/**
 * Places each wording of a tuned part (bench/variation/labels.py writes them) on its form's fields, label alone, and
 * prints those placed on no field or another: a quick measure of label matching, without layouts or values.
 */
class LabelPlacementReportTest {

    @Test
    void printsTheWordingsPlacedWrong() throws IOException {
        String file = System.getProperty("variation.labels", "");
        Assumptions.assumeFalse(file.isBlank(), "set -Dvariation.labels=target/labels-tuned2.tsv");
        List<String> lines = Files.readAllLines(Path.of(file));
        int right = 0;
        StringBuilder wrong = new StringBuilder();
        for (String line : lines) {
            String[] c = line.split("\t");
            LabelMatcher m = new LabelMatcher(FormLibrary.shipped().form(c[0]));
            String got = m.match(c[2]).map(x -> x.fieldId() + String.format(" %.2f", x.score())).orElse("-");
            if (got.startsWith(c[1] + " ")) {
                right++;
            } else {
                wrong.append(String.format("  %-24s %-22s %-55s -> %s%n", c[0], c[1], c[2], got));
            }
        }
        System.out.printf("Labels placed right: %d of %d%n%s", right, lines.size(), wrong);
    }
}
