package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.support.TestPdfPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word form printed to PDF with its questions as paragraphs (issue 14): each label a line in bold with no colon, its
 * answer on the line under it. The label is read as one with a colon, so its answer stops at the next label. Wordings
 * invented for the test.
 */
class PdfBoldLabelsTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void aLineInBoldOverAnAnswerInPlainTypeIsALabelAndItsAnswerStopsAtTheNextLabel() throws Exception {
        byte[] pdf = page(new String[][] {
                {"B16", "Supported Accommodation Application"},
                {"B", "Section A - Young person"},
                {"B", "Name of the young person"}, {"", "Tegid Amberley"},
                {"B", "Date of birth"}, {"", "04/05/2009"},
                {"B", "Where the young person is staying now"}, {"", "12 Mill Lane, Witney"},
                {"B", "Unaccompanied asylum seeker (Y/N)"}, {"", "No"},
                {"B", "Referring worker's name"}, {"", "Rhian Okafor"},
                {"B", "Referrer's team"}, {"", "Leaving Care Team"}});
        String text = PdfReader.read("form.pdf", pdf).text();
        assertThat(text).contains("Referring worker's name:\nRhian Okafor\n").contains("Section A - Young person\n")
                .contains("Supported Accommodation Application\n");
        var values = REFERRAL.read(PdfReader.read("form.pdf", pdf)).values();
        assertThat(values).containsEntry(ReferralField.REFERRER_NAME, "Rhian Okafor")
                .containsEntry(ReferralField.CURRENT_ADDRESS, "12 Mill Lane, Witney")
                .containsEntry(ReferralField.ORGANISATION, "Leaving Care Team");
        assertThat(values.get(ReferralField.UASC)).isEqualTo("No");
    }

    @Test
    void aBoldHeadingOverPlainLabelsInADrawnTableStaysAHeading() throws Exception {
        // tuned5 t5-sg-006 (its description left out) routed the heading "The incident" as the description
        String[][] lines = {{"B", "Young person"}, {"", "Full name of the resident Aelwen Wetherell"},
                {"B", "The incident"}, {"", "Date on which the event"}, {"", "happened 8-Jan-2027"},
                {"B", "Actions"}, {"", "Taken in response Room checks increased"}};
        assertThat(PdfReader.read("form.pdf", page(lines)).text()).contains("The incident:");
        assertThat(PdfReader.read("form.pdf", page(true, lines)).text()).doesNotContain("The incident:")
                .doesNotContain("Young person:").contains("The incident\n");
    }

    /**
     * A case system's print (issue 14, stop 55): a bold heading over "Label ..... answer" lines is a heading, the line
     * under it a label of its own with its leader standing for the colon, never the heading's answer.
     */
    @Test
    void aBoldHeadingOverALabelWithItsLeaderAndAnswerStaysAHeading() throws Exception {
        String text = PdfReader.read("print.pdf", page(new String[][] {
                {"B", "ABOUT THE YOUNG PERSON"}, {"", "Name of the young person __________ Tegid Amberley"},
                {"B", "ABOUT THE REFERRER"}, {"", "Referring worker's name __________ Rhian Okafor"},
                {"B", "WHAT HAS BEEN TRIED"}, {"", "Family group conference __________ Yes"}})).text();
        assertThat(text).doesNotContain("ABOUT THE YOUNG PERSON:").doesNotContain("ABOUT THE REFERRER:")
                .contains("ABOUT THE YOUNG PERSON\n");
    }

    private static byte[] page(String[][] lines) throws Exception {
        return page(false, lines);
    }

    /** Each line: its style ("B" bold, "B16" bold and larger, "" plain) and its words, one under another. */
    private static byte[] page(boolean bordered, String[][] lines) throws Exception {
        return TestPdfPage.pdf(p -> {
            if (bordered) {
                p.box(45, 100, 500, 660); // the form's lines in a drawn table
            }
            float y = 740;
            for (String[] l : lines) {
                p.text(l[0].startsWith("B"), l[0].equals("B16") ? 16 : 10, 50, y, l[1]);
                y -= l[0].equals("B16") ? 24 : 15;
            }
        });
    }
}
