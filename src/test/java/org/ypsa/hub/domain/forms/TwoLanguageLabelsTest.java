package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label in two languages is read by the half the form knows; a clause after a label's noun does not change what it
 * is about; what the sender wants to tell the police is the information (issue 14, round 13). The wordings are
 * invented here (the Welsh halves stand for any words the form does not know), none of them in config/forms or the
 * variation corpus.
 */
class TwoLanguageLabelsTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
    private final FieldCatalog<IntelligenceField> intel =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");

    @Test
    void theHalfTheFormKnowsIsRead() {
        assertThat(intel.match("Teitl swydd yr aelod staff / Job title of staff member")).contains(IntelligenceField.ROLE);
        assertThat(intel.match("Ble digwyddodd hyn / Place where this happened")).contains(IntelligenceField.LOCATION);
        assertThat(intel.match("Manylion i'w trosglwyddo / Intelligence to pass on")).contains(IntelligenceField.INFORMATION);
        assertThat(referral.match("Pryderon gan oedolion eraill / Risk from other adults"))
                .contains(ReferralField.RISK_FROM_OTHERS);
        // English first works the same way
        assertThat(intel.match("Staff member's job title / Teitl swydd yr aelod staff")).contains(IntelligenceField.ROLE);
    }

    @Test
    void aLabelWhoseHalvesBothHoldTheFormsWordsIsReadWhole() {
        LabelMatcher m = new LabelMatcher(FormLibrary.shipped().form("referral"));
        assertThat(m.knownHalf("Social worker / PA")).isEmpty();
        assertThat(m.knownHalf("Gwaith cymdeithasol / Social work team")).contains("Social work team");
        assertThat(m.knownHalf("Date/time")).isEmpty();
        assertThat(m.knownHalf("Carer / gofalwr cyswllt")).isEmpty();
        assertThat(m.knownHalf("Housing need (now / rhybudd)")).isEmpty();
    }

    @Test
    void ofTwoHalvesWithTheFormsWordsTheOneWhollyInThemDecidesWhenItNamesAField() {
        FieldCatalog<org.ypsa.hub.domain.safeguarding.SafeguardingField> incident = FieldCatalog.shipped(
                org.ypsa.hub.domain.safeguarding.SafeguardingField.class, "safeguarding-incident");
        // "person ifanc" (young person) in the other half does not make the worker's name the young person's
        assertThat(incident.match("Gweithiwr cymdeithasol y person ifanc / Young person's social worker"))
                .contains(org.ypsa.hub.domain.safeguarding.SafeguardingField.WORKER_NAME);
        LabelMatcher m = new LabelMatcher(FormLibrary.shipped().form("referral"));
        assertThat(m.knownHalf("Person ifanc / Young person")).as("both halves wholly known: read whole").isEmpty();
    }

    @Test
    void aClauseAfterTheNounSaysWhichOne() {
        assertThat(Words.head("Agency the officer is attached to")).contains("agency");
        assertThat(intel.match("Agency the officer is attached to")).contains(IntelligenceField.AGENCY);
    }

    @Test
    void whatTheSenderWantsToTellThePoliceIsTheInformation() {
        assertThat(intel.match("What would you like to share with the police?")).contains(IntelligenceField.INFORMATION);
        assertThat(intel.match("Q12 What do you wish to report to police?")).contains(IntelligenceField.INFORMATION);
    }

    @Test
    void whatLedToAReferralIsItsReason() {
        assertThat(referral.match("What has led to you making this referral today?")).contains(ReferralField.REASON);
        assertThat(referral.match("4) What led to the request?")).contains(ReferralField.REASON);
    }
}
