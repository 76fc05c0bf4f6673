package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round tuneQ: an incident's severity marked with an arrow down a list a line to a level ("Low" / "Medium <--" /
 * "High"; written here with ~ for each new line) routed the first line (Low), a wrong severity; "High - low mood" was refused as naming two levels though
 * "low mood" is no level. Guidance under the label naming two levels ("High and critical are escalated") was
 * routed as the second level, Critical: a level's word joined to another level by "and", "or", "to" describes no thing. Wordings and people invented for the test.
 */
class SeverityAsStaffMarkItTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome incident(String layout, String severity) throws Exception {
        String[][] rows = {{"Provider", "OCC in-house YPSA"}, {"Young person's name", "Kian Threlfall"},
                {"Date of birth", "14/03/2009"}, {"Date and time of incident", "05/12/2026 23:10"},
                {"Category", "Self-harm"}, {"Severity", severity},
                {"Description", "Kian disclosed thoughts of self-harm to night staff and showed fresh cuts to his arm."},
                {"Immediate actions taken", "First aid given; on-call manager informed."}};
        if (layout.equals("Word table")) {
            return mail("Please see attached.", FormVariationsTest.docxTable("incident.docx", "Safeguarding Incident Report", rows));
        }
        StringBuilder body = new StringBuilder("Hi,\n\nSafeguarding Incident Report\n\n");
        for (String[] r : rows) {
            body.append(r[0]).append(r[1].contains("\n") ? ":\n" : ": ").append(r[1]).append('\n');
        }
        return mail(body.append("\nThanks\nJo\n").toString());
    }

    private Outcome mail(String body, InboundMail.Attachment... files) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<s@test>", "duty@occ-ypsa.council.test", "Incident",
                Instant.parse("2026-12-07T10:00:00Z"), body, List.of(files), false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"Word table|Low~Medium <--~High~Critical|Medium",
            "Word table|- Low~- Medium~- High <--~- Critical|High", "Word table|Low~Medium~High \u2190~Critical|High",
            "mail lines|Low~Medium <--~High~Critical|Medium", "Word table|High - low mood|High",
            "mail lines|High - low mood and not eating|High", "Word table|Medium: serious injury avoided|Medium"})
    void theLevelMarkedOrNamedIsTheSeverity(String layout, String severity, String level) throws Exception {
        Outcome o = incident(layout, severity.replace("~", "\n"));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(((SafeguardingIncident) ((Outcome.Routed) o).fields()).severity()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"Word table|Medium to high", "Word table|Low <--~Medium <--~High", "mail lines|Medium to high",
            "Word table|High and critical are escalated to the duty manager", "mail lines|High or critical",
            "mail lines|High to critical"})
    void twoLevelsMarkedOrNamedAreRefused(String layout, String severity) throws Exception {
        assertThat(incident(layout, severity.replace("~", "\n"))).isInstanceOf(Outcome.Rejected.class);
    }
}
