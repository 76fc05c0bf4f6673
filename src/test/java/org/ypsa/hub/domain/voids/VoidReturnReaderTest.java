package org.ypsa.hub.domain.voids;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.grid.CsvReader;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.SpreadsheetReader;
import org.ypsa.hub.domain.grid.TextReader;
import org.ypsa.hub.domain.grid.UnreadableDocument;
import org.ypsa.hub.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding the return in files made with LibreOffice, laid out the ways providers lay them out. */
class VoidReturnReaderTest {

    @Test
    void tableUnderATitleTakesProviderAndWeekFromTheLabelledCellsAboveAndSkipsTheTotalsRow() throws Exception {
        List<Grid> grids = SpreadsheetReader.read("response-voids.xlsx", Fixtures.bytes("voids/response-voids.xlsx"));
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(grids.get(0)).orElseThrow();
        assertThat(d.heading()).containsEntry(VoidField.PROVIDER, "Response")
                .containsEntry(VoidField.WEEK_COMMENCING, "2026-11-23");
        assertThat(d.rows()).extracting(VoidReturnReader.DraftRow::where).containsExactly("Row 6", "Row 7", "Row 8");
        assertThat(d.rows().get(0).get(VoidField.AVAILABLE_FROM)).isEqualTo("2026-11-24");
    }

