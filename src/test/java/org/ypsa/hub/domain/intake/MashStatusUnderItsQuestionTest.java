package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MASH referral's housing status written on the line under the question that asks it, or after it on its line, is
 * its answer when the labels gave none: the question names both answers or neither ("Please say if the young person is
 * homeless or threatened with homelessness", "Housing status"), the answer one of them in a few words.
 */
class MashStatusUnderItsQuestionTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<s@test>", "p.venn@housing.council.test",
                "MASH referral - TA", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    private static final String HEAD = "MASH referral\n\nName of young person:\nTomos Aldridge\n\nDate of birth:\n"
            + "11/06/2009\n\nReferring agency:\nVale Housing Options\n\n";

    private String status(Outcome o) {
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        return ((MashReferral) ((Outcome.Routed) o).fields()).homelessOrThreatened();
    }

    @Test
    void aStatusOnTheLineUnderAQuestionNamingBothAnswersIsTheAnswer() {
        assertThat(status(handle(HEAD + "Housing now\nCan you confirm whether Tomos is homeless or threatened with "
                + "homelessness\nThreatened with homelessness\n\nAny concerns:\nNone known\n"))).isEqualTo("threatened");
    }

    @Test
    void aStatusUnderAWelshAndEnglishLabelThatNamesNoAnswerIsTheAnswer() {
        assertThat(status(handle(HEAD + "4. Family and housing\nStatws tai / Housing situation\nHomeless since Friday\n\n"
                + "Any concerns:\nNone known\n"))).isEqualTo("homeless");
    }

    @Test
    void aStatusAfterAStarredQuestionOnItsLineIsTheAnswer() {
        assertThat(status(handle(HEAD + "Section 2 - housing\n2a) Housing position at present * Homeless\n"
                + "2b) Mediation tried? NO\n"))).isEqualTo("homeless");
    }

    @Test
    void aLineUnderTheQuestionThatGivesNoStatusLeavesItMissing() {
        Outcome o = handle(HEAD + "Housing now\nCan you confirm whether Tomos is homeless or threatened with "
                + "homelessness\nStill being assessed\n");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Rejected.class);
    }
}
