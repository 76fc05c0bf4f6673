package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letterhead set out as a table (stop 62): the document's maker's name beside a date or a form's code, in one row
 * of cells with no lines drawn, at the top of the page. It is no label and answer: the maker's name labels nothing. A
 * "Label: value" written in it is still read; the same row drawn as a table's box is label | answer as ever. Names and
 * values invented for the test.
 */
class ALetterheadTableIsNoLabelAndAnswerTest {

    @Test
    void aBorderlessRowAtTheTopOfTheDocumentIsALetterheadNotAPair() throws Exception {
        LabelledDocument doc = read(false, "Riverside Youth Homes", "form RF2 - rev. march");
        assertThat(doc.entries()).noneMatch(e -> e.label().equals("Riverside Youth Homes"));
        assertThat(doc.text()).contains("Riverside Youth Homes").contains("form RF2 - rev. march");
    }

    @Test
    void aLabelAndItsValueWrittenInALetterheadAreStillRead() throws Exception {
        LabelledDocument doc = read(false, "Riverside Youth Homes", "Our ref: RYH-0042");
        assertThat(doc.entries()).anyMatch(e -> e.label().equals("Our ref") && e.value().equals("RYH-0042"));
    }

    @Test
    void theSameRowWithItsLinesDrawnIsALabelAndItsAnswer() throws Exception {
        LabelledDocument doc = read(true, "Home town", "Witney");
        assertThat(doc.entries()).anyMatch(e -> e.label().equals("Home town") && e.value().equals("Witney"));
    }

    private static LabelledDocument read(boolean lines, String first, String second) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable t = doc.createTable();
            if (!lines && t.getCTTbl().getTblPr().isSetTblBorders()) {
                t.getCTTbl().getTblPr().unsetTblBorders();
            }
            if (!lines && t.getCTTbl().getTblPr().isSetTblStyle()) {
                t.getCTTbl().getTblPr().unsetTblStyle();
            }
            t.removeRow(0);
            XWPFTableRow row = t.insertNewTableRow(0);
            row.addNewTableCell().getParagraphs().get(0).createRun().setText(first);
            row.addNewTableCell().getParagraphs().get(0).createRun().setText(second);
            doc.createParagraph().createRun().setText("Lodgings Referral");
            doc.createParagraph().createRun().setText("Date of birth: 07/02/2010");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return WordReader.read("letterhead.docx", out.toByteArray());
        }
    }
}
