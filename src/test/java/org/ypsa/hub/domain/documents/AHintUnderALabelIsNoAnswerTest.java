package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 63 (values63): a form prints its help under a label, in a line or row of its own, full stop or not: leave it
 * blank when it does not apply, a rule the answer must meet, what to write if a condition holds, what kind of answer
 * to give, examples. Such a line tells the writer how to answer; the answer is what follows it, never the hint.
 * Wordings invented from how council forms put their help.
 */
class AHintUnderALabelIsNoAnswerTest {

    @Test
    void aLineTellingTheWriterHowToAnswerIsAHint() {
        List<String> hints = List.of("Leave blank if there is no case number",
                "Please leave empty where not known", "Must be aged 16 to 24 when the bed is needed",
                "Should be no later than the end of the month", "If not, say why",
                "If no fixed address, give where they stayed last night", "If yes, please describe what happened",
                "Give a full date, not 'ASAP'", "Write the full name, not initials",
                "e.g. care leaver, s.20, CIN", "Give as much detail as you can",
                "(leave blank if the YP has no worker)");
        assertThat(hints).allMatch(GuidanceNotes::tellsTheWriter);
    }

    @Test
    void anAnswerIsNoHintThoughItOpensAsOneMight() {
        List<String> answers = List.of("19/04/2008", "Leaves home most nights after midnight",
                "Must be near her college in Banbury", "Needs to be near family", "If she returns late, staff call the police",
                "If no bed is found tonight she will sleep rough", "Give her space when she is upset",
                "If no, state why: she lives with her aunt", "Sam Jones", "Looked after (s.20)");
        assertThat(answers).noneMatch(GuidanceNotes::tellsTheWriter);
    }

    @Test
    void theHintLinesOverAnAnswerAreNoPartOfIt() {
        assertThat(GuidanceNotes.withoutGuidanceOver("Must be aged 16-24 on the date the bed is needed\n19/4/2008"))
                .isEqualTo("19/4/2008");
        assertThat(GuidanceNotes.withoutGuidanceOver("If no fixed abode, say where they slept last night\n"
                + "12 Mill Lane, Witney")).isEqualTo("12 Mill Lane, Witney");
        assertThat(GuidanceNotes.withoutGuidanceOver("Leave blank if you hold the case\nn/a")).isEqualTo("n/a");
        // the writer's own first line stays, and a hint alone is left for the value's reader to refuse
        assertThat(GuidanceNotes.withoutGuidanceOver("Slept at a friend's\nthen at her nan's"))
                .isEqualTo("Slept at a friend's\nthen at her nan's");
        assertThat(GuidanceNotes.withoutGuidanceOver("Give a date, not ASAP")).isEqualTo("Give a date, not ASAP");
    }

    @Test
    void aReferralsAnswersUnderTheirHintsAreReadWithoutThem() {
        LabelledDocument doc = Tables.table("Young person's full name", "Ana Reyes",
                "Date of birth", "Must be aged 16 to 24 when the bed is needed\n19/04/2008",
                "LCS number", "Leave blank if not known to children's services\n4047297",
                "Date accommodation needed", "Give a full date, not ASAP\n21/12/2026");
        Map<ReferralField, String> values = FieldCatalog.shipped(ReferralField.class, "referral").read(doc).values();
        assertThat(values.get(ReferralField.DATE_OF_BIRTH)).isEqualTo("19/04/2008");
        assertThat(values.get(ReferralField.LCS_NUMBER)).isEqualTo("4047297");
        assertThat(values.get(ReferralField.DATE_NEEDED)).isEqualTo("21/12/2026");
    }

    @Test
    void aHintInItsOwnRowBetweenALabelAndItsAnswerIsSkipped() throws Exception {
        LabelledDocument doc = Tables.word(List.of(Tables.row("Young person's full name"), Tables.row("Ana Reyes"),
                Tables.row("Case number on LCS"), Tables.row("Leave blank if not known to children's services"),
                Tables.row("4047297"), Tables.row("Referrer's email"), Tables.row("a.b@council.test")));
        assertThat(doc.entries()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Case number on LCS");
            assertThat(e.value()).isEqualTo("4047297");
        });
    }

    @Test
    void aHintUnderALabelInItsCellLeavesTheRowUnderAsTheAnswer() throws Exception {
        // as a council's template holds it: the label in bold, a line break, the hint in small italics
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.xwpf.usermodel.XWPFTable t = d.createTable();
            t.removeRow(0);
            String[][] rows = {{"Young person's full name", null}, {"Ana Reyes", null},
                    {"Date of birth *", "Must be aged 16 to 24 when the bed is needed"}, {"19/04/2008", null},
                    {"Case number on LCS", "Leave blank if not known to children's services"}, {"4047297", null},
                    {"Referrer's email", null}, {"a.b@council.test", null}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.xwpf.usermodel.XWPFParagraph p = t.insertNewTableRow(r).addNewTableCell().addParagraph();
                org.apache.poi.xwpf.usermodel.XWPFRun label = p.createRun();
                label.setBold(r % 2 == 0);
                label.setText(rows[r][0]);
                if (rows[r][1] != null) {
                    label.addBreak();
                    org.apache.poi.xwpf.usermodel.XWPFRun hint = p.createRun();
                    hint.setItalic(true);
                    hint.setFontSize(7);
                    hint.setText(rows[r][1]);
                }
            }
            d.write(out);
            docx = out.toByteArray();
        }
        LabelledDocument doc = WordReader.read("form.docx", docx);
        assertThat(doc.entries()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Date of birth");
            assertThat(e.value()).isEqualTo("19/04/2008");
        });
        assertThat(doc.entries()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Case number on LCS");
            assertThat(e.value()).isEqualTo("4047297");
        });
    }

    @Test
    void aHintRunOntoItsLabelWithNoSpaceIsCutFromIt() {
        assertThat(GuidanceNotes.withoutGluedHint("Case number on LCSLeave blank if not known to children's services"))
                .isEqualTo("Case number on LCS");
        assertThat(GuidanceNotes.withoutGluedHint("Care status?e.g. s.20, s.31, care leaver, CIN"))
                .isEqualTo("Care status?");
        assertThat(GuidanceNotes.withoutGluedHint("Why is a bed needed now?What went wrong? Why not stay at home?"))
                .isEqualTo("Why is a bed needed now?");
        // a label's own capitals are no hint
        assertThat(GuidanceNotes.withoutGluedHint("Name of the McDonald House keyworker"))
                .isEqualTo("Name of the McDonald House keyworker");
    }

    @Test
    void aReferralsLabelWithItsHintRunOnIsPlaced() {
        Map<ReferralField, String> values = FieldCatalog.shipped(ReferralField.class, "referral").read(Tables.table(
                "Young person's full name", "Ana Reyes",
                "Reason for referral?What has changed? Why can't the young person stay at home?", "Mum has asked her to leave.",
                "LCS numberLeave blank if not known to social care", "4047297")).values();
        assertThat(values.get(ReferralField.REASON)).isEqualTo("Mum has asked her to leave.");
        assertThat(values.get(ReferralField.LCS_NUMBER)).isEqualTo("4047297");
    }
}
