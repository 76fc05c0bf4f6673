package org.ypsa.hub.domain.voids;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.grid.CsvReader;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.SpreadsheetReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.voids.VoidCsv.read;

/**
 * Void returns laid out as providers send them beyond one row per property (issue 14, tuned9 round): a column per
 * property, a notes column that mentions the week, a total under a single property, the header repeated on the next
 * page, and a form of labels and answers in a document that is no return. Wordings and figures invented for these
 * tests.
 */
class ReturnLayoutRulesTest {

    /** A sheet of the given rows, as a provider saves it from Excel. */
    private static Grid sheet(String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Beds");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Integer.parseInt(rows[r][c]));
                    } else if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
            return SpreadsheetReader.read("beds.xlsx", out.toByteArray()).get(0);
        }
    }

    @Test
    void aReturnWithOnePropertyPerColumnIsReadAsRows() throws Exception {
        Grid g = sheet(new String[] {"Bed availability"},
                new String[] {"Provider:", "Key2 Futures"},
                new String[] {"Week beginning:", "14/12/2026"},
                new String[] {},
                new String[] {"Unit ref", "K2F-CHE-01", "K2F-OXC-01"},
                new String[] {"Area", "Cherwell", "Oxford City"},
                new String[] {"Service type", "18+ Shared", "18+ Shared"},
                new String[] {"Total units", "4", "2"},
                new String[] {"Occupied", "1", "2"},
                new String[] {"Vacant", "3", "0"},
                new String[] {"Free from", "16/12/2026", ""});
        VoidReturnReader.Draft d = VoidReturnReader.fromGrid(g).orElseThrow();
        assertThat(d.heading()).containsEntry(VoidField.PROVIDER, "Key2 Futures")
                .containsEntry(VoidField.WEEK_COMMENCING, "14/12/2026");
        assertThat(d.rows()).extracting(VoidReturnReader.DraftRow::where).containsExactly("Column B", "Column C");
        assertThat(d.rows().get(0).get(VoidField.PROPERTY_REFERENCE)).isEqualTo("K2F-CHE-01");
        assertThat(d.rows().get(0).get(VoidField.VACANT)).isEqualTo("3");
        assertThat(d.rows().get(1).get(VoidField.LOCALITY)).isEqualTo("Oxford City");
    }

    @Test
    void aPropertyPerColumnTakesTheUnnamedCountThatAddsUp() throws Exception {
        VoidReturnReader.Draft d = read("\"Provider\",\"Key2\",\n\"W/c\",14/12/2026,\n,,\n"
                + "\"Unit ref\",\"K2F-CHE-01\",\"K2F-OXC-01\"\n\"Area\",\"Cherwell\",\"Oxford City\"\n"
                + "\"Total units\",4,2\n\"LET_CNT\",1,2\n\"Vacant\",3,0\n");
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().get(0).get(VoidField.OCCUPIED)).isEqualTo("1");
        assertThat(d.rows().get(1).get(VoidField.OCCUPIED)).isEqualTo("2");
    }

    @Test
    void aFormOfLabelsAndOneColumnOfAnswersIsNoReturnTurnedOnItsSide() throws Exception {
        Grid g = CsvReader.read("a.csv", ("\"Incident form\",\n\"Property\",\"Elm House\"\n\"Young person\",\"Jo Bright\"\n"
                + "\"Number of staff on shift\",\"two\"\n\"Occupied rooms\",\"\"\n").getBytes());
        assertThat(VoidReturnReader.fromGrid(g)).isEmpty();
    }

    @Test
    void aColumnNamedForTheWeekOverSentencesIsNoWeek() throws Exception {
        VoidReturnReader.Draft d = read("\"Provider:\",\"Key2\",,,,\n\"Week commencing:\",14/12/2026,,,,\n,,,,,\n"
                + "\"Property ref\",\"Locality\",\"Total units\",\"Occupied\",\"Vacant\",\"Remarks this week\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",4,1,3,\"Lift out of order.\"\n");
        assertThat(d.rows().get(0).get(VoidField.WEEK_COMMENCING)).isEmpty();
        assertThat(d.heading()).containsEntry(VoidField.WEEK_COMMENCING, "14/12/2026");
    }

    @Test
    void inABlockALabelReadAsTheWeekOverASentenceNamesItsNextField() {
        VoidReturnReader.Draft d = VoidReturnReader.fromLabelValues("body", org.ypsa.hub.domain.grid.TextReader
                .labelValues("Provider: Key2\nWeek commencing: 14/12/2026\n\nProperty ref: K2F-CHE-01\nTotal units: 4\n"
                        + "Occupied: 1\nVacant: 3\nRemarks this week: Lift out of order.\n")).orElseThrow();
        assertThat(d.rows().get(0).get(VoidField.WEEK_COMMENCING)).isEmpty();
        assertThat(d.rows().get(0).get(VoidField.NOTES)).isEqualTo("Lift out of order.");
        assertThat(d.heading()).containsEntry(VoidField.WEEK_COMMENCING, "14/12/2026");
    }

    @Test
    void aRowRepeatingTheOnlyPropertysCountsWithNoLocalityIsItsTotal() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Locality\",\"Service type\",\"Total units\",\"Occupied\",\"Vacant\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,1,3\n\"Altogether\",,,4,1,3\n");
        assertThat(d.rows()).hasSize(1);
    }

    @Test
    void aSecondPropertyWithTheSameCountsIsStillAProperty() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Locality\",\"Service type\",\"Total units\",\"Occupied\",\"Vacant\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",\"18+ Shared\",4,1,3\n\"Elm House\",\"Cherwell\",\"18+ Shared\",4,1,3\n");
        assertThat(d.rows()).hasSize(2);
    }

    @Test
    void theHeaderRepeatedOnTheNextPageIsNoProperty() throws Exception {
        String header = "\"Property ref\",\"Locality\",\"Total units\",\"Occupied\",\"Vacant\"\n";
        VoidReturnReader.Draft d = read(header + "\"K2F-CHE-01\",\"Cherwell\",4,1,3\n" + header
                + "\"K2F-OXC-01\",\"Oxford City\",2,2,0\n");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.PROPERTY_REFERENCE))
                .containsExactly("K2F-CHE-01", "K2F-OXC-01");
    }

    @Test
    void aTableOfLabelsAndAnswersInADocumentIsNoReturn() {
        Grid g = new Grid("form.pdf", "Row", List.of(
                new Grid.Row(1, List.of("Reference number of the referral:", "YPSA-12345-ABCDE",
                        "Name of provider responding to referral", "Stonewater Housing")),
                new Grid.Row(2, List.of("Name of the young person:", "Jo Bright", "", "")),
                new Grid.Row(3, List.of("Risk we are unable to manage:", "Threats from a local group.", "", ""))));
        // no count under a heading read as a count: not even a sheet's table of properties (logs48)
        assertThat(VoidReturnReader.fromGrid(g)).as("read as a sheet").isEmpty();
        assertThat(VoidReturnReader.fromDocumentTable(g)).isEmpty();
    }

    @Test
    void theColumnThatIsTheSumOfTheOtherTwoOnEveryRowIsTheTotal() throws Exception {
        VoidReturnReader.Draft d = read("\"Provider\",\"Key2\",,,,\n\"W/c\",14/12/2026,,,,\n,,,,,\n"
                + "\"Property ref\",\"Area\",\"Rooms\",\"Bed spaces\",\"Taken\",\"Top\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",5,1,2,3\n\"K2F-OXC-01\",\"Oxford City\",3,0,1,1\n");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.TOTAL_UNITS)).containsExactly("3", "1");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.OCCUPIED)).containsExactly("2", "1");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.VACANT)).containsExactly("1", "0");
    }

    @Test
    void aSecondColumnNamedForTheTotalThatAddsUpIsTheTotal() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Area\",\"Total beds\",\"Capacity\",\"Occupied\",\"Vacant\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",6,4,1,3\n\"K2F-OXC-01\",\"Oxford City\",2,3,3,0\n");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.TOTAL_UNITS)).containsExactly("4", "3");
    }

    @Test
    void countsThatDoNotAddUpWithNoOtherColumnThatDoesAreLeftToBeRejected() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Area\",\"Total units\",\"Occupied\",\"Vacant\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",4,1,2\n\"K2F-OXC-01\",\"Oxford City\",3,3,0\n");
        assertThat(d.rows()).extracting(r -> r.get(VoidField.TOTAL_UNITS)).containsExactly("4", "3");
    }

    @Test
    void aSinglePropertysCountsAreNotRearrangedByArithmetic() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Area\",\"Rooms\",\"Total units\",\"Occupied\",\"Vacant\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",3,4,1,2\n");
        assertThat(d.rows().get(0).get(VoidField.TOTAL_UNITS)).isEqualTo("4");
    }

    @Test
    void aDateSinceWhichAUnitHasBeenEmptyIsNoAvailableFromDate() throws Exception {
        VoidReturnReader.Draft d = read("\"Property ref\",\"Area\",\"Total units\",\"Occupied\",\"Vacant\",\"Date void since\"\n"
                + "\"K2F-CHE-01\",\"Cherwell\",4,1,3,01/11/2026\n");
        assertThat(d.rows().get(0).get(VoidField.AVAILABLE_FROM)).isEmpty();
    }
}
