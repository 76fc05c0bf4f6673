package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper form copied into Word as boxes (issue 14, stop 53): each cell holds its label, a line break and the answer
 * under it, two or three boxes to a row, a long answer's box across the row. Each box is one label and its answer -
 * never one box's label and answer taken as the label of the box beside it. Rows of label | answer (a label in two
 * languages, an address over several lines, a label over its hint) stay label | answer. Wordings and values invented
 * for the test; each box written as Word writes a line break (Shift+Enter) in one paragraph.
 */
class ABoxHoldingLabelAndAnswerIsReadAsOnePairTest {

    static Stream<Arguments> boxes() {
        return Stream.of(
                // three boxes to a row
                Arguments.of(List.of("Child's full name:\nKieran Ashworth", "Date of birth\n03/07/2008", "Gender\nMale"),
                        List.of("Child's full name", "Kieran Ashworth", "Date of birth", "03/07/2008", "Gender", "Male")),
                Arguments.of(List.of("Worker's e-mail\nk.lee@council.test", "Worker's phone number\n07700 900123",
                        "TEAM\nLeaving Care East"), List.of("Worker's e-mail", "k.lee@council.test",
                        "Worker's phone number", "07700 900123", "TEAM", "Leaving Care East")),
                // two boxes and an empty one
                Arguments.of(List.of("Date placement needed\n14 March 2027", "Has the young person agreed to this?\nYes",
                        ""), List.of("Date placement needed", "14 March 2027", "Has the young person agreed to this?",
                        "Yes")),
                Arguments.of(List.of("Legal status (s20, s31, CL):\nCare leaver", "Social worker\nnot allocated", ""),
                        List.of("Legal status (s20, s31, CL)", "Care leaver", "Social worker", "not allocated")),
                // a long answer's box across the row
                Arguments.of(List.of("What has led to this referral?\nKieran's mum asked him to leave after a row;"
                        + " he has slept on a friend's sofa since Friday."), List.of("What has led to this referral?",
                        "Kieran's mum asked him to leave after a row; he has slept on a friend's sofa since Friday.")),
                Arguments.of(List.of("Is the young person a parent? (Y/N):\nNo", "", ""),
                        List.of("Is the young person a parent? (Y/N)", "No")),
                Arguments.of(List.of("Who else is working with him?\nYOT worker and the school nurse."),
                        List.of("Who else is working with him?", "YOT worker and the school nurse.")),
                // rows of label | answer stay so
                Arguments.of(List.of("Current address", "12 Mill Lane\nBanbury\nOX16 1AA"),
                        List.of("Current address", "12 Mill Lane\nBanbury\nOX16 1AA")),
                Arguments.of(List.of("Enw llawn\nFull name", "Gethin Pryce"), List.of("Enw llawn / Full name",
                        "Gethin Pryce")),
                Arguments.of(List.of("Placement address\n(include postcode)", "4 Park Road\nOX4 1AB"),
                        List.of("Placement address\n(include postcode)", "4 Park Road\nOX4 1AB")));
    }

    @ParameterizedTest
    @MethodSource("boxes")
    void eachBoxWrittenWithALineBreakIsOneLabelAndItsAnswer(List<String> cells, List<String> pairs) throws Exception {
        assertThat(pairs(read(cells, true))).isEqualTo(pairs);
    }

    /**
     * NOT_YET (stop 53): a box whose label and answer are two paragraphs, not one paragraph with a line break, is read
     * as one run of text ("Date of birth03/07/2008"): POI's cell text joins a cell's paragraphs with nothing between
     * them ({@link WordText#of(org.apache.poi.xwpf.usermodel.XWPFTableCell)}), so no line is left to split the box at.
     * The corpus's boxes use line breaks; when the cell's paragraphs are read as lines, this row states the rule.
     */
    @org.junit.jupiter.api.Test
    void notYetABoxWrittenAsTwoParagraphsIsReadAsOneRunOfText() throws Exception {
        assertThat(pairs(read(List.of("Date of birth\n03/07/2008", "Gender\nMale", "Team\nLeaving Care East"), false)))
                .as("NOT_YET: two paragraphs in a box").contains("Date of birth03/07/2008");
    }

