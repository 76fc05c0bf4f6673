package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.voids.VoidField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hint in brackets is weaker evidence, not nothing (issue 14): a hint that is itself a field's wording names the
 * field when the words outside it name none clearly, and a hint that only lists values does not move a label.
 * Wordings invented for these tests.
 */
class BracketedHintWordingsTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
    private final FieldCatalog<VoidField> voids = FieldCatalog.shipped(VoidField.class, "void-return");

    @Test
    void aHintThatIsAFieldsWordingNamesThatField() {
        assertThat(referral.match("Seeking asylum? (UASC)")).contains(ReferralField.UASC);
        assertThat(voids.match("Sent in by (provider)")).contains(VoidField.PROVIDER);
    }

    @Test
    void aHintListingValuesLeavesTheLabelItsField() {
        assertThat(referral.match("Legal status (CIN / LAC / care leaver)")).contains(ReferralField.LEGAL_STATUS);
        assertThat(referral.match("Date of birth (dd/mm/yyyy)")).contains(ReferralField.DATE_OF_BIRTH);
    }

    @Test
    void aLabelThatNamesItsFieldPlainlyKeepsItWhateverItsHint() {
        assertThat(referral.match("Full name (young person)")).contains(ReferralField.FULL_NAME);
    }

    @Test
    void aHintSayingWhoseItIsDoesNotTurnAPhoneIntoTheirName() {
        assertThat(referral.match("Landline number (referrer)")).contains(ReferralField.REFERRER_PHONE);
        assertThat(referral.match("Work email (referrer)")).contains(ReferralField.REFERRER_EMAIL);
    }

    @Test
    void aBareWordWithAHintSayingWhoseIsTheirsWhenTheTwoTogetherAreAWording() {
        assertThat(referral.match("Name (referrer)")).contains(ReferralField.REFERRER_NAME);
        assertThat(referral.match("Email [social worker]")).contains(ReferralField.SOCIAL_WORKER_EMAIL);
    }
}
