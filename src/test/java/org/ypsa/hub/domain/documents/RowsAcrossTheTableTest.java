package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.row;
import static org.ypsa.hub.domain.documents.Tables.word;

/**
 * A Word form whose long answers each have a row across the table for the label and the row under it for the answer,
 * under rows of two label | value pairs (issue 14, tuned10 round). Wordings invented for the test.
 */
class RowsAcrossTheTableTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @Test
    void aLabelInARowAcrossTheTableTakesTheRowAcrossItUnderItAsItsAnswer() throws Exception {
        LabelledDocument doc = word(List.of(
                row("Referral number:", "YPS/2027/0441", "Organisation:", "Hillside Homes"),
                row("What risk can you not take on?"),
                row("Repeated fire setting in previous placements."),
                row("Why it is beyond what we can safely manage"),
                row("Our building has no sprinkler system and staff leave at 10pm, so nobody is awake overnight."),
                row("Resources required:"),
                row("Waking nights")));
        Map<RiskField, String> f = RISK.read(doc).values();
        assertThat(f).containsEntry(RiskField.RISK, "Repeated fire setting in previous placements.")
                .containsEntry(RiskField.REASON,
                        "Our building has no sprinkler system and staff leave at 10pm, so nobody is awake overnight.")
                .containsEntry(RiskField.RESOURCES, "Waking nights");
    }

    @Test
    void aHeadingRowAcrossTheTableIsNoLabelOfAShortRowUnderIt() throws Exception {
        LabelledDocument doc = word(List.of(
                row("Provider details"),
                row("Office use only"),
                row("Referral number:", "YPS/2027/0441", "Organisation:", "Hillside Homes")));
        assertThat(doc.entries()).noneMatch(e -> e.label().equals("Provider details"));
    }

    @Test
    void theTablesTitleRowOverItsInstructionsOrItsRunningHeadIsNoLabel() throws Exception {
        LabelledDocument doc = word(List.of(
                row("Provider decline form"),
                row("Fill in each box and send it back to the brokerage team before the deadline."),
                row("Referral number:", "YPS/2027/0441", "Organisation:", "Hillside Homes"),
                row("Provider decline form"),
                row("Provider decline form (page 2 of 3) printed for the brokerage team")));
        assertThat(doc.entries()).noneMatch(e -> e.label().equals("Provider decline form"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Severity | High",
            "Has the young person been told about this concern | No",
            "Has the young person been told about this concern | Yes - explained to YP by her keyworker"})
    void aRatingOrAYesOrNoAloneInTheRowUnderALabelIsItsAnswerNotAHeading(String label, String answer) throws Exception {
        LabelledDocument doc = word(List.of(
                row("Referral number:", "YPS/2027/0441", "Organisation:", "Hillside Homes"),
                row(label),
                row(answer),
                row("Why it is beyond what we can safely manage"),
                row("Our building has no sprinkler system and staff leave at 10pm, so nobody is awake overnight.")));
        assertThat(doc.entries()).anyMatch(e -> e.label().equals(label) && e.value().equals(answer))
                .noneMatch(e -> answer.equals(e.section()));
    }

    @Test
    void aNumberedHeadingUnderALoneRowIsNoYesAnswer() throws Exception {
        LabelledDocument doc = word(List.of(
                row("All sections must be completed by the referring worker."),
                row("1) Submitter"),
                row("Which agency:", "Cherwell District Council Housing"),
                row("Person submitting", "Lacey Quennell")));
        assertThat(doc.entries()).noneMatch(e -> e.value().equals("1) Submitter"));
    }
}
