package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.ypsa.hub.domain.grid.UnreadableDocument;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReadersTest {
    private static final FieldCatalog<ReferralField> FIELDS = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void wordContentControlsAreReadByTheirTitles() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Supported Accommodation Assessment and Referral Form");
            contentControl(doc, "Young person's full name", "Wren Okonjo-Baptiste");
            contentControl(doc, "Date of birth", "01/02/2009");
            doc.write(out);
            docx = out.toByteArray();
        }
        Map<ReferralField, String> f = FIELDS.read(WordReader.read("cc.docx", docx)).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Wren Okonjo-Baptiste")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "01/02/2009");
    }

    @Test
    void aWordFormsTitleInItsPageHeaderIsReadAsItsFirstLineAndNeverAsAnAnswer() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.FIRST).createParagraph().createRun()
                    .setText("Safeguarding Incident Report (provider copy)");
            doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText("Safeguarding Incident Report (provider copy)");
            var table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Resident's name");
            table.getRow(0).getCell(1).setText("Jo Bright");
            doc.write(out);
            docx = out.toByteArray();
        }
        LabelledDocument read = WordReader.read("report.docx", docx);
        assertThat(read.text()).startsWith("Safeguarding Incident Report (provider copy)\nResident's name");
        assertThat(read.entries()).extracting(LabelledDocument.Entry::label).containsExactly("Resident's name");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"referrals/referral-emergency-table-4col",
            "safeguarding/incident-high"})
    void anOldWord97FormSavedByAnOfficeSuiteIsReadAsItsDocxIs(String form) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/fixtures");
        LabelledDocument docx = WordReader.read("form.docx", java.nio.file.Files.readAllBytes(dir.resolve(form
                + ".docx")));
        LabelledDocument doc = WordReader.read("form.doc", java.nio.file.Files.readAllBytes(dir.resolve(form
                + ".doc")));
        assertThat(doc.entries()).isNotEmpty().isEqualTo(docx.entries());
    }

    @Test
    void anOle2FileThatIsNoWordDocumentIsUnreadableAsPasswordProtected() throws Exception {
        byte[] ole2;
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "EncryptionInfo");
            fs.writeFilesystem(out);
            ole2 = out.toByteArray();
        }
        assertThatThrownBy(() -> WordReader.read("referral.docx", ole2)).isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("password protected");
    }

    @Test
    void aPasswordProtectedPdfIsUnreadableWithAClearReason() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThatThrownBy(() -> PdfReader.read("referral.pdf", pdf)).isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("password protected");
    }

    @Test
    void aDamagedPdfIsUnreadableNotACrash() {
        byte[] pdf = Fixtures.bytes("referrals/referral-nonemergency-form.pdf");
        byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        java.util.Arrays.fill(cut, 200, cut.length, (byte) 0);
        assertThatThrownBy(() -> PdfReader.read("referral.pdf", cut)).isInstanceOf(UnreadableDocument.class);
    }

    @Test
    void aWordNameOnSomethingElseIsUnreadable() {
        assertThatThrownBy(() -> WordReader.read("referral.docx", "just text".getBytes()))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("is not a Word document");
    }

    private static void contentControl(XWPFDocument doc, String title, String value) {
        CTSdtBlock sdt = doc.getDocument().getBody().addNewSdt();
        sdt.addNewSdtPr().addNewAlias().setVal(title);
        sdt.getSdtPr().addNewId().setVal(BigInteger.valueOf(title.hashCode() & 0xffff));
        sdt.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue(value);
    }

    @Test
    void aPdfCheckBoxWhoseValueIsAnyStateButOffIsTicked() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            var form = new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            // as LibreOffice writes a ticked box: the value /Yes, the appearance's on state named "on"
            checkBox(form, page, "Consent given", org.apache.pdfbox.cos.COSName.getPDFName("Yes"));
            checkBox(form, page, "Young person is a parent", org.apache.pdfbox.cos.COSName.Off);
            doc.save(out);
            pdf = out.toByteArray();
        }
        var entries = PdfReader.read("f.pdf", pdf).entries();
        assertThat(entries).extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Consent given", "Yes"),
                        org.assertj.core.groups.Tuple.tuple("Young person is a parent", "No"));
    }

    private static void checkBox(org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm form, PDPage page, String name,
            org.apache.pdfbox.cos.COSName value) throws Exception {
        var box = new org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox(form);
        box.setPartialName(name);
        form.getFields().add(box);
        var widget = box.getWidgets().get(0);
        widget.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 700, 12, 12));
        widget.setPage(page);
        page.getAnnotations().add(widget);
        var normal = new org.apache.pdfbox.cos.COSDictionary();
        normal.setItem(org.apache.pdfbox.cos.COSName.getPDFName("on"), new org.apache.pdfbox.cos.COSStream());
        normal.setItem(org.apache.pdfbox.cos.COSName.Off, new org.apache.pdfbox.cos.COSStream());
        var appearance = new org.apache.pdfbox.cos.COSDictionary();
        appearance.setItem(org.apache.pdfbox.cos.COSName.N, normal);
        widget.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.AP, appearance);
        box.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.V, value);
    }
}
