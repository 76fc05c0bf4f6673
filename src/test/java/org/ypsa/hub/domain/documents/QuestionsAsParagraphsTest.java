package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions laid out as paragraphs, each answer on the lines under its question with no blank line between: a line
 * under an answer that asks on its own (a question, a required star, a hint on how to answer) is the next label, not
 * more of the answer. The wordings are invented for these tests.
 */
class QuestionsAsParagraphsTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static Map<ReferralField, String> read(String body) {
        return REFERRAL.read(TextDocuments.bodyLines(body)).values();
    }

    /** Label and value of each entry the text reader finds, by the lines' shape alone (no form's wordings). */
    private static List<String> entries(String body) {
        return TextFields.labelValues(body, "body").stream().map(e -> e.label() + " = " + e.value()).toList();
    }

    @Test
    void byItsShapeAQuestionAStarredLabelOrAHintedLabelUnderAnAnswerStartsTheNextEntry() {
        assertThat(entries("Colour of the door:\nBlue with a brass knocker\nHow many windows face the street?\nThree\n"
                + "Name of the cat *\nMog\nRoof tiles (as fitted)\nSlate\nPath - please describe\nGravel, a little moss\n"))
                .containsExactly("Colour of the door = Blue with a brass knocker", "How many windows face the street? = Three",
                        "Name of the cat = Mog", "Roof tiles (as fitted) = Slate", "Path - please describe = Gravel, a little moss");
    }

    @Test
    void aQuestionUnderAnAnswerIsTheNextLabel() {
        Map<ReferralField, String> f = read("Full name:\nIfan Cole\nWhat is their date of birth?\n3 March 2009\n");
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "3 March 2009");
    }

    @Test
    void aLabelEndingInAHintOnHowToAnswerIsTheNextLabel() {
        Map<ReferralField, String> f = read("Full name:\nIfan Cole\nGender (as recorded)\nMale\n");
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole").containsEntry(ReferralField.GENDER, "Male");
    }

    @Test
    void aLabelWithAnInstructionAfterADashIsTheNextLabel() {
        Map<ReferralField, String> f = read("Full name:\nIfan Cole\nReason for referral - please describe\n"
                + "Arguments at home have got worse since the summer.\n");
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole")
                .containsEntry(ReferralField.REASON, "Arguments at home have got worse since the summer.");
    }

    @Test
    void aLabelMarkedRequiredIsTheNextLabel() {
        Map<ReferralField, String> f = read("Full name:\nIfan Cole\nDate of birth *\n3 March 2009\n");
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "3 March 2009");
    }

    @Test
    void anInstructionLeftWhereTheAnswerGoesIsNoAnswer() {
        Map<ReferralField, String> f = read("Full name: Ifan Cole\nReason for referral: please describe\n");
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole");
        assertThat(f.get(ReferralField.REASON)).isNullOrEmpty();
    }

    @Test
    void aSecondParagraphOfAnAnswerTypedAfterABlankLineWithTheFormGoingOnUnderItIsTheAnswers() {
        assertThat(entries("Colour of the door: Blue, with a brass knocker on it.\n\nThe paint is new this year.\n"
                + "Windows facing\nthe street: Three\n"))
                .containsExactly("Colour of the door = Blue, with a brass knocker on it.\nThe paint is new this year.",
                        "Windows facing the street = Three");
    }

    @Test
    void aSecondParagraphOfAnAnswerWithAQuestionUnderItIsTheAnswers() {
        assertThat(read("Reason for referral: Her dad has a new partner who will not have her in the house.\n\n"
                + "The duty worker agrees she cannot go back.\nHow will the YP be\nkept safe tonight? With a friend.\n"))
                .containsEntry(ReferralField.REASON, "Her dad has a new partner who will not have her in the house.\n"
                        + "The duty worker agrees she cannot go back.");
    }

    @Test
    void aSecondParagraphOfAnAnswerOverAQuestionAloneOnItsLineWithItsAnswerUnderItIsTheAnswers() {
        // a mail's client rewraps the question, its mark ending its line and the answer under it
        assertThat(entries("Colour of the door: Blue, with a brass knocker on it.\n\nThe paint is new this year.\n"
                + "How many windows\nface the street?\nThree at the front\n"))
                .first().isEqualTo("Colour of the door = Blue, with a brass knocker on it.\nThe paint is new this year.");
        assertThat(read("Reason for referral: Her dad has a new partner who will not have her in the house.\n\n"
                + "The duty worker agrees she cannot go back.\nHow will the YP be\nkept safe tonight?\nWith a friend.\n"))
                .containsEntry(ReferralField.REASON, "Her dad has a new partner who will not have her in the house.\n"
                        + "The duty worker agrees she cannot go back.");
        // a question closing the mail with nothing under it is no label: the paragraph above it is no answer's
        assertThat(entries("Colour of the door: Blue, with a brass knocker on it.\n\nThanks for looking at this today.\n"
                + "Any questions?\n"))
                .containsExactly("Colour of the door = Blue, with a brass knocker on it.");
    }

    @Test
    void aParagraphAfterTheFormsLastAnswerIsNoPartOfIt() {
        assertThat(entries("Colour of the door: Blue, with a brass knocker on it.\n\nThanks for looking at this today.\n"
                + "Ann Lee\n"))
                .containsExactly("Colour of the door = Blue, with a brass knocker on it.");
    }
}
