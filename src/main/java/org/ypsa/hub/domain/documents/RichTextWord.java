package org.ypsa.hub.domain.documents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.swing.text.Document;
import javax.swing.text.rtf.RTFEditorKit;

import org.ypsa.hub.domain.grid.UnreadableDocument;

/**
 * A Rich Text Format (.rtf) form, as councils' case systems export them and Word opens them: read with the JDK's own
 * RTF reader, and written into a .docx in memory, paragraphs and tables in order, so that {@link WordReader} reads it as
 * any Word form. The JDK's reader gives the text alone; the end of each table cell and row ({@code \cell}, {@code \row})
 * is first marked with a character no form holds, so that a table's cells and rows stay apart.
 */
public final class RichTextWord {
    private static final int MAX_BYTES = 20_000_000;
    private static final char CELL = '\u0001';
    private static final char ROW = '\u0002';
    private static final Pattern CELL_END = Pattern.compile("\\\\(?:nest)?cell(?![a-zA-Z])");
    private static final Pattern ROW_END = Pattern.compile("\\\\(?:nest)?row(?![a-zA-Z])");

    private RichTextWord() {
    }

    /** Whether a file is RTF by its content: it starts with "{\rtf". */
    public static boolean is(byte[] bytes) {
        return bytes != null && bytes.length >= 5
                && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("{\\rtf");
    }

