package org.ypsa.hub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page PDF drawn for a test with PDFBox, as a print of a form lays it out: lines of text in Helvetica, plain or
 * bold, each where it is put (points, from the page's bottom left, as PDF places them), and the borders a table or an
 * answer box draws (rectangles and lines, stroked).
 */
public final class TestPdfPage {
    private final PDPageContentStream cs;
    private final PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TestPdfPage(PDPageContentStream cs) {
        this.cs = cs;
    }

    /** What is drawn on the page. */
    @FunctionalInterface
    public interface Drawing {
        void on(TestPdfPage page) throws IOException;
    }

    /** A PDF of one letter-sized page drawn so. */
    public static byte[] pdf(Drawing drawing) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawing.on(new TestPdfPage(cs));
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A line of text in plain type, starting at x on the baseline y. */
    public TestPdfPage plain(float size, float x, float y, String text) throws IOException {
        return text(false, size, x, y, text);
    }

    /** A line of text in bold type, starting at x on the baseline y. */
    public TestPdfPage bold(float size, float x, float y, String text) throws IOException {
        return text(true, size, x, y, text);
    }

    /** A line of text, in bold type or plain. */
    public TestPdfPage text(boolean inBold, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(inBold ? bold : plain, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
        return this;
    }

    /** A line of text in one of the standard typefaces (a label in one, its answer in another). */
    public TestPdfPage text(Standard14Fonts.FontName font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(new PDType1Font(font), size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
        return this;
    }

    /** A rectangle's border, its bottom left corner at x, y. */
    public TestPdfPage box(float x, float y, float width, float height) throws IOException {
        cs.addRect(x, y, width, height);
        cs.stroke();
        return this;
    }

    /** A ruled line from one point to another. */
    public TestPdfPage line(float x0, float y0, float x1, float y1) throws IOException {
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
        return this;
    }

    /** The width of a text in the given type and size (points), to set it centred or to the right. */
    public float width(boolean inBold, float size, String text) throws IOException {
        return (inBold ? bold : plain).getStringWidth(text) / 1000 * size;
    }
}
