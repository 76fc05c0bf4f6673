package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yardstick of stop 55 (tables55): a paper form's answer lines with the caption printed small and italic under each
 * line, two answers to a row or one across: the caption labels the answer over it, never the one under it. The
 * wordings and values are invented here.
 */
class ACaptionPrintedSmallUnderItsLineLabelsTheAnswerAboveTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    /** A row of the form: its cells' texts, and whether it is printed as small italic captions. */
    private record Line(boolean caption, String... cells) {
    }

    private static LabelledDocument form(List<Line> lines) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Supported housing referral");
            XWPFTable t = doc.createTable(lines.size(), 2);
            for (int r = 0; r < lines.size(); r++) {
                XWPFTableRow row = t.getRow(r);
                for (int c = 0; c < 2; c++) {
                    String text = c < lines.get(r).cells().length ? lines.get(r).cells()[c] : "";
                    XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
                    run.setText(text);
                    if (lines.get(r).caption()) {
                        run.setItalic(true);
                        run.setFontSize(7);
                    }
                }
            }
            doc.write(out);
            return WordReader.read("form.docx", out.toByteArray());
        }
    }

    private record Case(String name, List<Line> lines, Map<ReferralField, String> expected) {
    }

    private static List<Case> cases() {
        return List.of(
                new Case("two answers to a row", List.of(
                        new Line(false, "Efa Conti", "21/06/2008"),
                        new Line(true, "Young person's full name", "Date of birth"),
                        new Line(false, "F", "5566778"),
                        new Line(true, "Gender", "Case number"),
                        new Line(false, "Priya Nolan", "p.nolan@council.test"),
                        new Line(true, "Your name (referrer)", "Your email")),
                        Map.of(ReferralField.FULL_NAME, "Efa Conti", ReferralField.DATE_OF_BIRTH, "21/06/2008",
                                ReferralField.LCS_NUMBER, "5566778", ReferralField.REFERRER_NAME, "Priya Nolan")),
                new Case("questions as captions", List.of(
                        new Line(false, "Jordan Blake-Osei", "3 March 2007"),
                        new Line(true, "Who is the referral for?", "When were they born?"),
                        new Line(false, "Sam Oduya", "01865 223344"),
                        new Line(true, "Who is referring?", "Best number for you")),
                        Map.of(ReferralField.FULL_NAME, "Jordan Blake-Osei", ReferralField.DATE_OF_BIRTH, "3 March 2007",
                                ReferralField.REFERRER_NAME, "Sam Oduya")),
                new Case("an answer left blank", List.of(
                        new Line(false, "Leah Morgan", ""),
                        new Line(true, "Name of young person", "Date of birth"),
                        new Line(false, "M", "7788990"),
                        new Line(true, "Gender", "LCS number")),
                        Map.of(ReferralField.FULL_NAME, "Leah Morgan", ReferralField.LCS_NUMBER, "7788990")));
    }

    @Test
    void eachCaptionLabelsTheAnswerPrintedOverIt() throws Exception {
        List<Yardstick.Form<ReferralField>> forms = new ArrayList<>();
        for (Case c : cases()) {
            forms.add(new Yardstick.Form<>(c.name(), REFERRAL.read(form(c.lines())).values(), c.expected()));
        }
        int passed = Yardstick.forms("captions under their lines yardstick", forms);
        assertThat(passed).isEqualTo(cases().size());
    }
}
