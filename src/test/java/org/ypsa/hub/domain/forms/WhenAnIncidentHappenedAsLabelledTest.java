package org.ypsa.hub.domain.forms;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The label of an incident's date and time as forms write it (stop 43, inc43): a bracketed hint naming both, "(date,
 * time)", asks when, so "Incident occurred (date, time)" is the date and time, not a description of what occurred
 * (tuned2 and tuned11 reports were refused with the date and time missing). What occurred, asked without such a hint,
 * is still the description. Wordings invented for the test but the two from tuned2 and tuned11.
 */
class WhenAnIncidentHappenedAsLabelledTest {
    private final FieldCatalog<SafeguardingField> incident = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Incident occurred (date, time)|WHEN",
            "Occurred (date, time) *|WHEN",
            "Incident happened (date & time)|WHEN",
            "Incident occurred (time and date)|WHEN",
            "What occurred|DESCRIPTION",
            "Details of what occurred|DESCRIPTION"})
    void theIncidentsDateAndTimeIsNamedByItsHint(String label, SafeguardingField expected) {
        assertThat(incident.match(label)).isEqualTo(Optional.of(expected));
    }
}
