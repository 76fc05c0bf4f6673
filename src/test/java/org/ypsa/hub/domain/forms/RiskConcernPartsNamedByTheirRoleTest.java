package org.ypsa.hub.domain.forms;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk concern's parts named by the part they play in the provider's answer (stop 43, inc43): a question which risk
 * is the barrier (the obstacle, the sticking point) asks the risk itself; what stands in the way of managing it is
 * still why ("What is the barrier to managing the risk?"). The risk named by its nature or description, and what would
 * let the provider say yes ("What would make this placement work?"), are the risk and the support. tuned17 asked "Which
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
            "Barriers to managing the risk|REASON",
            "Nature of risk|RISK",
            "Description of risk|RISK",
            "What would make this placement work?|RESOURCES",
            "What would need to happen for you to accept?|RESOURCES",
            "What would enable an offer of a place?|RESOURCES",
            "Enabling an offer|RESOURCES"})
    void aRiskConcernsPartIsNamedByItsRole(String label, RiskField expected) {
        assertThat(risk.match(label)).isEqualTo(Optional.of(expected));
    }
}
