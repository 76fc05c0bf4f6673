package org.ypsa.hub.domain.grid;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a workbook hides (a column, a row, a sheet left from an older layout) is not read. */
class HiddenCellsTest {

    @Test
    void hiddenColumnsRowsAndSheetsAreNotRead() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Return");
            String[][] cells = {{"Scheme", "Old count", "Empty"}, {"Elm Court", "9", "2"}, {"Archived", "7", "7"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            sheet.setColumnHidden(1, true);
            sheet.getRow(2).setZeroHeight(true);
            wb.createSheet("workings").createRow(0).createCell(0).setCellValue("lookup");
            wb.setSheetHidden(1, true);
            wb.write(out);
            bytes = out.toByteArray();
        }
        List<Grid> grids = SpreadsheetReader.read("returns.xlsx", bytes);
        assertThat(grids).hasSize(1);
        assertThat(grids.get(0).rows()).extracting(Grid.Row::cells)
                .containsExactly(List.of("Scheme", "", "Empty"), List.of("Elm Court", "", "2"));
    }
}
