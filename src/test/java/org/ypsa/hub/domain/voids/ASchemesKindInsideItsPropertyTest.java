package org.ypsa.hub.domain.voids;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.grid.TextReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property's block typed in a mail whose code comes under one label and whose kind under a label that could name
 * the scheme itself ("Scheme: Parents"): one property with its service type, not a second property (issue 14).
 */
class ASchemesKindInsideItsPropertyTest {

    @Test
    void aReferencesLabelOverWordsInsideABlockWithItsCodeIsTheServiceTypeNotASecondProperty() {
        String body = "Provider: Key2\nW/c: 14/12/2026\n\nProperty code: K2F-CHE-01\nScheme: Parents\nNumber of beds: 4\n"
                + "Occupied: 1\nVacant: 3\n\nProperty code: K2F-CHE-02\nScheme: 18+ Shared\nNumber of beds: 2\n"
                + "Occupied: 2\nVacant: 0\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body", TextReader.labelValues(body)).orElseThrow();
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().get(0).get(VoidField.PROPERTY_REFERENCE)).isEqualTo("K2F-CHE-01");
        assertThat(d.rows().get(0).get(VoidField.SERVICE_TYPE)).isEqualTo("Parents");
        assertThat(d.rows().get(0).get(VoidField.TOTAL_UNITS)).isEqualTo("4");
        assertThat(d.rows().get(1).get(VoidField.SERVICE_TYPE)).isEqualTo("18+ Shared");
    }

    @Test
    void propertiesNamedByTheirSchemeAloneAreStillOneToAScheme() {
        String body = "Provider: Key2\nW/c: 14/12/2026\n\nScheme: Oak House\nBeds: 4\nOccupied: 1\nVacant: 3\n\n"
                + "Scheme: Elm House\nBeds: 2\nOccupied: 2\nVacant: 0\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body", TextReader.labelValues(body)).orElseThrow();
        assertThat(d.rows()).hasSize(2);
    }
}
