package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word form printed to PDF (issue 14): every page prints a running header and footer around the form, and an answer
 * may break over the page, going on under the next page's header, with "(continued)" or an empty label cell before
 * it. The header and footer are no part of the form, and the answer is read whole. Wordings invented for the test.
 */
class PageFurnitureTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final float LABEL_X = 40;
    private static final float ANSWER_X = 240;
    private static final float RIGHT = 560;

    @Test
    void aHeaderAndFooterPrintedOnEveryPageAreReadOutExceptTheFirstPagesHeader() throws Exception {
        byte[] pdf = pdf(
                page(1, List.of(row("Name in full:", "Tegid Amberley"), row("Reason for referral:", "Her mother has moved"))),
                page(2, List.of(row("Date needed:", "14/01/2027"), row("Consent given:", "Yes"))));
        String text = PdfReader.read("form.pdf", pdf).text();
        assertThat(text).startsWith("Shire County Council");
        assertThat(text).doesNotContain("Page 1 of 2").doesNotContain("Page 2 of 2").doesNotContain("SC/YP/04");
        assertThat(text.split("OFFICIAL - SENSITIVE", -1)).hasSize(2);
        assertThat(text).contains("Her mother has moved\nDate needed: 14/01/2027");
    }

    @Test
    void aTablesRowsKeepNoPageFurnitureAsLabels() throws Exception {
        byte[] pdf = pdf(
                page(1, List.of(row("Name in full:", "Tegid Amberley"), row("Reason for referral:", "Her mother has moved"),
                        row("Gender:", "F"))),
                page(2, List.of(row("Date needed:", "14/01/2027"), row("Consent given:", "Yes"))));
        List<String> labels = PdfReader.readWithTables("form.pdf", pdf).form().entries().stream()
                .map(LabelledDocument.Entry::label).toList();
        assertThat(labels).contains("Name in full", "Date needed", "Consent given");
        assertThat(labels).noneMatch(l -> l.contains("Page") || l.contains("Shire") || l.contains("SC/YP"));
    }

    @Test
    void anAnswerBrokenOverThePageInATableRowWithAnEmptyLabelCellIsReadWhole() throws Exception {
        byte[] pdf = pdf(
                page(1, List.of(row("Name in full:", "Tegid Amberley"), row("Gender:", "F"),
                        row("Reason for referral:", "Her mother has moved into a flat"))),
                page(2, List.of(row("", "with no room for her."), row("Date needed:", "14/01/2027"))));
        DocumentViews views = PdfReader.readWithTables("form.pdf", pdf);
        assertThat(views.form().text()).contains("Reason for referral: Her mother has moved into a flat with no room for her.\n");
        assertThat(REFERRAL.read(views.form()).values())
                .containsEntry(ReferralField.REASON, "Her mother has moved into a flat with no room for her.");
    }

    @Test
    void anAnswerBrokenOverThePageWithContinuedInItsLabelCellIsReadWhole() throws Exception {
        byte[] pdf = pdf(
                page(1, List.of(row("Name in full:", "Tegid Amberley"), row("Gender:", "F"),
                        row("Reason for referral:", "Her mother has moved into a flat"))),
                page(2, List.of(row("(continued)", "with no room for her."), row("Date needed:", "14/01/2027"))));
        DocumentViews views = PdfReader.readWithTables("form.pdf", pdf);
        assertThat(views.form().text()).doesNotContain("continued");
        assertThat(REFERRAL.read(views.form()).values())
                .containsEntry(ReferralField.REASON, "Her mother has moved into a flat with no room for her.");
    }

    @Test
    void anAnswerBrokenOverThePageAsParagraphsGoesOnWithoutItsContinuedMark() throws Exception {
        byte[] pdf = pdf(
                page(1, List.of(line("Name in full: Tegid Amberley"), line("Reason for referral:"),
                        line("Her mother has moved into a flat"))),
                page(2, List.of(line("(cont.) with no room for her."), line("Date needed: 14/01/2027"))));
        String text = PdfReader.read("form.pdf", pdf).text();
        assertThat(text).contains("Reason for referral:\nHer mother has moved into a flat\nwith no room for her.\nDate needed");
    }

    @Test
    void aOnePageFormKeepsEveryLineButAPageNumberPrintedAlone() throws Exception {
        byte[] pdf = pdf(new Page(List.of("Name in full: Tegid Amberley"), List.of(row("Gender:", "F"), line("3/4")),
                List.of("Signed: R Okafor", "Page 1 of 1")));
        String text = PdfReader.read("form.pdf", pdf).text();
        assertThat(text).startsWith("Name in full: Tegid Amberley\n").contains("3/4").contains("Signed: R Okafor")
                .doesNotContain("Page 1 of 1");
    }

    @Test
    void aOnePageFormsFooterOpeningOrEndingWithThePagesNumberIsReadOut() throws Exception {
        for (String footer : List.of("Page 1 of 1\tForm SC/YP/04 v3.1", "Form SC/YP/04 v3.1\t1 | Page")) {
            byte[] pdf = pdf(new Page(List.of("Referral form"), List.of(row("Name in full:", "Tegid Amberley"),
                    row("Gender:", "F"), row("Date needed:", "14/01/2027")), List.of(footer)));
            DocumentViews views = PdfReader.readWithTables("form.pdf", pdf);
            assertThat(views.form().text()).as(footer).doesNotContain("SC/YP/04").contains("Date needed: 14/01/2027");
            assertThat(views.form().entries()).as(footer).noneMatch(e -> (e.label() + e.value()).contains("SC/YP/04"));
        }
        assertThat(PageFurniture.carriesPageNumber("Page 2 of 3 Form SC/YP/04", 2, 3)).isTrue();
        assertThat(PageFurniture.carriesPageNumber("Form SC/YP/04 - 2 -", 2, 3)).isTrue();
        assertThat(PageFurniture.carriesPageNumber("Page 2 of 3 Form SC/YP/04", 1, 3)).isFalse();
        assertThat(PageFurniture.carriesPageNumber("See the plan attached, page 1", 1, 1)).isFalse();
    }

    @Test
    void aLineTwoPagesPrintAtTheSameHeightInsideTheFormIsNoFurniture() throws Exception {
        byte[] pdf = pdf(
                page(1, List.of(row("Name in full:", "Tegid Amberley"), row("Known to police:", "Yes"),
                        row("Gender:", "F"), row("Parent:", "No"), row("Consent given:", "Yes"))),
                page(2, List.of(row("Date needed:", "14/01/2027"), row("Known to police:", "Yes"),
                        row("Gender:", "F"), row("Parent:", "No"), row("Consent given:", "Yes"))));
        String text = PdfReader.read("form.pdf", pdf).text();
        assertThat(text.split("Known to police: Yes", -1)).hasSize(3);
        assertThat(text.split("Consent given: Yes", -1)).hasSize(3);
    }

    @Test
    void aPageNumberAloneIsThePagesOwn() {
        assertThat(PageFurniture.isPageNumber("Page 2 of 3", 2, 3)).isTrue();
        assertThat(PageFurniture.isPageNumber("- 2 -", 2, 3)).isTrue();
        assertThat(PageFurniture.isPageNumber("2/3", 2, 3)).isTrue();
        assertThat(PageFurniture.isPageNumber("2 | Page", 2, 3)).isTrue();
        assertThat(PageFurniture.isPageNumber("2/3", 1, 3)).isFalse();
        assertThat(PageFurniture.isPageNumber("3/4", 1, 1)).isFalse();
        assertThat(PageFurniture.isPageNumber("2", 2, 3)).isFalse();
    }

    @Test
    void aContinuedMarkIsReadOffALinesStartOnly() {
        assertThat(PageFurniture.withoutContinuedMark("(continued) with no room")).isEqualTo("with no room");
        assertThat(PageFurniture.withoutContinuedMark("(cont.) with no room")).isEqualTo("with no room");
        assertThat(PageFurniture.withoutContinuedMark("Continued from previous page: with no room")).isEqualTo("with no room");
        assertThat(PageFurniture.isContinuedMark("continued overleaf")).isTrue();
        assertThat(PageFurniture.isContinuedMark("Cont'd")).isTrue();
        assertThat(PageFurniture.withoutContinuedMark("Continued concerns about her safety")).isEqualTo(
                "Continued concerns about her safety");
        assertThat(PageFurniture.withoutContinuedMark("Contact with mum weekly")).isEqualTo("Contact with mum weekly");
    }

    // a page: the header's lines, the form's rows or lines, the footer's lines

    private record Item(String label, String answer, boolean bordered) {
    }

    private record Page(List<String> header, List<Item> items, List<String> footer) {
    }

    private static Item row(String label, String answer) {
        return new Item(label, answer, true);
    }

    private static Item line(String text) {
        return new Item(text, null, false);
    }

    private static Page page(int number, List<Item> items) {
        return new Page(List.of("Shire County Council\tOFFICIAL - SENSITIVE"), items,
                List.of("Page " + number + " of 2\tForm SC/YP/04 v3.1"));
    }

    private static byte[] pdf(Page... pages) throws Exception {
        float leading = 14;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (Page p : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    List<String> header = new ArrayList<>(p.header());
                    for (int k = 0; k < header.size(); k++) {
                        write(cs, font, LABEL_X, 760 - k * leading, header.get(k));
                    }
                    float top = 700;
                    for (Item i : p.items()) {
                        if (!i.bordered()) {
                            write(cs, font, LABEL_X, top - 11, i.label());
                            top -= leading;
                            continue;
                        }
                        float bottom = top - leading - 6;
                        cs.addRect(LABEL_X, bottom, ANSWER_X - LABEL_X, top - bottom);
                        cs.addRect(ANSWER_X, bottom, RIGHT - ANSWER_X, top - bottom);
                        cs.stroke();
                        if (!i.label().isEmpty()) {
                            write(cs, font, LABEL_X + 3, top - 13, i.label());
                        }
                        write(cs, font, ANSWER_X + 3, top - 13, i.answer());
                        top = bottom;
                    }
                    for (int k = 0; k < p.footer().size(); k++) {
                        write(cs, font, LABEL_X, 60 - k * leading, p.footer().get(k));
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A tab parts what a header prints on its left from what it prints on a right tab. */
    private static void write(PDPageContentStream cs, PDType1Font font, float x, float y, String text) throws Exception {
        if (text.contains("\t")) {
            write(cs, font, x, y, text.substring(0, text.indexOf('\t')));
            write(cs, font, RIGHT - 110, y, text.substring(text.indexOf('\t') + 1));
            return;
        }
        cs.beginText();
        cs.setFont(font, 9);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
