package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council template's rows across the table, one cell each, paired by their layout (stop 50, layout50): which row is a
 * label, which its answer, which a heading. Each test a rule, with the layout that must stay as it was. Wordings and
 * people invented for the test.
 */
class TemplateRowsPairedByTheirLayoutTest {

    @Test
    void aRowEndingAsALabelIsNeverTheAnswerOfTheRowOverIt() throws Exception {
        Map<String, String> read = read("About the young person", "Full name:", "Dylan Morgan", "Why now?",
                "Presenting need - why does the young person need a place *",
                "Dad has asked him to leave after a row about money and he is staying with a friend.");
        assertThat(read).doesNotContainKey("Why now?");
        assertThat(read).containsEntry("Presenting need - why does the young person need a place",
                "Dad has asked him to leave after a row about money and he is staying with a friend.");
    }

    @Test
    void aPhraseAnsweredByASentenceIsALabelAndTheQuestionOverItAHeading() throws Exception {
        Map<String, String> read = read("About the young person", "Full name:", "Dylan Morgan", "Why now?",
                "Presenting issue - why the young person needs a place",
                "Dad has asked him to leave after a row about money and he is staying with a friend.");
        assertThat(read).doesNotContainKey("Why now?");
        assertThat(read).containsEntry("Presenting issue - why the young person needs a place",
                "Dad has asked him to leave after a row about money and he is staying with a friend.");
    }

    @Test
    void aShortAnswerUnderAQuestionStaysItsAnswer() throws Exception {
        // the row after the answer is the next label, with no sentence: the answer is not taken for a label
        Map<String, String> read = read("About the young person", "Which gender does the young person identify with?",
                "female", "Child's number on the case system, if you know it", "7947777");
        assertThat(read).containsEntry("Which gender does the young person identify with?", "female");
    }

    @Test
    void aValueTypedInItsShapeAnswersALabelRowWithNoColon() throws Exception {
        Map<String, String> read = read("About you", "Where should we send the outcome", "j.rees@council.test",
                "Mobile or desk number", "01632 960 123", "Date the placement should start", "14/12/2026",
                "Last known address of the young person", "12 Heol y Felin, Llanelli, SA15 3AB");
        assertThat(read).containsEntry("Where should we send the outcome", "j.rees@council.test")
                .containsEntry("Mobile or desk number", "01632 960 123")
                .containsEntry("Date the placement should start", "14/12/2026")
                .containsEntry("Last known address of the young person", "12 Heol y Felin, Llanelli, SA15 3AB");
    }

    @Test
    void aNameAnswersALabelRowEndingInName() throws Exception {
        Map<String, String> read = read("About you", "Form completed by - your name", "Nerys Pugh", "Anything else", "");
        assertThat(read).containsEntry("Form completed by - your name", "Nerys Pugh");
    }

    @Test
    void aHeadingOverAnUnmarkedLabelStaysAHeading() throws Exception {
        Map<String, String> read = read("Referral form", "About you", "Your name", "Nerys Pugh", "Your role:", "Housing officer");
        assertThat(read).doesNotContainKey("About you").doesNotContainKey("Referral form");
        assertThat(read).containsEntry("Your role", "Housing officer");
    }

    @Test
    void aLabelWrappedOverTwoRowsIsOneLabel() throws Exception {
        Map<String, String> read = read("About the young person", "Reason for referral - what has happened and why does the",
                "young person need a place now?", "Dad has asked him to leave after a row about money.");
        assertThat(read).containsEntry(
                "Reason for referral - what has happened and why does the young person need a place now?",
                "Dad has asked him to leave after a row about money.");
    }

    @Test
    void anAnswerLeftEmptyMakesItsLabelNoHeadingOfTheRowsUnderIt() throws Exception {
        Map<String, String> read = read("About the young person", "Is exploitation suspected?", "",
                "Any drug or alcohol use?", "\u00a0", "Offending", "-", "Convictions or pending charges",
                "Released under investigation in October.");
        assertThat(read).containsEntry("Is exploitation suspected?", "").containsEntry("Any drug or alcohol use?", "")
                .containsEntry("Offending", "");
        assertThat(sections).containsEntry("Convictions or pending charges", "About the young person");
    }

    @Test
    void oneOfTheChoicesItsLabelOffersAnswersIt() throws Exception {
        Map<String, String> read = read("About the young person", "Why now?", "Homeless today or threatened", "homeless",
                "Your concerns:", "Sleeping in a car park for two nights.");
        assertThat(read).containsEntry("Homeless today or threatened", "homeless").doesNotContainKey("Why now?");
    }

    @Test
    void aShortPhraseOverARowMarkedAsTheNextLabelAnswersTheRowOverIt() throws Exception {
        Map<String, String> read = read("About the young person", "District council area", "West Oxon",
                "Care status of the young person:", "Child in need");
        assertThat(read).containsEntry("District council area", "West Oxon")
                .containsEntry("Care status of the young person", "Child in need");
    }

    @Test
    void aQuestionAfterAShortLabelsColonIsPartOfTheLabel() throws Exception {
        Map<String, String> read = read("About the young person", "Asylum: did the young person arrive without a parent?",
                "[ ] Y [X] N");
        assertThat(read).containsEntry("Asylum: did the young person arrive without a parent?", "[ ] Y [X] N");
    }

    private final Map<String, String> sections = new LinkedHashMap<>();

    /** The rows, one cell across a two-column table each, read to label => answer (the last of a label kept). */
    private Map<String, String> read(String... rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Supported Accommodation Referral");
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            for (String text : rows) {
                XWPFTableRow r = t.insertNewTableRow(t.getNumberOfRows());
                XWPFTableCell c = r.addNewTableCell();
                c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
                c.getParagraphs().get(0).createRun().setText(text);
            }
            doc.write(out);
            LabelledDocument d = WordReader.read("form.docx", out.toByteArray());
            Map<String, String> read = new LinkedHashMap<>();
            for (LabelledDocument.Entry e : d.entries()) {
                read.put(e.label(), e.value());
                sections.put(e.label(), e.section());
            }
            return read;
        }
    }

    @Test
    void theRowsAreReadFromOneCellAcrossTheTable() throws Exception {
        assertThat(read("About you", "Your role:", "Housing officer")).containsEntry("Your role", "Housing officer");
        assertThat(List.copyOf(sections.values())).containsOnly("About you");
    }
}
