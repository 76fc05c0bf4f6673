package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** Initials written with full stops ("Y.P.", "S.W.", "D.O.B") are the same as without, when labels are matched. */
class InitialsWithFullStopsTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void initialsWithFullStopsAreTheInitialsWithout() {
        assertThat(Words.of("Y.P. full name")).isEqualTo(Words.of("YP full name"));
        assertThat(Words.of("Allocated s.w. email")).isEqualTo(Words.of("Allocated SW email"));
        assertThat(Words.of("Y.P.'s D.O.B")).isEqualTo(Words.of("YP's DOB"));
        assertThat(Words.of("Name of S.W./P.A.")).isEqualTo(Words.of("Name of SW/PA"));
    }

    @Test
    void aDateOfBirthsInitialsSpacedWithoutFullStopsAreItsInitials() {
        assertThat(Words.of("d o b of y.p.")).isEqualTo(Words.of("DOB of YP"));
        assertThat(referral.match("D O B")).contains(ReferralField.DATE_OF_BIRTH);
    }

    @Test
    void aLabelWithDottedInitialsFindsItsField() {
        assertThat(referral.match("Y.P. full name")).contains(ReferralField.FULL_NAME);
        assertThat(referral.match("Y.P.'s d.o.b")).contains(ReferralField.DATE_OF_BIRTH);
        assertThat(referral.match("S.W. email address")).contains(ReferralField.SOCIAL_WORKER_EMAIL);
    }
}
