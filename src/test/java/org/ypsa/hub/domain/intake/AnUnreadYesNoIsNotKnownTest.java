package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An optional yes/no whose label the hub could not place is not known, never "No": a MASH referral whose mediation
 * question is worded in a way no label names is routed with mediation attempted unknown (null), and the team is told
 * which label was not read (stop 40 had noted a fear that such an answer defaulted to No). Wordings invented for the
 * test.
 */
class AnUnreadYesNoIsNotKnownTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    @ParameterizedTest
    @ValueSource(strings = {"Did the family try to sort things out with a mediator?: Yes",
            "Did the family try to sort things out with a mediator?: No",
            "Has any work been done with the family towards a return home: no"})
    void anUnplacedMediationAnswerIsRoutedAsNotKnownWithTheLabelNamed(String line) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<m@test>", "housing@council.test",
                "MASH referral", Instant.parse("2026-11-30T12:00:00Z"), "MASH referral - homeless 16/17\n"
                        + "Young person's name: Jay Smith\nDate of birth: 01/02/2010\n"
                        + "Presenting agency: Vale Housing Options\nHomeless or threatened: Homeless\n" + line + "\n",
                List.of(), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        Outcome.Routed r = (Outcome.Routed) o;
        assertThat(((MashReferral) r.fields()).mediationAttempted()).isNull();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains(line.substring(0, line.lastIndexOf(':'))));
    }
}
