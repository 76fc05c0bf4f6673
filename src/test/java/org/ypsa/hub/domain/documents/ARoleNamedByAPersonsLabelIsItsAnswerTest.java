package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referrer's role is often a person's label of the form ("Social worker", "Personal adviser") with a note of whose:
 * it is the role's answer. A label with a hint on how to answer run into an empty role's cell is still no answer.
 * Wordings invented for the test.
 */
class ARoleNamedByAPersonsLabelIsItsAnswerTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static String role(String answer) {
        return REFERRAL.read(Tables.wordTable("Referrer name\tMorwenna Price", "Role\t" + answer,
                "Organisation / team\tChildren in Need Team")).values().get(ReferralField.REFERRER_ROLE);
    }

    @Test
    void aJobTitleThatIsAPersonsLabelWithANoteOfWhoseIsTheRole() {
        assertThat(role("Social Worker (the baby's SW)")).isEqualTo("Social Worker (the baby's SW)");
        assertThat(role("Personal Adviser for Leaving Care")).isEqualTo("Personal Adviser for Leaving Care");
    }

    @Test
    void aPersonsLabelWithItsHintOnHowToAnswerIsNoRole() {
        assertThat(role("Social worker name (if not the referrer)")).isBlank();
    }
}
