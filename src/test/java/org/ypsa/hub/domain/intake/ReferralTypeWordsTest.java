package org.ypsa.hub.domain.intake;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** How a referral says it is an emergency, in invented wordings: a planned move is the other of an emergency. */
class ReferralTypeWordsTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void aQuestionOfEmergencyOrAPlannedMoveAsksTheReferralsType() {
        assertThat(referral.match("Emergency or a planned placement?")).contains(ReferralField.VARIANT);
        assertThat(referral.match("Planned or emergency?")).contains(ReferralField.VARIANT);
        assertThat(ReferralTypeWords.variant("Referral\n", "Yes", "Referral")).isEqualTo(Referral.EMERGENCY);
    }

    @Test
    void needingABedTodayOrTonightIsAnEmergency() {
        assertThat(referral.match("Will the young person need a bed tonight?")).contains(ReferralField.VARIANT);
        assertThat(referral.match("Is the young person safe tonight?")).contains(ReferralField.SAFETY_CONCERN);
    }

    @Test
    void anEmergencyQuestionAnsweredNoUnderItIsNoEmergency() {
        assertThat(ReferralTypeWords.variant("Mosaic\nHousing request\n1.1 Emergency bed wanted (Y/N):\nNo\n1.2 Name:\nIfan Cole\n",
                null, "Referral IC")).isEqualTo(Referral.NON_EMERGENCY);
        assertThat(ReferralTypeWords.variant("Mosaic\nHousing request\n1.1 Same-day bed wanted:\nYes\n1.2 Name:\nIfan Cole\n",
                null, "Referral IC")).isEqualTo(Referral.EMERGENCY);
    }

    @Test
    void aSameDayReferralIsAnEmergency() {
        assertThat(ReferralTypeWords.variant("Same-day placement request\nName: Ifan Cole\n", null, "Referral IC"))
                .isEqualTo(Referral.EMERGENCY);
        assertThat(ReferralTypeWords.variant("Referral\nName: Ifan Cole\n", null, "Same day referral - IC"))
                .isEqualTo(Referral.EMERGENCY);
    }

    @Test
    void emergencyAndPlannedSideBySideAskTheTypeAndATickListBetweenThemSaysItsMarkedOne() {
        assertThat(referral.match("Emergency / planned (tick)")).contains(ReferralField.VARIANT);
        assertThat(ReferralTypeWords.variant("Referral: planned\nEmergency / planned (tick)\n[ ] Emergency  [\u2713] Planned\n",
                null, "RE: referral form JG")).isEqualTo(Referral.NON_EMERGENCY);
        assertThat(ReferralTypeWords.variant("Referral\nEmergency / planned (tick)\n[\u2713] Emergency  [ ] Planned\n",
                null, "RE: referral form JG")).isEqualTo(Referral.EMERGENCY);
    }

    /**
     * Stop 70 (tuned33): a covering note's sentence taken for the type's answer ("Emergency referral attached for" /
     * "Daniel, 16. Dad has told him not to come back.") says no "no": its "not" is no answer to "Is this an emergency?".
     * An emergency referral was read as a non-emergency one, rejected for its Family Group Conference and no alert raised.
     */
    @Test
    void aSentenceTakenForTheTypesAnswerIsNoNoToAnEmergency() {
        assertThat(ReferralTypeWords.variant("Referral form\nEmergency or non-emergency referral\ndelete as appropriate\tEMERGENCY\n",
                "Daniel, 16. Dad has told him not to come back. I'm on my mobile all day.", "Emergency referral - D.O."))
                .isEqualTo(Referral.EMERGENCY);
    }

    @Test
    void aNoSaidFirstStillAnswersThatTheReferralIsNoEmergency() {
        assertThat(ReferralTypeWords.variant("Referral\n", "No - planned move", "Referral")).isEqualTo(Referral.NON_EMERGENCY);
    }
}
