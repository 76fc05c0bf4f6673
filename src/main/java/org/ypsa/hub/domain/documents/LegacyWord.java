package org.ypsa.hub.domain.documents;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.FFData;
import org.apache.poi.hwpf.model.FieldsDocumentPart;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Field;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndian;
import org.ypsa.hub.domain.grid.UnreadableDocument;

/**
 * An old Word 97-2003 (.doc) form, still what many councils' templates are: its paragraphs and tables (with what
 * its form fields hold) are read with POI's HWPF and written into a .docx in memory, in the same order, so that
 * {@link WordReader} reads it as it reads any Word form. A check-box form field (FORMCHECKBOX) is the box it shows,
 * ticked or empty (☒, ☐), as a box typed in a symbol font is. Text boxes and pictures are not carried over.
 */
final class LegacyWord {
    private static final int MAX_PARAGRAPHS = 20_000;
    /** Word's field type of a check-box form field (FORMCHECKBOX). */
    private static final int CHECK_BOX = 71;
    /** An FFData's type of a check box, and its result "as the default says". */
    private static final int TYPE_CHECK_BOX = 1;
    private static final int RESULT_DEFAULT = 25;

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
            NavigableMap<Integer, Field> boxes = checkBoxes(in);
            int n = Math.min(range.numParagraphs(), MAX_PARAGRAPHS);
            for (int i = 0; i < n;) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    out.table(rows(t, in, boxes));
                    i += Math.max(1, t.numParagraphs());
                } else {
                    out.paragraph(clean(withBoxes(p, in, boxes)));
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

    private static List<List<List<String>>> rows(Table t, HWPFDocument doc, NavigableMap<Integer, Field> boxes) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                cells.add(DocxBuilder.lines(clean(withBoxes(row.getCell(c), doc, boxes))));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The document's check-box form fields by where each starts in its text. */
    private static NavigableMap<Integer, Field> checkBoxes(HWPFDocument doc) {
        NavigableMap<Integer, Field> boxes = new TreeMap<>();
        for (Field f : doc.getFields().getFields(FieldsDocumentPart.MAIN)) {
            if (f.getType() == CHECK_BOX) {
                boxes.put(f.getFieldStartOffset(), f);
            }
        }
        return boxes;
    }

    /**
     * A range's text with each check-box form field in it as the box it shows ("☒ Yes ☐ No"); a field whose state
     * cannot be read is left for {@link #clean} as before.
     */
    private static String withBoxes(Range range, HWPFDocument doc, NavigableMap<Integer, Field> boxes) {
        String text = range.text();
        int start = range.getStartOffset();
        StringBuilder out = new StringBuilder(text);
        List<Field> inRange = new ArrayList<>(boxes.subMap(start, range.getEndOffset()).values());
        for (int k = inRange.size() - 1; k >= 0; k--) {
            Field f = inRange.get(k);
            Boolean ticked = ticked(f, doc);
            int from = f.getFieldStartOffset() - start;
            int to = f.getFieldEndOffset() - start;
            if (ticked != null && from >= 0 && to <= out.length() && from < to) {
                out.replace(from, to, ticked ? "\u2612 " : "\u2610 ");
            }
        }
        return out.toString();
    }

    /**
     * Whether a check-box form field is ticked, from its FFData in the document's data stream (where its field code's
     * special character points: a header of {@code cbHeader} bytes, then the FFData): its result, or its default when
     * the result says "as the default"; null when it cannot be read.
     */
    private static Boolean ticked(Field f, HWPFDocument doc) {
        try {
            Range code = f.firstSubrange(doc.getRange());
            byte[] data = doc.getDataStream();
            for (int i = 0; code != null && i < code.numCharacterRuns(); i++) {
                CharacterRun run = code.getCharacterRun(i);
                if (!run.isData() && run.getPicOffset() <= 0) {
                    continue;
                }
                int at = run.getPicOffset() + LittleEndian.getUShort(data, run.getPicOffset() + 4);
                int bits = LittleEndian.getUShort(data, at + 4);
                if ((bits & 0x3) != TYPE_CHECK_BOX) {
                    return null;
                }
                int result = (bits >> 2) & 0x1f;
                return result == RESULT_DEFAULT ? new FFData(data, at).getDefaultDropDownItemIndex() == 1 : result == 1;
            }
        } catch (RuntimeException e) {
            return null; // a damaged field: left as it was
        }
        return null;
    }

    /** Field codes dropped (their results kept), paragraph and line marks as new lines, other controls gone. */
    static String clean(String text) {
        String t = Range.stripFields(text == null ? "" : text);
        t = t.replace("\r\n", "\n").replace('\r', '\n').replace('\u000b', '\n').replace('\u0007', '\n');
        t = t.replaceAll("[\\u0000-\\u0008\\u000e-\\u001f]", "");
        return t.replaceAll("\n+$", "");
    }
}
