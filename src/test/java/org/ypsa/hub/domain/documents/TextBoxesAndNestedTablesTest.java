package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word form whose answers are typed into text boxes (frames), and one whose "About the young person" cell holds a
 * table of its own: the answers are read, each once, where they stand on the page. POI's own text of a paragraph or a
 * cell leaves both out, so such forms had been refused with every field missing, and an urgent intelligence
 * submission typed into boxes was not screened (its danger unread).
 */
class TextBoxesAndNestedTablesTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    /** A text box as Word and Writer write one: a drawing, then its copy for older readers. */
    private static String box(String text) {
        String content = "<w:txbxContent><w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p></w:txbxContent>";
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline><wp:extent cx=\"3000000\" "
                + "cy=\"200000\"/><wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData uri=\"http://schemas."
                + "microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr/>"
                + "<wps:txbx>" + content + "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline>"
                + "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + content + "</v:textbox></v:shape>"
                + "</w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }

    private static String paragraph(String label, String boxed) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + label + " </w:t></w:r>" + (boxed == null ? "" : box(boxed)) + "</w:p>";
    }

    private static String row(String... cells) {
        StringBuilder r = new StringBuilder("<w:tr>");
        for (String c : cells) {
            r.append("<w:tc>").append(c.startsWith("<w:tbl>") ? c + "<w:p/>" : "<w:p><w:r><w:t>" + c + "</w:t></w:r></w:p>")
                    .append("</w:tc>");
        }
        return r.append("</w:tr>").toString();
    }

    private static byte[] docx(String body) throws Exception {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
                + "xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"><w:body>" + body + "</w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/document.xml", document);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void answersTypedIntoTextBoxesAreReadOnceEach() throws Exception {
        LabelledDocument doc = WordReader.read("mash.docx", docx(paragraph("MASH referral", null)
                + paragraph("Name of young person (16/17)", "Elin Nowak") + paragraph("Date of birth", "11/07/2009")
                + paragraph("Presenting agency (please state)", "Youth Justice Service")));
        assertThat(doc.text()).containsOnlyOnce("Elin Nowak");
        Map<MashField, String> read = MASH.read(doc).values();
        assertThat(read.get(MashField.NAME)).isEqualTo("Elin Nowak");
        assertThat(read.get(MashField.DATE_OF_BIRTH)).isEqualTo("11/07/2009");
        assertThat(read.get(MashField.AGENCY)).isEqualTo("Youth Justice Service");
    }

    @Test
    void aTableNestedInACellIsReadAsRowsOfItsOwn() throws Exception {
        String nested = "<w:tbl>" + row("Enw / Name (16/17):", "Elin Nowak") + row("Date of birth:", "11 July 2009") + "</w:tbl>";
        LabelledDocument doc = WordReader.read("mash.docx", docx(paragraph("MASH referral", null) + "<w:tbl>"
                + row("About the young person") + row(nested) + row("Presenting agency:", "Youth Justice Service") + "</w:tbl>"));
        Map<MashField, String> read = MASH.read(doc).values();
        assertThat(read.get(MashField.NAME)).isEqualTo("Elin Nowak");
        assertThat(read.get(MashField.DATE_OF_BIRTH)).isEqualTo("11 July 2009");
        assertThat(read.get(MashField.AGENCY)).isEqualTo("Youth Justice Service");
    }

    @Test
    void aChoiceMarkedInARowNestedInTheAnswerCellOrUnderItsLabelIsThatLabelsAnswer() throws Exception {
        String known = "<w:tbl>" + row("Y/N", "Y") + "</w:tbl>";
        String mediation = "<w:tbl>" + row("Yes / No", "No") + "</w:tbl>";
        LabelledDocument doc = WordReader.read("mash.docx", docx(paragraph("MASH referral", null) + "<w:tbl>"
                + row("Name of young person", "Elin Nowak") + row("Known to social care (Y/N)", known)
                + row("Mediation attempted", mediation) + row("Presenting agency", "Youth Justice Service")
                + "<w:tr><w:tc><w:p><w:r><w:t>Parent or carer contacted (Y/N)</w:t></w:r></w:p>" + "<w:tbl>"
                + row("Y/N", "N") + "</w:tbl><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>" + "</w:tbl>"));
        Map<MashField, String> read = MASH.read(doc).values();
        assertThat(read.get(MashField.KNOWN)).isEqualTo("Y");
        assertThat(read.get(MashField.MEDIATION)).isEqualTo("No");
        assertThat(read.get(MashField.AGENCY)).isEqualTo("Youth Justice Service");
        assertThat(doc.entries()).anyMatch(e -> e.label().startsWith("Parent or carer contacted") && e.value().equals("N"));
    }

    @Test
    void dangerTypedIntoATextBoxIsInTheTextThatScreeningReads() throws Exception {
        LabelledDocument doc = WordReader.read("intel.docx", docx(paragraph("Information Report for Police", null)
                + paragraph("Information (capitals please)", "She has just messaged: he has locked her in a bedroom "
                        + "and she does not know where she is.")));
        assertThat(org.ypsa.hub.domain.intelligence.Screening.screen(doc.text(), java.time.LocalDate.of(2026, 12, 4))
                .urgent()).isTrue();
    }

    @Test
    void aQuestionOverATextBoxAnchoredUnderItIsTheBoxsLabel() throws Exception {
        // each question a paragraph of its own with no colon, its answer typed into a box in the paragraph under it:
        // the answer ends with its box, never running on into the next question
        LabelledDocument doc = WordReader.read("mash.docx", docx(paragraph("MASH referral", null)
                + paragraph("Young person's name", null) + paragraph("", "Elin Nowak")
                + paragraph("Date of birth", null) + paragraph("", "11/07/2009")
                + paragraph("Agency making the referral", null) + paragraph("", "Didcot Girls' School")
                + paragraph("Housing status", null) + paragraph("", "Homeless")
                + paragraph("Parent or carer contact", null) + paragraph("", "Jan Nowak (father) 01235 555123")));
        Map<MashField, String> read = MASH.read(doc).values();
        assertThat(read).containsEntry(MashField.NAME, "Elin Nowak").containsEntry(MashField.DATE_OF_BIRTH, "11/07/2009")
                .containsEntry(MashField.AGENCY, "Didcot Girls' School").containsEntry(MashField.STATUS, "Homeless")
                .containsEntry(MashField.PARENT_CONTACT, "Jan Nowak (father) 01235 555123");
        assertThat(doc.text()).contains("Young person's name:").contains("Elin Nowak\n");
    }
}
