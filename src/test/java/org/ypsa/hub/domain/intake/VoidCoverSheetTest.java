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

/** A workbook whose provider and week are on a cover sheet and whose properties are on another. Invented figures. */
class VoidCoverSheetTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static void fill(Sheet sheet, String[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < rows[i].length; c++) {
                sheet.createRow(i).createCell(c);
            }
            var row = sheet.getRow(i);
            for (int c = 0; c < rows[i].length; c++) {
                row.createCell(c).setCellValue(rows[i][c]);
            }
        }
    }

    private Outcome mail(String[][] cover) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(wb.createSheet("Cover"), cover);
            fill(wb.createSheet("Units"), new String[][] {
                {"Unit ref", "Area", "Service", "Beds", "Taken", "Free"},
                {"K2F-CHE-01", "Cherwell", "18+ Single Self Contained", "4", "1", "3"}});
            wb.write(out);
            byte[] b = out.toByteArray();
            return intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", "returns@key2.provider.test", "Beds",
                    Instant.parse("2026-12-07T08:00:00Z"), "", List.of(new InboundMail.Attachment("beds.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b,
                            OriginalStore.sha256(b))), false));
        }
    }

    @Test
    void theProviderAndWeekOnACoverSheetAreTheReturnsOnTheWorkbooksOtherSheets() throws Exception {
        Outcome o = mail(new String[][] {{"Weekly availability"}, {"Organisation:", "Key2 Futures"},
            {"Week beginning:", "07/12/2026"}, {"Please fill in one row per unit on the next sheet."}});
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        VoidReturn r = (VoidReturn) ((Outcome.Routed) o).fields();
        assertThat(r.weekCommencing()).isEqualTo("2026-12-07");
        assertThat(r.properties()).hasSize(1);
    }

    @Test
    void aCoverSheetWithoutAWeekLeavesTheReturnWithoutOne() throws Exception {
        Outcome o = mail(new String[][] {{"Weekly availability"}, {"Organisation:", "Key2 Futures"}});
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
    }
}
