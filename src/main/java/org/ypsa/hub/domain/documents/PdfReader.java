package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ypsa.hub.domain.grid.UnreadableDocument;

/** Reads a PDF form with Apache PDFBox: its form fields when it has them, and its text either way. */
public final class PdfReader {
    private static final int MAX_PAGES = 50;
    private static final long MAX_MEMORY = 64L * 1024 * 1024;

    private PdfReader() {
    }

    /**
     * A check box is ticked when its value is any state but Off: LibreOffice writes the value /Yes with an "on"
     * appearance, which PDFBox's isChecked (the value equal to the appearance's on state) reads as not ticked.
     */
    static boolean ticked(PDCheckBox box) {
        String value = box.getValue();
        return box.isChecked() || value != null && !value.isBlank() && !value.equals("Off");
    }

    public static LabelledDocument read(String name, byte[] bytes) throws UnreadableDocument {
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw new UnreadableDocument("the file " + name + " is not a PDF although its name or type says so");
        }
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMixed(MAX_MEMORY).streamCache)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocument("the PDF " + name + " is protected; please send it without a password");
            }
            List<LabelledDocument.Entry> entries = new ArrayList<>();
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            if (form != null) {
                for (PDField f : form.getFieldTree()) {
                    if (f instanceof PDTerminalField) {
                        String label = f.getAlternateFieldName() != null && !f.getAlternateFieldName().isBlank()
                                ? f.getAlternateFieldName() : f.getPartialName();
                        String value = f instanceof PDCheckBox cb ? (ticked(cb) ? "Yes" : "No") : f.getValueAsString();
                        entries.add(new LabelledDocument.Entry(label, value == null ? "" : value.trim(),
                                "form field " + f.getPartialName()));
                    }
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
            String text = stripper.getText(doc);
            if (entries.isEmpty()) {
                entries.addAll(TextFields.labelValues(text, "line"));
            }
            return new LabelledDocument(name, text, entries);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument("the PDF " + name + " is password protected; please send it without a password", e);
        } catch (UnreadableDocument e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableDocument("the PDF " + name + " could not be read (it may be damaged)", e);
        }
    }
}
