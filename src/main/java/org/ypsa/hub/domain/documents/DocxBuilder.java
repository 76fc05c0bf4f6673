package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A .docx written in memory, in order, from the paragraphs and tables of a form read another way (a Word 97 file,
 * a LibreOffice file, a spreadsheet laid out as a form), so that {@link WordReader} reads it as any Word form.
 */
final class DocxBuilder implements AutoCloseable {
    private final XWPFDocument doc = new XWPFDocument();

    void paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /**
     * A table of rows of cells, each cell its paragraphs (a paragraph may hold line breaks, as a wrapped label does);
     * trailing blank paragraphs are left out.
     */
    void table(List<List<List<String>>> rows) {
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        int r = 0;
        for (List<List<String>> row : rows) {
            XWPFTableRow xr = t.insertNewTableRow(r++);
            for (List<String> cell : row) {
                XWPFTableCell xc = xr.addNewTableCell();
                List<String> lines = withoutTrailingBlanks(cell);
                for (String line : lines.isEmpty() ? List.of("") : lines) {
                    xc.addParagraph().createRun().setText(line);
                }
            }
        }
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** A cell's text as paragraphs, one a line. */
    static List<String> lines(String cell) {
        return List.of((cell == null ? "" : cell).split("\n", -1));
    }

    private static List<String> withoutTrailingBlanks(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
