package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a mail body laid out as label lines with the answer under each: words after a choice's label that are none of
 * its answers are the label's end, and the answer is the line under it; a digit in a bracketed hint after a wording
 * is the hint's, not a value (issue 14).
 */
class LabelEndsBeforeAnswerLineTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    private static Map<MashField, String> read(String body) {
        return MASH.read(TextDocuments.body(body)).values();
    }

    @Test
    void wordsAfterAChoicesLabelThatAreNoAnswerEndTheLabelAndTheLineUnderItIsTheAnswer() {
        assertThat(read("Housing status now\nHomeless\n")).containsEntry(MashField.STATUS, "Homeless");
    }

    @Test
    void theChoicesPrintedAfterAYesNoLabelAreItsHintAndTheAnswerIsTheLineUnderIt() {
        assertThat(read("Has mediation been tried? (Y/N)\nNo - family refused\n"))
                .containsEntry(MashField.MEDIATION, "No - family refused");
        assertThat(read("Mediation tried (yes / no)\nYes\n")).containsEntry(MashField.MEDIATION, "Yes");
    }

    @Test
    void aLineWithALabelOfItsOwnUnderAChoiceIsNotItsAnswer() {
        assertThat(read("Housing status now\nKnown to CSC: Homeless team\n"))
                .doesNotContainEntry(MashField.STATUS, "Homeless");
    }

    @Test
    void aDigitInABracketedHintAfterAWordingIsTheHintsNotAValue() {
        Map<MashField, String> f = read("Hi\n\nChild's date of birth (16/17)\n16 May 2009\n\n");
        assertThat(f).containsEntry(MashField.DATE_OF_BIRTH, "16 May 2009").doesNotContainKey(MashField.NAME);
    }

    @Test
    void aQuestionUnderAChoicesLabelIsNotItsAnswerNorIsTheQuestionsOwnEnd() {
        assertThat(read("Agency presenting the YP:\nDistrict housing - Cherwell\nIs the YP homeless tonight or threatened?\n"
                + "Homeless\nMediation\nno\n")).containsEntry(MashField.STATUS, "Homeless");
        assertThat(read("HOUSING AND FAMILY\nIs the YP homeless now?\n( ) Homeless now  (X) Threatened with homelessness\n"))
                .containsEntry(MashField.STATUS, "Threatened");
    }
}
