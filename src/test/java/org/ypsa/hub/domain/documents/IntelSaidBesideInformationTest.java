package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.intelligence.IntelligenceField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Intel" slashed beside a word for information is the information said twice, the second time in police shorthand
 * (stop 44, inc44; tuned14 t14-intel-010 and -016 were refused with their information missing under
 * "infomation/intel"). "Intel" alone was tried as intelligence in stop 42 and withdrawn (a forwarded mail's "intel"
 * lines then named the information too), so only the slashed pair is read. Invented wordings but the tuned one.
 */
class IntelSaidBesideInformationTest {
    private static final FieldCatalog<IntelligenceField> SUBMISSION = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");

    private static FieldCatalog.Reading<IntelligenceField> read(String... labelsAndValues) {
        List<LabelledDocument.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            entries.add(new LabelledDocument.Entry(labelsAndValues[i], labelsAndValues[i + 1], "line " + (i / 2 + 1)));
        }
        return SUBMISSION.read(new LabelledDocument("body", "", entries));
    }

    @ParameterizedTest
    @ValueSource(strings = {"info/intel", "Information / intel", "infomation/intel", "Intel/infomation", "INFO / INTEL:"})
    void intelSlashedBesideInformationIsTheInformation(String label) {
        var r = read("Worker name", "Sian Morley", label, "A man in a grey car has been seen outside the college at 3pm.");

        assertThat(r.values().get(IntelligenceField.INFORMATION)).startsWith("A man in a grey car");
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void intelAloneNamesNoInformation() {
        var r = read("Worker name", "Sian Morley", "Intel ref", "TVP-2026-118");

        assertThat(r.values().get(IntelligenceField.INFORMATION)).isNullOrEmpty();
    }
}
