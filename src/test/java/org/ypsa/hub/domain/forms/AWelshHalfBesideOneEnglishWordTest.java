package org.ypsa.hub.domain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

/**
 * A label "Welsh / English" is two wordings, each half one: an English half of a single word beside a half wholly in
 * Welsh is read as that word ("Lles / Wellbeing" is the wellbeing), while a single word either side in one language is
 * two alternatives, read whole ("Parent / guardian"). The wordings are invented here.
 */
class AWelshHalfBesideOneEnglishWordTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
    private final LabelMatcher matcher = new LabelMatcher(FormLibrary.shipped().form("referral"));

    @Test
    void theEnglishWordBesideAWelshHalfIsRead() {
        assertThat(referral.match("Lles / Wellbeing")).contains(ReferralField.MENTAL_HEALTH);
        assertThat(referral.match("Ardal / Locality")).contains(ReferralField.PREFERRED_LOCALITY);
        assertThat(referral.match("Caniatâd / Consent")).contains(ReferralField.CONSENT);
        // the Welsh half says more than the English word alone: support needs, not a date needed
        assertThat(referral.match("Anghenion cymorth / Needs")).contains(ReferralField.SUPPORT_NEEDS);
    }

    @Test
    void oneWordEitherSideInOneLanguageStaysWhole() {
        assertThat(matcher.knownHalf("Parent / guardian")).isEmpty();
        assertThat(matcher.knownHalf("Date / time")).isEmpty();
    }
}
