package org.ypsa.hub.domain.documents;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label "done by" someone names whoever did that deed: "Witnessed by", "Seen by", "Approved by" name a witness or a
 * manager, never the worker who submitted the form; "Referred by" is never the person referred. Found in tuned13: a
 * witness's name was routed as the intelligence worker's (issue 14, safety).
 */
class WhoDidItTest {
    private static final FieldCatalog<IntelligenceField> INTEL =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @ParameterizedTest
    @ValueSource(strings = {"Witnessed by", "Seen by", "Heard by", "Approved by", "Authorised by", "Checked by:"})
    void someoneWhoDidAnotherThingIsNotTheWorkerOrTheReferrer(String label) {
        assertThat(INTEL.match(label)).isNotEqualTo(Optional.of(IntelligenceField.WORKER));
        assertThat(REFERRAL.match(label)).isNotEqualTo(Optional.of(ReferralField.REFERRER_NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Submitted by", "Completed by", "Reported by", "Form completed by",
        "Submitted by (first name and surname)"})
    void whoeverSubmittedTheFormIsTheWorker(String label) {
        assertThat(INTEL.match(label)).contains(IntelligenceField.WORKER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Referred by", "Referred by:"})
    void whoeverReferredIsNotThePersonReferred(String label) {
        assertThat(RISK.match(label)).isNotEqualTo(Optional.of(RiskField.YOUNG_PERSON));
        assertThat(REFERRAL.match(label)).contains(ReferralField.REFERRER_NAME);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Form completed on", "Completed on:", "Submitted on"})
    void whenTheFormWasDoneIsNoWorkersName(String label) {
        assertThat(INTEL.match(label)).isNotEqualTo(java.util.Optional.of(IntelligenceField.WORKER));
    }
}
