package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/** Label rules of the sixth round of issue 14, with invented wordings. */
class ContractionsAndMeaningsTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
    private final FieldCatalog<RiskField> risk = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @Test
    void aContractionIsTheWordsItStandsFor() {
        assertThat(Words.of("Risk we can't manage")).isEqualTo(Words.of("Risk we cannot manage"));
        assertThat(Words.of("Risk we can not manage")).isEqualTo(Words.of("Risk we cannot manage"));
        assertThat(Words.of("Why we don\u2019t think so")).doesNotContain("t");
        assertThat(Words.of("Risks we've identified")).doesNotContain("ve");
    }

    @Test
    void whatAProviderCannotHoldOrCopeWithIsTheRiskItCannotManage() {
        assertThat(risk.match("Risk we couldn't cope with")).contains(RiskField.RISK);
        assertThat(risk.match("Which risk can't you hold?")).contains(RiskField.RISK);
    }

    @Test
    void whatStopsSomeoneIsWhyTheyCannot() {
        assertThat(risk.match("What is preventing you managing the risk?")).contains(RiskField.REASON);
        assertThat(risk.match("What stops us holding this risk")).contains(RiskField.REASON);
    }

    @Test
    void aServiceAreaIsATeamNotAPlace() {
        assertThat(referral.match("Referrer's service area")).contains(ReferralField.ORGANISATION);
        assertThat(referral.match("Preferred area")).contains(ReferralField.PREFERRED_LOCALITY);
    }

    @Test
    void howSevereAsksTheSeverityANumberToRingThePhoneAndSettingOutTheDescription() {
        var incident = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
        assertThat(incident.match("How severe would you say it was?")).contains(SafeguardingField.SEVERITY);
        assertThat(incident.match("Set out what happened, start to end")).contains(SafeguardingField.DESCRIPTION);
        assertThat(referral.match("Which number do we ring you on?")).contains(ReferralField.REFERRER_PHONE);
    }

    @Test
    void aQuestionUnderAHeadingAsksWhatItSaysNotTheHeadingsField() {
        var doc = new org.ypsa.hub.domain.documents.LabelledDocument("body", "", java.util.List.of(
                new org.ypsa.hub.domain.documents.LabelledDocument.Entry("What is the risk?", "Fire setting in two placements.",
                        "line 3", "Our reasons")));
        assertThat(risk.read(doc).values()).containsEntry(RiskField.RISK, "Fire setting in two placements.");
    }

    @Test
    void aNumberToReachSomeoneOnIsTheirPhone() {
        assertThat(referral.match("Number we can reach you on")).contains(ReferralField.REFERRER_PHONE);
    }

    @Test
    void aReflexivePronounIsTheSelf() {
        assertThat(referral.match("Risk the young person poses to herself")).contains(ReferralField.RISK_TO_SELF);
        assertThat(referral.match("Any risk the YP poses to themself")).contains(ReferralField.RISK_TO_SELF);
    }

    @Test
    void whatWouldChangeTheProvidersDecisionIsWhatWouldEnableIt() {
        assertThat(risk.match("Is there anything that would change the decision?")).contains(RiskField.RESOURCES);
        assertThat(risk.match("What needs to be in place first")).contains(RiskField.RESOURCES);
    }

    @Test
    void cypIsTheChildOrYoungPersonAFormIsAbout() {
        FieldCatalog<org.ypsa.hub.domain.mash.MashField> mash = FieldCatalog.shipped(org.ypsa.hub.domain.mash.MashField.class,
                "mash-referral");
        assertThat(mash.match("CYP name")).contains(org.ypsa.hub.domain.mash.MashField.NAME);
        assertThat(referral.match("Name of CYP")).contains(ReferralField.FULL_NAME);
    }
}
