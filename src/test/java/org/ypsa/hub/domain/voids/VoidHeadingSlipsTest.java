package org.ypsa.hub.domain.voids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.voids.VoidCsv.read;

import org.junit.jupiter.api.Test;

/**
 * A void return's column heading typed with a slip of the keyboard ("ocupied", "vacnt") is read as the word it was
 * meant to be: a void return's counts must add up, so a misread is caught. Elsewhere a mistyped label stays unplaced
 * and is named to its sender.
 */
class VoidHeadingSlipsTest {

    @Test
    void countHeadingsWithALetterDroppedAreReadAsTheirCounts() throws Exception {
        VoidReturnReader.Draft d = read("Provider,Brightways\nWeek commencing,07/12/2026\n\n"
                + "\"Property ref\",Locality,ocupied,vacnt\n\"ABC-01\",Cherwell,3,1\n\"ABC-02\",Oxford,2,0\n");
        assertThat(d.rows().get(0).get(VoidField.OCCUPIED)).isEqualTo("3");
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("1");
        assertThat(d.rows().get(1).get(VoidField.VACANT)).isEqualTo("0");
    }

    @Test
    void aSlipIsReadOnlyWhereAsked() {
        org.ypsa.hub.domain.documents.FieldCatalog<VoidField> voids =
                org.ypsa.hub.domain.documents.FieldCatalog.shipped(VoidField.class, "void-return");
        assertThat(voids.ranked("Ocupied")).isEmpty();
        assertThat(voids.rankedAllowingTypos("Ocupied")).first().extracting(java.util.Map.Entry::getKey)
                .isEqualTo(VoidField.OCCUPIED);
    }
}
