package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a form whose questions are numbered, a numbered question ends the answer above it and is a label though it has
 * no colon (issue 14, round 13). The wordings are invented here.
 */
class NumberedQuestionsTest {
    @Test
    void aNumberedQuestionWithoutAColonIsALabelOnANumberedForm() {
        String text = "Q1 Team you work in:\nHarbour Outreach\nQ2 Staff member's job title *\nSupport Lead\n"
                + "Q3 Contact telephone:\n01632 960111\nQ4 Place it happened\n9 Quayside Walk\n";
        List<LabelledDocument.Entry> found = TextFields.labelValues(text, "paragraph");
        assertThat(found).extracting(LabelledDocument.Entry::label).containsExactly(
                "Q1 Team you work in", "Q2 Staff member's job title *", "Q3 Contact telephone", "Q4 Place it happened");
        assertThat(found).extracting(LabelledDocument.Entry::value).containsExactly(
                "Harbour Outreach", "Support Lead", "01632 960111", "9 Quayside Walk");
    }

    @Test
    void anUnnumberedFormsLinesStayTheAnswer() {
        String text = "What happened:\n1. She left at noon\nShe came back late\n2) Staff rang her\n";
        List<LabelledDocument.Entry> found = TextFields.labelValues(text, "line");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo("1. She left at noon\nShe came back late\n2) Staff rang her");
    }

    @Test
    void aNumberedQuestionTooLongForALabelDoesNotStopTheDocumentBeingRead() {
        String text = "Q1 Team you work in:\nHarbour Outreach\nQ2 Staff member's job title:\nSupport Lead\n"
                + "Q3 Anything else the duty team ought to know regarding neighbouring households beforehand\n"
                + "Dogs on site\n";
        List<LabelledDocument.Entry> found = TextFields.labelValues(text, "line");
        assertThat(found).extracting(LabelledDocument.Entry::label).contains("Q1 Team you work in", "Q2 Staff member's job title");
    }
}
