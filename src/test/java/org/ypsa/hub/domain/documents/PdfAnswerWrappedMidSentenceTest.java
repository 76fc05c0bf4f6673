package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF's text breaks an answer where its box wraps, mid-sentence: the line that starts in small letters under a line
 * broken off in a word goes on with the answer (tuned15 routed a risk cut at "injuries he will", its second line lost).
 * Wordings invented for these tests.
 */
class PdfAnswerWrappedMidSentenceTest {
    private final FieldCatalog<RiskField> risk = FieldCatalog.shipped(RiskField.class, "risk-concern");

    private static String text(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void anAnswerUnderALabelUnderItsHeadingGoesOnOnTheLineInSmallLettersAfterABreakInAWord() {
        String t = text("Provider risk notice", "Referral ref:", "YPSA-ABCDE-FGHIJ", "RISK", "What is the risk in full",
                "She leaves the project late at night and returns with items she", "cannot account for. Night staff are lone working.",
                "Why not manageable with current support:", "We have one waking night worker for twelve residents.");
        var read = risk.read(new LabelledDocument("notice.pdf", t, List.of())).values();
        assertThat(read.get(RiskField.RISK)).endsWith("she cannot account for. Night staff are lone working.");
        assertThat(read.get(RiskField.REASON)).isEqualTo("We have one waking night worker for twelve residents.");
    }

    @Test
    void aLineUnderAnAnswerThatEndedItsSentenceIsNotItsWrappedEnd() {
        String t = text("Provider risk notice", "Referral ref:", "YPSA-ABCDE-FGHIJ", "RISK", "What is the risk in full",
                "She leaves the project late at night.", "why not manageable with current support",
                "We have one waking night worker for twelve residents.");
        var read = risk.read(new LabelledDocument("notice.pdf", t, List.of())).values();
        assertThat(read.get(RiskField.RISK)).isEqualTo("She leaves the project late at night.");
    }
}
