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
 * by "|". Label cells are shaded; the rows are parted by horizontal rules only unless {@link #withColumnRules()} asks
 * for the rules between cells too, as some templates draw them and some do not.
 */
final class CouncilTemplatePdf {
    private static final float LEFT = 56;
    private static final float RIGHT = 566;
    private static final float LEADING = 11;

    private final List<String[]> rows = new ArrayList<>();
    private boolean columnRules;

    /** A row of cells: label, answer, label, answer (a details grid) or a row across the page. */
    CouncilTemplatePdf row(String... cells) {
        rows.add(cells);
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
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 740;
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(LEFT, y + 20);
                cs.showText("Young People's Accommodation - Referral");
                cs.endText();
                List<Float> rules = new ArrayList<>(List.of(y));
                for (String[] row : rows) {
                    int height = 1;
                    for (String cell : row) {
                        height = Math.max(height, cell.split("\\|").length);
                    }
                    float bottom = y - height * LEADING - 5;
                    float width = (RIGHT - LEFT) / row.length;
                    for (int c = 0; c < row.length; c++) {
                        float x = LEFT + c * width;
                        boolean label = row.length == 1 ? row[c].endsWith("?") || row[c].endsWith(":") : c % 2 == 0;
                        if (label) {
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
                                cs.beginText();
                                cs.setFont(font, 9);
                                cs.newLineAtOffset(x + 3, y - 10 - k * LEADING);
                                cs.showText(lines[k]);
                                cs.endText();
                            }
                        }
                    }
                    y = bottom;
                    rules.add(y);
                }
                for (float r : rules) {
                    cs.moveTo(LEFT, r);
                    cs.lineTo(RIGHT, r);
                }
                cs.stroke();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
