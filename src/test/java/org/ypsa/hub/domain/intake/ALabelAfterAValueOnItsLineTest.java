package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second label on a body line after the first one's value, as staff type two short fields on one line: a one-word
 * wording its colon marks as a label ("DOB:") starts the next field, and a comma or bar before it is no part of the
 * value ("Young person: Tomos Reed, DOB: 14/05/2008"). Before, the name ran on into "DOB: ..." and the form was
 * rejected for a name it holds.
 */
class ALabelAfterAValueOnItsLineTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Young person: Tomos Reed DOB: 14/05/2008", "Name: Tomos Reed   DOB: 14/05/2008",
            "Young person: Tomos Reed, DOB: 14/05/2008", "Young person: Tomos Reed | DOB: 14/05/2008"})
    void aOneWordLabelWithItsColonAfterANameStartsTheNextField(String line) {
        String body = "Hello,\n\nPlease log this incident.\n\nProvider: Connection Support\nProperty: CON-SOX-01\n" + line + "\n"
                + "Social worker: Ffion Hale\nSocial worker email: f.hale@council.test\nDate of incident: 03/12/2026\n"
                + "Time: 21:45\nCategory: Missing\nSeverity: High\n"
                + "Description: Tomos did not come back by curfew and police found him at the station two hours later.\n"
                + "Action taken: Called police and the on-call manager.\n\nThanks\nSam\n";
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<h@test>", "sam.ode@connection.provider.test",
                "Safeguarding incident CON-SOX-01", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        SafeguardingIncident i = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(i.youngPersonName()).isEqualTo("Tomos Reed");
        assertThat(String.valueOf(i.dateOfBirth())).isEqualTo("2008-05-14");
    }
}
