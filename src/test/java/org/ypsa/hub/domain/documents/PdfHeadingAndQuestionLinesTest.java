package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.TextDocuments.pdfText;

/**
 * A PDF's text whose answers sit in form fields, not in the text: its heading in capitals and its questions are no
 * label and answer (a risk concern had been read as from the provider "Response" out of its heading "... RISK
 * RESPONSE" and its question "Which provider is sending this response?"). Wordings invented for the test.
 */
class PdfHeadingAndQuestionLinesTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @Test
    void aFirstLineInCapitalsIsTheDocumentsHeadingNotALabelAndItsAnswer() {
        Map<RiskField, String> f = RISK.read(pdfText("PROVIDER CANNOT OFFER - RISK RESPONSE\n"
                + "Referral reference:\nRisk we cannot manage:\n")).values();
        assertThat(f.getOrDefault(RiskField.PROVIDER, "")).isEmpty();
        assertThat(LineReading.isHeadingInCapitals("PROVIDER UNABLE TO TAKE - PLACEMENT RESPONSE")).isTrue();
        assertThat(LineReading.isHeadingInCapitals("PROVIDER: KEY2")).as("a label and its answer").isFalse();
        assertThat(LineReading.isHeadingInCapitals("Provider unable to take")).as("not in capitals").isFalse();
    }

    @Test
    void theWordsOfAQuestionUpToItsQuestionMarkAreNeverItsAnswer() {
        Map<RiskField, String> f = RISK.read(pdfText("Risk concern\nWhich provider is writing this response?\n"
                + "Referral reference:\n")).values();
        assertThat(f.getOrDefault(RiskField.PROVIDER, "")).isEmpty();
        Map<RiskField, String> answered = RISK.read(pdfText("Risk concern\nWhich provider is writing this response? "
                + "Key2\n")).values();
        assertThat(answered.get(RiskField.PROVIDER)).isEqualTo("Key2");
    }
}
