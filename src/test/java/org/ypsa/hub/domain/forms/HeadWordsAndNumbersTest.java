package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label is about its head word, and a question's number is not part of its label (issue 14, second round). The
 * wordings are invented here, none of them in config/forms or the variation corpus.
 */
class HeadWordsAndNumbersTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
    private final FieldCatalog<IntelligenceField> intel =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");

    @Test
    void theHeadIsTheLastWordOfTheFirstPhrase() {
        assertThat(Words.head("Named social worker telephone")).contains("phone");
        assertThat(Words.head("Date of the disclosure")).contains("date");
        assertThat(Words.head("Time it was reported")).contains("time");
        assertThat(Words.head("What did the young person say?")).isEmpty();
    }

    @Test
    void aWorkersEmailIsAnEmailNotTheWorkersName() {
        assertThat(referral.match("Named social worker email contact")).isNotEqualTo(
                java.util.Optional.of(ReferralField.SOCIAL_WORKER_NAME));
        assertThat(referral.match("Allocated SW email address")).contains(ReferralField.SOCIAL_WORKER_EMAIL);
    }

    @Test
    void aQuestionsNumberIsNotPartOfItsLabel() {
        assertThat(Words.withoutNumber("12. Date of birth")).isEqualTo("Date of birth");
        assertThat(Words.withoutNumber("Q7 Gender")).isEqualTo("Gender");
        assertThat(Words.withoutNumber("3a) Current address")).isEqualTo("Current address");
        assertThat(Words.withoutNumber("4 Reason for referral")).isEqualTo("Reason for referral");
        assertThat(Words.withoutNumber("3x5x2 grading")).isEqualTo("3x5x2 grading");
        assertThat(Words.withoutNumber("16/17 homeless")).isEqualTo("16/17 homeless");
        assertThat(referral.match("Q14. Date of birth")).contains(ReferralField.DATE_OF_BIRTH);
    }

    @Test
    void aSectionNumberBeforeALabelIsNoPartOfTheLabelOrTheAnswer() {
        assertThat(Words.withoutNumber("Q3.2 DATE OF BIRTH")).isEqualTo("DATE OF BIRTH");
        assertThat(Words.withoutNumber("2/4 Current address")).isEqualTo("Current address");
        assertThat(Words.withoutNumber("5.3 Which team are you in?")).isEqualTo("Which team are you in?");
        assertThat(Words.withoutNumber("3.1) Gender")).isEqualTo("Gender");
        assertThat(Words.withoutNumber("1.2.1 Gender")).isEqualTo("Gender");
        assertThat(Words.withoutNumber("2(c) Gender")).isEqualTo("Gender");
        assertThat(Words.withoutNumber("Q11_DATE_OF_BIRTH")).isEqualTo("DATE_OF_BIRTH");
        assertThat(Words.withoutNumber("RQ.12 DATE_OF_BIRTH")).isEqualTo("DATE_OF_BIRTH");
        // an age, a date or an amount is no number of a question
        assertThat(Words.withoutNumber("16/17 Shared")).isEqualTo("16/17 Shared");
        assertThat(Words.withoutNumber("9.11.2009")).isEqualTo("9.11.2009");
        assertThat(Words.withoutNumber("2.5 hours")).isEqualTo("2.5 hours");
        var sg = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
        var doc = new org.ypsa.hub.domain.documents.LabelledDocument("body", """
                3.1 Which young person? Carys Pennant-Lowe
                Q3.2 DATE OF BIRTH OF THE YOUNG PERSON 14/06/2009
                """, java.util.List.of());
        var read = sg.read(doc).values();
        assertThat(read).containsEntry(SafeguardingField.NAME, "Carys Pennant-Lowe");
        assertThat(read).containsEntry(SafeguardingField.DATE_OF_BIRTH, "14/06/2009");
    }

    @Test
    void aNumberedQuestionInABodyIsReadWithItsAnswer() {
        var sg = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
        var doc = new org.ypsa.hub.domain.documents.LabelledDocument("body", """
                5. Young person's name: Tamsin Orrell-Bede
                Q6 Date of birth: 04/02/2009
                """, java.util.List.of());
        var read = sg.read(doc).values();
        assertThat(read).containsEntry(SafeguardingField.NAME, "Tamsin Orrell-Bede");
        assertThat(read).containsEntry(SafeguardingField.DATE_OF_BIRTH, "04/02/2009");
    }

    @Test
    void whoPassedTheInformationOnIsItsSource() {
        assertThat(intel.match("Who provided these details")).contains(IntelligenceField.SOURCE);
    }
}
