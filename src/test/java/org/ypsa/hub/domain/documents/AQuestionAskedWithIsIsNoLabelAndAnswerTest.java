package org.ypsa.hub.domain.documents;

import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A question asked with "is" / "are" is asked whole (stop 50, lines50): "Why is the YP being referred for
 * accommodation?" is no label "Why" with the answer "the YP being referred for accommodation?", and "Where is she
 * sleeping tonight" no label "Where". A statement with "is" still gives its label ("Date of birth is 3 May 2009").
 * Wordings are ours.
 */
class AQuestionAskedWithIsIsNoLabelAndAnswerTest {
    /** Every short subject names a field here, as a loose catalog would: only the question's shape may stop it. */
    private static final ToDoubleFunction<String> ANY = w -> 1.0;

    @Test
    void aQuestionOpeningWithAQuestionWordStaysAsWritten() {
        for (String q : new String[] {"Why is the YP being referred for accommodation?", "Where is the YP sleeping tonight?",
                "Where is she sleeping tonight", "When is the bed needed by?", "How is the young person coping at home?",
                "Reason the placement is ending?"}) {
            assertThat(SentenceAnswers.asLabelled(q, ANY)).as(q).isEqualTo(q);
        }
    }

    @Test
    void aStatementWithIsStillGivesItsLabel() {
        assertThat(SentenceAnswers.asLabelled("Date of birth is 3 May 2009", ANY)).isEqualTo("Date of birth: 3 May 2009");
    }
}
