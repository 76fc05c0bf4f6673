package org.ypsa.hub.domain.grid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads XLSX and XLS workbooks with Apache POI into grids, one per sheet. */
public final class SpreadsheetReader {
    /** Rows beyond this in one sheet are not read: no weekly return has them, a hostile file might. */
    static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 60;

    static {
        // Reject zip bombs: a workbook part may not inflate more than 100 times its packed size.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
    }

    private SpreadsheetReader() {
    }

    public static List<Grid> read(String name, byte[] bytes) throws UnreadableDocument {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UnreadableDocument("the spreadsheet " + name + " could not be read", e);
        }
        if (magic == FileMagic.OOXML && MacroCheck.hasMacros(bytes)) {
            throw new UnreadableDocument("the spreadsheet " + name
                    + " contains macros, which the hub does not open; please save it as a plain .xlsx workbook");
        }
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw new UnreadableDocument("the file " + name + " is not a spreadsheet although its name or type says so");
        }
        DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<Grid> grids = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
                    continue; // a hidden sheet is the workbook's workings, not what the provider returns
                }
                List<Grid.Row> rows = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() >= MAX_ROWS) {
                        break;
                    }
                    if (row.getZeroHeight()) {
                        continue; // a hidden row is left from an older layout: not read
                    }
                    List<String> cells = new ArrayList<>();
                    int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                    for (int c = 0; c < last; c++) {
                        // a hidden column ("Beds last week", "Old ref") is stale: read as an empty cell, so that the
                        // columns keep their places
                        cells.add(sheet.isColumnHidden(c) ? "" : text(row.getCell(c), formatter));
                    }
                    Grid.Row r = new Grid.Row(row.getRowNum() + 1, cells);
                    if (!r.isBlank()) {
                        rows.add(r);
                    }
                }
                grids.add(new Grid(name + ", sheet " + sheet.getSheetName(), "Row", rows));
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocument("the spreadsheet " + name
                    + " is password protected; please send it without a password", e);
        } catch (IOException | POIXMLException | IllegalArgumentException | IllegalStateException
                | UnsupportedOperationException e) {
            throw new UnreadableDocument("the spreadsheet " + name + " could not be read (it may be damaged)", e);
        } catch (RuntimeException e) {
            // POI signals zip bombs and malformed parts with assorted runtime exceptions.
            throw new UnreadableDocument("the spreadsheet " + name + " could not be read (it may be damaged)", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDateTime dt = cell.getLocalDateTimeCellValue();
                return dt == null ? "" : dt.toLocalDate().toString();
            }
            return Grid.number(cell.getNumericCellValue());
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        if (type == CellType.BOOLEAN) {
            return Grid.yesNo(cell.getBooleanCellValue());
        }
        return type == CellType.BLANK || type == CellType.ERROR ? "" : formatter.formatCellValue(cell);
    }
}
