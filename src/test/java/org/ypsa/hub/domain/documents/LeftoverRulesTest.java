package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.table;

/**
 * Leftovers by type (issue 14): a required field still missing after matching takes a label left unplaced when the
 * value under it fits the field's type and the label is plainly the one; a field that is truly missing stays missing.
 * Wordings invented for the test.
 */
class LeftoverRulesTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void theOnlyLeftoverDateFillsTheOnlyMissingDateField() {
        var r = MASH.read(table("Young person's name", "Robin Tewksbury", "Came into the world on", "4 May 2010",
                "Presenting agency", "Youth Justice Service", "Homeless or threatened", "Threatened"));
        assertThat(r.values()).containsEntry(MashField.DATE_OF_BIRTH, "4 May 2010");
        assertThat(r.unplaced()).doesNotContain("Came into the world on");
    }

    @Test
    void aTextLeftoverNeedsWordsInCommonWithTheField() {
        Map<RiskField, String> f = RISK.read(table("Referral reference", "BRK/2026/0312", "Provider", "Stonewater",
                "Risk unable to manage", "Fire setting.", "Reason it cannot be managed", "No waking night staff.",
                "Anything else to add", "We hope to work with you again.")).values();
        assertThat(f.get(RiskField.RESOURCES)).as("nothing shared with the field's words").isNullOrEmpty();
    }

    @Test
    void aTextLeftoverSharingWordsWithTheOneMissingFieldFillsIt() {
        Map<RiskField, String> f = RISK.read(table("Referral reference", "BRK/2026/0312", "Provider", "Stonewater",
                "Risk unable to manage", "Fire setting.", "Reason it cannot be managed", "No waking night staff.",
                "Extra resourcing we would want", "Waking night cover for six weeks.")).values();
        assertThat(f).containsEntry(RiskField.RESOURCES, "Waking night cover for six weeks.");
    }

    @Test
    void aDateThatCouldBeEitherOfTwoMissingDatesIsNotGuessed() {
        // no date of birth on the form, and the date needed under a label sharing nothing with either field
        Map<ReferralField, String> f = REFERRAL.read(table("Full name", "Kit Barlow", "Legal status", "CIN",
                "Referrer name", "Jo Ash", "Referrer role", "Social worker", "Team", "Adolescent team",
                "Reason for referral", "Asked to leave.", "Moving in", "12/01/2027")).values();
        assertThat(f.get(ReferralField.DATE_OF_BIRTH)).isNullOrEmpty();
    }

    @Test
    void aSecondLabelOfAFilledFieldDoesNotFillAnotherFieldItNamesFarLess() {
        Map<RiskField, String> f = RISK.read(table("Referral reference", "BRK/2026/0312", "Provider", "Stonewater",
                "Risk unable to manage", "Fire setting.", "The risk we are not able to manage", "Arson last year.",
                "Reason it cannot be managed", "No waking night staff.")).values();
        assertThat(f.get(RiskField.RESOURCES)).isNullOrEmpty();
    }

    @Test
    void aSecondLabelOfAFilledFieldThatIsNotItsOwnWordingMayFillAMissingFieldItAlsoNames() {
        Map<ReferralField, String> f = REFERRAL.read(table("Full name", "Kit Barlow", "Referrer name", "Jo Ash",
                "Team name (referrer)", "Adolescent Team (South)")).values();
        assertThat(f).containsEntry(ReferralField.ORGANISATION, "Adolescent Team (South)");
        assertThat(f).containsEntry(ReferralField.REFERRER_NAME, "Jo Ash");
    }

    @Test
    void aChoiceHoldingNoneOfItsAnswersIsOpenToALeftoverThatIsOne() {
        var r = MASH.read(table("Young person's name", "Robin Tewksbury", "Date of birth", "4 May 2010",
                "Presenting agency", "Youth Justice Service", "Homeless young person", "(16/17) - see below",
                "Where things stand with housing", "Threatened"));
        assertThat(r.values()).containsEntry(MashField.STATUS, "Threatened");
    }

    @Test
    void aChoiceHoldingNoneOfItsAnswersKeepsItWhenNoLeftoverFits() {
        var r = MASH.read(table("Young person's name", "Robin Tewksbury", "Homeless young person", "see below"));
        assertThat(r.values()).containsEntry(MashField.STATUS, "see below");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Age at referral (years)", "Age when referred",
        "Date of this referral", "Number of previous referrals"})
    void aTextLeftoverWhoseLabelAsksForSomethingElseFillsNoFieldItSharesAWordWith(String label) {
        var r = MASH.read(table("Young person's name", "Robin Tewksbury", "Date of birth", "4 May 2010",
                label, "aged 16", "Agency making referral", " ", "Homeless or threatened", "Threatened"));
        assertThat(r.values().getOrDefault(MashField.AGENCY, "")).isBlank();
    }
}
