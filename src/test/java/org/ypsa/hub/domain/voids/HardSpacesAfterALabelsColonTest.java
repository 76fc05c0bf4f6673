package org.ypsa.hub.domain.voids;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.grid.TextReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A void return typed into a mail by Outlook, whose AutoFormat puts a non-breaking space after a label's colon: the
 * hard space is a space, so "Total units:\u00a08" counts 8 (issue 14).
 */
class HardSpacesAfterALabelsColonTest {

    @Test
    void aNonBreakingSpaceAfterTheColonIsASpaceAndTheCountIsRead() {
        String body = "Provider:\u00a0Key2\nW/c: 14/12/2026\n\nRef:\u00a0K2F-CHE-01\nTotal units:\u00a04\nOccupied:\u00a01\n"
                + "Vacant: 3\nEmergency bed:\u00a0No\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body", TextReader.labelValues(body)).orElseThrow();
        var row = d.rows().get(0);
        assertThat(row.get(VoidField.TOTAL_UNITS)).isEqualTo("4");
        assertThat(row.get(VoidField.OCCUPIED)).isEqualTo("1");
        assertThat(row.get(VoidField.EMERGENCY_BED)).isEqualTo("No");
    }
}
