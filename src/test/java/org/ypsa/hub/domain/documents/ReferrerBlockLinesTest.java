package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines of a referrer's block as typed in a body (stop 46): a role called by the words the form names its worker by,
 * a party's word and a dash before what of it is asked, a row's first cell that names the field whatever word it opens
 * with, and the first half of a wrapped label under a label left unanswered. Wordings invented for the tests.
 */
class ReferrerBlockLinesTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static Map<ReferralField, String> read(String body) {
        return REFERRAL.read(TextDocuments.bodyLines(body)).values();
    }

    private static List<String> entries(String body) {
        return TextFields.labelValues(body, "body").stream().map(e -> e.label() + " = " + e.value()).toList();
    }

    @Test
    void aRoleCalledByAnotherFieldsWordingBetweenTwoLabelsIsTheAnswerOfTheLabelAboveIt() {
        // "Leaving care PA" is a wording of the allocated worker; under the role's label, over the team's, it is the role
        Map<ReferralField, String> f = read("Full name of referrer\nOlwen Hart\nReferrer job title\nLeaving Care PA\n"
                + "Referring organisation name\nWest Housing Hub\nEmail address for referrer:\no.hart@council.test\n");
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "Leaving Care PA")
                .containsEntry(ReferralField.ORGANISATION, "West Housing Hub");
    }

    @Test
    void aPartysWordADashAndWhatOfItIsAskedIsThatFieldsLabel() {
        assertThat(read("Referrer - name:\nOlwen Hart\n\nReferrer - role\nFamily Support Worker\n\nTeam:\nWest Housing Hub\n"))
                .containsEntry(ReferralField.REFERRER_NAME, "Olwen Hart")
                .containsEntry(ReferralField.REFERRER_ROLE, "Family Support Worker");
        assertThat(read("Referrer - name:\nOlwen Hart\n\nREFERRER - ROLE (IF KNOWN)\nFamily Support Worker\n\nTeam:\nWest Housing Hub\n"))
                .containsEntry(ReferralField.REFERRER_ROLE, "Family Support Worker");
        // a name after the dash is the answer of the words before it
        assertThat(read("Referrer - Olwen Hart\nTeam: West Housing Hub\n")).containsEntry(ReferralField.REFERRER_NAME, "Olwen Hart");
    }

    @Test
    void aRowsFirstCellNamingAFieldIsItsLabelWhateverWordItOpensWith() {
        assertThat(read("Section B - Referrer\nForm filled in by (print name)\tOlwen Hart\nReferrer's position\tFamily Support Worker\n"
                + "Team you are in:\tWest Housing Hub\n"))
                .containsEntry(ReferralField.REFERRER_NAME, "Olwen Hart");
    }

    @Test
    void aLabelsFirstHalfLeftOpenUnderALabelLeftUnansweredIsNoAnswerOfIt() {
        String body = "FGC offered (in full): No\nFGC date (held or booked): \nDiversion /\n"
                + "prevention attempts : A short stay with an aunt was tried.\n";
        assertThat(entries(body)).contains("FGC date (held or booked) = ",
                "Diversion / prevention attempts = A short stay with an aunt was tried.");
        assertThat(read(body).get(ReferralField.FGC_DATE)).isNullOrEmpty();
    }

    @Test
    void aPrepositionAndAWordInSmallLettersAfterALabelAreTheLabelsOwnWords() {
        assertThat(read("Full name:\nIfan Cole\n\nStatus in law\ncare leaver\n\nTeam:\nWest Housing Hub\n"))
                .containsEntry(ReferralField.LEGAL_STATUS, "care leaver");
    }
}
