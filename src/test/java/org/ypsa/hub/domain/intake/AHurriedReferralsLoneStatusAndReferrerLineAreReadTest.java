package org.ypsa.hub.domain.intake;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral typed in a hurry in the mail's body (stop 71, tuned33 w12-ref-13): the legal status typed alone on its
 * line among the labelled lines ("Care leaver"), and the referrer's role and team written after their name on the
 * referrer's line ("Referrer: Gemma Shaw, Personal Adviser, Leaving Care Service"). It was rejected for a missing
 * legal status, role and team that the mail held. People and wordings invented for the test.
 */
class AHurriedReferralsLoneStatusAndReferrerLineAreReadTest {
    private static final Intake INTAKE = TestIntake.shipped();

    private static Outcome referral(String status, String referrer) {
        return INTAKE.handle(TestIntake.mail("gemma.shaw@council.test", "Non emergency referral - Tyler Grant",
                "2026-12-04T09:00:00Z", "Hi team,\n\nQuick non-emergency referral, details below.\n\nNon-emergency\n"
                        + "Name: Tyler Grant\nDOB: 03/12/06\n" + status + "UASC: N\nParent: N\n" + referrer + "\n"
                        + "Email: gemma.shaw@council.test\nFGC: offered Yes - held 19/11/2026 with nan\n"
                        + "Reason: Sofa surfing since leaving supported lodgings in October.\nNeeded from: 21/12/2026\n"
                        + "Consent: Yes\n\nThanks\nGemma\n"));
    }

    @Test
    void aLegalStatusTypedAloneAmongLabelledLinesIsTheLegalStatus() {
        Referral r = TestIntake.routed(referral("Address: 9 Denholm Street, Hartsmere\nCare leaver\n",
                "Referrer: Gemma Shaw\nRole: Personal Adviser\nTeam: Leaving Care Service"), Referral.class);
        assertThat(r.youngPerson().legalStatus()).isEqualTo("Care leaver");
    }

    @Test
    void aStatusUnderItsOwnLabelAloneOnItsLineIsStillThatLabelsAnswer() {
        Referral r = TestIntake.routed(referral("Address: 9 Denholm Street, Hartsmere\nLegal status:\nLooked after\n",
                "Referrer: Gemma Shaw\nRole: Personal Adviser\nTeam: Leaving Care Service"), Referral.class);
        assertThat(r.youngPerson().legalStatus()).isEqualTo("Looked after");
    }

    @Test
    void theReferrersRoleAndTeamAfterTheirNameAreTheRoleAndTheTeam() {
        Referral r = TestIntake.routed(referral("Legal status: Care leaver\n",
                "Referrer: Gemma Shaw, Personal Adviser, Leaving Care Service"), Referral.class);
        assertThat(r.referrer().name()).isEqualTo("Gemma Shaw");
        assertThat(r.referrer().role()).isEqualTo("Personal Adviser");
        assertThat(r.referrer().organisation()).isEqualTo("Leaving Care Service");
    }

    @Test
    void aRoleAfterTheNameFillsOnlyWhatTheFormLeftUnanswered() {
        Referral r = TestIntake.routed(referral("Legal status: Care leaver\n",
                "Referrer: Gemma Shaw - Personal Adviser\nTeam: Leaving Care Service, Hartsmere"), Referral.class);
        assertThat(r.referrer().role()).isEqualTo("Personal Adviser");
        assertThat(r.referrer().organisation()).isEqualTo("Leaving Care Service, Hartsmere");
    }

    @Test
    void aSecondPersonAfterTheNameIsNoRoleSoTheRoleIsAskedFor() {
        Outcome o = referral("Legal status: Care leaver\n", "Referrer: Gemma Shaw, Ffion Hale");
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("Referrer role"));
    }
}
