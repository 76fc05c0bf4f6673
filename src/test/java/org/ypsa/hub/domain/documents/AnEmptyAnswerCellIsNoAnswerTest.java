package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table row whose label cell carries its own hint after a dash ("WORKER'S EMAIL – SECURE ADDRESS") and whose answer
 * cell was left empty has no answer: the hint is not split off the label as an email, a date or a choice.
 */
class AnEmptyAnswerCellIsNoAnswerTest {
    private static LabelledDocument row(String labelCell, String answerCell) {
        return new LabelledDocument("incident.docx", "Allocated SW/PA (mandatory):\tTamsin Fitzgibbon\n" + labelCell + "\t"
                + answerCell + "\nDate of incident\t10 Jan 2027\n",
                List.of(new LabelledDocument.Entry("Allocated SW/PA (mandatory):", "Tamsin Fitzgibbon", "table row 8",
                        "Young person details"),
                        new LabelledDocument.Entry(labelCell, answerCell, "table row 9", "Young person details"),
                        new LabelledDocument.Entry("Date of incident", "10 Jan 2027", "table row 10", "Young person details")));
    }

    @Test
    void aDashedHintInALabelCellOverAnEmptyAnswerCellIsNoEmailAddress() {
        FieldCatalog<SafeguardingField> sg = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
        for (String empty : List.of("\u00a0", "", " ")) {
            Map<SafeguardingField, String> read = sg.read(row("WORKER'S EMAIL \u2013 SECURE ADDRESS", empty)).values();
            assertThat(read.get(SafeguardingField.WORKER_EMAIL)).as("answer cell [%s]", empty)
                    .satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).isBlank());
        }
    }
}
