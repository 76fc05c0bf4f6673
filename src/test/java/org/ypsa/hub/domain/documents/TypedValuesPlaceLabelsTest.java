package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/** A value that is plainly a date or a time says which of its label's candidate fields it belongs to (issue 14). */
class TypedValuesPlaceLabelsTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

    private static LabelledDocument table(String... labelsAndValues) {
        List<LabelledDocument.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            entries.add(new LabelledDocument.Entry(labelsAndValues[i], labelsAndValues[i + 1], "row " + i, null));
        }
        return new LabelledDocument("test.docx", "", entries);
    }

    @Test
    void aTimeUnderALabelThatReadsAsTheIncidentGoesToTheTimeField() {
        Map<SafeguardingField, String> f = INCIDENT.read(table("Incident occurred on", "23 Dec 2026",
                "Event time", "08:45")).values();
        assertThat(f).containsEntry(SafeguardingField.INCIDENT_TIME, "08:45");
        assertThat(f).doesNotContainEntry(SafeguardingField.DESCRIPTION, "23 Dec 2026");
    }

    @Test
    void aSentenceUnderTheSameLabelStaysTheDescription() {
        Map<SafeguardingField, String> f = INCIDENT.read(table("Account of what occurred",
                "Staff found her in the car park at 8pm.")).values();
        assertThat(f).containsEntry(SafeguardingField.DESCRIPTION, "Staff found her in the car park at 8pm.");
    }

    @Test
    void aDateUnderALabelThatCouldBeAnyOfTheFormsDatesIsNotGuessed() {
        var referral = FieldCatalog.shipped(ReferralField.class, "referral");
        Map<ReferralField, String> f = referral.read(table("If yes, date", "4 Nov 2026")).values();
        assertThat(f).doesNotContainKeys(ReferralField.DATE_NEEDED, ReferralField.DATE_OF_BIRTH);
    }
}
