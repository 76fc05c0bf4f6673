package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 50 (lines50): "Intel" is the police's and councils' everyday shorthand for intelligence, so a label that is
 * "Intel" with a hint after it ("Intel - facts, not opinion", "Intel (facts only)") asks for the information; "Intel"
 * with a word of another field ("Intel grade", "Intel source") asks for that field. Wordings invented for this test.
 */
class IntelAloneIsTheInformationTest {
    private final FieldCatalog<IntelligenceField> intel = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Intel|INFORMATION",
            "INTEL:|INFORMATION",
            "Intel - facts, not opinion *|INFORMATION",
            "Intel (facts only, no opinion)|INFORMATION",
            "Intel grade - source then info:|GRADING",
            "Intel grading|GRADING",
            "Intel source|SOURCE"})
    void intelAsksItsField(String label, IntelligenceField field) {
        assertThat(intel.match(label)).as(label).contains(field);
    }

    @Test
    void intelIsReadAsIntelligenceIsWhateverFollowsIt() {
        for (String rest : new String[] {"ref", "date and time", "details", "grading", "source"}) {
            assertThat(intel.match("Intel " + rest)).as(rest).isEqualTo(intel.match("Intelligence " + rest));
        }
    }
}
