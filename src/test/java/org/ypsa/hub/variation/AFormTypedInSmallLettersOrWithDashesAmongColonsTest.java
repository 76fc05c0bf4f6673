package org.ypsa.hub.variation;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms typed on a phone (tuned30, author W6), each rejected before stop 74 with its answer in plain sight.
 */
class AFormTypedInSmallLettersOrWithDashesAmongColonsTest {
    @Test
    void aHeadingInSmallLettersOverALabelIsNoPartOfTheLabel() throws Exception {
        // w6-ref-01: "emergency referral - supported accommodation" over "name: kayden morris"
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned30/mail/w6-ref-01.eml"));
        assertThat(TestIntake.routed(o, Referral.class).youngPerson().fullName()).isEqualTo("kayden morris");
    }

    @Test
    void aLineWithADashAfterWordsNamingAFieldAmongColonLinesIsThatFieldsAnswer() throws Exception {
        // w6-risk-01: "referral ref: BRK-26-04417" ... then "risk we're unable to manage - fire setting. ..."
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned30/mail/w6-risk-01.eml"));
        RiskConcern r = TestIntake.routed(o, RiskConcern.class);
        assertThat(r.riskUnableToManage()).startsWith("fire setting");
        assertThat(r.whyItCannotBeManaged()).startsWith("our only vacancy");
    }
}
