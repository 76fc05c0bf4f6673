package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's incident form of one-cell rows, each label bold on grey over its answer in plain type (stop 71, tuned33
 * w12-inc-08): the answers that read alone like headings ("RSP-SOX-01", "Priya Raman", "Other - fire alarm activation
 * (cooking)") are the answers of the labels over them, not headings; the incident was rejected for a missing category.
 * A bold heading over a row that is a label of its own stays a heading. "**" marks a bold and shaded row.
 */
class LabelRowsKnownByTheirLookTakeThePlainRowUnderThemTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    @Test
    void aPlainRowUnderABoldShadedLabelRowIsItsAnswerHoweverItReads() throws Exception {
        Map<SafeguardingField, String> f = INCIDENT.read(read(List.of("**1. Provider", "Response", "**2. Property",
                "RSP-SOX-01", "**3. Young person's name", "Sophie Wilkins", "**6. Social worker or Leaving Care PA",
                "Priya Raman", "**8. Date and time of incident", "Tue 1/12/2026 at 18:50", "**9. Category of incident",
                "Other - fire alarm activation (cooking)", "**10. Severity", "Low"))).values();
        assertThat(f).containsEntry(SafeguardingField.PROPERTY, "RSP-SOX-01")
                .containsEntry(SafeguardingField.WORKER_NAME, "Priya Raman")
                .containsEntry(SafeguardingField.CATEGORY, "Other");
    }

    @Test
    void aBoldShadedHeadingOverALabelAndItsAnswerInOneRowStaysAHeading() throws Exception {
        LabelledDocument doc = read(List.of("**Incident details", "Category: Missing", "**2. Property", "RSP-SOX-01",
                "**3. Young person's name", "Sophie Wilkins", "**10. Severity", "Low"));
        assertThat(doc.entries()).noneMatch(e -> e.label().equals("Incident details"));
        assertThat(INCIDENT.read(doc).values()).containsEntry(SafeguardingField.CATEGORY, "Missing");
    }

    @Test
    void oneBoldRowOverAPlainOneIsNoLabelByItsLookAlone() throws Exception {
        LabelledDocument doc = read(List.of("**Incident details", "Other - fire alarm activation (cooking)"));
        assertThat(doc.entries()).noneMatch(e -> e.label().equals("Incident details"));
    }

    /** One-cell rows under a title: "**" makes a row bold and shaded grey. */
    private static LabelledDocument read(List<String> rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Incident Report");
            XWPFTable t = doc.createTable(rows.size(), 1);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableCell c = t.getRow(r).getCell(0);
                String text = rows.get(r);
                XWPFRun run = c.getParagraphs().get(0).createRun();
                if (text.startsWith("**")) {
                    run.setBold(true);
                    c.setColor("E6E6E6");
                    text = text.substring(2);
                }
                run.setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return WordReader.read("incident.docx", out.toByteArray());
        }
    }
}
