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
 * floor is asked for: {@code -Dvariation.floor=0.95} (a share of mails, for each part).
 * {@code -Dvariation.parts=tuned} scores one part; {@code -Dvariation.show=tuned/mail/t-ref-001.eml} prints what the
 * hub read from one mail, label by label, and everything it decided.
 */
class VariationScoreTest {
    private static final Path CORPUS = Path.of("src/test/resources/variation");

    @Test
    void scoresEachPartAndPrintsTheFigures() throws IOException {
        String floor = System.getProperty("variation.floor", "");
        VariationScore scorer = new VariationScore();
        for (String part : System.getProperty("variation.parts", "tuned,tuned2,tuned3,tuned4,tuned5,tuned6,tuned7,tuned8,heldout,heldout2,heldout3,heldout4,heldout5,tuned9,heldout6").split(",")) {
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
