package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referral labels as staff write them (issue 14, stop 37): whose own name a label asks, an abbreviated deed, an
 * instruction or a hint on how to answer after the label's words, what happens if no bed is found today, why the young
 * person cannot stay where they are. Wordings invented for the test, none of them in config/forms.
 */
class ReferralLabelGrammarTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static Map<ReferralField, String> read(String body) {
        return REFERRAL.read(TextDocuments.bodyLines(body)).values();
    }

    @Test
    void aPartysOwnNameIsThatPartysName() {
        assertThat(REFERRAL.match("Referring worker's own name")).contains(ReferralField.REFERRER_NAME);
        assertThat(REFERRAL.match("Your own name")).contains(ReferralField.REFERRER_NAME);
    }

    @Test
    void aPartyADashAndItsThingAsksTheThingNotThePartysName() {
        assertThat(REFERRAL.match("Worker sending the form - role")).contains(ReferralField.REFERRER_ROLE);
        assertThat(REFERRAL.match("Young person - full name")).contains(ReferralField.FULL_NAME);
    }

    @Test
    void refByIsWhoReferredNotAReference() {
        assertThat(REFERRAL.match("Ref. by:")).contains(ReferralField.REFERRER_NAME);
        assertThat(read("Ref. by: Anna Bell\n")).containsEntry(ReferralField.REFERRER_NAME, "Anna Bell");
    }

    @Test
    void anEmailAddrIsAnEmailNotWhereSomeoneLives() {
        assertThat(REFERRAL.match("Referrer's e-mail addr")).contains(ReferralField.REFERRER_EMAIL);
    }

    @Test
    void whenAnAnswerIsRequiredIsNoAnswer() {
        assertThat(read("Family Group Conference offered - required for non-emergency\nYes\n"))
                .containsEntry(ReferralField.FGC_OFFERED, "Yes");
    }

    @Test
    void wordsEndingInAHintOnHowToAnswerAreTheLabelsAndTheAnswerIsUnderThem() {
        Map<ReferralField, String> f = read("Has the family been offered an FGC yet (Y/N)\nyes\n"
                + "Date of FGC held (if any)\n-\n");
        assertThat(f).containsEntry(ReferralField.FGC_OFFERED, "yes");
        assertThat(f.getOrDefault(ReferralField.FGC_DATE, "")).doesNotContain("held");
    }

    @Test
    void whatHappensIfNoBedIsFoundTodayAsksTheImmediateSafetyConcern() {
        assertThat(REFERRAL.match("If no placement tonight, where will the young person sleep?"))
                .contains(ReferralField.SAFETY_CONCERN);
        assertThat(REFERRAL.match("Plan today if nothing is found")).contains(ReferralField.SAFETY_CONCERN);
    }

    @Test
    void whetherAPlaceIsNeededTheSameDayAsksTheReferralsType() {
        assertThat(REFERRAL.match("Is a placement required the same day?")).contains(ReferralField.VARIANT);
    }

    @Test
    void whyTheYoungPersonCannotStayWhereTheyAreIsTheReasonNotTheirAddress() {
        assertThat(REFERRAL.match("Why can the young person no longer stay where they are?"))
                .contains(ReferralField.REASON);
        assertThat(REFERRAL.match("Reasons the YP is unable to live at home")).contains(ReferralField.REASON);
        // not staying tonight is still the emergency
        assertThat(REFERRAL.match("Why can the young person not stay at home tonight?"))
                .contains(ReferralField.SAFETY_CONCERN);
    }

    @Test
    void aHeadingOverItsFieldsLabelInSmallLettersHasItsAnswerUnderTheLabel() {
        assertThat(read("YOUNG PERSON\nfull name of the young person\nAnna Bell\n"))
                .containsEntry(ReferralField.FULL_NAME, "Anna Bell");
    }

    @Test
    void aLabelListingTheLegalStatusesAsksTheLegalStatus() {
        assertThat(REFERRAL.match("Looked after, care leaver, CIN?")).contains(ReferralField.LEGAL_STATUS);
        assertThat(read("LAC / CIN / care leaver? Care leaver\n")).containsEntry(ReferralField.LEGAL_STATUS, "Care leaver");
    }

    @Test
    void anAnswerStillAwaitedIsNoneYet() {
        assertThat(FieldValues.isNothing("Awaiting information")).isTrue();
        assertThat(FieldValues.isNothing("waiting on confirmation")).isTrue();
        assertThat(FieldValues.isNothing("Awaiting a court date for theft")).isFalse();
    }

    @Test
    void toBeConfirmedWithARemarkAndNoDateIsNoneYet() {
        assertThat(FieldValues.isNothing("TBC - after placement")).isTrue();
        assertThat(FieldValues.isNothing("TBA (when she has moved)")).isTrue();
        assertThat(FieldValues.isNothing("TBC - 12/12/2026 pencilled in")).isFalse();
    }
}
