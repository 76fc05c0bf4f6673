package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form typed with a blank line after every line whose answer is a choice that names a field's word (stop 47,
 * other47): "category of incident - tick one" / "" / "missing" / "" / "severity - tick one" / "" / "HIGH". The choice
 * "missing" could be a label in small letters, but no answer of its own is under it (the next paragraph is a label),
 * so it is the category's answer; a heading over a label with its answer ("concern details" / "" / "our ref" / "" /
 * "BRK/1") still gets none. Wordings are ours, written for this test.
 */
class AChoiceTypedUnderItsLabelAcrossABlankLineTest {
    private static final ToDoubleFunction<String> LABELS = l -> List.of("category of incident - tick one", "missing",
            "severity - tick one", "describe what happened", "our ref", "concern details").contains(l.strip()) ? 1.0 : 0.0;

    @Test
    void aChoiceNamingAFieldsWordWithALabelUnderItIsTheAnswerAbove() {
        String body = "hi\n\ncategory of incident - tick one\n\nmissing\n\nseverity - tick one\n\nHIGH\n\n"
                + "describe what happened\n\nShe did not come back to the scheme last night.\n\nthanks\n";
        String read = HurriedLines.labelsOverAnswers(body, LABELS);
        assertThat(read).contains("category of incident - tick one:\nmissing");
        assertThat(read).contains("severity - tick one:\nHIGH");
    }

    @Test
    void aHeadingOverALabelWithItsAnswerIsNoLabel() {
        String body = "hi\n\nconcern details\n\nour ref\n\nBRK/1\n\nseverity - tick one\n\nHIGH\n\n"
                + "describe what happened\n\nShe did not come back to the scheme last night.\n\nthanks\n";
        String read = HurriedLines.labelsOverAnswers(body, LABELS);
        assertThat(read).contains("our ref:\nBRK/1").doesNotContain("concern details:");
    }
}
