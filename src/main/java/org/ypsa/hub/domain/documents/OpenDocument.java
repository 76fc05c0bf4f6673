package org.ypsa.hub.domain.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.UnreadableDocument;

/**
 * A form or a return saved in LibreOffice's own format (OpenDocument: .odt, .ods), as a council or provider on
 * LibreOffice sends it. Its content.xml is read with the JDK's XML parser (no external entities, no DTDs): a text
 * document's paragraphs and tables, in order, are written into a .docx in memory so that {@link WordReader} reads it
 * as any Word form (as {@link LegacyWord} does for .doc); a spreadsheet's sheets become grids, dates as ISO dates as
 * {@code SpreadsheetReader} gives them. No ODF library is served here; the format's few elements needed are read
 * directly (ODF 1.2, part 3: text:p, text:h, text:list, table:table, table:table-row, table:table-cell).
 */
public final class OpenDocument {
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    /** content.xml is not read past this size: no form or weekly return comes near it, a zip bomb would. */
    private static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ROWS = 5_000;
    private static final int MAX_COLUMNS = 60;
    private static final int MAX_PARAGRAPHS = 20_000;

    /** What the file holds: a text document's body as a .docx, or a spreadsheet's sheets. */
    public sealed interface Content permits Text, Sheets {
    }

    public record Text(byte[] docx) implements Content {
    }

    public record Sheets(List<Grid> grids) implements Content {
    }

    private OpenDocument() {
    }

