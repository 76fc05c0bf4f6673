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
}
