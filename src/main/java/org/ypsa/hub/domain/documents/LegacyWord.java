package org.ypsa.hub.domain.documents;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ypsa.hub.domain.grid.UnreadableDocument;

/**
 * An old Word 97-2003 (.doc) form, still what many councils' templates are: its paragraphs and tables (with what
 * its form fields hold) are read with POI's HWPF and written into a .docx in memory, in the same order, so that
 * {@link WordReader} reads it as it reads any Word form. Text boxes, pictures and tick boxes of old form fields are
 * not carried over.
 */
final class LegacyWord {
    private static final int MAX_PARAGRAPHS = 20_000;

    private LegacyWord() {
    }

    /**
     * An OLE2 file named as a Word document, as a .docx: paragraphs and tables in order, each cell's text kept. One
     * that is no Word 97-2003 document (a password-protected .docx is OLE2 too) or carries macros is refused.
     */
    static byte[] toDocx(String name, byte[] ole2) throws UnreadableDocument {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(ole2));
        } catch (Exception e) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)", e);
        }
        if (!fs.getRoot().hasEntry("WordDocument")) {
            throw new UnreadableDocument("the document " + name + " is password protected; please send it without "
                    + "a password, or as a PDF");
        }
        if (fs.getRoot().hasEntry("Macros")) {
            throw new UnreadableDocument("the document " + name
                    + " contains macros, which the hub does not open; please save it as a plain .docx document");
        }
        try (HWPFDocument in = new HWPFDocument(fs); DocxBuilder out = new DocxBuilder()) {
            Range range = in.getRange();
            int n = Math.min(range.numParagraphs(), MAX_PARAGRAPHS);
            for (int i = 0; i < n;) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    out.table(rows(t));
                    i += Math.max(1, t.numParagraphs());
                } else {
                    out.paragraph(clean(p.text()));
                    i++;
                }
            }
            return out.bytes();
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocument("the document " + name + " is password protected; please send it without a "
                    + "password", e);
        } catch (Exception e) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)", e);
        }
    }

    private static List<List<List<String>>> rows(Table t) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                cells.add(DocxBuilder.lines(clean(row.getCell(c).text())));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Field codes dropped (their results kept), paragraph and line marks as new lines, other controls gone. */
    static String clean(String text) {
        String t = Range.stripFields(text == null ? "" : text);
        t = t.replace("\r\n", "\n").replace('\r', '\n').replace('\u000b', '\n').replace('\u0007', '\n');
        t = t.replaceAll("[\\u0000-\\u0008\\u000e-\\u001f]", "");
        return t.replaceAll("\n+$", "");
    }
}
