package org.ypsa.hub.domain.voids;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.grid.CsvReader;
import org.ypsa.hub.domain.grid.TextReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column headers and labels of a void return as providers write them (issue 14): words cut short with a dot, words
 * run together, their own words for the counts, and a notes column that mentions the provider. The wordings are
 * invented for these tests, none of them in config/forms or in the variation corpus.
 */
class ProviderHeaderWordingsTest {
    private final FieldCatalog<VoidField> voids = FieldCatalog.shipped(VoidField.class, "void-return");

    @Test
    void aWordCutShortWithADotIsTheFormsWordItStarts() {
        assertThat(voids.match("Vac.")).contains(VoidField.VACANT);
        assertThat(voids.match("Tot. rooms")).contains(VoidField.TOTAL_UNITS);
        assertThat(voids.match("Emerg. bed?")).contains(VoidField.EMERGENCY_BED);
        assertThat(voids.match("Occ. rooms")).contains(VoidField.OCCUPIED);
    }

    @Test
    void aWordWithoutADotIsNotTakenForAnAbbreviation() {
        assertThat(voids.match("Occ")).isEmpty();
    }

    @Test
    void bedspacesRunTogetherAreBedSpacesAndTenantedRoomsAreOccupied() {
        assertThat(voids.match("Bedspaces")).contains(VoidField.TOTAL_UNITS);
        assertThat(voids.match("Tenanted rooms")).contains(VoidField.OCCUPIED);
        assertThat(voids.match("Supplier")).contains(VoidField.PROVIDER);
    }

    @Test
    void eachFieldGoesToTheColumnNamingItBestSoProviderRemarksAreNotTheProvider() throws Exception {
        String csv = "\"Weekly beds return\",,,,,,,\n\"Supplier name:\",\"Key2\",,,,,,\n\"W/c:\",14-Dec-26,,,,,,\n,,,,,,,\n"
                + "\"Ref\",\"Area\",\"Type\",\"Tot. beds\",\"Tenanted\",\"Vac.\",\"Emergency use\",\"Provider remarks\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,1,3,\"No\",\"Lift out of order\"\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
        assertThat(d.heading()).containsEntry(VoidField.PROVIDER, "Key2");
        var row = d.rows().get(0);
        assertThat(row.get(VoidField.TOTAL_UNITS)).isEqualTo("4");
        assertThat(row.get(VoidField.OCCUPIED)).isEqualTo("1");
        assertThat(row.get(VoidField.VACANT)).isEqualTo("3");
        assertThat(row.get(VoidField.EMERGENCY_BED)).isEqualTo("No");
        assertThat(row.get(VoidField.NOTES)).isEqualTo("Lift out of order");
        assertThat(row.values()).doesNotContainKey(VoidField.PROVIDER);
    }

    @Test
    void aLabelNamingAFieldThePropertyAlreadyHasNamesItsNextField() {
        String body = "Supplier: Key2\nW/c: 14/12/2026\n\nRef: K2F-CHE-01\nTot. beds: 4\nOccupancy now: 1\nVac.: 3\n"
                + "Emergency use: No\nAvailable: 20/12/2026\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body", TextReader.labelValues(body)).orElseThrow();
        var row = d.rows().get(0);
        assertThat(row.get(VoidField.OCCUPIED)).isEqualTo("1");
        assertThat(row.get(VoidField.VACANT)).isEqualTo("3");
        assertThat(row.get(VoidField.EMERGENCY_BED)).isEqualTo("No");
        assertThat(row.get(VoidField.AVAILABLE_FROM)).isEqualTo("20/12/2026");
    }
}
