package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form pasted into a mail as tabbed text (stop 71, tuned24 t24-ref-021): "Role of the person referring:<tab><tab>
 * Probation Officer" over "Team / org referring<tab><tab>Children We Care For Team (North)" is two rows of a label and
 * its answer, not two labels over two answers: the role took the next label and the referrer's name the team. Two
 * tabs typed for the look make no empty column. Labels over their answers in tabbed rows are still read so. People and
 * wordings invented for the test.
 */
class ALabelWithItsColonBesideItsAnswerInTabbedTextIsOnePairTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void aLabelEndedByItsColonBesideItsAnswerOverTheNextRowIsALabelAndItsAnswer() {
        Map<ReferralField, String> f = REFERRAL.read(TextDocuments.body("Referral\nFull name of the YP:\t\tReece Entwistle\n"
                + "Name of person filling this in\t\tConnor Oyelaran\nRole of the person referring:\t\tProbation Officer\n"
                + "Team / org referring\t\tYouth Justice Service\n")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Connor Oyelaran")
                .containsEntry(ReferralField.REFERRER_ROLE, "Probation Officer")
                .containsEntry(ReferralField.ORGANISATION, "Youth Justice Service");
    }

    @Test
    void labelsOverTheirAnswersInTabbedRowsAreStillReadSo() {
        Map<ReferralField, String> f = REFERRAL.read(TextDocuments.body("Referral\nFull name\tDate of birth\tLegal status\n"
                + "Reece Entwistle\t19/10/2006\tCare leaver\n")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Reece Entwistle")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "19/10/2006");
    }
}
