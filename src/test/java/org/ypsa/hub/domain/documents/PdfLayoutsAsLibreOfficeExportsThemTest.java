package org.ypsa.hub.domain.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.TextDocuments.pdfText;

/**
 * Yardstick (pdf50, stop 50): a council's referral template exported to PDF by LibreOffice, in the layouts councils
 * use - a fillable form whose author named the fields and a question's two check boxes "_Y" / "_N", a vertical form
 * with each label's line over its answer's line, numbered questions with the answer paragraph under them, and a
 * details grid whose label and answer sit on one line - read as the fields they hold. Wordings invented for the test.
 */
class PdfLayoutsAsLibreOfficeExportsThemTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static LabelledDocument.Entry box(String name, boolean ticked) {
        return new LabelledDocument.Entry(name, ticked ? "Yes" : "No", "form field " + name);
    }

    private static LabelledDocument.Entry field(String name, String value) {
        return new LabelledDocument.Entry(name, value, "form field " + name);
    }

    private static Map<ReferralField, String> fillable(String page, LabelledDocument.Entry... fields) {
        return REFERRAL.read(PdfReader.withPrintedLabels("f.pdf", List.of(fields), page)).values();
    }

    @Test
    void aQuestionsTwoCheckBoxesNamedYAndNAreOneAnswerTheTickedOne() {
        Map<ReferralField, String> f = fillable("Referral\nHas the YP agreed to this referral? Y/N\n Yes    No\n",
                box("Has_the_YP_agreed_to_this_referral_Y_N_Y", false), box("Has_the_YP_agreed_to_this_referral_Y_N_N", true));
        assertThat(f.get(ReferralField.CONSENT)).isEqualTo("No");
        Map<ReferralField, String> yes = fillable("Referral\nDoes the young person consent to the referral?\n Yes    No\n",
                box("Does_the_young_person_consent_Yes", true), box("Does_the_young_person_consent_No", false));
        assertThat(yes.get(ReferralField.CONSENT)).isEqualTo("Yes");
    }

    @Test
    void aQuestionWithNeitherOrBothOfItsBoxesTickedHasNoAnswer() {
        Map<ReferralField, String> f = fillable("Referral\nDoes the young person agree to the referral?\n Yes    No\n",
                box("Does_the_young_person_agree_to_t_Y", true), box("Does_the_young_person_agree_to_t_N", true));
        assertThat(FieldValues.answer(f.getOrDefault(ReferralField.CONSENT, ""))).as(f.toString()).isEmpty();
        Map<ReferralField, String> g = fillable("Referral\nDoes the young person agree to the referral?\n",
                box("Does_the_young_person_agree_to_t_Y", true), box("Does_the_young_person_agree_to_t_N", true));
        assertThat(FieldValues.answer(g.getOrDefault(ReferralField.CONSENT, ""))).as(g.toString()).isEmpty();
        assertThat(PdfReader.withYesNoPairsAsOne(List.of(box("Consent_Y", false), box("Consent_N", false))))
                .extracting(e -> FieldValues.answer(e.value())).containsExactly("");
    }

    @Test
    void theYesNoCaptionsPrintedBesideAFormsCheckBoxesAreNoAnswer() {
        Map<ReferralField, String> f = fillable("Referral\nDoes the young person agree to the referral?\n Yes    No\n"
                + "Your name:\n", field("Your_name", "Sam Ortiz"));
        assertThat(f.getOrDefault(ReferralField.CONSENT, "")).isEmpty();
    }

    @Test
    void aLoneBoxOrATextFieldEndingInNIsKeptAsItIs() {
        List<LabelledDocument.Entry> kept = List.of(field("Town", "Bicester"), box("Urgent_Y", true));
        assertThat(PdfReader.withYesNoPairsAsOne(kept)).isEqualTo(kept);
    }

    @Test
    void aFieldNamedByItsLabelCutShortWithUnderscoresTakesThePrintedLabel() {
        Map<ReferralField, String> f = fillable("Referral\nPart 2: Your details\nYour name, the referrer filling this in:\n"
                + "Designation / job title of person referring:\n",
                field("Your_name_the_referrer_filling_t", "Eluned Penhaligon"),
                field("Designation_job_title_of_person_", "Leaving Care PA"));
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Eluned Penhaligon")
                .containsEntry(ReferralField.REFERRER_ROLE, "Leaving Care PA");
    }

    @Test
    void aVerticalFormsLabelLineWithAColonThenItsAnswerLine() {
        Map<ReferralField, String> f = REFERRAL.read(pdfText("Referral\nSection B - Referrer\n"
                + "Your name as the professional making the referral:\nSian PROSSER\nReferring professional's job\n"
                + "Social Worker\nOrganisation and team name:\nLeaving Care Team\n")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Sian PROSSER");
        assertThat(f.get(ReferralField.ORGANISATION)).isEqualTo("Leaving Care Team");
    }

    @Test
    void aVerticalFormsLabelLineWithoutAColonThenItsAnswerLine() {
        Map<ReferralField, String> f = REFERRAL.read(pdfText("Referral\nName of person completing this form\n"
                + "Dewi ap Rhys\nTeam or service you work for\nYouth Justice Service\n")).values();
        assertThat(f).as(f.toString()).containsEntry(ReferralField.REFERRER_NAME, "Dewi ap Rhys");
    }

    @Test
    void aNumberedQuestionTakesTheParagraphUnderIt() {
        Map<ReferralField, String> f = REFERRAL.read(pdfText("Referral\n3. Referrer's name\nOmar bin Said\n"
                + "4. Why is supported accommodation being requested now?\nHer stepfather asked her to leave after a row\n"
                + "and she has been sofa surfing since.\n5. Is the young person a risk to themselves?\nNone known.\n")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Omar bin Said");
        assertThat(f.get(ReferralField.REASON)).contains("stepfather asked her to leave");
    }

    @Test
    void aNumberedQuestionWithABracketAfterItsNumber() {
        Map<ReferralField, String> f = REFERRAL.read(pdfText("Referral\n2) Young person's full name\nLayla al-Hassan\n"
                + "3) Date of birth\n04/05/2008\n")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Layla al-Hassan");
    }

    @Test
    void aGuidanceLineUnderAHeadingIsNeverTheNextLabelsAnswer() {
        Map<ReferralField, String> f = REFERRAL.read(pdfText("Referral\nPart 2: Your details\n"
                + "Please complete every box; write N/A where a question does not apply.\nReferrer name:\nAoife Ní Bhriain\n"))
                .values();
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Aoife Ní Bhriain");
    }

    @Test
    void aDetailsRowOfTwoLabelsAndTwoAnswersOnOneLine() {
        Map<ReferralField, String> f = REFERRAL.read(pdfText("Referral\nReferrer name: Cerys Okafor Job title: Social Worker\n"
                + "Email: c.okafor@council.test Phone: 07700 900123\n")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Cerys Okafor");
        assertThat(f.get(ReferralField.REFERRER_ROLE)).isEqualTo("Social Worker");
    }

    @Test
    void aVerticalFormInAOneColumnTableTakesEachBoldRowsAnswerFromTheRowUnderIt() throws Exception {
        byte[] pdf = oneColumnTable(new String[][] {
                {"B", "Section B - Referrer"},
                {"B", "Your name as the professional making the referral"}, {"", "Sian PROSSER"},
                {"B", "Referring professional's job"}, {"", "Social Worker"},
                {"B", "Organisation and team name"}, {"", "Leaving Care Team"},
                {"B", "Young person's full name"}, {"", "Tomos Reed"}});
        Map<ReferralField, String> f = REFERRAL.read(PdfReader.read("form.pdf", pdf)).values();
        assertThat(f).as(f.toString()).containsEntry(ReferralField.REFERRER_NAME, "Sian PROSSER")
                .containsEntry(ReferralField.REFERRER_ROLE, "Social Worker")
                .containsEntry(ReferralField.FULL_NAME, "Tomos Reed");
    }

    @Test
    void theHelpInSmallTypeUnderALabelIsNeitherItsAnswerNorAHeading() throws Exception {
        byte[] pdf = oneColumnTable(new String[][] {
                {"B", "Young person's full name"}, {"", "Tomos Reed"},
                {"B", "YP's birthday in full, day/month/year"}, {"H", "Must be aged 16-24 on the date the bed is needed"},
                {"", "04/05/2008"},
                {"B", "Allocated social worker or PA, if not you"}, {"H", "Leave blank if you are the allocated worker"},
                {"", "Cerys Okafor"},
                {"B", "Referrer's name"}, {"", "Sian Prosser"}});
        LabelledDocument doc = PdfReader.read("form.pdf", pdf);
        assertThat(doc.text()).doesNotContain("Must be aged").doesNotContain("Leave blank");
        Map<ReferralField, String> f = REFERRAL.read(doc).values();
        assertThat(f).as(f.toString()).containsEntry(ReferralField.DATE_OF_BIRTH, "04/05/2008")
                .containsEntry(ReferralField.SOCIAL_WORKER_NAME, "Cerys Okafor")
                .containsEntry(ReferralField.REFERRER_NAME, "Sian Prosser");
    }

    /**
     * Each line in a drawn row of its own, one under another, the rows touching: "B" bold, "" plain, and "H" help in
     * small italic type in the row of the label above it.
     */
    private static byte[] oneColumnTable(String[][] lines) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float top = 760;
                for (int i = 0; i < lines.length; i++) {
                    boolean hinted = i + 1 < lines.length && lines[i + 1][0].equals("H");
                    float height = hinted ? 28 : 18;
                    cs.addRect(45, top - height, 500, height);
                    cs.stroke();
                    write(cs, lines[i][0].equals("B") ? bold : plain, 10, top - 13, lines[i][1]);
                    if (hinted) {
                        write(cs, italic, 7, top - 23, lines[++i][1]);
                    }
                    top -= height;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PDPageContentStream cs, PDType1Font font, float size, float y, String words) throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(50, y);
        cs.showText(words);
        cs.endText();
    }
}
