package org.ypsa.hub.variation;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's signature naming their service ("Support Worker, Supported Housing") is no risk concern's provider:
 * with "support provider" and "housing provider" as the provider's wordings, tuned16's intelligence form typed as
 * labels over their answers was read as a referral and refused (t16-intel-016, found at stop 50's merge).
 */
class ASupportedHousingSignatureNamesNoProviderTest {
    @Test
    void anIntelligenceFormSignedFromSupportedHousingIsRoutedAsIntelligence() throws Exception {
        InboundMail mail = VariationScore.corpusMail("tuned16/mail/t16-intel-016.eml");
        Outcome o = TestIntake.shipped().handle(mail);
        assertThat(TestIntake.routed(o, IntelligenceSubmission.class).information()).contains("college gates");
    }
}
