package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label asking for one fact (a date, a language) names no free-text field about another thing, and words of one
 * meaning are written one way (tuneV, stop 34; safety: duty staff act on what is routed). Invented wordings and values.
 */
class AnotherFactTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @ParameterizedTest
    @ValueSource(strings = {"Date of last LAC review", "  / Date of last LAC review", "Date of last CIN meeting"})
    void aLabelAskingForADateIsNoLegalStatus(String label) {
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.LEGAL_STATUS));
    }

    @Test
    void aLabelAskingForALanguageIsNoPreferredArea() {
        assertThat(REFERRAL.match("Preferred language")).isNotEqualTo(Optional.of(ReferralField.PREFERRED_LOCALITY));
        assertThat(REFERRAL.match("Preferred area")).contains(ReferralField.PREFERRED_LOCALITY);
    }

    @Test
    void aReviewsDateIsNotReadAsTheLegalStatus() {
        Map<ReferralField, String> values = REFERRAL.read(new LabelledDocument("a.docx", "", List.of(
                new LabelledDocument.Entry("Date of last LAC review", "12/10/2026", "table row 4"),
                new LabelledDocument.Entry("Legal status of the child", "Looked after", "table row 5")))).values();

        assertThat(values.get(ReferralField.LEGAL_STATUS)).isEqualTo("Looked after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Other options looked at", "What else has been looked into"})
    void optionsLookedAtWereExploredNotLookedAfter(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.DIVERSION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NAME OF PERSON COMPLETING FORM", "Name of person completing the form"})
    void thePersonCompletingTheFormIsTheReferrer(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.REFERRER_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gender pronouns used", "Q03_GENDER_PRONOUNS_USED", "Pronouns"})
    void thePronounsAYoungPersonUsesAreTheirGenderNotTheReasonForReferral(String label) {
        // tuned9 t9-ref-001 routed "female" as the reason for referral
        assertThat(REFERRAL.match(label)).contains(ReferralField.GENDER);
    }
}
