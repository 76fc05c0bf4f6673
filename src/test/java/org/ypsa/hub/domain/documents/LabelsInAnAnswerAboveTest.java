package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions laid out as paragraphs, a label over its answer, some labels with no colon (stop 47, docx-questions): a
 * label with no mark was read as more of the answer above it, so that answer was cut before it and the answer under
 * it lost. Wordings invented for the test.
 */
class LabelsInAnAnswerAboveTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static Map<ReferralField, String> read(String body) {
        return REFERRAL.read(TextDocuments.bodyLines(body)).values();
    }

    @Test
    void aLabelWithNoMarkInTheAnswerAboveItKeepsTheAnswerUnderIt() {
        Map<ReferralField, String> f = read("Name of the person referring:\nMorwenna Tait\nYour post\nFamily Support Worker\n"
                + "Agency / team you work for:\nWest Housing Hub\nEmail we can reply to:\nm.tait@council.test\n"
                + "Your contact number (referrer)\n01865 000111\nAllocated social worker / personal adviser\nIolo Penn\n");
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Morwenna Tait")
                .containsEntry(ReferralField.REFERRER_ROLE, "Family Support Worker")
                .containsEntry(ReferralField.ORGANISATION, "West Housing Hub")
                .containsEntry(ReferralField.REFERRER_EMAIL, "m.tait@council.test");
        assertThat(f.get(ReferralField.SOCIAL_WORKER_NAME)).isEqualTo("Iolo Penn");
    }

    @Test
    void theLineUnderSuchALabelIsItsAnswerWhateverItReadsAs() {
        Map<ReferralField, String> f = read("Preferred area:\nCherwell\nLegal / care status\nLooked after\n"
                + "Is the YP a parent?\nNo\n");
        assertThat(f).containsEntry(ReferralField.PREFERRED_LOCALITY, "Cherwell")
                .containsEntry(ReferralField.LEGAL_STATUS, "Looked after");
    }

    @Test
    void aHeadingOverTheSameFieldsLabelIsNoLabelWithThatLabelAsItsAnswer() {
        Map<ReferralField, String> f = read("Preferred area:\nCherwell\nYoung person\nYoung person's name\nAmira Lowe\n"
                + "Date of birth\n1 May 2008\n");
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Amira Lowe");
    }
}
