package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label the hub could not place whose value fits a missing field's type is taken for that field (the one date left
 * is the date needed), unless the label says it is another thing's: "Date of referral: 01/12/2026" beside a date
 * needed worded as nobody listed was routed as the date accommodation is needed (issue 14, safety; found by probing).
 */
class DateOfAnotherThingLeftOverTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome referral(String neededLine, String otherDateLine) {
        String body = "Hi,\n\nFull name: Tomos Price\nDate of birth: 12/05/2009\nLegal status: Care leaver\n"
                + "Name of referrer: Sian Prosser\nRole: Social Worker\nTeam: Children Looked After Team\n"
                + "Email: s.prosser@council.test\nFGC offered?: Yes\n"
                + "Reason for referral: Tomos has lived with his aunt since March. The arrangement has broken down.\n"
                + neededLine + "\nConsent: Yes\n" + otherDateLine + "\nMany thanks\n";
        return intake.handle(new InboundMail("intake@ypsa.test", "<left@test>", "s.prosser@council.test",
                "Referral - TLP", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date of referral", "Date signed", "Today's date", "Date of assessment", "Date"})
    void theDateOfAnotherThingIsNeverTheDateNeededEvenAsTheOnlyDateLeft(String label) {
        Outcome o = referral("Bed wanted: as soon as one is free", label + ": 01/12/2026");
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).unplacedLabels()).contains(label);
    }

    @Test
    void aDateUnderALabelNobodyListedIsStillTheOneDateLeft() {
        Outcome o = referral("Bed wanted: 15/01/2027", "Date of referral: 01/12/2026");
        assertThat(o).isInstanceOf(Outcome.Routed.class);
        assertThat(((Referral) ((Outcome.Routed) o).fields()).dateNeeded()).isEqualTo("2027-01-15");
    }
}
