package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intelligence in the police's own report format (stop 48, police48; tuned21 docx-police / pdf-police): the report's
 * title over its graded heading, the grading and handling code as a grid of labels over their values among the form's
 * "label | value" rows. Wordings invented for the test.
 */
class PoliceOwnIntelligenceReportTest {
    private static final FieldCatalog<IntelligenceField> SUBMISSION = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");

    private static Map<IntelligenceField, String> readText(String text) {
        return SUBMISSION.read(new LabelledDocument("a.pdf", text, TextFields.labelValues(text, "line"))).values();
    }

    @Test
    void theReportsTitleOverItsGradedHeadingIsNeverTheInformation() {
        // "Information Report to Partners" is the form's title, not the label "Information" with its answer
        Map<IntelligenceField, String> f = readText("Information Report to Partner Agencies\n"
                + "5x5x5 INTELLIGENCE REPORT\nRESTRICTED\nAgency: Riverside Housing\nOfficer name: Tomos Reed\n");

        assertThat(f.get(IntelligenceField.INFORMATION)).isNullOrEmpty();
        assertThat(f).containsEntry(IntelligenceField.AGENCY, "Riverside Housing");
    }

    @Test
    void aRowOfTwoLabelsWhoseSecondEndsInAHintIsAGridOverItsValuesAmongLabelValueRows() {
        // "Grade | Handling code (fill in here)" over "2B | C": the grading and the handling code, not the grading
        // answered by the next label and an unknown label "2B"
        Map<IntelligenceField, String> f = SUBMISSION.read(Tables.wordTable("Agency\tRiverside Housing",
                "Your name\tTomos Reed", "Contact number\t01865 000111", "Grading\tHandling code (if any)", "2B\tC",
                "Location\tMarket Square")).values();

        assertThat(f).containsEntry(IntelligenceField.GRADING, "2B").containsEntry(IntelligenceField.HANDLING, "C")
                .containsEntry(IntelligenceField.AGENCY, "Riverside Housing");
    }

    @Test
    void aRowOfALabelAndAnAnswerThatReadsLikeALabelIsStillALabelAndItsAnswer() {
        // no hint after the second cell: "Position | Social Worker" in rows of "label | value" stays a pair
        Map<IntelligenceField, String> f = SUBMISSION.read(Tables.wordTable("Agency\tRiverside Housing",
                "Your name\tTomos Reed", "Contact number\t01865 000111", "Position\tSocial Worker",
                "Location\tMarket Square")).values();

        assertThat(f).containsEntry(IntelligenceField.ROLE, "Social Worker");
    }

    @Test
    void aFormsTitleOverLinesOfALabelADashAndItsAnswerIsNoAgency() {
        // "Partner agency intel form" heads the typed form: not the label "Partner agency" and the agency "intel form"
        Map<IntelligenceField, String> f = readText("Morning,\n\nThe form is below.\n\nPartner agency intel report\n\n"
                + "Agency submitting (if known) - Riverside Housing\nName of worker (in full) - Tomos Reed\n");

        assertThat(f.get(IntelligenceField.AGENCY)).isNotEqualTo("intel report");
    }
}
