package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label whose words go on in small letters after a field's word, alone on its line over an answer that opens with a
 * figure ("Address at time of referral" over "14 Mill Lane, ..."): the whole line is the question, the line under it
 * the answer (stop 40, body40: tuned16 routed a MASH referral's address as "at time of referral"). Wordings are ours.
 */
class LabelWordsOverAFigureTest {
    private final FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");

    private String address(String text) {
        return mash.read(new LabelledDocument("the email body", text, TextFields.labelValues(text, "line"))).values()
                .get(MashField.ADDRESS);
    }

    @Test
    void theWordsAfterTheFieldsWordAreTheQuestionsWhenTheAnswerUnderItOpensWithAFigure() {
        assertThat(address("Name of young person:\nTomos Reed\n\nAddress at time of referral\n14 Mill Lane, Bala, LL23 7AB\n\n"
                + "Referring agency:\nBala Housing Options\n")).isEqualTo("14 Mill Lane, Bala, LL23 7AB");
        assertThat(address("Name of young person:\nTomos Reed\n\nAddress where staying tonight\n3 Bridge St, Corwen\n"))
                .isEqualTo("3 Bridge St, Corwen");
    }

    @Test
    void anAddressOnTheLabelsOwnLineIsStillItsAnswer() {
        assertThat(address("Name of young person: Tomos Reed\nAddress 14 Mill Lane, Bala\nReferring agency: Bala Housing\n"))
                .isEqualTo("14 Mill Lane, Bala");
    }

    @Test
    void theNextNumberedQuestionUnderALabelAndItsAnswerIsNoAnswer() {
        // a council form's numbered questions as a PDF's text: the next question opens with its number, no answer
        String text = "1.1 Name of young person: Tomos Reed\n1.2 Agency referring Bala Housing Options\n"
                + "1.3 Email for the referrer s.jones@bala.council.test\n";
        assertThat(mash.read(new LabelledDocument("the form", text, TextFields.labelValues(text, "line"))).values()
                .get(MashField.AGENCY)).isEqualTo("Bala Housing Options");
    }
}
