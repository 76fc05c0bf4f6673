package org.ypsa.hub.domain.intake;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Void returns typed as a table in a Word document or printed to PDF, the provider and week as lines above the table:
 * read as a sheet is, one row per property. Providers, wordings and figures invented for these tests.
 */
class VoidReturnDocumentsTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String[] HEADER = {"Unit ref", "Area", "Kind of service", "Beds in total", "Beds taken",
        "Beds free", "Free from", "Emergency use?", "Comments"};

    private Outcome mail(InboundMail.Attachment a) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", "returns@key2.provider.test",
                "Weekly figures", Instant.parse("2026-12-07T08:00:00Z"), "Figures attached.", List.of(a), false));
    }

    @Test
    void aReturnTypedAsAWordTableIsAVoidReturnReadRowByRow() throws Exception {
        Outcome o = mail(docx("figures.docx", List.of("Provider: Key2 Futures", "Week beginning: 07/12/2026"),
                new String[][] {HEADER,
                    {"K2F-CHE-01", "Cherwell", "18+ Single Self Contained", "4", "1", "3", "09/12/2026", "Y", ""},
                    {"K2F-OXC-01", "Oxford City", "18+ Single Self Contained", "2", "2", "0", "", "N", "Full"}}));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        VoidReturn r = (VoidReturn) ((Outcome.Routed) o).fields();
        assertThat(r.weekCommencing()).isEqualTo("2026-12-07");
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::propertyReference)
                .containsExactly("K2F-CHE-01", "K2F-OXC-01");
        assertThat(r.properties().get(0).vacant()).isEqualTo(3);
    }

    @Test
    void aWrongRowInAWordTableIsRejectedNamingThePropertyItsRowAndTheValue() throws Exception {
        Outcome o = mail(docx("figures.docx", List.of("Provider: Key2 Futures", "Week beginning: 07/12/2026"),
                new String[][] {HEADER,
                    {"K2F-CHE-01", "Cherwell", "18+ Single Self Contained", "4", "1", "3", "09/12/2026", "Y", ""},
                    {"K2F-OXC-01", "Oxford City", "18+ Single Self Contained", "2", "two", "0", "", "N", ""}}));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(o.formType()).isEqualTo(FormType.VOID_RETURN);
        Problem p = ((Outcome.Rejected) o).problems().get(0);
        assertThat(p.where()).isEqualTo("K2F-OXC-01 (row 3)");
        assertThat(p.problem()).contains("\"two\"");
    }

    @Test
    void aReturnPrintedToPdfAsATableWithBordersIsReadRowByRowWithItsWrappedCells() throws Exception {
        Outcome o = mail(pdfTable("figures.pdf", List.of("Provider: Key2 Futures", "Week beginning: 07/12/2026"),
                new String[][] {HEADER,
                    {"K2F-CHE-|01", "Cherwell", "18+ Single|Self Contained", "4", "1", "3", "09/12/2026", "Y", ""},
                    {"K2F-OXC-01", "Oxford|City", "18+ Single|Self Contained", "2", "2", "0", "", "N", "Full"}}));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        VoidReturn r = (VoidReturn) ((Outcome.Routed) o).fields();
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::propertyReference)
                .containsExactly("K2F-CHE-01", "K2F-OXC-01");
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::locality).containsExactly("Cherwell", "Oxford City");
        assertThat(r.properties().get(0).serviceType()).isEqualTo("18+ Single Self Contained");
    }

    @Test
    void aWrongRowInAPdfTableIsRejectedNamingThePropertyAndTheValue() throws Exception {
        Outcome o = mail(pdfTable("figures.pdf", List.of("Provider: Key2 Futures", "Week beginning: 07/12/2026"),
                new String[][] {HEADER,
                    {"K2F-CHE-01", "Cherwell", "18+ Shared", "4", "1", "2", "", "Y", ""}}));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(o.formType()).isEqualTo(FormType.VOID_RETURN);
        assertThat(((Outcome.Rejected) o).problems().get(0).where()).startsWith("K2F-CHE-01 (row 2)");
    }

    /** Lines, then a table with one row per array, as Word saves it. */
    static InboundMail.Attachment docx(String name, List<String> lines, String[][] rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String l : lines) {
                doc.createParagraph().createRun().setText(l);
            }
            XWPFTable t = doc.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    t.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b, OriginalStore.sha256(b));
        }
    }

    /**
     * Lines, then a table whose cells have drawn borders, as a word processor prints one; "|" in a cell breaks it
     * onto the next line, as a narrow column wraps it.
     */
    static InboundMail.Attachment pdfTable(String name, List<String> lines, String[][] rows) throws Exception {
        float left = 30;
        float width = 60;
        float line = 10;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 750;
                for (String l : lines) {
                    text(cs, font, left, y, l);
                    y -= 14;
                }
                y -= 10;
                for (String[] row : rows) {
                    int height = 1;
                    for (String cell : row) {
                        height = Math.max(height, cell.split("\\|").length);
                    }
                    float bottom = y - height * line - 4;
                    for (int c = 0; c < row.length; c++) {
                        float x = left + c * width;
                        cs.addRect(x, bottom, width, y - bottom);
                        String[] parts = row[c].split("\\|");
                        for (int k = 0; k < parts.length; k++) {
                            text(cs, font, x + 2, y - 9 - k * line, parts[k]);
                        }
                    }
                    cs.stroke();
                    y = bottom;
                }
            }
            doc.save(out);
            byte[] b = out.toByteArray();
            return new InboundMail.Attachment(name, "application/pdf", b, OriginalStore.sha256(b));
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws Exception {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, 7);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
