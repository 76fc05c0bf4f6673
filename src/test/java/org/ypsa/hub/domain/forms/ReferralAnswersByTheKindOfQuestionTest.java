package org.ypsa.hub.domain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

/**
 * The referral's answers found by the kind of question that asks them, not by one form's words: whether the young
 * person knows of, agrees to or is happy with the referral asks consent; a family meeting held or completed is the
 * family group conference; a same-day or planned request asks the referral's type; the part of the county the young
 * person is from is the area; the section of the Children Act is the legal status, and a parent's status is none.
 */
class ReferralAnswersByTheKindOfQuestionTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    private Optional<ReferralField> read(String label) {
        return referral.match(label);
    }

    @Test
    void aYesNoQuestionWhetherTheYoungPersonKnowsOrAgreesToTheReferralAsksConsent() {
        assertThat(read("Is the young person happy for this referral to be made?")).contains(ReferralField.CONSENT);
        assertThat(read("Young person aware of referral (Y/N)")).contains(ReferralField.CONSENT);
        assertThat(read("YP happy with referral Y/N")).contains(ReferralField.CONSENT);
        assertThat(read("Does the young person know about this and agree?")).contains(ReferralField.CONSENT);
        // being aware of something else asks nothing of the referral
        assertThat(read("Is the young person aware of the risks?")).isNotEqualTo(Optional.of(ReferralField.CONSENT));
    }

    @Test
    void aFamilyMeetingHeldOrCompletedIsTheFamilyGroupConferenceNeverTheReferrer() {
        assertThat(read("Has a family meeting been held?")).contains(ReferralField.FGC_OFFERED);
        assertThat(read("FGC completed Y/N")).contains(ReferralField.FGC_OFFERED);
        assertThat(read("Family group conference completed with the family?")).contains(ReferralField.FGC_OFFERED);
        assertThat(read("Date of family meeting")).contains(ReferralField.FGC_DATE);
        assertThat(read("When did the family meeting happen?")).contains(ReferralField.FGC_DATE);
    }

    @Test
    void aSameDayOrPlannedRequestAsksTheReferralsType() {
        assertThat(read("Same-day or planned referral")).contains(ReferralField.VARIANT);
        assertThat(read("Planned or same day?")).contains(ReferralField.VARIANT);
        assertThat(read("Same-day accommodation request?")).contains(ReferralField.VARIANT);
    }

    @Test
    void thePartOfTheCountyTheYoungPersonIsFromIsTheArea() {
        assertThat(read("Which part of the borough does the young person come from?")).contains(ReferralField.PREFERRED_LOCALITY);
        assertThat(read("Which part of the city is the YP from?")).contains(ReferralField.PREFERRED_LOCALITY);
    }

    @Test
    void theSectionOfTheChildrenActOrTheLegalOrderIsTheLegalStatus() {
        assertThat(read("Under which section of the Children Act is the YP?")).contains(ReferralField.LEGAL_STATUS);
        assertThat(read("Which legal order applies?")).contains(ReferralField.LEGAL_STATUS);
        assertThat(read("Looked after? CIN? Care leaver?")).contains(ReferralField.LEGAL_STATUS);
    }

    @Test
    void aParentsOrAnAsylumSeekersStatusIsNoLegalStatus() {
        assertThat(read("Young parent status")).contains(ReferralField.PARENT);
        assertThat(read("Asylum status")).isNotEqualTo(Optional.of(ReferralField.LEGAL_STATUS));
        assertThat(read("Care status")).contains(ReferralField.LEGAL_STATUS);
    }
}
