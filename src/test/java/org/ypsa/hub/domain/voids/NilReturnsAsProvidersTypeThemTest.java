package org.ypsa.hub.domain.voids;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nil return typed into a mail (stop 48, voids48): "Nil return: every unit is let" under the week, then each
 * property's counts on a line, "all 3 let" and "Occupied this week 3". The nil line is neither the week nor a count,
 * "all 3 let" is 3 let, and a count's label with the time after it is the count's. Wordings are ours.
 */
class NilReturnsAsProvidersTypeThemTest {
    private static final FieldCatalog<VoidField> CATALOG = FieldCatalog.shipped(VoidField.class, "void-return");
    private static final String BODY = """
            Provider: Stonewater
            W/C: 14/12/2026

            Nil return: every unit is let this week.

            STW-CHE-01 - Cherwell - 18+ Shared - 3 units, all 3 let, 0 void
            STW-OXC-01 (Oxford City, 18+ Shared): Total units 4, Occupied this week 4, Vacant this week 0
            """;

    @Test
    void theNilReturnLineIsNotTheWeekAndAllBeforeACountIsThatCount() {
        VoidReturnReader.Draft d = VoidReturnReader.fromPropertyLines("body", BODY, CATALOG).orElseThrow();
        assertThat(d.heading().get(VoidField.WEEK_COMMENCING)).isEqualTo("14/12/2026");
        assertThat(d.rows().get(0).get(VoidField.OCCUPIED)).isEqualTo("3");
        assertThat(d.rows().get(0).get(VoidField.TOTAL_UNITS)).isEqualTo("3");
    }

    @Test
    void aCountsLabelWithThisWeekAfterItIsTheCount() {
        VoidReturnReader.Draft d = VoidReturnReader.fromPropertyLines("body", BODY, CATALOG).orElseThrow();
        assertThat(d.rows().get(1).get(VoidField.OCCUPIED)).isEqualTo("4");
        assertThat(d.rows().get(1).get(VoidField.VACANT)).isEqualTo("0");
    }
}
