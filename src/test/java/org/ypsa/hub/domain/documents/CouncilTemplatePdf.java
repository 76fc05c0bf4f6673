package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A council's Word template saved as PDF, built for a test: rows across the page, each row's cells given left to right
 * ("label", "answer", "label", "answer" for a details grid; one cell for a row across the page), a cell's lines parted
 * by "|", a line opening "**" set in bold. Label cells are shaded; the rows are parted by horizontal rules only unless {@link #withColumnRules()} asks
 * for the rules between cells too, as some templates draw them and some do not. {@link #plainWordTable()} is a Word
 * table printed as it is, with no title and no shading, each cell boxed.
 */
final class CouncilTemplatePdf {
    private static final float LEADING = 11;

    private final List<String[]> rows = new ArrayList<>();
    private boolean columnRules;
    private float left = 56;
    private float right = 566;
    private float fontSize = 9;
    private float padding = 5;
    /** The template's title over its table, none for a plain Word table. */
    private String title = "Young People's Accommodation - Referral";
    /** Whether each cell is a box of its own and no cell shaded (a plain Word table), not rules between rows. */
    private boolean boxed;

    /** A plain Word table's edges across the page, and how far in from its cell's edges a cell's text stands. */
    static final float PLAIN_LEFT = 40;
    static final float PLAIN_RIGHT = 560;
    static final float TEXT_INSET = 3;
    private static final float PLAIN_SIZE = 8;

    /** How wide a line of text is in a plain Word table's print (points). */
    static float plainWidth(String text) {
        try {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(text) / 1000 * PLAIN_SIZE;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A Word table printed to PDF as it is: no title, no shading, each cell boxed, small print across the page. */
    static CouncilTemplatePdf plainWordTable() {
        CouncilTemplatePdf t = new CouncilTemplatePdf();
        t.left = PLAIN_LEFT;
        t.right = PLAIN_RIGHT;
        t.fontSize = PLAIN_SIZE;
        t.padding = 4;
        t.title = null;
        t.boxed = true;
        return t;
    }

    /** A row of cells: label, answer, label, answer (a details grid) or a row across the page. */
    CouncilTemplatePdf row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** These rows, each a row of cells as {@link #row} takes them. */
    CouncilTemplatePdf rows(List<String[]> cells) {
        rows.addAll(cells);
        return this;
    }

    CouncilTemplatePdf withColumnRules() {
        columnRules = true;
        return this;
    }

    byte[] bytes() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 740;
                if (title != null) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(left, y + 20);
                    cs.showText(title);
                    cs.endText();
                }
                List<Float> rules = new ArrayList<>(List.of(y));
                for (String[] row : rows) {
                    int height = 1;
                    for (String cell : row) {
                        height = Math.max(height, cell.split("\\|").length);
                    }
                    float bottom = y - height * LEADING - padding;
                    float width = (right - left) / row.length;
                    for (int c = 0; c < row.length; c++) {
                        float x = left + c * width;
                        boolean label = row.length == 1 ? row[c].endsWith("?") || row[c].endsWith(":") : c % 2 == 0;
                        if (boxed) {
                            cs.addRect(x, bottom, width, y - bottom);
                        } else if (label) {
                            cs.setNonStrokingColor(0.89f, 0.94f, 0.85f);
                            cs.addRect(x, bottom, width, y - bottom);
                            cs.fill();
                            cs.setNonStrokingColor(0f, 0f, 0f);
                        }
                        if (columnRules) {
                            cs.moveTo(x, y);
                            cs.lineTo(x, bottom);
                            cs.moveTo(x + width, y);
                            cs.lineTo(x + width, bottom);
                            cs.stroke();
                        }
                        String[] lines = row[c].split("\\|");
                        for (int k = 0; k < lines.length; k++) {
                            if (!lines[k].isEmpty()) {
                                boolean inBold = lines[k].startsWith("**");
                                cs.beginText();
                                cs.setFont(inBold ? bold : font, fontSize);
                                cs.newLineAtOffset(x + TEXT_INSET, y - 10 - k * LEADING);
                                cs.showText(inBold ? lines[k].substring(2) : lines[k]);
                                cs.endText();
                            }
                        }
                    }
                    if (boxed) {
                        cs.stroke();
                    }
                    y = bottom;
                    rules.add(y);
                }
                if (!boxed) {
                    for (float r : rules) {
                        cs.moveTo(left, r);
                        cs.lineTo(right, r);
                    }
                    cs.stroke();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