    /**
     * The same boxes in a PDF, as LibreOffice exports a Word table of them (stop 54): each cell boxed, its label on one
     * line and its answer on the line under it, a long label or answer wrapped at the cell's edge. The page's text runs
     * one box's answer into the next box's label; the cell keeps its lines, so each box is one label and its answer,
     * a wrapped line is one value, and rows of label | answer stay so. Each form a few rows, cells' lines parted by "|".
     */
    static Stream<Arguments> pdfBoxes() {
        return Stream.of(
                // three boxes to a row, as a paper form's boxes
                Arguments.of(List.of(
                        new String[] {"Young person's name:|Jordan Pike", "D.O.B.|11/02/2008", "Local authority ref|LA-55021"},
                        new String[] {"Phone for the YP|07700 900456", "Worker's email|s.amin@council.test", "Team|Youth Justice"},
                        new String[] {"Consent given? (Y/N)|Y", "Date needed|3 May 2027", "Area wanted|Bicester"}),
                        List.of("Young person's name", "Jordan Pike", "D.O.B.", "11/02/2008", "Local authority ref", "LA-55021",
                                "Phone for the YP", "07700 900456", "Worker's email", "s.amin@council.test", "Team",
                                "Youth Justice", "Consent given? (Y/N)", "Y", "Date needed", "3 May 2027", "Area wanted",
                                "Bicester")),
                // a heading between rows of boxes, an empty box, a lone box across the row with its paragraph wrapped
                Arguments.of(List.of(
                        new String[] {"THE YOUNG PERSON"},
                        new String[] {"Full name|Amira Qureshi", "Date of birth|30-09-2007", ""},
                        new String[] {"Legal status|Section 20", "Pregnant or a parent?|No", ""},
                        new String[] {"Expecting a baby|Not known", "", ""},
                        new String[] {"Worker's mobile:", "Worker's email|k.obi@council.test", "Team|Leaving Care"},
                        new String[] {"What has happened to make them homeless?|" + WRAP},
                        new String[] {"Who else knows them well?|Her aunt and the school's pastoral lead."}),
                        List.of("Full name", "Amira Qureshi", "Date of birth", "30-09-2007", "Legal status", "Section 20",
                                "Pregnant or a parent?", "No", "Expecting a baby", "Not known", "Worker's email",
                                "k.obi@council.test", "Team", "Leaving Care", "What has happened to make them homeless?", WRAP,
                                "Who else knows them well?", "Her aunt and the school's pastoral lead.")),
                // a box's label too long for its cell, wrapped, over its answer
                Arguments.of(List.of(
                        new String[] {"Name of the resident who was involved in the event or incident|Tyler Brooks", "Time|21:40",
                                "Scheme|Marlow House"},
                        new String[] {"Resident's date of birth - dd/mm/yy|05/06/08", "Case no.|CN-90817",
                                "Severity|High"},
                        // a label ending too near its box's edge to tell from a wrap, beside boxes that tell
                        new String[] {"Name of the member of staff on duty that|Joanne Price", "Shift|Late",
                                "Room|4"},
                        new String[] {"Was anyone hurt, and if so who was hurt?|No one", "Police called?|Yes",
                                "Manager told?|Yes"}),
                        List.of("Name of the resident who was involved in the event or incident", "Tyler Brooks", "Time", "21:40", "Scheme",
                                "Marlow House", "Resident's date of birth - dd/mm/yy", "05/06/08", "Case no.", "CN-90817",
                                "Severity", "High", "Name of the member of staff on duty that", "Joanne Price", "Shift", "Late",
                                "Room", "4", "Was anyone hurt, and if so who was hurt?", "No one",
                                "Police called?", "Yes", "Manager told?", "Yes")),
                // rows of label | answer stay so, each answer one value (an address's lines too, as before: only a
                // row of boxes keeps its cells' lines)
                Arguments.of(List.of(
                        new String[] {"Name of young person", "Connor Fell"},
                        new String[] {"Current address", "9 Orchard Close|Kidlington|OX5 2BT"},
                        new String[] {"Reason for referral", WRAP},
                        new String[] {"Date of birth", "12/12/2007"}),
                        List.of("Name of young person", "Connor Fell", "Current address",
                                "9 Orchard Close Kidlington OX5 2BT", "Reason for referral", WRAP, "Date of birth",
                                "12/12/2007")));
    }

