package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.support.TestPdfPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online form printed to PDF from a browser (issue 14): the browser's line at the top and its footer (the page's
 * address and "1/1"), each question a line of its own in bold with or without a colon, its answer in a box drawn under
 * it, a yes/no question answered by radio buttons on the line under it, a button at the end. Wordings invented for the
 * test.
 */
class AnOnlineFormPrintedFromABrowserTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static final String[][] FORM = {
            {"S", "04/12/2026, 10:15      Housing Referral (16-25) | Council Online Services"},
            {"B16", "Housing Referral (16-25)"},
            {"B", "Full name of the young person *"}, {"box", "Tegid Amberley"},
            {"B", "Date of birth"}, {"box", "04/05/2009"},
            {"B", "LCS number"}, {"box", "8812345"},
            {"B", "Where the young person is staying now"}, {"box", "12 Mill Lane, Witney, OX28 1AB"},
            {"B", "Is the young person a parent? (Y/N) *"}, {"", "(\u2022) Yes    ( ) No"},
            {"B14", "Part 2 - About you"},
            {"B", "Name of referrer"}, {"box", "Rhian Okafor"},
            {"B", "Referrer's team"}, {"box", "Leaving Care Team"},
            {"B", "Reason for referral"}, {"box", "Her tenancy ended and she has nowhere to stay."},
            {"B", "[ Submit ]"},
            {"F", "https://forms.council.test/apply/housing-referral?submission=448812      1/1"}};

    @Test
    void aQuestionOverItsAnswerBoxIsALabelAndTheAnswerEndsWithTheBox() throws Exception {
        var values = REFERRAL.read(PdfReader.read("referral.pdf", page(true, FORM))).values();
        assertThat(values).containsEntry(ReferralField.FULL_NAME, "Tegid Amberley")
                .containsEntry(ReferralField.LCS_NUMBER, "8812345")
                .containsEntry(ReferralField.CURRENT_ADDRESS, "12 Mill Lane, Witney, OX28 1AB")
                .containsEntry(ReferralField.REFERRER_NAME, "Rhian Okafor")
                .containsEntry(ReferralField.ORGANISATION, "Leaving Care Team")
                .containsEntry(ReferralField.REASON, "Her tenancy ended and she has nowhere to stay.");
    }

    @Test
    void aQuestionOverALineOfRadioButtonsIsALabelWhoseHintIsNoAnswer() throws Exception {
        String text = PdfReader.read("referral.pdf", page(true, FORM)).text();
        assertThat(text).contains("Is the young person a parent? (Y/N) *:\n(\u2022) Yes    ( ) No\n");
        var values = REFERRAL.read(PdfReader.read("referral.pdf", page(true, FORM))).values();
        assertThat(values.get(ReferralField.PARENT)).contains("Yes").doesNotContain("Y/N");
    }

    @Test
    void theBrowsersFooterWithTheAddressAndPageNumberIsNoPartOfTheForm() throws Exception {
        String text = PdfReader.read("referral.pdf", page(true, FORM)).text();
        assertThat(text).doesNotContain("https://forms.council.test").doesNotContain("448812");
        assertThat(PageFurniture.carriesPageNumber("https://forms.council.test/apply?submission=1 2/3", 2, 3)).isTrue();
        assertThat(PageFurniture.carriesPageNumber("https://forms.council.test/apply?submission=1 2/3", 1, 3)).isFalse();
        assertThat(PageFurniture.carriesPageNumber("See https://www.council.test/housing", 1, 1)).isFalse();
    }

    @Test
    void aFormWithOneFrameDrawnRoundItIsNoFormOfAnswerBoxes() throws Exception {
        // a frame round the whole page is one box, not three answer boxes: the lines are read as before
        String[][] framed = {{"B", "Name of referrer"}, {"", "Rhian Okafor"}, {"B", "Referrer's team"}, {"", "Leaving Care Team"}};
        assertThat(PdfReader.read("referral.pdf", page(false, framed, true)).text()).doesNotContain("Name of referrer:");
    }

    @Test
    void aTableOfOneCellRowsIsNoFormOfAnswerBoxes() throws Exception {
        // a Word form printed with a table of one column: its rows touch, each a box, and are read as before
        String[][] rows = {{"row", "Name of referrer"}, {"row", "Rhian Okafor"}, {"row", "Referrer's team"},
                {"row", "Leaving Care Team"}, {"row", "Reason for referral"}, {"row", "Her tenancy ended."}};
        String text = PdfReader.read("referral.pdf", page(true, rows)).text();
        assertThat(text).doesNotContain("Name of referrer:").doesNotContain("Rhian Okafor\n\n");
    }

    private static byte[] page(boolean boxes, String[][] lines) throws Exception {
        return page(boxes, lines, false);
    }

    /**
     * Each line: its style ("B" bold, "B14"/"B16" bold and larger, "S" small at the top, "F" small at the foot, "box"
     * plain in a box drawn round it, "" plain) and its words, one under another.
     */
    private static byte[] page(boolean boxes, String[][] lines, boolean frame) throws Exception {
        return TestPdfPage.pdf(p -> {
            if (frame) {
                p.box(45, 100, 500, 660);
            }
            float y = 740;
            for (String[] l : lines) {
                float at = l[0].equals("F") ? 30 : y;
                if (l[0].equals("box") && boxes) {
                    p.box(48, at - 5, 480, 17);
                } else if (l[0].equals("row")) {
                    p.box(48, at - 5, 480, 17); // the rows of a table: each box's top the bottom of the one above
                }
                p.text(l[0].startsWith("B"), l[0].equals("B16") ? 16 : l[0].equals("B14") ? 14
                        : l[0].equals("S") || l[0].equals("F") ? 7 : 10, l[0].equals("box") ? 52 : 50, at, l[1]);
                y -= l[0].equals("box") ? 22 : 17;
            }
        });
    }
}
