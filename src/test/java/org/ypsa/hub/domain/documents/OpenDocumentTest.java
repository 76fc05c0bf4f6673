package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.grid.Grid;
import org.ypsa.hub.domain.grid.UnreadableDocument;

class OpenDocumentTest {
    private static final String NS = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

    private static byte[] odf(String mimetype, String body, String manifest) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : Map.of("mimetype", mimetype, "content.xml",
                    "<office:document-content " + NS + "><office:body>" + body + "</office:body></office:document-content>",
                    "META-INF/manifest.xml", manifest).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aSpreadsheetsDateCellsAreReadAsDatesAndRepeatedCellsAsManyAndRowsNumberedAsTheSheetShowsThem()
            throws Exception {
        String sheet = "<office:spreadsheet><table:table table:name=\"Voids\">"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Week commencing</text:p>"
                + "</table:table-cell><table:table-cell office:value-type=\"date\" office:date-value=\"2026-12-07\">"
                + "<text:p>07/12/26</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"1024\"/>"
                + "</table:table-row>"
                + "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"3\"><text:p>3</text:p>"
                + "</table:table-cell><table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" "
                + "office:value=\"0\"><text:p>0</text:p></table:table-cell></table:table-row>"
                + "</table:table></office:spreadsheet>";
        OpenDocument.Content c = OpenDocument.read("return.ods",
                odf("application/vnd.oasis.opendocument.spreadsheet", sheet, "<manifest/>"));
        Grid g = ((OpenDocument.Sheets) c).grids().get(0);
        assertThat(g.rows()).extracting(Grid.Row::number).containsExactly(1, 4);
        assertThat(g.rows().get(0).cells()).containsExactly("Week commencing", "2026-12-07");
        assertThat(g.rows().get(1).cells()).containsExactly("3", "0", "0");
    }

    @Test
    void aTextDocumentsParagraphsAndTablesReadAsAWordFormDoes() throws Exception {
        String text = "<office:text><text:h>Referral</text:h><table:table><table:table-row>"
                + "<table:table-cell><text:p>Young person's name</text:p></table:table-cell>"
                + "<table:table-cell><text:p><text:span>Ffion</text:span><text:s/>Rhys</text:p></table:table-cell>"
                + "</table:table-row></table:table></office:text>";
        OpenDocument.Content c = OpenDocument.read("form.odt",
                odf("application/vnd.oasis.opendocument.text", text, "<manifest/>"));
        LabelledDocument doc = WordReader.read("form.odt", ((OpenDocument.Text) c).docx());
        assertThat(doc.entries()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Young person's name");
            assertThat(e.value()).isEqualTo("Ffion Rhys");
        });
    }

    @Test
    void aPasswordProtectedDocumentIsRefusedSayingSo() throws Exception {
        byte[] locked = odf("application/vnd.oasis.opendocument.text", "<office:text/>",
                "<manifest:manifest><manifest:encryption-data/></manifest:manifest>");
        assertThatThrownBy(() -> OpenDocument.read("form.odt", locked)).isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("password protected");
    }

    @Test
    void aDocumentWithADoctypeIsNotParsedForEntities() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<office:document-content " + NS + "><office:body><office:text><text:p>&e;</text:p>"
                    + "</office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> OpenDocument.read("form.odt", bytes.toByteArray()))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("could not be read");
    }
}
