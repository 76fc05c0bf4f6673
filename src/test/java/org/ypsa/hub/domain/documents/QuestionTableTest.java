package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A table of questions and responses: its header row and its number column are not labels. */
class QuestionTableTest {
    @Test
    void aRowNamingTheColumnsIsAHeaderNotALabelAndValue() {
        assertThat(QuestionTable.isHeaderRow(List.of("Question", "Response"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("No.", "Item", "Detail"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("Full name", "Sam Carter"))).isFalse();
        assertThat(QuestionTable.isHeaderRow(List.of("Question", "Sam Carter"))).isFalse();
    }

    @Test
    void aFirstCellThatOnlyNumbersTheQuestionIsNotTheLabel() {
        assertThat(QuestionTable.withoutNumberCell(List.of("1", "Emergency / planned", "Planned")))
                .containsExactly("Emergency / planned", "Planned");
        assertThat(QuestionTable.withoutNumberCell(List.of("Q12.", "Email", "a@b.test")))
                .containsExactly("Email", "a@b.test");
        assertThat(QuestionTable.withoutNumberCell(List.of("Name", "Sam", "Age"))).hasSize(3);
    }
}
