package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.row;
import static org.ypsa.hub.domain.documents.Tables.word;

/**
 * A Word form printed in Welsh and English: the Welsh label is part of the label, never the answer (issue 14, labels
 * round). The wordings and values are invented here.
 */
class TwoLanguageTablesTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void aWelshColumnBesideTheEnglishLabelIsPartOfTheLabelAndTheThirdColumnTheAnswer() throws Exception {
        LabelledDocument doc = word(List.of(
                row("Cymraeg", "Saesneg / English", "Ateb / Answer"),
                row("Enw llawn", "Full name of the young person", "Rhodri Vance"),
                row("Dyddiad geni", "Date of birth", "12/03/2009"),
                row("Rhif achos", "Case number on LCS", "4455667")));
        Map<ReferralField, String> f = REFERRAL.read(doc).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Rhodri Vance")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "12/03/2009")
                .containsEntry(ReferralField.LCS_NUMBER, "4455667");
        assertThat(f.values()).doesNotContain("Full name of the young person", "Date of birth", "Case number on LCS");
    }

    @Test
    void withNoHeaderMarkedLabelsInTheMiddleColumnShowTheTwoLanguages() throws Exception {
        LabelledDocument doc = word(List.of(
                row("Enw llawn", "Full name of the young person:", "Rhodri Vance"),
                row("Dyddiad geni", "Date of birth (required)", "12/03/2009"),
                row("Cyfeiriad", "Current address *", "4 Heol y Bryn, Banbury"),
                row("Rhif achos", "Case number on LCS:", "4455667")));
        Map<ReferralField, String> f = REFERRAL.read(doc).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Rhodri Vance")
                .containsEntry(ReferralField.CURRENT_ADDRESS, "4 Heol y Bryn, Banbury");
    }

    @Test
    void anOrdinaryThreeColumnTableKeepsItsLabelAndValue() {
        assertThat(QuestionTable.labelsInTwoColumns(List.of(
                List.of("Full name", "Rhodri Vance", "checked"),
                List.of("Date of birth", "12/03/2009", "checked"),
                List.of("Address", "4 Heol y Bryn", "not checked")))).isFalse();
        assertThat(QuestionTable.labelsInTwoColumns(List.of(List.of("No.", "Question", "Answer")))).isFalse();
    }

    @Test
    void aWelshLabelOverTheEnglishInOneCellIsOneLabelNotALabelAndItsAnswer() throws Exception {
        LabelledDocument doc = word(List.of(
                // the Welsh in bold, a line break, the English: one paragraph of two lines
                List.of(List.of("Enw'r person ifanc\n1.1 Young person's full name:"), List.of("Rhodri Vance")),
                List.of(List.of("Dyddiad geni\n1.2 Date of birth:"), List.of("12/03/2009"))));
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::label)
                .containsExactly("Enw'r person ifanc / Young person's full name", "Dyddiad geni / Date of birth");
        Map<ReferralField, String> f = REFERRAL.read(doc).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Rhodri Vance")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "12/03/2009");
    }

    @Test
    void aLabelWrappedInItsCellIsNoLabelInTwoLanguages() {
        assertThat(QuestionTable.labelLines("Name of\nYP")).isEqualTo("Name of\nYP");
        assertThat(QuestionTable.labelLines("PROVIDER SUBMITTING\nCONCERN")).isEqualTo("PROVIDER SUBMITTING\nCONCERN");
        assertThat(QuestionTable.labelLines("Why is the\nrisk unmanageable?")).isEqualTo("Why is the\nrisk unmanageable?");
        assertThat(QuestionTable.labelLines("Rhyw\nGender")).isEqualTo("Rhyw / Gender");
    }

    @Test
    void theWordsBeforeAQuestionsNumberOnALineAreItsLabelInTheOtherLanguage() {
        assertThat(LabelShapes.fromItsNumber("Enw llawn 1.1) Full name of the young person: Rhodri Vance"))
                .isEqualTo("1.1) Full name of the young person: Rhodri Vance");
        assertThat(LabelShapes.fromItsNumber("Cyfeiriad / 2/3 Current address")).isEqualTo("Cyfeiriad / Current address");
        assertThat(LabelShapes.fromItsNumber("She left at 3.15 pm")).isEqualTo("She left at 3.15 pm");
        assertThat(LabelShapes.fromItsNumber("Seen on 4.12 at the bus stop.")).isEqualTo("Seen on 4.12 at the bus stop.");
        var doc = new LabelledDocument("form.pdf", """
                Enw llawn Q1.1 Full name of the young person: Rhodri Vance
                Dyddiad geni Q1.2 Date of birth: 12/03/2009
                """, List.of());
        Map<ReferralField, String> f = REFERRAL.read(doc).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Rhodri Vance").containsEntry(ReferralField.DATE_OF_BIRTH, "12/03/2009");
    }

    @Test
    void aLineInTheOtherLanguageOverANumberedQuestionIsNoLabelWithAnAnswer() {
        assertThat(LabelShapes.labelOverNumberedQuestion("Enw'r gweithiwr", "Q3.1 Their allocated worker Carys Lowe")).isTrue();
        assertThat(LabelShapes.labelOverNumberedQuestion("Current address", "12 Church Street, Banbury")).isFalse();
        var doc = new LabelledDocument("form.pdf", """
                Enw gwaith
                Q1.1 Full name of the young person Rhodri Vance
                """, List.of());
        Map<ReferralField, String> f = REFERRAL.read(doc).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Rhodri Vance");
        assertThat(f.values()).doesNotContain("gwaith");
    }

    @Test
    void aLabelsHintWrappedOntoTheNextLineGoesOnWithTheLabel() {
        assertThat(LabelShapes.continuesLabel("Date of birth", "(dd/mm/yyyy): 12/03/2009")).isTrue();
        assertThat(LabelShapes.continuesLabel("Telephone", "(01295) 259855")).isFalse();
        var doc = new LabelledDocument("form.pdf", """
                Q1.2 Date of birth
                (dd/mm/yyyy): 12/03/2009
                """, List.of());
        assertThat(REFERRAL.read(doc).values()).containsEntry(ReferralField.DATE_OF_BIRTH, "12/03/2009");
    }
}
