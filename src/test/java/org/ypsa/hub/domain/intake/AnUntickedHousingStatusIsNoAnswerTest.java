package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A MASH referral whose housing status boxes are printed and none of them ticked has no housing status: it is rejected
 * naming the status, never routed as homeless or threatened from the words beside an empty box or from a line under
 * another line that speaks of homelessness ("Notes from the homelessness officer" / "threatened last year"): where a
 * label of the form asked the status, its own boxes are the answer. Wordings invented for the test.
 */
class AnUntickedHousingStatusIsNoAnswerTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    @ParameterizedTest
    @ValueSource(strings = {"Homeless or threatened: \u2610 Homeless \u2610 Threatened with homelessness\n",
            "Housing status:\n\u2610 Homeless\n\u2610 Threatened with homelessness\n",
            "Is the young person homeless or threatened with homelessness?\n\u2610 Homeless\n\u2610 Threatened\n",
            "Housing status: [ ] Homeless tonight [ ] Threatened within 56 days\n",
            "Homeless or threatened: \u2610 Homeless \u2610 Threatened\n\nNotes from the homelessness officer\nthreatened last year\n"})
    void aMashReferralWithNoStatusBoxTickedIsRejectedNamingTheStatus(String status) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<m@test>", "housing@council.test",
                "MASH referral", Instant.parse("2026-11-30T12:00:00Z"), "MASH referral - homeless 16/17\n"
                        + "Young person's name: Jay Smith\nDate of birth: 01/02/2010\n"
                        + "Presenting agency: Vale Housing Options\n" + status
                        + "Welfare concerns: Asked to leave by her mother after an argument, sofa surfing since.\n",
                List.of(), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anySatisfy(p -> assertThat(p.field()).containsIgnoringCase("homeless"));
    }
}
