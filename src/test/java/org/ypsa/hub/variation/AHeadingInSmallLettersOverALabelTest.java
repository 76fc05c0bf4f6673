package org.ypsa.hub.variation;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form typed on a phone in small letters throughout (tuned30's w6-ref-01, author W6), rejected before stop 74 with
 * the young person's name in plain sight: the heading over the first label was read as the label's first line.
 */
class AHeadingInSmallLettersOverALabelTest {
    @Test
    void aHeadingInSmallLettersOverALabelIsNoPartOfTheLabel() throws Exception {
        // w6-ref-01: "emergency referral - supported accommodation" over "name: kayden morris"
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned30/mail/w6-ref-01.eml"));
        assertThat(TestIntake.routed(o, Referral.class).youngPerson().fullName()).isEqualTo("kayden morris");
    }
}
