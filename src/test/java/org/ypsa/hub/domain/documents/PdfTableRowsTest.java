package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF of a two-column table with drawn borders whose cells run over several lines (issue 14): the page's text gives
 * the label's lines and the answer's lines side by side, one of each to a line; the answer is read whole. Wordings
 * invented for the test.
 */
class PdfTableRowsTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final float LABEL_X = 40;
    private static final float ANSWER_X = 240;
    private static final float RIGHT = 560;

    @Test
    void anAnswerWrappedBesideALabelInTwoLanguagesIsReadWholeAfterTheLastLabelLine() throws Exception {
        String text = PdfReader.read("form.pdf", page(
                row(new String[] {"Enw llawn", "Name in full:"}, new String[] {"Tegid Amberley"}),
                row(new String[] {"Y rheswm dros y cais", "Reason we are asking for a bed:"},
                        new String[] {"Her grandmother can no longer keep her after a fall", "and the flat is being sold."})))
                .text();
        assertThat(text).contains("Y rheswm dros y cais\nReason we are asking for a bed: Her grandmother can no longer keep "
                + "her after a fall and the flat is being sold.\n");
        assertThat(REFERRAL.read(PdfReader.read("form.pdf", page(
                row(new String[] {"Y rheswm dros y cais", "Reason we are asking for a bed:"},
                        new String[] {"Her grandmother can no longer keep her after a fall", "and the flat is being sold."}))))
                .values()).containsEntry(ReferralField.REASON,
                        "Her grandmother can no longer keep her after a fall and the flat is being sold.");
    }

    @Test
    void anAnswerOnOneLineBesideALabelAndItsHintStaysWhereThePagePutsIt() throws Exception {
        byte[] pdf = page(row(new String[] {"Name in full:", "as on their passport"}, new String[] {"Tegid Amberley"}));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper asThePageGivesIt = new PDFTextStripper();
            asThePageGivesIt.setSortByPosition(true);
            assertThat(PdfReader.read("form.pdf", pdf).text()).isEqualTo(asThePageGivesIt.getText(doc));
        }
    }

    private record Row(String[] label, String[] answer) {
    }

    private static Row row(String[] label, String[] answer) {
        return new Row(label, answer);
    }

    /** Each row a bordered label cell and answer cell, each cell's lines from its top, the shorter side centred. */
    private static byte[] page(Row... rows) throws Exception {
        float leading = 12;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float top = 740;
                for (Row r : rows) {
                    int lines = Math.max(r.label().length, r.answer().length);
                    float bottom = top - lines * leading - 6;
                    cs.addRect(LABEL_X, bottom, ANSWER_X - LABEL_X, top - bottom);
                    cs.addRect(ANSWER_X, bottom, RIGHT - ANSWER_X, top - bottom);
                    cs.stroke();
                    write(cs, font, LABEL_X + 3, top - 11 - (lines - r.label().length) * leading / 2, leading, r.label());
                    write(cs, font, ANSWER_X + 3, top - 11 - (lines - r.answer().length) * leading / 2, leading, r.answer());
                    top = bottom;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PDPageContentStream cs, PDType1Font font, float x, float y, float leading, String[] lines)
            throws Exception {
        for (int k = 0; k < lines.length; k++) {
            cs.beginText();
            cs.setFont(font, 9);
            cs.newLineAtOffset(x, y - k * leading);
            cs.showText(lines[k]);
            cs.endText();
        }
    }
}
