package org.ypsa.hub.variation;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word referral's box with its hint in small type under its label ("8." | "Legal status" / "(LAC / care leaver / CIN
 * / not known to CSC)" / "Care leaver"): the answer under the hint is the label's (tuned35's w16-ref-12 was rejected
 * for a missing legal status before stop 73's rule).
 */
class AHintUnderItsLabelInAWordBoxTest {
    @Test
    void theAnswerUnderALabelsHintInAWordBoxIsTheLabels() throws Exception {
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned35/mail/w16-ref-12.eml"));
        assertThat(TestIntake.routed(o, Referral.class).youngPerson().legalStatus()).isEqualTo("Care leaver");
    }
}