    public static Content read(String name, byte[] bytes) throws UnreadableDocument {
        Map<String, byte[]> parts = parts(name, bytes);
        String mimetype = new String(parts.getOrDefault("mimetype", new byte[0]), StandardCharsets.US_ASCII).strip();
        if (new String(parts.getOrDefault("META-INF/manifest.xml", new byte[0]), StandardCharsets.UTF_8)
                .contains("encryption-data")) {
            throw new UnreadableDocument("the document " + name + " is password protected; please send it without a "
                    + "password, or as a PDF");
        }
        if (!parts.containsKey("content.xml")) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)");
        }
        Element body = body(name, parts.get("content.xml"));
        if (mimetype.contains("spreadsheet")) {
            return new Sheets(sheets(name, body));
        }
        if (mimetype.contains("text")) {
            return new Text(docx(name, body));
        }
        throw new UnreadableDocument("the document " + name + " is an OpenDocument file the hub does not read ("
                + (mimetype.isEmpty() ? "no type" : mimetype) + "); please send the form as a Word document, a "
                + "spreadsheet or a PDF");
    }

    private static Map<String, byte[]> parts(String name, byte[] bytes) throws UnreadableDocument {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (List.of("mimetype", "content.xml", "META-INF/manifest.xml").contains(e.getName())) {
                    parts.put(e.getName(), capped(zip, name));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)", e);
        }
        return parts;
    }

    private static byte[] capped(InputStream in, String name) throws IOException, UnreadableDocument {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_CONTENT_BYTES) {
                throw new UnreadableDocument("the document " + name + " is too large to read");
            }
        }
        return out.toByteArray();
    }

    /** office:body's first child (office:text or office:spreadsheet), parsed without DTDs or external entities. */
    private static Element body(String name, byte[] xml) throws UnreadableDocument {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            for (Element b : children(root, OFFICE, "body")) {
                for (Node n = b.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e) {
                        withoutStruck(e, struckStyles(root));
                        return e;
                    }
                }
            }
            throw new UnreadableDocument("the document " + name + " has no body");
        } catch (UnreadableDocument e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)", e);
        }
    }

    /** Where a struck-through option stood: its words are out, and the separators beside it with them. */
    private static final String STRUCK = "\ue000";

    /**
     * The automatic text styles that strike their text through (style:text-line-through-style other than none), as
     * LibreOffice saves an option the writer struck out ("Yes / <s>No</s>", "delete as appropriate").
     */
    private static java.util.Set<String> struckStyles(Element root) {
        java.util.Set<String> struck = new java.util.HashSet<>();
        for (Element styles : children(root, OFFICE, "automatic-styles")) {
            for (Element style : children(styles, STYLE, "style")) {
                for (Element props : children(style, STYLE, "text-properties")) {
                    String line = props.getAttributeNS(STYLE, "text-line-through-style");
                    if (!line.isEmpty() && !line.equals("none")) {
                        struck.add(style.getAttributeNS(STYLE, "name"));
                    }
                }
            }
        }
        return struck;
    }

    /** The body with each span in a struck-through style replaced by a mark of where it stood ({@link #text}). */
    private static void withoutStruck(Element parent, java.util.Set<String> struck) {
        if (struck.isEmpty()) {
            return;
        }
        for (Node n = parent.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element e) {
                if (is(e, TEXT, "span") && struck.contains(e.getAttributeNS(TEXT, "style-name"))
                        && !e.getTextContent().isBlank()) {
                    parent.replaceChild(parent.getOwnerDocument().createTextNode(STRUCK), e);
                } else {
                    withoutStruck(e, struck);
                }
            }
            n = next;
        }
    }

    private static byte[] docx(String name, Element text) throws UnreadableDocument {
        try (DocxBuilder out = new DocxBuilder()) {
            int[] paragraphs = {0};
            blocks(text, out, paragraphs);
            return out.bytes();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("the document " + name + " could not be read (it may be damaged)", e);
        }
    }

    /** Paragraphs and tables in the order they stand, inside sections, lists and frames too. */
    private static void blocks(Element parent, DocxBuilder out, int[] paragraphs) {
        for (Node n = parent.getFirstChild(); n != null && paragraphs[0] < MAX_PARAGRAPHS; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (is(e, TEXT, "p") || is(e, TEXT, "h")) {
                paragraphs[0]++;
                out.paragraph(text(e));
            } else if (is(e, TABLE, "table")) {
                out.table(rows(e).stream().limit(MAX_ROWS)
                        .map(row -> cells(row, false).stream().map(OpenDocument::cellLines).toList())
                        .toList());
            } else if (!is(e, OFFICE, "annotation") && !is(e, TEXT, "tracked-changes")
                    && !is(e, TEXT, "sequence-decls") && !is(e, TABLE, "table-columns")) {
                blocks(e, out, paragraphs);
            }
        }
    }

    private static List<Grid> sheets(String name, Element spreadsheet) {
        List<Grid> grids = new ArrayList<>();
        for (Element t : children(spreadsheet, TABLE, "table")) {
            List<Grid.Row> rows = new ArrayList<>();
            int number = 0;
            for (Element row : rows(t)) {
                int repeat = Math.max(1, intAttribute(row, TABLE, "number-rows-repeated"));
                List<String> cells = new ArrayList<>();
                for (Element cell : cells(row, true)) {
                    int times = Math.max(1, intAttribute(cell, TABLE, "number-columns-repeated"));
                    String value = value(cell);
                    for (int i = 0; i < times && cells.size() < MAX_COLUMNS; i++) {
                        cells.add(value);
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                for (int i = 0; i < repeat && number < MAX_ROWS; i++) {
                    Grid.Row r = new Grid.Row(++number, cells);
                    if (!r.isBlank()) {
                        rows.add(r);
                    }
                }
                if (number >= MAX_ROWS) {
                    break;
                }
            }
            grids.add(new Grid(name + ", sheet " + t.getAttributeNS(TABLE, "name"), "Row", rows));
        }
        return grids;
    }

    /** A cell's value as the spreadsheet readers give it: a date as 2026-12-07, a whole number without ".0". */
    private static String value(Element cell) {
        String type = cell.getAttributeNS(OFFICE, "value-type");
        switch (type) {
            case "date" -> {
                String d = cell.getAttributeNS(OFFICE, "date-value");
                return d.length() >= 10 ? d.substring(0, 10) : d;
            }
            case "float", "percentage", "currency" -> {
                String v = cell.getAttributeNS(OFFICE, "value");
                try {
                    return Grid.number(Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    return String.join("\n", cellLines(cell));
                }
            }
            case "boolean" -> {
                return Grid.yesNo("true".equals(cell.getAttributeNS(OFFICE, "boolean-value")));
            }
            default -> {
                return String.join("\n", cellLines(cell));
            }
        }
    }

    private static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (is(e, TABLE, "table-row")) {
                    out.add(e);
                } else if (is(e, TABLE, "table-header-rows") || is(e, TABLE, "table-rows")
                        || is(e, TABLE, "table-row-group")) {
                    out.addAll(rows(e));
                }
            }
        }
        return out;
    }

    /**
     * A row's cells. A cell covered by a merged one is left out of a text table (Word gives a merged heading row as
     * one cell) and stands empty in a sheet (Excel keeps its column).
     */
    private static List<Element> cells(Element row, boolean covered) {
        List<Element> out = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (is(e, TABLE, "table-cell") || covered && is(e, TABLE, "covered-table-cell"))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The paragraphs of a cell (a nested table's cells read as lines of it). */
    private static List<String> cellLines(Element cell) {
        List<String> lines = new ArrayList<>();
        for (Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (is(e, TEXT, "p") || is(e, TEXT, "h")) {
                    lines.add(text(e));
                } else if (!is(e, OFFICE, "annotation")) {
                    lines.addAll(cellLines(e));
                }
            }
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** A paragraph's text: spans and links read through, text:s as spaces, tabs and line breaks kept, notes left out. */
    private static String text(Element p) {
        StringBuilder sb = new StringBuilder();
        appendText(p, sb);
        String t = sb.toString();
        return t.contains(STRUCK) ? RunMarks.withoutDanglingSeparators(t.replace(STRUCK, "")) : t;
    }

    private static void appendText(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element e) {
                if (is(e, TEXT, "s")) {
                    sb.append(" ".repeat(Math.min(200, Math.max(1, intAttribute(e, TEXT, "c")))));
                } else if (is(e, TEXT, "tab")) {
                    sb.append('\t');
                } else if (is(e, TEXT, "line-break")) {
                    sb.append('\n');
                } else if (!is(e, OFFICE, "annotation") && !is(e, TEXT, "note")) {
                    appendText(e, sb);
                }
            }
        }
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, ns, local)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean is(Element e, String ns, String local) {
        return ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    private static int intAttribute(Element e, String ns, String local) {
        String v = e.getAttributeNS(ns, local);
        try {
            return v.isEmpty() ? 0 : Integer.parseInt(v.strip());
        } catch (NumberFormatException x) {
            return 0;
        }
    }
}
