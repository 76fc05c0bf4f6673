package org.ypsa.hub.domain.voids;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.voids.VoidReturnReader.Draft;
import org.ypsa.hub.domain.voids.VoidReturnReader.DraftRow;

/** A workbook's summary sheet is set aside only when its counts, read as a property's counts are, are the sums. */
class SummarySheetsTest {
    private static Draft scheme(String sheet, String ref, String occupied, String vacant) {
        return new Draft("returns.xlsx, sheet " + sheet, Map.of(), List.of(new DraftRow("row 2", Map.of(
                VoidField.PROPERTY_REFERENCE, ref, VoidField.LOCALITY, "Cherwell", VoidField.TOTAL_UNITS, "4",
                VoidField.OCCUPIED, occupied, VoidField.VACANT, vacant))));
    }

    private static Draft summary(String occupied, String vacant) {
        return new Draft("returns.xlsx, sheet Summary", Map.of(), List.of(new DraftRow("row 2", Map.of(
                VoidField.LOCALITY, "Cherwell", VoidField.TOTAL_UNITS, "8", VoidField.OCCUPIED, occupied,
                VoidField.VACANT, vacant))));
    }

    @Test
    void aSummaryWhoseCountsAreTheSchemesSumsIsSetAsideWithCountsTypedWithTheirWords() {
        Draft summary = summary("5", "1");
        List<Draft> kept = VoidReturnValidator.withoutSummarySheets(List.of(summary,
                scheme("Banbury", "K2F-CHE-01", "3 occ", "1 void"), scheme("Bicester", "K2F-CHE-02", "2", "nil void")));
        assertThat(kept).doesNotContain(summary).hasSize(2);
    }

    @Test
    void aCountNamingTheOtherCountIsNoNumberToSumSoTheSheetIsKeptAndRefusedHonestly() {
        // "3 vacant" typed under Occupied: read as 3 it would make the summary's sums and hide the sheet's question
        Draft summary = summary("5", "3");
        List<Draft> kept = VoidReturnValidator.withoutSummarySheets(List.of(summary,
                scheme("Banbury", "K2F-CHE-01", "3 vacant", "1"), scheme("Bicester", "K2F-CHE-02", "2", "2")));
        assertThat(kept).contains(summary).hasSize(3);
    }
}
