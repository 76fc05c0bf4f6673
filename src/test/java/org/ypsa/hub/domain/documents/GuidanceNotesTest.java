package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** The form's printed guidance is written to whoever fills it in: neither a label nor an answer. */
class GuidanceNotesTest {
    @Test
    void aSentenceAboutTheFormItselfIsGuidance() {
        assertThat(GuidanceNotes.isGuidance("Only complete this section for a young person in care.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Use this form only for young people aged 16 and 17.")).isTrue();
    }

    @Test
    void aSentenceAboutTheFormsPartsInThePluralIsGuidance() {
        assertThat(GuidanceNotes.isGuidance("Every question should be answered by the allocated worker.")).isFalse();
        assertThat(GuidanceNotes.isGuidance("All questions should be answered by the allocated worker.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Fields expand when you type into them. Keep answers brief.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Sections left blank will delay the decision.")).isFalse();
        assertThat(GuidanceNotes.isGuidance("Boxes were found in her room with stolen phones.")).isFalse();
    }

    @Test
    void aSentenceAboutTheTemplatesBoxesByTheirLookIsGuidance() {
        assertThat(GuidanceNotes.isGuidance("Please type in the grey boxes. Use N/K for not known.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Complete the shaded areas in black ink.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Staff found grey boxes of phones in her room.")).isFalse();
    }

    @Test
    void aSentenceTellingWhatToWriteIsGuidance() {
        assertThat(GuidanceNotes.isGuidance("Give the young person's name as on the referral.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Describe any work done with the family so far.")).isTrue();
    }

    @Test
    void answersLabelsAndShortLinesAreNotGuidance() {
        assertThat(GuidanceNotes.isGuidance("Sam was seen leaving the flat with two older males.")).isFalse();
        assertThat(GuidanceNotes.isGuidance("Give details of the incident")).isFalse();
        assertThat(GuidanceNotes.isGuidance("Leave blank.")).isFalse();
    }

    @Test
    void aSentenceTellingWhenToSendOrWhomToRingIsGuidance() {
        assertThat(GuidanceNotes.isGuidance("Send within 24 hours. Ring 999 first if anyone is in danger now.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Submit by noon on the Monday of each week.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Sent home from school after a fight with another pupil.")).isFalse();
    }

    @Test
    void aTemplatesInstructionsWithAColonAreGuidanceNotALabelAndItsAnswer() {
        assertThat(GuidanceNotes.isGuidance("The document has fill-in fields: tap a field to type and tap a box to tick it."))
                .isTrue();
        assertThat(GuidanceNotes.isGuidance("How to use this template: click each shaded area and type your answer."))
                .isTrue();
        assertThat(GuidanceNotes.isGuidance("Double-click the check box and choose Checked to tick it.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Describe the incident in full: Idris was kept in hospital overnight.")).isFalse();
        assertThat(GuidanceNotes.isGuidance("Complete breakdown of the placement after the assault.")).isFalse();
    }

    @Test
    void aLabelEndingInAPointerToTheGuidanceIsNoAnswer() {
        assertThat(GuidanceNotes.pointsToGuidance("OFFICER (SEE GUIDANCE NOTES)")).isTrue();
        assertThat(GuidanceNotes.pointsToGuidance("(refer to notes):")).isTrue();
        assertThat(GuidanceNotes.pointsToGuidance("support needs (please see the notes overleaf)")).isTrue();
        assertThat(GuidanceNotes.pointsToGuidance("Tadhg Ap Gruffydd")).isFalse();
        assertThat(GuidanceNotes.pointsToGuidance("see attached")).as("an answer that points to a file").isFalse();
        assertThat(GuidanceNotes.pointsToGuidance("Seen at 10:30 on 3 May by the night worker (see notes)"))
                .as("an account that goes on to its notes").isFalse();
    }

    @Test
    void theReferrerUnderALabelPointingToTheGuidanceIsTheAnswer() {
        FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
        LabelledDocument body = TextDocuments.body("Referral for supported accommodation\n\nYP full name:\nMorwenna Trice\n\n"
                + "Person making this referral\nREFERRING OFFICER (SEE GUIDANCE NOTES)\nIfan Caradog\n\n"
                + "Your role (in full)\nPersonal Adviser\n");
        assertThat(referral.read(body).values().get(ReferralField.REFERRER_NAME)).isEqualTo("Ifan Caradog");
    }

    @Test
    void aLabelPointingToTheGuidanceAsksWhatItsWordsBeforeThePointerAsk() {
        FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
        LabelledDocument body = TextDocuments.body("Referral for supported accommodation\n\nPerson referring:\nIfan Caradog\n\n"
                + "REFERRER - TEAM (REFER TO NOTES)\nAdolescent Team (South)\n\nRole (referrer):\nPersonal Adviser\n");
        assertThat(referral.read(body).values()).containsEntry(ReferralField.REFERRER_NAME, "Ifan Caradog")
                .containsEntry(ReferralField.ORGANISATION, "Adolescent Team (South)");
    }

    @Test
    void anAnswerAfterAColonThatGoesOnToTheNotesKeepsItsAnswer() {
        FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
        LabelledDocument body = TextDocuments.body("Referral for supported accommodation\n\nYP full name: Morwenna Trice\n"
                + "Referrer name: Ifan Caradog (see notes)\nReferrer role: Personal Adviser\n");
        assertThat(referral.read(body).values().get(ReferralField.REFERRER_NAME)).startsWith("Ifan Caradog");
    }

    /** Stop 70 (tuned33): a rule for a kind of referral, after a colon, is the form's notes, not a label and its answer. */
    @org.junit.jupiter.api.Test
    void aRuleForAKindOfReferralAfterAColonIsGuidance() {
        assertThat(GuidanceNotes.isGuidance("Non-emergency referrals: a Family Group Conference must have been offered "
                + "before referral.")).isTrue();
        assertThat(GuidanceNotes.isGuidance("Emergency referrals: the immediate safety concern must be described.")).isTrue();
    }

    @Test
    void aLabelAndItsAnswerThatSaysMustIsNoGuidance() {
        assertThat(GuidanceNotes.isGuidance("Referral type: non-emergency, FGC offered on 12 November.")).isFalse();
        assertThat(GuidanceNotes.isGuidance("Reason for referral: she must leave the foster home by Christmas.")).isFalse();
    }
}
