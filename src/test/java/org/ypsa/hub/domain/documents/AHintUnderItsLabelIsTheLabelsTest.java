package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label alone on its line with its hint in brackets on the line under it, over its answer ("Legal status" / "(LAC /
 * care leaver / CIN)" / "Care leaver"), as a Word box prints a hint in small type under its label: the answer is the
 * line under the hint (tuned35's referrals and risk concerns lost the legal status and the risk; the Word box's case is
 * {@code org.ypsa.hub.variation.AHintUnderItsLabelInAWordBoxTest}). Wordings and people invented for the test.
 */
class AHintUnderItsLabelIsTheLabelsTest {

    @Test
    void theRiskUnderItsQuestionsHintIsTheRisk() {
        String risk = "Statements about wanting to die and a history of cutting.";
        String body = "Your referral reference\nREF-20261127-0042\n\nWhat is the risk you are unable to manage?\n"
                + "(be specific)\n" + risk + "\n\nWhy are you unable to manage this risk?\nNo staff at night.\n";
        assertThat(FieldCatalog.shipped(RiskField.class, "risk-concern").read(TextDocuments.bodyLines(body))
                .values()).containsEntry(RiskField.RISK, risk);
    }
}
