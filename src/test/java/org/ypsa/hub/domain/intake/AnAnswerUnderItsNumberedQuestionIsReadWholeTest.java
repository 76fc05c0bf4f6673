package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referral typed as numbered questions, each answer on the line under its question: an answer of sentences is that
 * question's whole, even when its sentences open with words that name fields ("FGC held 2/11. Grandmother ..." under
 * "Diversion explored"), and a date written with the conference's yes ("Y - held Mon 2nd Nov 2026") is the
 * conference's date. Wordings invented for the test.
 */
class AnAnswerUnderItsNumberedQuestionIsReadWholeTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String DIVERSION = "FGC held 2/11. Family contact limited (mum not engaging). "
            + "Foster carers would keep him but are moving away in January. Friends' families not an option.";

    @Test
    void theSentencesUnderANumberedQuestionAreItsAnswerAndTheConferencesDateIsRead() {
        Outcome o = intake.handle(new InboundMail("brokerage@ypsa.test", "<m@test>", "alys.prydderch@council.test",
                "Referral - planned", Instant.parse("2026-11-30T12:00:00Z"),
                "Referral below.\n\nSUPPORTED ACCOMMODATION REFERRAL - NON-EMERGENCY\n\n"
                        + "1. Emergency or non-emergency?\n   Non-emergency\n\n"
                        + "2. Young person's full name\n   Dylan Prosser\n\n"
                        + "3. Date of birth\n   14/05/2008\n\n"
                        + "4. Legal status\n   Care leaver\n\n"
                        + "5. Referrer name\n   Alys Prydderch\n\n"
                        + "6. Referrer role\n   Personal Adviser\n\n"
                        + "7. Team\n   Leaving Care, Cwm Tawel CBC\n\n"
                        + "8. Family Group Conference offered? (Y/N and date)\n   Y - held Mon 2nd Nov 2026\n\n"
                        + "9. Diversion explored (family and friends, mediation)\n   " + DIVERSION + "\n\n"
                        + "10. Reason for referral\n   His placement ends in January and he wants to live nearer college.\n\n"
                        + "11. Date accommodation needed\n   Mon 11th Jan 2027\n\n"
                        + "12. Consent to referral (Y/N)\n   Y\n\nThanks,\nAlys\n",
                List.of(), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        Referral r = (Referral) ((Outcome.Routed) o).fields();
        assertThat(r.diversionExplored()).isEqualTo(DIVERSION);
        assertThat(r.familyGroupConference().date()).isEqualTo("2026-11-02");
    }
}
