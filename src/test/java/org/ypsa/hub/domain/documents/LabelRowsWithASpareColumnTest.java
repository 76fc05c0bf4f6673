package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row of labels over a row of their values (issue 14, stop 45) in a table with a spare column left empty in both
 * rows, and labels that ask a question starting "On": each label takes the value under it. Wordings invented for the
 * test.
 */
class LabelRowsWithASpareColumnTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    @Test
    void aColumnEmptyInTheLabelRowAndUnderItIsNoCellOfTheRow() {
        Map<SafeguardingField, String> f = INCIDENT.read(Tables.wordTable("Provider\tProperty reference\tName of young person",
                "Key2 Futures\tK2F-OXC-02\tRhian Talbot", "Date of birth (as on file)\tLCS number\t",
                "12.04.08\t4417203\t ")).values();
        assertThat(f).containsEntry(SafeguardingField.DATE_OF_BIRTH, "12.04.08")
                .containsEntry(SafeguardingField.LCS_NUMBER, "4417203");
    }

    @Test
    void aLabelAskingOnWhichDayIsNoYesAndTakesTheValueUnderIt() {
        assertThat(FieldValues.yesNo("On which date?")).isEmpty();
        assertThat(FieldValues.yesNo("On")).contains(true);
        Map<SafeguardingField, String> f = INCIDENT.read(Tables.wordTable("On which day?\tAt roughly what time?",
                "03.12.26\t9.40 pm")).values();
        assertThat(f).containsEntry(SafeguardingField.INCIDENT_DATE, "03.12.26")
                .containsEntry(SafeguardingField.INCIDENT_TIME, "9.40 pm");
    }
}
