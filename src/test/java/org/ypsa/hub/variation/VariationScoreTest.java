package org.ypsa.hub.variation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the hub on the variation corpus (docs/variation-corpus.md) and prints the figures; it fails only when a
 * floor is asked for: {@code -Dvariation.floor=0.95} (a share of mails, for each part). It runs only when asked
 * ({@code bench/variation/score}, or {@code -Dvariation.parts=tuned} for one part), never in the plain build: scoring
 * every part takes minutes and would print held-out failures into the build's log. {@code -Dvariation.show=tuned/mail/t-ref-001.eml} prints what the
 * hub read from one mail, label by label, and everything it decided.
 */
class VariationScoreTest {
    private static final Path CORPUS = Path.of("src/test/resources/variation");

    @Test
    void scoresEachPartAndPrintsTheFigures() throws IOException {
        String parts = System.getProperty("variation.parts", "");
        Assumptions.assumeFalse(parts.isBlank(), "run bench/variation/score, or set -Dvariation.parts=<part,...>");
        String floor = System.getProperty("variation.floor", "");
        VariationScore scorer = new VariationScore();
        for (String part : parts.split(",")) {
            List<VariationScore.Result> results = scorer.score(VariationManifest.load(CORPUS.resolve(part.strip())));
            String report = VariationScore.report(part.strip(), results);
            System.out.println(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "variation-score-" + part.strip() + ".txt"), report);
            if (!floor.isBlank()) {
                assertThat(VariationScore.share(results)).as(part + " part's share of mails passed")
                        .isGreaterThanOrEqualTo(Double.parseDouble(floor));
            }
        }
    }

    @Test
    void showsWhatTheHubReadFromOneMail() throws IOException {
        String file = System.getProperty("variation.show", "");
        Assumptions.assumeFalse(file.isBlank(), "set -Dvariation.show=<part>/mail/<file>.eml to see one mail");
        for (String one : file.split(",")) {
            System.out.println(VariationScore.explain(CORPUS.resolve(one.strip())));
        }
    }
}
