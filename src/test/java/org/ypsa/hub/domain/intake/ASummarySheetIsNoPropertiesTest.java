package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's workbook with a sheet of totals by locality ("Scheme | Total | Filled | Empty", a row for "Cherwell")
 * in front of a sheet for each scheme: the summary's rows are no properties, so they are not refused for a missing
 * locality and service type; the properties are read from the scheme sheets. A sheet whose figures are not the
 * properties' sums is read as sent. A unit "let" is an occupied one. Invented figures.
 */
class ASummarySheetIsNoPropertiesTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String[][] HEADING = {{"Name of housing org", "Key2 Futures"}, {"Wk comm. Monday", "07/12/2026"}, {}};
    private static final String[] COLUMNS = {"Bed ref", "Geog. area", "Accommodation model", "Total capacity (units)",
        "Let now", "Voids this wk"};

    private static void fill(Sheet sheet, String[]... rows) {
        for (int i = 0; i < rows.length; i++) {
            var row = sheet.createRow(i);
            for (int c = 0; c < rows[i].length; c++) {
                row.createCell(c).setCellValue(rows[i][c]);
            }
        }
    }

    private static String[][] withHeading(String[]... rows) {
        String[][] all = new String[HEADING.length + rows.length][];
        System.arraycopy(HEADING, 0, all, 0, HEADING.length);
        System.arraycopy(rows, 0, all, HEADING.length, rows.length);
        return all;
    }

    private Outcome mail(String[]... summaryRows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet("Summary"), withHeading(summaryRows));
            fill(wb.createSheet("Cherwell"), withHeading(COLUMNS,
                    new String[] {"K2F-CHE-01", "Cherwell", "18+ Single Self Contained", "8", "4", "4"}));
            fill(wb.createSheet("Oxford City"), withHeading(COLUMNS,
                    new String[] {"K2F-OXC-01", "Oxford City", "18+ Single Self Contained", "5", "5", "0"}));
            wb.write(out);
            byte[] b = out.toByteArray();
            return intake.handle(new InboundMail("intake@ypsa.test", "<s@test>", "returns@key2.provider.test",
                    "Void log", Instant.parse("2026-12-07T08:00:00Z"), "Please see attached.", List.of(
                            new InboundMail.Attachment("voids.xlsx",
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b,
                                    OriginalStore.sha256(b))), false));
        }
    }

    @Test
    void aSheetOfTotalsByLocalityThatTheSchemeSheetsAddUpToIsTheirSummary() throws Exception {
        Outcome o = mail(new String[] {"Scheme", "Total", "Filled", "Empty"}, new String[] {"Cherwell", "8", "4", "4"},
                new String[] {"Oxford City", "5", "5", "0"});
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        VoidReturn r = (VoidReturn) ((Outcome.Routed) o).fields();
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::propertyReference)
                .containsExactly("K2F-CHE-01", "K2F-OXC-01");
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::occupied).containsExactly(4, 5);
        assertThat(((Outcome.Routed) o).warnings()).anySatisfy(w -> assertThat(w).contains("\"Summary\"", "summary"));
    }

    @Test
    void totalsThatAreNotTheSchemeSheetsSumsAreReadAsSent() throws Exception {
        Outcome o = mail(new String[] {"Scheme", "Total", "Filled", "Empty"}, new String[] {"Cherwell", "9", "4", "5"},
                new String[] {"Oxford City", "5", "5", "0"});
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void aUnitLetIsAnOccupiedOne() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet("Cherwell"), withHeading(new String[] {"Scheme details", "", "", "Bed spaces", "", ""},
                new String[] {"Site ref", "Geog. area", "Support type",
                "Units in scheme (all)", "Let now", "Free (units)"},
                    new String[] {"K2F-CHE-01", "Cherwell", "16/17 Shared", "4", "0", "4"}));
            wb.write(out);
            byte[] b = out.toByteArray();
            Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<l@test>", "returns@key2.provider.test",
                    "Void log", Instant.parse("2026-12-07T08:00:00Z"), "", List.of(new InboundMail.Attachment("v.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b,
                            OriginalStore.sha256(b))), false));
            assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
            assertThat(((VoidReturn) ((Outcome.Routed) o).fields()).properties())
                    .extracting(VoidReturn.PropertyLine::occupied).containsExactly(0);
        }
    }
}
