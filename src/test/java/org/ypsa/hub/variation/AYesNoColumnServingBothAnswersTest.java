package org.ypsa.hub.variation;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word form laid out "No. | Question | Y/N | Details" (tuned36's w18-ref-06 and w18-inc-08): a yes/no question is
 * answered by the letter in its Y/N cell, every other question in its details cell. Before stop 74 each question took
 * its empty Y/N cell as its answer, and both forms were rejected with their answers in plain sight.
 */
class AYesNoColumnServingBothAnswersTest {
    @Test
    void aQuestionWithItsYesNoCellEmptyIsAnsweredInItsDetailsCell() throws Exception {
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned36/mail/w18-ref-06.eml"));
        Referral r = TestIntake.routed(o, Referral.class);
        assertThat(r.youngPerson().fullName()).isEqualTo("Dawit Tesfaye");
        assertThat(r.youngPerson().uasc()).isTrue();
        assertThat(r.youngPerson().parent()).isFalse();
    }

    @Test
    void anIncidentsDateIsReadFromItsDetailsCell() throws Exception {
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned36/mail/w18-inc-08.eml"));
        assertThat(TestIntake.routed(o, SafeguardingIncident.class).incidentAt()).isEqualTo("2026-12-02T10:00");
    }
}
