package org.ypsa.hub.domain.forms;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk concern's risk named by the part it plays in the provider's answer (stop 43, inc43): a question which risk
 * is the barrier (the obstacle, the sticking point) asks the risk itself; what stands in the way of managing it is
 * still why ("What is the barrier to managing the risk?"). tuned17 asked "Which
 * risk is the barrier?" in five risk concerns and read it as the reason, leaving the risk missing. Wordings invented
 * for the test but the one from tuned17.
 */
class RiskConcernPartsNamedByTheirRoleTest {
    private final FieldCatalog<RiskField> risk = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Which risk is the barrier?|RISK",
            "What risks are the main obstacles?|RISK",
            "Which risk is the sticking point|RISK",
            "What is the barrier to managing the risk?|REASON",
            "Barriers to managing the risk|REASON"})
    void aRiskConcernsPartIsNamedByItsRole(String label, RiskField expected) {
        assertThat(risk.match(label)).isEqualTo(Optional.of(expected));
    }
}
