package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form of lines to write on, typed over (stop 62): the answer typed over the start of a line of underscores, the rest
 * of the line left; two short questions to a line, spaced apart; the answer typed in a colour of its own, straight after
 * the label's words with no colon, or on the line under its label. The underscores are blanks and separators, never
 * part of a label or an answer; two questions on a line are two pairs. Wordings and values invented for the test.
 */
class AnswersTypedOverLinesToWriteOnTest {
    private static final String INK = "2E74B5";
    private static final String GAP = "\u00a0\u00a0\u00a0\u00a0";

    @Test
    void twoQuestionsOnALineAreTwoFields() {
        assertThat(Leaders.inLines(new String[] {"Name: ____Jo Bloggs____" + GAP + "DOB: ___1/2/09___"}))
                .containsExactly("Name: Jo Bloggs", "DOB: 1/2/09");
        assertThat(Leaders.inLines(new String[] {"Postcode: OX4 1AB__________      Phone: 01865 000222______"}))
                .containsExactly("Postcode: OX4 1AB", "Phone: 01865 000222");
    }

    @Test
    void whatIsLeftOfARuleToWriteOnIsABlankLine() {
        assertThat(Leaders.inLine("_")).isEmpty();
        assertThat(Leaders.inLine(" _ ")).isEmpty();
    }

    @Test
    void aLeaderWithAGapBeforeAPlainAnswerIsOneField() {
        assertThat(Leaders.inLines(new String[] {"Home town ________      Witney"})).containsExactly("Home town: Witney");
    }

    @Test
    void anAnswerInItsOwnColourAfterTheLabelsWordsIsSetApartFromThem() throws Exception {
        LabelledDocument doc = read(d -> {
            XWPFParagraph p = d.createParagraph();
            p.createRun().setText("full name of the young person ");
            ink(p, "Tomasz Wren");
            p.createRun().setText("______________" + GAP + "their date of birth ");
            ink(p, "4.5.09");
            p.createRun().setText("______________");
        });
        assertThat(pairs(doc)).containsExactly("full name of the young person", "Tomasz Wren", "their date of birth",
                "4.5.09");
    }

    @Test
    void anAnswerInItsOwnColourOverTheLineUnderItsLabelIsThatLabelsAnswer() throws Exception {
        LabelledDocument doc = read(d -> {
            d.createParagraph().createRun().setText("what has happened to bring this about");
            XWPFParagraph p = d.createParagraph();
            ink(p, "Left the family home after a row and has been sofa surfing since");
            p.createRun().setText("_____________________");
            d.createParagraph().createRun().setText("______________________________________________");
        });
        assertThat(pairs(doc)).containsExactly("what has happened to bring this about",
                "Left the family home after a row and has been sofa surfing since");
    }

    private static void ink(XWPFParagraph p, String text) {
        var run = p.createRun();
        run.setColor(INK);
        run.setText(text);
    }

    private static List<String> pairs(LabelledDocument doc) {
        return doc.entries().stream().filter(e -> !e.value().isBlank())
                .flatMap(e -> Stream.of(e.label(), e.value())).toList();
    }

    private interface Body {
        void write(XWPFDocument doc);
    }

    private static LabelledDocument read(Body body) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Lodgings Referral");
            doc.createParagraph();
            body.write(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return WordReader.read("lines.docx", out.toByteArray());
        }
    }
}
