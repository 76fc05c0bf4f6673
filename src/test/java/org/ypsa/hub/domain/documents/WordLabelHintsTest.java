package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** The guidance a form prints in a label cell, after the label, is no part of the label or of its value. */
class WordLabelHintsTest {

    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private interface Cell {
        void fill(XWPFParagraph first, org.apache.poi.xwpf.usermodel.XWPFTableCell cell);
    }

    private static LabelledDocument form(Cell label, String value) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(1, 2);
            XWPFTableRow row = table.getRow(0);
            label.fill(row.getCell(0).getParagraphs().get(0), row.getCell(0));
            row.getCell(1).getParagraphs().get(0).createRun().setText(value);
            doc.write(out);
            return WordReader.read("f.docx", out.toByteArray());
        }
    }

    @Test
    void aHintInItalicsOnTheLineUnderTheLabelIsDropped() throws Exception {
        LabelledDocument doc = form((p, cell) -> {
            p.createRun().setText("Young person's full name:");
            var hint = cell.addParagraph().createRun();
            hint.setText("Write it as it is on their birth certificate");
            hint.setItalic(true);
        }, "Rowan Pike");
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::label).containsExactly("Young person's full name");
        assertThat(REFERRAL.read(doc).values()).containsEntry(ReferralField.FULL_NAME, "Rowan Pike");
    }

    @Test
    void aHintInSmallerTypeAfterTheLabelOnItsLineIsDropped() throws Exception {
        LabelledDocument doc = form((p, cell) -> {
            var bold = p.createRun();
            bold.setText("Date of birth ");
            bold.setBold(true);
            bold.setFontSize(11);
            var hint = p.createRun();
            hint.setText("day, month and year, e.g. 03/04/2009");
            hint.setFontSize(8);
        }, "03/04/2009");
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::label).containsExactly("Date of birth");
    }

    @Test
    void aBracketSayingWhoseTheFieldIsIsPartOfTheLabelUnderAnotherPartysHeading() {
        String heading = "Part 1 - The young person";
        assertThat(REFERRAL.matchUnder("Full name (you, the referrer)", heading)).contains(ReferralField.REFERRER_NAME);
        assertThat(REFERRAL.matchUnder("Name (referrer)", heading)).contains(ReferralField.REFERRER_NAME);
        assertThat(REFERRAL.matchUnder("Name (if not the referrer)", heading)).isNotEqualTo(java.util.Optional.of(ReferralField.REFERRER_NAME));
    }

    @Test
    void aLabelOverTwoParagraphsInTheSameTypeIsKeptWhole() throws Exception {
        LabelledDocument doc = form((p, cell) -> {
            p.createRun().setText("Young person's");
            cell.addParagraph().createRun().setText("full name");
        }, "Rowan Pike");
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::label).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("Young person's").endsWith("full name");
    }
}
