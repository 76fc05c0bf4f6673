package org.ypsa.hub.domain.forms;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk label written as a verb and its parties names the risk by who harms whom, never by the words it shares with
 * another field's wording: "Risks YP poses to others incl. staff" is the risk to others, "Who may harm YP" and "Is
 * anyone a risk to the young person?" the risk from others (issue 14; tuned15 rejected a referral with the first
 * unplaced, and "Risks presented by YP" had been read as the reason for referral). Wordings invented for the test.
 */
class RiskLabelsByWhoHarmsWhomTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Who may harm YP|RISK_FROM_OTHERS",
            "Who may harm the young person|RISK_FROM_OTHERS",
            "Is anyone a risk to the young person?|RISK_FROM_OTHERS",
            "People who pose a risk to YP|RISK_FROM_OTHERS",
            "Adults posing a risk to the young person|RISK_FROM_OTHERS",
            "Is the young person at risk from anyone?|RISK_FROM_OTHERS",
            "Could YP be harmed by others?|RISK_FROM_OTHERS",
            "Vulnerable to others?|RISK_FROM_OTHERS",
            "Risks YP poses to others incl. staff|RISK_TO_OTHERS",
            "Risks the young person poses|RISK_TO_OTHERS",
            "Risks YP may pose|RISK_TO_OTHERS",
            "Risks presented by YP|RISK_TO_OTHERS",
            "Is the YP a risk to anyone?|RISK_TO_OTHERS",
            "Who is the YP a risk to?|RISK_TO_OTHERS",
            "Who is at risk from YP|RISK_TO_OTHERS",
            "Violence / aggression towards others|RISK_TO_OTHERS",
            "Does the young person pose a risk to others?|RISK_TO_OTHERS",
            "Risk YP poses to self|RISK_TO_SELF"})
    void aRiskLabelNamesTheFieldOfWhoHarmsWhom(String label, ReferralField field) {
        assertThat(referral.match(label)).as(label).contains(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vulnerable to others|INWARD",
            "Vulnerability to adults|INWARD",
            "Risks YP poses|OUTWARD",
            "Risks others pose|INWARD",
            "Is the YP a risk to anyone?|OUTWARD",
            "Is anyone a danger to the YP?|INWARD",
            "Is the young person at risk from anyone?|INWARD"})
    void whoPosesTheRiskOrIsVulnerableSaysItsWay(String label, Direction way) {
        assertThat(Direction.of(label)).as(label).contains(way);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Risk of exploitation from adults", "Exploitation risk to the young person"})
    void aRiskWithAFieldOfItsOwnKeepsIt(String label) {
        assertThat(referral.match(label)).as(label).contains(ReferralField.EXPLOITATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date of the last risk assessment", "Date of risk to others assessment"})
    void aLabelAskingForADateIsNoRisk(String label) {
        Optional<ReferralField> f = referral.match(label);
        assertThat(f).as(label).isNotIn(Optional.of(ReferralField.RISK_TO_OTHERS), Optional.of(ReferralField.RISK_FROM_OTHERS),
                Optional.of(ReferralField.RISK_TO_SELF));
    }
}