    @Test
    void flatTableOnTheFirstOfSeveralSheetsIsFound() throws Exception {
        List<Grid> grids = SpreadsheetReader.read("x.xlsx", Fixtures.bytes("voids/oxyouth-voids-flat.xlsx"));
        assertThat(grids).hasSize(2);
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(grids.get(0)).orElseThrow();
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().get(1).get(VoidField.PROVIDER)).isEqualTo("Oxfordshire Youth");
        assertThat(VoidReturnReader.fromGrid(grids.get(1))).isEmpty();
    }

    @Test
    void csvWithByteOrderMarkKeepsItsFirstHeader() throws Exception {
        Grid g = CsvReader.read("key2.csv", Fixtures.bytes("voids/key2-voids.csv"));
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(g).orElseThrow();
        assertThat(d.rows().get(0).get(VoidField.PROVIDER)).isEqualTo("Key2 Futures");
        assertThat(d.rows().get(0).get(VoidField.NOTES)).isEqualTo("Bedsit, first floor");
    }

    @Test
    void theHeaderUnderMergedGroupHeadersIsTheRowNamingMoreFields() throws Exception {
        String csv = "\"VOID RETURN - Key2\",,,,,,\n\"Provider:\",\"Key2\",,,,,\n\"WC:\",14-Dec-26,,,,,\n,,,,,,\n"
                + "\"Property\",,,\"Units\",,,\"Availability\"\n"
                + "\"Property\",\"Locality\",\"Type of service\",\"Total Units\",\"Occupied\",\"Vacant\",\"Available from\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Single Self Contained\",4,1,3,\"20/12/2026\"\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
        assertThat(d.rows()).hasSize(1);
        assertThat(d.rows().get(0).get(VoidField.LOCALITY)).isEqualTo("Cherwell");
        assertThat(d.rows().get(0).get(VoidField.AVAILABLE_FROM)).isEqualTo("20/12/2026");
    }

    @Test
    void semicolonSeparatedCsvIsRead() throws Exception {
        String csv = "Property ref;Locality;Service type;Total;Occupied;Vacant\r\nRSP-CHE-01;Cherwell;18+ Shared;4;3;1\r\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("1");
    }

    @Test
    void tablePastedIntoAnEmailBodyIsReadFromItsTabs() {
        String body = "Hi,\n\nProvider: Response\nWeek commencing: 23/11/2026\n\n"
                + "Property Ref\tLocality\tService Type\tTotal Units\tOccupied\tVacant\n"
                + "RSP-CHE-01\tCherwell\t18+ Shared\t4\t3\t1\n\nThanks\nSam\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(TextReader.table("body", body)).orElseThrow();
        assertThat(d.heading()).containsEntry(VoidField.PROVIDER, "Response");
        assertThat(d.rows()).hasSize(1);
    }

    @Test
    void labelValueLinesStartANewPropertyAtEachReference() {
        String body = "Provider: Response\nW/C: 23/11/2026\n\nProperty ref: RSP-CHE-01\nTotal units: 4\nOccupied: 3\n"
                + "Vacant: 1\n\nProperty ref: RSP-OXC-01\nTotal: 4\nOccupied: 4\nVacancies: 0\n\nKind regards: Sam\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body", TextReader.labelValues(body)).orElseThrow();
        assertThat(d.heading()).containsEntry(VoidField.WEEK_COMMENCING, "23/11/2026");
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().get(1).get(VoidField.VACANT)).isEqualTo("0");
    }

    @Test
    void aPasswordProtectedOrDamagedWorkbookIsUnreadableNotACrash() {
        byte[] notReally = "PK\u0003\u0004 this is not a zip at all".getBytes();
        assertThatThrownBy(() -> SpreadsheetReader.read("voids.xlsx", notReally))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("could not be read");
    }

    @Test
    void aFileThatIsNotASpreadsheetDespiteItsNameIsUnreadable() {
        assertThatThrownBy(() -> SpreadsheetReader.read("voids.xlsx", "Provider,Week\n".getBytes()))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("is not a spreadsheet");
    }

    @Test
    void labelsThatOnlyResembleACountWithNoNumberDoNotMakeAnIncidentReportAVoidReturn() {
        var lines = TextReader.labelValues("Provider: OCC YPSA\nWhich property? OCC-CHE-01\nType of incident: missing\n"
                + "Actions taken: Manager and SW informed.\nPolice ref: CAD 307420/26\n");
        assertThat(VoidReturnReader.fromLabelValues("the email body", lines)).isEmpty();
    }

    @Test
    void aTotalsRowCalledOverallIsNoProperty() throws Exception {
        String csv = "Property ref,Locality,Service type,Total,Occupied,Vacant\r\nRSP-CHE-01,Cherwell,18+ Shared,4,3,1\r\n"
                + "RSP-OXC-01,Oxford City,18+ Shared,2,2,0\r\nOverall,,,6,5,1\r\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
        assertThat(d.rows()).hasSize(2);
    }

    @Test
    void aColumnNamedForAWeekThatHoldsCountsIsNoWeekButItsNextField() throws Exception {
        String csv = "Provider,Wk beg,Scheme ref,Area,Service,Units in total,Residents this week,Empty this week\n"
                + "Response,07/12/2026,RSP-CHE-01,Cherwell,18+ Shared,4,3,1\n"
                + "Response,07/12/2026,RSP-OXC-01,Oxford City,18+ Shared,5,5,0\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().get(0).get(VoidField.WEEK_COMMENCING)).isEqualTo("07/12/2026");
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("1");
        assertThat(d.rows().get(1).get(VoidField.VACANT)).isEqualTo("0");
    }

    @Test
    void aLabelNamedForAWeekWhoseValueIsACountIsThatCount() {
        String body = "Provider: Response\nWeek beginning: 07/12/2026\n\nProperty ref: RSP-CHE-01\nUnits: 4\n"
                + "Occupied: 3\nVoids this week: 1\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body", TextReader.labelValues(body)).orElseThrow();
        assertThat(d.heading()).containsEntry(VoidField.WEEK_COMMENCING, "07/12/2026");
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("1");
    }

    @Test
    void aWeekWithoutItsYearUnderALabelNamingNoFieldIsTheWeek() throws Exception {
        String csv = "Weekly beds return,,,,,\nSupplier:,Response,,,,\nW/cm,wk beg 30.11,,,,\n,,,,,\n"
                + "Property ref,Locality,Service type,Total units,Occupied,Vacant\n"
                + "RSP-CHE-01,Cherwell,18+ Shared,4,3,1\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
        assertThat(d.heading()).containsEntry(VoidField.WEEK_COMMENCING, "wk beg 30.11");
        String body = "W/cm: Monday 30th November\n\nProperty ref: RSP-CHE-01\nTotal units: 4\nOccupied: 3\nVacant: 1\n";
        assertThat(VoidReturnReader.fromLabelValues("body", TextReader.labelValues(body)).orElseThrow().heading())
                .containsEntry(VoidField.WEEK_COMMENCING, "Monday 30th November");
    }

    @Test
    void aColumnCountingTimeOrMoneyIsNoCountOfUnits() throws Exception {
        String csv = "Property ref,Weeks vacant,Days void,Rent p/w,Living there,Vacant count,Capacity (no.),Area\n"
                + "RSP-CHE-01,3,21,120,1,3,4,Cherwell\nRSP-OXC-01,0,0,95,5,0,5,Oxford City\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("3");
        assertThat(d.rows().get(0).get(VoidField.TOTAL_UNITS)).isEqualTo("4");
        assertThat(d.rows().get(0).get(VoidField.OCCUPIED)).isEqualTo("1");
        assertThat(VoidReturnReader.namesADuration("Voids this week")).isFalse();
        assertThat(VoidReturnReader.namesADuration("Void since")).isTrue();
    }

    @Test
    void aShortRowWithNoCountsAndNoPropertyCodeUnderThePastedTableIsNoProperty() {
        String body = "Provider: Response\nWeek commencing: 07/12/2026\n\n"
                + "Property Ref\tLocality\tService Type\tTotal Units\tOccupied\tVacant\n"
                + "RSP-CHE-01\tCherwell\t18+ Shared\t4\t3\t1\nRSP-OXC-01\tOxford City\n\nThanks\nSam\n"
                + "Desk: 01865 000000 | Mobile: 07700 900000\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(TextReader.table("body", body)).orElseThrow();
        assertThat(d.rows()).extracting(r -> r.get(VoidField.PROPERTY_REFERENCE))
                .containsExactly("RSP-CHE-01", "RSP-OXC-01");
    }

    @Test
    void aRowWhoseCountsAreTheSumsOfTheRowsAboveIsATotalsRowWhateverItIsCalled() throws Exception {
        String csv = "Property ref,Area,Service,Total,Occupied,Vacant\n"
                + "RSP-CHE-01,Cherwell,18+ Shared,4,3,1\nRSP-OXC-01,Oxford City,18+ Shared,5,5,0\n"
                + "Sum,,,9,8,1\nRSP-SOX-01 is closed,,,,,\n";
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(CsvReader.read("a.csv", csv.getBytes())).orElseThrow();
        assertThat(d.rows()).extracting(r -> r.get(VoidField.PROPERTY_REFERENCE))
                .containsExactly("RSP-CHE-01", "RSP-OXC-01");
        String notSums = "Property ref,Area,Service,Total,Occupied,Vacant\n"
                + "RSP-CHE-01,Cherwell,18+ Shared,4,3,1\nRSP-OXC-01,Oxford City,18+ Shared,5,5,0\n"
                + "Annexe,Cherwell,18+ Shared,9,7,2\n";
        assertThat(VoidReturnReader.fromGrid(CsvReader.read("b.csv", notSums.getBytes())).orElseThrow().rows())
                .hasSize(3);
    }
}
