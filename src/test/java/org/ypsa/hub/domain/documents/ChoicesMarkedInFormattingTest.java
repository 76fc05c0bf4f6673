package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** A choice the writer made in the text's formatting: options struck through, boxes typed in a symbol font. */
class ChoicesMarkedInFormattingTest {

    /** A Word form of one row, label | answer, the answer's runs given as text and how each is formatted. */
    private static LabelledDocument word(String label, Object... runs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable t = doc.createTable(1, 2);
            t.getRow(0).getCell(0).setText(label);
            XWPFParagraph p = t.getRow(0).getCell(1).getParagraphs().get(0);
            for (int i = 0; i < runs.length; i += 2) {
                XWPFRun r = p.createRun();
                String how = (String) runs[i + 1];
                if (how.equals("sym")) {
                    var sym = r.getCTR().addNewSym();
                    sym.setFont("Wingdings");
                    sym.setChar(new byte[] {(byte) 0xF0, (byte) ((String) runs[i]).charAt(0)});
                    continue;
                }
                r.setText((String) runs[i]);
                if (how.equals("struck")) {
                    r.setStrikeThrough(true);
                } else if (how.equals("double")) {
                    r.setDoubleStrikethrough(true);
                } else if (!how.isEmpty()) {
                    r.setFontFamily(how);
                }
            }
            doc.write(out);
            return WordReader.read("form.docx", out.toByteArray());
        }
    }

    private static String answer(LabelledDocument doc) {
        return doc.entries().get(0).value();
    }

    @Test
    void anOptionStruckThroughInWordIsNoPartOfTheAnswer() throws Exception {
        assertThat(answer(word("Mediation tried? (delete as appropriate)", "Yes / ", "", "No", "struck"))).isEqualTo("Yes");
        assertThat(answer(word("Severity", "Low", "struck", " / Medium / ", "", "High", "double", " / ", "",
                "Critical", "struck"))).isEqualTo("Medium");
        assertThat(answer(word("Status", "Homeless", "struck", " / Threatened with homelessness", "")))
                .isEqualTo("Threatened with homelessness");
        assertThat(answer(word("Known to social care", "Yes", "struck", " or ", "", "No", "")))
                .isEqualTo("No");
        assertThat(answer(word("Known to social care", "Yes / No", ""))).as("nothing struck").isEqualTo("Yes / No");
    }

    @Test
    void aBoxTypedInASymbolFontInWordReadsAsTheBoxItShows() throws Exception {
        String status = answer(word("Status", "\u00fe", "Wingdings", " Homeless ", "", "\u00a8", "Wingdings",
                " Threatened with homelessness", ""));
        assertThat(FieldValues.answer(status)).isEqualTo("Homeless");
        String severity = answer(word("Severity", "\u00a3", "Wingdings 2", " Low", "", "S", "Wingdings 2", " High", ""));
        assertThat(FieldValues.answer(severity)).isEqualTo("High");
        String known = answer(word("Known to CSC", "\uf0a8", "Wingdings", " Yes ", "", "\uf0fe", "Wingdings", " No", ""));
        assertThat(FieldValues.yesNo(known)).contains(false);
        String sym = answer(word("Known to CSC", "\u00fe", "sym", " Yes ", "", "\u00a8", "sym", " No", ""));
        assertThat(FieldValues.yesNo(sym)).contains(true);
        assertThat(answer(word("Name", "Sam O", "", " Neill", ""))).as("no symbol font").isEqualTo("Sam O Neill");
    }

    @Test
    void aSymbolFontsLettersStandingWhereBoxesStandAreBoxes() {
        assertThat(FieldValues.answer("\u00fe Homeless    o Threatened with homelessness")).isEqualTo("Homeless");
        assertThat(FieldValues.answer("o Homeless\n\u00fe Threatened with homelessness"))
                .isEqualTo("Threatened with homelessness");
        assertThat(FieldValues.answer("\u00a3 Low \u00a3 Medium T High \u00a3 Critical")).isEqualTo("High");
        assertThat(FieldValues.yesNo("\u00fe YES    o NO")).contains(true);
        assertThat(FieldValues.yesNo("o Yes    n No")).contains(false);
        assertThat(FieldValues.yesNo("\u00a3 Yes R No")).contains(false);
    }

    @Test
    void aSymbolFontsLettersBeforeAFormsEightCategoriesAreBoxes() {
        // tuned14 t14-sg-011: a PDF's eight categories, Wingdings letters before each, were read as the choices listed
        assertThat(FieldValues.answer("o Missing    o Exploitation    o Self-harm    o Violence    o Allegation against"
                + " staff    o Police involvement    o Hospital admission    n Other")).isEqualTo("Other");
        String account = "o she said she was going to o the shop and n then she did not come back to the flat at all that night";
        assertThat(TickList.symbolLetters(account)).as("an account's words, more than a list's").isEqualTo(account);
    }

    @Test
    void aSymbolFontsLettersInsideOrBesideWordsAreLeftAsWritten() {
        assertThat(TickList.symbolLetters("T Smith and R Jones")).as("no empty box").isEqualTo("T Smith and R Jones");
        assertThat(TickList.symbolLetters("Shaun o Neill")).as("words before the first").isEqualTo("Shaun o Neill");
        assertThat(TickList.symbolLetters("x o Yes No")).as("boxes side by side").isEqualTo("x o Yes No");
        assertThat(TickList.symbolLetters("n Flat 2 o Block")).as("a digit").isEqualTo("n Flat 2 o Block");
        assertThat(TickList.symbolLetters("S Low \u00a8 High")).as("two fonts").isEqualTo("S Low \u00a8 High");
    }

    @Test
    void theSeparatorsBesideAStruckOptionGoWithIt() {
        assertThat(RunMarks.withoutDanglingSeparators("Yes / ")).isEqualTo("Yes");
        assertThat(RunMarks.withoutDanglingSeparators(" / Medium /  / ")).isEqualTo("Medium");
        assertThat(RunMarks.withoutDanglingSeparators("Looked after /  / Child in need")).isEqualTo("Looked after / Child in need");
    }

    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

    @Test
    void anOptionInAStruckThroughTextStyleInAnOdtIsNoPartOfTheAnswer() throws Exception {
        String content = "<office:document-content " + NS + "><office:automatic-styles>"
                + "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties "
                + "style:text-line-through-style=\"solid\" style:text-line-through-type=\"single\"/></style:style>"
                + "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties "
                + "style:text-line-through-style=\"none\"/></style:style>"
                + "</office:automatic-styles><office:body><office:text><table:table><table:table-row>"
                + "<table:table-cell><text:p>Housing situation</text:p></table:table-cell>"
                + "<table:table-cell><text:p><text:span text:style-name=\"T1\">Homeless</text:span> / "
                + "<text:span text:style-name=\"T2\">Threatened with homelessness</text:span></text:p></table:table-cell>"
                + "</table:table-row></table:table></office:text></office:body></office:document-content>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : Map.of("mimetype", "application/vnd.oasis.opendocument.text",
                    "content.xml", content, "META-INF/manifest.xml", "<manifest/>").entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        OpenDocument.Content c = OpenDocument.read("form.odt", bytes.toByteArray());
        LabelledDocument doc = WordReader.read("form.odt", ((OpenDocument.Text) c).docx());
        assertThat(doc.entries()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Housing situation");
            assertThat(e.value()).isEqualTo("Threatened with homelessness");
        });
    }
}
