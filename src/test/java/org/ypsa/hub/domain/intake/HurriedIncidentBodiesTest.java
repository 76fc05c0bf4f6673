package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safeguarding incidents typed into a mail body in a hurry, as staff write them (stop 39, hurried39; the list is ours,
 * written for this test, not taken from a corpus part): lower-case labels with no colon, a greeting and a signature
 * around them, one space or a dash between a label and its answer, slips and short words ("tme", "catgory"), an
 * email address as an answer. The safety rules hold: a date the hub cannot place (a relative one) is rejected, not
 * guessed, and a severity written only in the description is never taken for the severity.
 */
class HurriedIncidentBodiesTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<h@test>", "sam.ode@connection.provider.test",
                "incident CON-SOX-01 pls log", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
    }

    private static final String HURRIED = "hi all, quick one below\n\n"
            + "provider Connection Support\n"
            + "property CON-SOX-01\n"
            + "name of yp Tomos Reed\n"
            + "dob 14/05/2008\n"
            + "s/w Ffion Hale\n"
            + "s/w email f.hale@council.test\n"
            + "incident date 03/12/2026\n"
            + "tme 2145\n" // "tme 21:45" is not yet read: a line with a colon is no hurried line (left, stop 39)
            + "catgory Missing\n"
            + "%s\n"
            + "what happend Tomos did not come back by curfew and police found him at the station two hours later.\n"
            + "action taken Called police and the on-call manager, room checked.\n\n"
            + "thx\nSam\n(sent from phone)\n";

    @Test
    void aHurriedIncidentWithSlipsAndNoColonsAroundAGreetingAndASignatureIsRouted() {
        Outcome o = handle(HURRIED.formatted("severity High"));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        SafeguardingIncident i = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(i.youngPersonName()).isEqualTo("Tomos Reed");
        assertThat(i.incidentAt()).isEqualTo("2026-12-03T21:45");
        assertThat(i.category()).isEqualTo("Missing");
        assertThat(i.severity()).isEqualTo("High");
        assertThat(i.socialWorkerName()).isEqualTo("Ffion Hale");
        assertThat(i.socialWorkerEmail()).isEqualTo("f.hale@council.test");
        assertThat(i.description()).startsWith("Tomos did not come back");
    }

    @Test
    void aSeverityWrittenOnlyInTheDescriptionIsNeverTakenForTheSeverity() {
        Outcome o = handle(HURRIED.formatted("").replace("did not come back", "was at high risk, he did not come back"));
        assertThat(o).as("%s", o).isNotInstanceOf(Outcome.Routed.class);
    }

    @Test
    void aRelativeIncidentDateIsRejectedNotGuessed() {
        Outcome o = handle(HURRIED.formatted("severity High").replace("incident date 03/12/2026\ntme 2145\n",
                "date & time last night about 10\n"));
        assertThat(o).as("%s", o).isNotInstanceOf(Outcome.Routed.class);
    }

    @Test
    void aQuickNoteOfWhenWhatAndWhoWithDashesGivesWhatAsTheDescription() {
        Outcome o = handle("Quick note, full form to follow\n\n"
                + "Provider - Connection Support\nProperty - CON-SOX-01\nYP - Tomos Reed\nDOB - 14/05/2008\n"
                + "When - 03/12/2026 about 9.45pm\nType - Missing\nSeverity - high\n"
                + "What - Tomos did not come back by curfew. Police found him at the station two hours later.\n"
                + "Done so far - Called police and the on-call manager.\n\nSam\n");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        SafeguardingIncident i = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(i.description()).startsWith("Tomos did not come back").endsWith("two hours later.");
    }
}
