package org.ypsa.hub.domain.documents;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.LabelMatcher;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date label naming another thing's date ("Date of referral", "Date signed", "Today's date") is not the date a field
 * asks for: a long council form's declaration date must never be routed as the date accommodation is needed or an
 * incident's date (issue 14, safety).
 */
class DatesOfOtherThingsTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<SafeguardingField> SG =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    @ParameterizedTest
    @ValueSource(strings = {"Date", "Date:", "Date signed", "Signature date", "Today's date", "Date of referral",
        "Date of assessment", "Date of last review", "Date of the needs assessment", "Date of needs assessment (if done)"})
    void theDateOfAnotherThingIsNotTheDateNeeded(String label) {
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.DATE_NEEDED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Current placement started", "Previous placement ended", "Current placement began on"})
    void whenAnotherPlacementStartedOrEndedIsNotTheDateNeeded(String label) {
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.DATE_NEEDED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date of referral", "Today's date", "Signature date", "Start date"})
    void theDateOfAnotherThingIsNotAnIncidentsOrAMediationsDate(String label) {
        assertThat(SG.match(label)).isNotEqualTo(Optional.of(SafeguardingField.INCIDENT_DATE));
        assertThat(MASH.match(label)).isNotEqualTo(Optional.of(MashField.MEDIATION_DATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date needed", "Date accommodation is needed from", "Placement required from (date)",
        "Move-in date", "Date the young person needs to move"})
    void theDateNeededHoweverWordedIsStillIt(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.DATE_NEEDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date it took place", "Date and time it took place", "Date it happened"})
    void theDateSomethingTookPlaceMayBeAnIncidentsDateButNeverTheDateNeeded(String label) {
        LabelMatcher incident = new LabelMatcher(FormLibrary.shipped().form("safeguarding-incident"));
        assertThat(incident.aboutAnotherThing(FormLibrary.idOf(SafeguardingField.INCIDENT_DATE), label)).isFalse();
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.DATE_NEEDED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date of birth (YP) \u2013 please check", "Date of birth please check", "Date of birth / age",
        "Date of birth given by the police", "Date of birth as given to us"})
    void aDateOfBirthWithAnInstructionIsStillTheDateOfBirth(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.DATE_OF_BIRTH);
    }

    @Test
    void theTimeOfDayIsAnIncidentsTime() {
        assertThat(SG.match("Time of day")).contains(SafeguardingField.INCIDENT_TIME);
    }

    @Test
    void anIncidentsBareDateAndTimeAreStillItsOwn() {
        assertThat(SG.match("Date")).contains(SafeguardingField.INCIDENT_DATE);
        assertThat(SG.match("Time")).contains(SafeguardingField.INCIDENT_TIME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date/time", "Time and date", "WHEN (DATE AND TIME OF INCIDENT)", "Date & time"})
    void aLabelOfDateWordsOnlyIsAFieldsWordedSo(String label) {
        assertThat(SG.match(label)).contains(SafeguardingField.WHEN);
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.DATE_NEEDED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date of by", "Time of given", "Date of - to"})
    void aDateLabelNamingNothingAfterItsOfIsStillReadWithoutFailing(String label) {
        assertThat(SG.match(label)).isNotEqualTo(Optional.of(SafeguardingField.DESCRIPTION));
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.FULL_NAME));
    }
}
