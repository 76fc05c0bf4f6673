package org.ypsa.hub.variation;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label whose "and" or "/" joins words of one question, and an answer whose commas are a sentence's, are not parted
 * into a field a part; a name's role and team after it on a hurried note's line are. Each case is a corpus mail that
 * was read wrong before stop 74.
 */
class WhatALabelAsksWholeIsNotPartedTest {
    @Test
    void aLabelThatIsOneFieldsOwnWordingListsNoFields() throws Exception {
        // tuned17's t17-intel-018: "Names and descriptions: Geraint Adeyemi, 21st Mar 2007, resident; ..."
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned17/mail/t17-intel-018.eml"));
        IntelligenceSubmission s = TestIntake.routed(o, IntelligenceSubmission.class);
        assertThat(s.persons()).startsWith("Geraint Adeyemi, 21st Mar 2007");
        assertThat(s.information()).startsWith("Sioned Adeyemi has been seen");
    }

    @Test
    void aSentencesCommasAreNoPartsOfALabelJoinedBySlash() throws Exception {
        // tuned16's t16-mash-009: "Worries / safeguarding concerns:" over "Mental health is fragile, recent overdose ..."
        // had filled a referral's safety concern and basis for sharing, and the MASH referral was read as a referral
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned16/mail/t16-mash-009.eml"));
        assertThat(TestIntake.routed(o, MashReferral.class).concerns()).startsWith("Mental health is fragile, recent");
    }

    @Test
    void aRoleInLettersAndATeamWithItsAgesAfterTheReferrersNameFillBoth() throws Exception {
        // tuned35's w16-ref-07: "me: Nia Harries, Leaving Care PA, Cwm Tawel 16+ team"
        Outcome o = TestIntake.shipped().handle(VariationScore.corpusMail("tuned35/mail/w16-ref-07.eml"));
        Referral r = TestIntake.routed(o, Referral.class);
        assertThat(r.referrer().name()).isEqualTo("Nia Harries");
        assertThat(r.referrer().role()).isEqualTo("Leaving Care PA");
        assertThat(r.referrer().organisation()).isEqualTo("Cwm Tawel 16+ team");
    }
}
