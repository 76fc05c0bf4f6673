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
 * An incident report whose date and time is labelled as forms and hurried staff label it (stop 43, inc43): "Incident
 * occurred (date, time)" on its own line over its answer, and a label with a slip of the keyboard and a dashed hint on
 * how to write the answer ("inicdent date / time - dd/mm/yyyy hh.mm"): the hint is a hint, so the mended label's words
 * are all the form's and it names the date and time. And a night named by one day with a time after midnight is asked.
 * Wordings invented for the test.
 */
class IncidentTimesLabelledAsFormsDoTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String when) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<i@test>", "returns@response.provider.test",
                "Safeguarding incident", Instant.parse("2026-12-04T09:00:00Z"), "Hi,\n\nSafeguarding incident report\n\n"
                        + "Provider\nResponse\n\nYoung person\nAmal Osei\n\n" + when + "\n\nCategory\nMissing\n\n"
                        + "Severity\nMedium\n\nWhat happened\nAmal did not return to the scheme by curfew and was reported"
                        + " missing.\n\nThanks\nJo\n", List.of(), false));
    }

    private Outcome handleLines(String when) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<i@test>", "returns@response.provider.test",
                "Safeguarding incident", Instant.parse("2026-12-04T09:00:00Z"), "Hi,\n\nsafeguarding incident report\n"
                        + "provider: Response\nyoung person: Amal Osei\n" + when + "\ncategory: Missing\nseverity: Medium\n"
                        + "what happened: Amal did not return to the scheme by curfew and was reported missing.\n\nThanks\nJo\n",
                List.of(), false));
    }

    private static String incidentAt(Outcome o) {
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        return ((SafeguardingIncident) ((Outcome.Routed) o).fields()).incidentAt();
    }

    @Test
    void aLabelWhoseHintNamesDateAndTimeHoldsTheIncidentsTime() {
        assertThat(incidentAt(handle("Incident occurred (date, time)\n2026-12-01 - 2205 hrs"))).isEqualTo("2026-12-01T22:05");
    }

    @Test
    void aMistypedLabelWithADashedHintIsMendedAsOneWithout() {
        assertThat(incidentAt(handleLines("inicdent date / time \u2013 dd/mm/yyyy hh.mm: 1 December 2026, 10:05 pm")))
                .isEqualTo("2026-12-01T22:05");
    }

    @Test
    void aTimeAfterMidnightInANightOfOneDayIsAsked() {
        Outcome o = handle("Date and time of incident\nnight of 30/11/2026 at 1.30am");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anySatisfy(p -> assertThat(p.problem())
                .contains("not which day that time fell on"));
    }

    @Test
    void whatTookPlaceOrOccurredIsTheIncidentsDescription() {
        for (String label : List.of("What took place", "what occurred")) {
            Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<i@test>", "returns@response.provider.test",
                    "Safeguarding incident", Instant.parse("2026-12-04T09:00:00Z"), "Hi,\n\nsafeguarding incident report\n"
                            + "provider: Response\nyoung person: Amal Osei\ndate and time: 01/12/2026 22:05\n"
                            + "category: Missing\nseverity: Medium\n" + label
                            + ": Amal did not return to the scheme by curfew.\n\nThanks\nJo\n", List.of(), false));
            assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
            assertThat(((SafeguardingIncident) ((Outcome.Routed) o).fields()).description())
                    .isEqualTo("Amal did not return to the scheme by curfew.");
        }
    }

    @Test
    void whatWeDidIsWhatStaffDid() {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<i@test>", "returns@response.provider.test",
                "Safeguarding incident", Instant.parse("2026-12-04T09:00:00Z"), "Hi,\n\nsafeguarding incident report\n"
                        + "provider: Response\nyoung person: Amal Osei\ndate and time: 01/12/2026 22:05\n"
                        + "category: Missing\nseverity: Medium\nwhat happened: Amal did not return to the scheme by curfew.\n"
                        + "what we did immediately: Rang the police and the manager on call.\n\nThanks\nJo\n", List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        SafeguardingIncident i = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(i.youngPersonName()).isEqualTo("Amal Osei");
        assertThat(i.immediateActions()).isEqualTo("Rang the police and the manager on call.");
    }
}
