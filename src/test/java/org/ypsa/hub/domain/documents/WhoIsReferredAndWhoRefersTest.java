package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.table;
import static org.ypsa.hub.domain.documents.Tables.wordTable;

/**
 * Who a label asks of when it speaks of referring: the person "you are referring" is the young person, not the
 * referrer ("Name of the young person you are referring" was read as the referrer's name, and the young person's then
 * came from "Young person born on ..." beside it); "Who is referring?" asks who makes the referral, not whom; and on a
 * MASH referral, which has no referrer of its own, who refers the child ("Referred from", "Who is referring?") is the
 * presenting agency. Wordings invented for the test.
 */
class WhoIsReferredAndWhoRefersTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Name of the young person you are referring", "Young person you're referring",
            "Name of the child we are referring", "Full name of the person you have referred"})
    void thePersonYouAreReferringIsTheYoungPersonNotTheReferrer(String label) {
        Map<ReferralField, String> f = REFERRAL.read(wordTable(label + ":\tTomos ap Rhys\tYoung person born on "
                + "(dd/mm/yyyy)\t14/05/2008", "Referring worker\tSian Prosser\tRole\tSocial Worker")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Tomos ap Rhys")
                .containsEntry(ReferralField.REFERRER_NAME, "Sian Prosser");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Person referring", "Name of person referring", "Who is referring?"})
    void theOneReferringIsStillTheReferrer(String label) {
        Map<ReferralField, String> f = REFERRAL.read(table("Young person's name", "Tomos ap Rhys", label,
                "Sian Prosser")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Sian Prosser")
                .containsEntry(ReferralField.FULL_NAME, "Tomos ap Rhys");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Who are you referring?", "Who is being referred?", "Who has been referred?"})
    void aQuestionWhoIsReferredAsksTheYoungPersonsName(String label) {
        Map<ReferralField, String> f = REFERRAL.read(table(label, "Tomos ap Rhys")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Tomos ap Rhys");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Referred from", "Who is referring?", "Referred by"})
    void whoRefersTheChildToTheMashIsThePresentingAgency(String label) {
        Map<MashField, String> f = MASH.read(table("Child's name", "Tomos ap Rhys", label,
                "District housing - Cherwell")).values();
        assertThat(f).containsEntry(MashField.AGENCY, "District housing - Cherwell")
                .containsEntry(MashField.NAME, "Tomos ap Rhys");
    }
}
