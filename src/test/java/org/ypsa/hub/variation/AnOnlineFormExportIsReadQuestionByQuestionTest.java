package org.ypsa.hub.variation;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online form's responses pasted into a mail (tuned36's w18-ref-01): "Submitted: 04/12/2026 08:52" over the
 * answers, each question alone on its line over its answer, some with no question mark ("Please tell us why you are
 * making this referral"). Before stop 74 the referral was rejected: the time it was sent was read as the referrer's
 * name, and the reason was not read at all.
 */
class AnOnlineFormExportIsReadQuestionByQuestionTest {
    private Referral read() throws Exception {
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned36/mail/w18-ref-01.eml"));
        return TestIntake.routed(o, Referral.class);
    }

    @Test
    void aQuestionWithNoMarkOverASentenceIsAskedByItsWords() throws Exception {
        assertThat(read().reasonForReferral()).startsWith("Chloe was asked to leave by mum");
    }

    @Test
    void theTimeTheFormWasSubmittedIsNoOnesName() throws Exception {
        assertThat(read().referrer().name()).isEqualTo("Hannah Drewitt");
    }

    @Test
    void whatWasDoneToKeepTheYoungPersonWithFamilyIsTheDiversionExplored() throws Exception {
        assertThat(read().diversionExplored()).startsWith("Maternal aunt in Ashcombe");
    }
}
