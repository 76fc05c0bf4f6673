package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The mark a numbered question's answer opens with is no part of the answer. */
class AnswerMarksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A: 07/08/2009|07/08/2009",
            "Ans: Tomasz Wren|Tomasz Wren",
            "Answer - 2 March 2010|2 March 2010",
            "RESPONSE: lives with an aunt|lives with an aunt",
            "Reply:  Banbury|Banbury",
            "A. 4/4/2010|4/4/2010",
            "A. Patel|A. Patel",
            "Answered by phone|Answered by phone",
            "Aneurin Jones|Aneurin Jones"})
    void theMarkIsTakenOffTheAnswer(String written, String answer) {
        assertThat(AnswerMarks.without(written)).isEqualTo(answer);
    }

    @Test
    void aMarkedLineUnderANumberedQuestionIsItsAnswer() {
        LabelledDocument doc = new LabelledDocument("mail", "Q7) Date the tenancy began\nAns: 01/09/2026\n\n"
                + "Reply: thanks for this", List.of(new LabelledDocument.Entry("Q7) Date the tenancy began",
                        "Answer: 01/09/2026", "line 1")));
        assertThat(doc.text()).isEqualTo("Q7) Date the tenancy began\n01/09/2026\n\nReply: thanks for this");
        assertThat(doc.entries().get(0).value()).isEqualTo("01/09/2026");
    }

    @Test
    void aDocumentThatMarksItsAnswersAWithAFullStopHasEveryAnswerUnmarkedNotOnlyItsNumbers() {
        LabelledDocument doc = new LabelledDocument("mail", "Q1: Child's full name\nA. Rhodri Castell\n\n"
                + "Q2: Date of birth\nA. Tues 9/3/10\n\nQ3: Date agreed\nA. 02/12/2026", List.of());
        assertThat(doc.text()).isEqualTo("Q1: Child's full name\nRhodri Castell\n\nQ2: Date of birth\nTues 9/3/10\n\n"
                + "Q3: Date agreed\n02/12/2026");
    }

    @Test
    void aLoneAWithAFullStopBeforeANameUnderAQuestionStaysAnInitial() {
        LabelledDocument doc = new LabelledDocument("mail", "Q1: Worker\nA. Rhodri\n\nQ2: Date of birth\nA: 9/3/10",
                List.of());
        assertThat(doc.text()).isEqualTo("Q1: Worker\nA. Rhodri\n\nQ2: Date of birth\n9/3/10");
    }
}
