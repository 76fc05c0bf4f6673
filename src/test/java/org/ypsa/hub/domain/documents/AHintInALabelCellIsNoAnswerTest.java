package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table row as a document's text gives it, the label's cell with a hint after a dash ("WORKER'S EMAIL – SECURE
 * ADDRESS") and the answer's cell after a tab: the hint says how to answer and is no answer, even when the answer's
 * cell is empty (a council template's hint had been read as the worker's email "SECURE ADDRESS", and the incident
 * refused for an email it never held). Wordings invented for the test.
 */
class AHintInALabelCellIsNoAnswerTest {
    private final FieldCatalog<SafeguardingField> incident = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    private Map<SafeguardingField, String> read(String text) {
        return incident.read(new LabelledDocument("incident.docx", text, TextFields.labelValues(text, "line"))).values();
    }

    @Test
    void aHintAfterADashOverAnEmptyAnswerCellIsNoAnswer() {
        Map<SafeguardingField, String> v = read("Incident report\nAllocated SW/PA (mandatory):\tTamsin Fitzgibbon\n"
                + "WORKER'S EMAIL \u2013 SECURE ADDRESS\t\u00a0\nDate of incident\t10 Jan 2027\n");
        assertThat(v.getOrDefault(SafeguardingField.WORKER_EMAIL, "")).isBlank();
        assertThat(v.get(SafeguardingField.WORKER_NAME)).isEqualTo("Tamsin Fitzgibbon");
    }

    @Test
    void theAnswerInTheCellAfterAHintedLabelIsRead() {
        Map<SafeguardingField, String> v = read("Incident report\nAllocated SW/PA (mandatory):\tTamsin Fitzgibbon\n"
                + "Worker's email - secure address only\tt.fitz@council.test\nDate of incident\t10 Jan 2027\n");
        assertThat(v.get(SafeguardingField.WORKER_EMAIL)).isEqualTo("t.fitz@council.test");
    }
}
