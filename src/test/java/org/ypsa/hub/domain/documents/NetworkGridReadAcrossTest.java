package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.row;
import static org.ypsa.hub.domain.documents.Tables.word;

/**
 * A referral's professional network as a grid read across (stop 46, tuned20's long council forms): a header row
 * (role, name, team, phone, email) over a row per professional, the referrer's and the social worker's details only
 * there. Each row is a record keyed by its first cell. Wordings invented for the test.
 */
class NetworkGridReadAcrossTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static Map<ReferralField, String> read(List<List<List<String>>> rows) throws Exception {
        return REFERRAL.read(word(rows)).values();
    }

    @Test
    void theReferrersRowOfANetworkGridGivesTheReferrersDetailsAndItsBracketTheRole() throws Exception {
        Map<ReferralField, String> f = read(List.of(
                row("Role", "Name", "Team", "Phone", "Email"),
                row("Youth offending worker", "Priya Lund", "YOS North", "07700 900411", ""),
                row("Referring worker (Housing Officer)", "Dale Ormsby", "Westbury Housing Options", "01632 960118",
                        "d.ormsby@westbury.test"),
                row("Social worker", "Nadia Pell", "Care Leavers Team", "", "n.pell@westbury.test")));
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "Housing Officer")
                .containsEntry(ReferralField.REFERRER_NAME, "Dale Ormsby")
                .containsEntry(ReferralField.ORGANISATION, "Westbury Housing Options")
                .containsEntry(ReferralField.REFERRER_PHONE, "01632 960118")
                .containsEntry(ReferralField.REFERRER_EMAIL, "d.ormsby@westbury.test");
    }

    @Test
    void theSocialWorkersRowOfANetworkGridGivesTheSocialWorkersDetails() throws Exception {
        Map<ReferralField, String> f = read(List.of(
                row("Role", "Name", "Team", "Phone", "Email"),
                row("Social worker", "Nadia Pell", "Care Leavers Team", "", "n.pell@westbury.test"),
                row("Referring worker (Housing Officer)", "Dale Ormsby", "Westbury Housing Options", "01632 960118",
                        "d.ormsby@westbury.test")));
        assertThat(f).containsEntry(ReferralField.SOCIAL_WORKER_NAME, "Nadia Pell")
                .containsEntry(ReferralField.SOCIAL_WORKER_EMAIL, "n.pell@westbury.test")
                .containsEntry(ReferralField.ORGANISATION, "Westbury Housing Options");
    }
}
