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
    void aSectionsColumnHeadingRowNamingWhoFillsTheAnswersIsAHeaderNotALabelAndValue() {
        assertThat(QuestionTable.isHeaderRow(List.of("Heading", "Please type here"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("Field", "To be completed by the social worker"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("Information requested", "Details"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("Details required", "Enter below"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("Information requested", "Sam Carter"))).isFalse();
        assertThat(QuestionTable.isHeaderRow(List.of("Referrer", "To be completed by Sam"))).isFalse();
        assertThat(QuestionTable.isHeaderRow(List.of("Heading", "Moved in with her aunt"))).isFalse();
    }

    @Test
    void aColumnHeadingRowAsALineOfTextIsNoLabelOrAnswer() {
        assertThat(QuestionTable.isHeaderLine("Information requested Details")).isTrue();
        assertThat(QuestionTable.isHeaderLine("Heading\tPlease type here")).isTrue();
        assertThat(QuestionTable.isHeaderLine("Question Response")).isTrue();
        assertThat(QuestionTable.isHeaderLine("Referrer details")).isFalse();
        assertThat(QuestionTable.isHeaderLine("Name Sam Carter")).isFalse();
        assertThat(QuestionTable.isHeaderLine("No details")).as("an answer").isFalse();
        assertThat(DocumentMarkings.without(new String[] {"REFERRER DETAILS", "Item Entry", "Name: Sam Carter"}))
                .containsExactly("REFERRER DETAILS", "Name: Sam Carter");
    }

    @Test
    void aFirstCellThatOnlyNumbersTheQuestionIsNotTheLabel() {
        assertThat(QuestionTable.withoutNumberCell(List.of("1", "Emergency / planned", "Planned")))
                .containsExactly("Emergency / planned", "Planned");
        assertThat(QuestionTable.withoutNumberCell(List.of("Q12.", "Email", "a@b.test")))
                .containsExactly("Email", "a@b.test");
        assertThat(QuestionTable.withoutNumberCell(List.of("Name", "Sam", "Age"))).hasSize(3);
    }

    @Test
    void aCaseSystemsExportNamesItsColumnsInCodesAndItsHeaderIsNoLabelAndValue() {
        assertThat(QuestionTable.isHeaderRow(List.of("Name", "Entry"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("FLD_CODE", "FLD_NAME", "FLD_VALUE"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("Field name", "Value"))).isTrue();
        assertThat(QuestionTable.isHeaderRow(List.of("Name", "Sam Carter"))).isFalse();
        assertThat(QuestionTable.isHeaderRow(List.of("Name", "Name"))).as("a label written twice").isFalse();
    }

    @Test
    void aFirstCellThatIsTheQuestionsCodeIsNotTheLabel() {
        assertThat(QuestionTable.withoutNumberCell(List.of("Q002", "1_2_PROVIDER", "Key2")))
                .containsExactly("1_2_PROVIDER", "Key2");
        assertThat(QuestionTable.withoutNumberCell(List.of("FLD001", "Referral reference", "YPSA-ABCDE-12345")))
                .containsExactly("Referral reference", "YPSA-ABCDE-12345");
        assertThat(QuestionTable.withoutNumberCell(List.of("DOB", "Date of birth", "01/02/2009"))).as("no digits")
                .hasSize(3);
    }
}
