package org.ypsa.hub.domain.forms;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk concern's third part asked as what would make the risk manageable or the offer possible (stop 47, other47):
 * "What extra support would make this work?", "what would make this manageable", "Enabling an offer". The risk itself
 * said as not manageable stays the risk. Wordings are ours, written for this test.
 */
class WhatWouldMakeARiskManageableTest {
    private final FieldCatalog<RiskField> risk = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "What extra support would make this work?|RESOURCES",
            "what would make this manageable|RESOURCES",
            "What would make it possible to offer?|RESOURCES",
            "Enabling an offer|RESOURCES",
            "Risk not manageable by us|RISK"})
    void whatWouldMakeTheRiskManageableIsWhatWouldEnableIt(String label, RiskField expected) {
        assertThat(risk.match(label)).isEqualTo(Optional.of(expected));
    }
}