    /** An RTF document as a .docx: its paragraphs, and its tables' rows of cells. */
    static byte[] toDocx(String name, byte[] rtf) throws UnreadableDocument {
        if (rtf.length > MAX_BYTES) {
            throw new UnreadableDocument("the document " + name + " is too large to read");
        }
        String text;
        try {
            String source = new String(rtf, StandardCharsets.ISO_8859_1); // RTF is 7-bit: its own escapes carry the rest
            source = CELL_END.matcher(source).replaceAll("\\\\'01");
            source = ROW_END.matcher(source).replaceAll("\\\\'02");
            RTFEditorKit kit = new RTFEditorKit();
            Document doc = kit.createDefaultDocument();
            kit.read(new ByteArrayInputStream(source.getBytes(StandardCharsets.ISO_8859_1)), doc, 0);
            text = withRunInLabels(doc);
        } catch (Exception | StackOverflowError e) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)", e);
        }
        try (DocxBuilder out = new DocxBuilder()) {
            write(text, out);
            return out.bytes();
        } catch (Exception e) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)", e);
        }
    }

    /**
     * The document's text, a label run in in bold set out as a label: a bold run opening a line, or opening a sentence
     * after a sentence of plain words, starts a line of its own, and a colon parts it from the plain words after it
     * ("<b>Stated gender:</b> female. <b>UASC</b> N." is two lines, "Stated gender: female." and "UASC: N."). Bold
     * words inside a sentence are the writer's emphasis, left as they are.
     */
    static String withRunInLabels(Document doc) throws javax.swing.text.BadLocationException {
        if (!(doc instanceof javax.swing.text.StyledDocument styled)) {
            return doc.getText(0, doc.getLength());
        }
        StringBuilder out = new StringBuilder();
        boolean plainOnLine = false; // plain words on the line so far
        boolean label = false; // the line's last words are a bold label opening it
        int pos = 0;
        while (pos < doc.getLength()) {
            javax.swing.text.Element run = styled.getCharacterElement(pos);
            int end = Math.min(Math.max(run.getEndOffset(), pos + 1), doc.getLength());
            String text = doc.getText(pos, end - pos);
            boolean bold = javax.swing.text.StyleConstants.isBold(run.getAttributes());
            pos = end;
            for (String part : text.split("(?<=[\n\u0001\u0002])|(?=[\n\u0001\u0002])")) {
                if (part.length() == 1 && "\n\u0001\u0002".indexOf(part.charAt(0)) >= 0) {
                    out.append(part);
                    plainOnLine = false;
                    label = false;
                } else if (part.isBlank()) {
                    out.append(part);
                } else if (bold) {
                    String before = out.toString().stripTrailing();
                    if (plainOnLine && !label && before.matches("(?s).*[.!?;]")) {
                        out.setLength(before.length());
                        out.append('\n');
                        plainOnLine = false;
                    }
                    label |= !plainOnLine;
                    out.append(part);
                } else {
                    if (label) {
                        String before = out.toString().stripTrailing();
                        if (!before.endsWith(":")) {
                            out.setLength(before.length());
                            out.append(": ");
                            part = part.stripLeading();
                        }
                    }
                    out.append(part);
                    plainOnLine = true;
                    label = false;
                }
            }
        }
        return out.toString();
    }

    /**
     * The marked text as paragraphs and tables. A row's cells end at each cell mark and the row at its mark; text
     * before a table's first cell, up to its last line break, is the paragraphs above the table.
     */
    static void write(String text, DocxBuilder out) {
        List<Object> blocks = new ArrayList<>(); // paragraphs' text, and tables' rows, in order
        List<List<List<String>>> rows = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == CELL) {
                if (cells.isEmpty()) {
                    // a row's first cell: any whole lines before it are paragraphs, and end the table above them
                    int lineEnd = pending.lastIndexOf("\n");
                    if (lineEnd >= 0 && !pending.substring(0, lineEnd).isBlank()) {
                        flush(rows, blocks);
                        blocks.add(pending.substring(0, lineEnd));
                    }
                    pending.delete(0, lineEnd + 1);
                }
                cells.add(DocxBuilder.lines(pending.toString().strip()));
                pending.setLength(0);
            } else if (c == ROW) {
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
                cells = new ArrayList<>();
                pending.setLength(0);
            } else {
                pending.append(c);
            }
        }
        if (!cells.isEmpty()) {
            rows.add(cells);
        }
        flush(rows, blocks);
        blocks.add(pending.toString());
        int header = noteHeader(blocks);
        boolean[] named = {false}; // whether a sentence above named the note's young person
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof String paragraphs) {
                paragraphs(paragraphs, out, named);
            } else if (b == header) {
                // the case system's own record of the note (its type, author, when it was logged): lines of text, no
                // label and answer of the form
                for (Object row : (List<?>) blocks.get(b)) {
                    List<String> words = new ArrayList<>();
                    ((List<?>) row).forEach(cell -> words.add(String.join(" ", (List<String>) cell)));
                    out.paragraph(String.join(" ", words).replace(":", "").strip());
                }
            } else {
                @SuppressWarnings("unchecked")
                List<List<List<String>>> table = (List<List<List<String>>>) blocks.get(b);
                out.table(table);
            }
        }
    }

    /** A note's header: at most this many rows of two cells. */
    private static final int HEADER_ROWS = 4;
    /** The note under its header tells at least this many "label: answer" lines. */
    private static final int NOTE_LINES = 3;

    /**
     * Where a case note's header table is, or -1: a document's one table, of a few rows of two cells, at its top (no
     * more than a title line above it) and over paragraphs that tell the form as "label: answer" lines. The form is
     * in the note; the header says only who wrote it, when and of what type.
     */
    private static int noteHeader(List<Object> blocks) {
        int table = -1;
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b) instanceof List<?> rows) {
                if (table >= 0 || rows.size() > HEADER_ROWS || rows.stream().anyMatch(r -> ((List<?>) r).size() != 2)) {
                    return -1;
                }
                table = b;
            }
        }
        if (table < 0 || table > 1 || table == 1 && ((String) blocks.get(0)).strip().lines().count() > 1) {
            return -1;
        }
        long labelled = blocks.subList(table + 1, blocks.size()).stream()
                .flatMap(p -> ((String) p).lines()).filter(l -> l.matches("[^:]{2,60}:\\s*\\S.*")).count();
        return labelled >= NOTE_LINES ? table : -1;
    }

    private static void flush(List<List<List<String>>> rows, List<Object> blocks) {
        if (!rows.isEmpty()) {
            blocks.add(new ArrayList<>(rows));
            rows.clear();
        }
    }

    /** Paragraphs, a case note's facts told in sentences set out as labels and answers ({@link CaseNoteSentences}). */
    private static void paragraphs(String text, DocxBuilder out, boolean[] named) {
        List<String> lines = CaseNoteSentences.lines(List.of(text.split("\n")), named[0]);
        named[0] |= lines.stream().anyMatch(CaseNoteSentences::namesTheYoungPerson);
        for (String line : lines) {
            if (!line.isBlank()) {
                out.paragraph(line.strip());
            }
        }
    }
}