    /** A long answer, wrapped at its cell's edge in the PDF. */
    private static final String WRAP = "Her stepfather told her to leave on Sunday after a row about money and she has"
            + " been sofa surfing with friends from college since then, sleeping in a different place each night.";

    @ParameterizedTest
    @MethodSource("pdfBoxes")
    void eachBoxOfATablePrintedToPdfIsOneLabelAndItsAnswer(List<String[]> rows, List<String> pairs) throws Exception {
        CouncilTemplatePdf pdf = CouncilTemplatePdf.plainWordTable();
        rows.forEach(r -> pdf.row(wrapped(r)));
        LabelledDocument doc = PdfReader.readWithTables("boxes.pdf", pdf.bytes()).form();
        assertThat(pairs(doc)).isEqualTo(pairs);
    }

    /** Each cell's lines wrapped at the cell's edge as a word processor wraps them (the test PDF's font and size). */
    private static String[] wrapped(String[] cells) {
        float width = (CouncilTemplatePdf.PLAIN_RIGHT - CouncilTemplatePdf.PLAIN_LEFT) / cells.length
                - 2 * CouncilTemplatePdf.TEXT_INSET;
        String[] out = new String[cells.length];
        for (int c = 0; c < cells.length; c++) {
            List<String> lines = new java.util.ArrayList<>();
            for (String line : cells[c].split("\\|", -1)) {
                StringBuilder l = new StringBuilder();
                for (String word : line.split(" ")) {
                    if (l.length() > 0 && CouncilTemplatePdf.plainWidth(l + " " + word) > width) {
                        lines.add(l.toString());
                        l.setLength(0);
                    }
                    l.append(l.length() > 0 ? " " : "").append(word);
                }
                lines.add(l.toString());
            }
            out[c] = String.join("|", lines);
        }
        return out;
    }

    private static List<String> pairs(LabelledDocument doc) {
        return doc.entries().stream().filter(e -> !e.value().isBlank())
                .flatMap(e -> Stream.of(e.label(), e.value())).toList();
    }

    /** One table row of the cells given, under a title; a cell's lines as line breaks in one paragraph or paragraphs. */
    private static LabelledDocument read(List<String> cells, boolean lineBreaks) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Supported Lodgings Referral");
            XWPFTable t = doc.createTable();
            t.removeRow(0);
            XWPFTableRow headingRow = t.insertNewTableRow(0);
            headingRow.addNewTableCell().addParagraph().createRun().setText("DETAILS");
            XWPFTableRow row = t.insertNewTableRow(1);
            for (String cell : cells) {
                XWPFTableCell c = row.addNewTableCell();
                String[] lines = cell.split("\n");
                if (lineBreaks) {
                    XWPFRun run = c.addParagraph().createRun();
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            run.addBreak();
                        }
                        run.setText(lines[i], i);
                    }
                } else {
                    for (String line : lines) {
                        c.addParagraph().createRun().setText(line);
                    }
                }
            }
            doc.createParagraph().createRun().setText("Version 2 - March 2026");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return WordReader.read("boxes.docx", out.toByteArray());
        }
    }
}
