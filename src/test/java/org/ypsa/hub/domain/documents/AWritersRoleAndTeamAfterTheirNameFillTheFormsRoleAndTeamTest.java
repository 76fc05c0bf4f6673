package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's role and team written after their name in one answer, on any form that asks the writer's name, role and
 * team (asked: name and organisation of the writer), fill the role and team the form left unanswered, and only those.
 * Stop 72 (review of stop 71): read by the catalog, no longer rewritten by the referral's validator. People invented.
 */
class AWritersRoleAndTeamAfterTheirNameFillTheFormsRoleAndTeamTest {

    private static <F extends Enum<F>> Map<F, String> read(Class<F> type, String form, String body) {
        return FieldCatalog.shipped(type, form).read(TextDocuments.bodyLines(body)).values();
    }

    @Test
    void aReferrersRoleAndTeamAfterTheirNameAreTheReferralsRoleAndTeam() {
        Map<ReferralField, String> v = read(ReferralField.class, "referral",
                "Name: Tyler Grant\nReferrer: Gemma Shaw, Personal Adviser, Leaving Care Service\nEmail: g.shaw@council.test");
        assertThat(v.get(ReferralField.REFERRER_ROLE)).isEqualTo("Personal Adviser");
        assertThat(v.get(ReferralField.ORGANISATION)).isEqualTo("Leaving Care Service");
    }

    /** Stop 72 (tuned34 w14-ref-12): a council's letters after its place ("Tawelan CBC") are no second person's name. */
    @Test
    void aTeamEndingInItsCouncilsLettersIsTheTeam() {
        Map<ReferralField, String> v = read(ReferralField.class, "referral", "Name: Nia Roberts\n"
                + "Referrer: Aled Rowlands, Duty Team Manager, Duty & Assessment Team, Tawelan CBC\nEmail: a.rowlands@council.test");
        assertThat(v.get(ReferralField.REFERRER_ROLE)).isEqualTo("Duty Team Manager");
        assertThat(v.get(ReferralField.ORGANISATION)).isEqualTo("Duty & Assessment Team, Tawelan CBC");
    }

    @Test
    void aWorkersRoleAfterTheirNameIsTheIntelligenceSubmissionsRole() {
        Map<IntelligenceField, String> v = read(IntelligenceField.class, "intelligence-submission",
                "Submitted by: Aled Pryce, Youth Worker\nAgency: Hartsmere Youth Service\nEmail: a.pryce@youth.test");
        assertThat(v.get(IntelligenceField.ROLE)).isEqualTo("Youth Worker");
        assertThat(v.get(IntelligenceField.AGENCY)).isEqualTo("Hartsmere Youth Service");
    }

    @Test
    void aRoleTheFormAnsweredItselfIsKept() {
        Map<ReferralField, String> v = read(ReferralField.class, "referral",
                "Name: Tyler Grant\nReferrer: Gemma Shaw - Personal Adviser\nRole: Senior Practitioner\nTeam: Leaving Care");
        assertThat(v.get(ReferralField.REFERRER_ROLE)).isEqualTo("Senior Practitioner");
        assertThat(v.get(ReferralField.ORGANISATION)).isEqualTo("Leaving Care");
    }
}
