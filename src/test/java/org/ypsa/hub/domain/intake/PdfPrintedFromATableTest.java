package org.ypsa.hub.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.LabelledDocument;
import org.ypsa.hub.domain.documents.PdfReader;

/**
 * A Word form printed to PDF keeps its table's drawn borders: its cells are read as the Word table's are, so a label
 * or an answer wrapped over several lines of a narrow column is one label and one answer, never run into its
 * neighbour's lines as PDF text puts them side by side.
 */
class PdfPrintedFromATableTest {

    private static LabelledDocument read(InboundMail.Attachment pdf) throws Exception {
        return PdfReader.readWithTables(pdf.name(), pdf.bytes()).form();
    }

    @Test
    void aFormPrintedFromAWordTableIsReadCellByCellWithItsWrappedLabelsAndAnswersWhole() throws Exception {
        InboundMail.Attachment pdf = VoidReturnDocumentsTest.pdfTable("concern.pdf", List.of("Incident report"),
                new String[][] {
                        {"Resident's|full name", "Dafydd|Prosser"},
                        {"Born on", "3 May 2010"},
                        {"What took|place, in|full", "Smoke was|seen from|his room|at 2am"},
                        {"Who was|told", "Duty|manager"}});

        LabelledDocument form = read(pdf);

        assertThat(form.entries()).extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Resident's full name", "Dafydd Prosser"),
                        org.assertj.core.groups.Tuple.tuple("What took place, in full",
                                "Smoke was seen from his room at 2am"),
                        org.assertj.core.groups.Tuple.tuple("Who was told", "Duty manager"));
        assertThat(form.text()).as("the text as PDFBox extracts it, for the title and screening")
                .contains("Incident report");
    }

    @Test
    void aPdfMostlyOfLinesWithASmallTableIsReadAsLines() throws Exception {
        InboundMail.Attachment pdf = VoidReturnDocumentsTest.pdfTable("concern.pdf", List.of("Incident report",
                "Resident: Dafydd Prosser", "Born on: 3 May 2010", "Where: the lounge", "When: 2am",
                "Told: duty manager", "Police: no", "Ambulance: no"), new String[][] {
                        {"Staff", "A. Jones"}, {"Shift", "Night"}, {"Sign", "AJ"}});

        LabelledDocument form = read(pdf);

        assertThat(form.entries()).filteredOn(e -> e.label().equals("Resident")).extracting(LabelledDocument.Entry::where)
                .allMatch(w -> w.startsWith("line"));
    }

    @Test
    void aFormInBandsPrintedToPdfGivesEachLabelTheCellUnderIt() throws Exception {
        InboundMail.Attachment pdf = VoidReturnDocumentsTest.pdfTable("placement.pdf", List.of("Placement request"),
                new String[][] {
                        {"Home|address", "Date of|birth", "Allocated|worker"},
                        {"9 Quarry|Lane", "11/04/2009", "Ffion|Rees"},
                        {"Contact|number", "Team", "Gender"},
                        {"07700|900123", "Looked after|children", "Female"}});

        LabelledDocument form = read(pdf);

        assertThat(form.entries()).extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Home address", "9 Quarry Lane"),
                        org.assertj.core.groups.Tuple.tuple("Date of birth", "11/04/2009"),
                        org.assertj.core.groups.Tuple.tuple("Allocated worker", "Ffion Rees"),
                        org.assertj.core.groups.Tuple.tuple("Contact number", "07700 900123"),
                        org.assertj.core.groups.Tuple.tuple("Team", "Looked after children"));
    }
}
