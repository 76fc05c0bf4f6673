package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yardstick of stop 56 (incidents56): the questions of an incident report and an intelligence submission as a
 * provider's or a council's own template puts them to the person filling it in - in the second person, about "this",
 * with how to answer after a comma - written here from how staff word such forms, not copied from the corpus. The
 * layouts that carry them (answers under each question in a reply, a table's rows, lines) read the same labels, so the
 * labels are the rule. Each must name its field; a NOT_YET row must at least name no other field.
 */
class AQuestionPutAsPeopleAskItIsPlacedOnItsFieldTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");

    static final List<Yardstick.Row> INCIDENT_ROWS = Yardstick.rows("""
            Tell us what happened, step by step|DESCRIPTION
            Describe what went on, in the order it happened|DESCRIPTION
            Write down what happened from the start|DESCRIPTION
            When did it kick off - day and time?|WHEN
            Day and time it happened|WHEN
            Day and time of the incident|WHEN
            Roughly what time did it start?|INCIDENT_TIME
            Low / med / high / critical|SEVERITY
            How serious was it? Low, medium, high or critical|SEVERITY
            """);

    static final List<Yardstick.Row> INTELLIGENCE_ROWS = Yardstick.rows("""
            Name of the person sharing this|WORKER
            Staff member sharing this|WORKER
            Officer passing this on|WORKER
            Who are you with?|AGENCY
            Which organisation are you with?|AGENCY
            Day you came across this|INFO_DATE
            Date you found this out|INFO_DATE
            Time you came across this|INFO_TIME
            Day and time this came to light|WHEN
            Anyone named or described in this|PERSONS
            People named in this|PERSONS
            Tell us what you've found out|INFORMATION
            What have you found out?|INFORMATION
            Street, park, shop or house it's about|LOCATION
            Where is this about?|LOCATION
            """);

    /** The wordings the hub does not read yet; each must name no other field. */
    // "found this out": a wording with "out" made a letter's "I have set out below ..." a label (t21-intel-005, -016)
    // "Write down what happened from the start" is still MISREAD as the date and time ("happened" is "took place"): a
    // "tell us / write down what happened" wording made "Provider telling us about this incident" the description
    // (t22-sg-001), so it is left, visible here
    // The intelligence rows below were read (15/15) by wordings added to intelligence-submission.yml, but those made
    // t23-intel-003 (urgent: a man with a machete at the door) be recognised as a referral, so they were taken out
    // again in stop 56; three of these are MISREAD (the person sharing as the persons or the information, "Who are you
    // with?" as the worker), visible here for the next stop
    static final List<String> NOT_YET = List.of("Date you found this out", "Write down what happened from the start",
            "Name of the person sharing this", "Staff member sharing this", "Who are you with?", "Day you came across this",
            "Time you came across this", "Day and time this came to light", "Anyone named or described in this",
            "Street, park, shop or house it's about");

    @Test
    void anIncidentsQuestionsAsPeopleAskThemNameTheirFields() {
        var read = Yardstick.read("incident questions as people ask them", INCIDENT_ROWS,
                Yardstick.placedOn(INCIDENT));
        assertThat(read.placed()).isGreaterThanOrEqualTo(INCIDENT_FLOOR);
        assertThat(read.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording()) && !m.readAsNothing())).isEmpty();
    }

    @Test
    void anIntelligenceSubmissionsQuestionsAsPeopleAskThemNameTheirFields() {
        var read = Yardstick.read("intelligence questions as people ask them", INTELLIGENCE_ROWS,
                Yardstick.placedOn(INTELLIGENCE));
        assertThat(read.placed()).isGreaterThanOrEqualTo(INTELLIGENCE_FLOOR);
        assertThat(read.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording()) && !m.readAsNothing())).isEmpty();
    }

    /** The rows read now; raise them as rules land. */
    private static final int INCIDENT_FLOOR = 8;
    private static final int INTELLIGENCE_FLOOR = 6;
}
