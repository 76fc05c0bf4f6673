package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word form of boxes whose labels are set apart from their answers by type (stop 62): each cell its label in bold,
 * then the answer in plain type after a line break or in the next paragraph, two boxes to a row, the labels with no
 * colon, question mark or star. Each box is one label and its answer whatever the label's punctuation; a bold label
 * column beside a plain answer column stays label | answer, and a bold section row over boxes is their heading.
 * Wordings and values invented for the test; "**" marks the bold part of a cell, "|" a line break.
 */
class BoldLabelsOverPlainAnswersAreBoxesTest {

    @Test
    void twoBoxesToARowWithUnmarkedBoldLabelsAreTwoPairs() throws Exception {
        LabelledDocument doc = read(List.of(List.of("**Date of birth|07/02/2010", "**Home town|Witney")), true);
        assertThat(pairs(doc)).containsExactly("Date of birth", "07/02/2010", "Home town", "Witney");
    }

    @Test
    void aBoldLabelWithItsPlainAnswerInTheNextParagraphIsOnePair() throws Exception {
        LabelledDocument doc = read(List.of(List.of("**Worker's phone|07700 900456", "**Team name|Leaving Care North")),
                false);
        assertThat(pairs(doc)).containsExactly("Worker's phone", "07700 900456", "Team name", "Leaving Care North");
    }

    @Test
    void aChoiceOfBoxesUnderABoldLabelIsThatLabelsAnswer() throws Exception {
        LabelledDocument doc = read(List.of(List.of("**Sex of the young person|\u2610 Female \u2612 Male",
                "**Any children|\u2610 Yes \u2612 No")), true);
        assertThat(pairs(doc)).containsExactly("Sex of the young person", "\u2610 Female \u2612 Male", "Any children",
                "\u2610 Yes \u2612 No");
    }

    @Test
    void aBoldSectionRowOverBoxesIsTheirHeadingNotALabel() throws Exception {
        LabelledDocument doc = read(List.of(List.of("**Their allocated worker"),
                List.of("**Worker's e-mail|p.shah@council.test", "**Worker's phone|01865 000111")), true);
        assertThat(pairs(doc)).containsExactly("Worker's e-mail", "p.shah@council.test", "Worker's phone",
                "01865 000111");
        assertThat(doc.entries()).allSatisfy(e -> assertThat(e.label()).isNotEqualTo("Their allocated worker"));
    }

    @Test
    void aBoldLabelColumnBesideAPlainAnswerColumnStaysLabelAndAnswer() throws Exception {
        LabelledDocument doc = read(List.of(List.of("**Home town", "Witney"), List.of("**Date of birth", "07/02/2010")),
                true);
        assertThat(pairs(doc)).containsExactly("Home town", "Witney", "Date of birth", "07/02/2010");
    }

    @Test
    void aBoldLabelOverItsHintInPlainTypeIsNoBoxTheRowUnderHoldsTheAnswers() throws Exception {
        LabelledDocument doc = read(List.of(List.of("**Full name|(first name, SURNAME)", "**Date of birth|"),
                List.of("Ellie-Mae GODDARD", "04/04/2009"), List.of("**Gender|", "**LCS no.|"), List.of("Female", "1176230")),
                true);
        java.util.Map<org.ypsa.hub.domain.referrals.ReferralField, String> f = FieldCatalog.shipped(
                org.ypsa.hub.domain.referrals.ReferralField.class, "referral").read(doc).values();
        assertThat(f).containsEntry(org.ypsa.hub.domain.referrals.ReferralField.FULL_NAME, "Ellie-Mae GODDARD")
                .containsEntry(org.ypsa.hub.domain.referrals.ReferralField.DATE_OF_BIRTH, "04/04/2009");
    }

    @Test
    void aBoxStillShowingItsHintBesideAnAnsweredBoxLeavesTheRowBoxes() throws Exception {
        LabelledDocument doc = read(List.of(List.of("**LCS number|Leave blank if not known to social care", "**Gender|Male"),
                List.of("**Date of birth|07/02/2010", "**Home town|Witney")), true);
        assertThat(pairs(doc)).containsSubsequence("Gender", "Male");
        assertThat(doc.entries()).noneMatch(e -> e.value().contains("Gender"));
    }

    private static List<String> pairs(LabelledDocument doc) {
        return doc.entries().stream().filter(e -> !e.value().isBlank())
                .flatMap(e -> Stream.of(e.label(), e.value())).toList();
    }

    /** Rows of cells under a title; "**" opens a cell's bold part, "|" ends it, as a line break or a new paragraph. */
    private static LabelledDocument read(List<List<String>> rows, boolean lineBreaks) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Lodgings Referral");
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = t.insertNewTableRow(r);
                for (String cell : rows.get(r)) {
                    XWPFTableCell c = row.addNewTableCell();
                    XWPFParagraph p = c.getParagraphs().isEmpty() ? c.addParagraph() : c.getParagraphs().get(0);
                    String text = cell;
                    if (text.startsWith("**")) {
                        String[] parts = text.substring(2).split("\\|", 2);
                        XWPFRun bold = p.createRun();
                        bold.setBold(true);
                        bold.setText(parts[0]);
                        text = parts.length > 1 ? parts[1] : "";
                        if (!text.isEmpty()) {
                            XWPFRun plain = (lineBreaks ? p : c.addParagraph()).createRun();
                            if (lineBreaks) {
                                plain.addBreak();
                            }
                            plain.setText(text);
                        }
                    } else {
                        p.createRun().setText(text);
                    }
                }
            }
            doc.createParagraph().createRun().setText("Version 3");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return WordReader.read("boxes.docx", out.toByteArray());
        }
    }
}
