package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name asked with a role ("Name / role", "Name and job title") is a worker's: never the young person's on a MASH
 * referral, whose only name is the child's (a school's safeguarding lead was routed as the child); on a referral it is
 * still the referrer's. Wordings invented for the test.
 */
class ANameAskedWithARoleIsAWorkersTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Name / role", "Name and job title", "Name & role", "Designation and name"})
    void aNameWithARoleIsNoChildsName(String label) {
        assertThat(MASH.match(label)).isNotEqualTo(java.util.Optional.of(MashField.NAME));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Your name and role", "Name and role of the person completing this form"})
    void aReferrersNameWithARoleIsStillTheReferrers(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.REFERRER_NAME);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Name", "Pupil name", "Young person's name"})
    void aNameAloneIsStillTheChilds(String label) {
        assertThat(MASH.match(label)).contains(MashField.NAME);
    }
}
