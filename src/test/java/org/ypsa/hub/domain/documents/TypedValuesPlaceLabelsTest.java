package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.table;

/** A value that is plainly a date or a time says which of its label's candidate fields it belongs to (issue 14). */
class TypedValuesPlaceLabelsTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

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

    @Test
    void aDateAfterTheLowerCaseEndOfItsLabelIsTheDate() {
        var mash = FieldCatalog.shipped(org.ypsa.hub.domain.mash.MashField.class, "mash-referral");
        assertThat(mash.read(table("Date of birth of young", "person 9.Sep.2010")).values())
                .containsEntry(org.ypsa.hub.domain.mash.MashField.DATE_OF_BIRTH, "9.Sep.2010");
        assertThat(mash.read(table("Date of birth", "not known")).values())
                .doesNotContainEntry(org.ypsa.hub.domain.mash.MashField.DATE_OF_BIRTH, "known");
    }
    @Test
    void anOfficeUseBoxLeftEmptyGivesNoDateAndTheIncidentTimeToldFromTheMailsDayIsTheWhen() {
        Map<SafeguardingField, String> f = INCIDENT.read(table("For office use", "", "Date logged", "",
                "Logged by", "", "Date and time of the incident", "yesterday evening, 7.25pm")).values();
        assertThat(f).doesNotContainKey(SafeguardingField.INCIDENT_DATE);
        assertThat(f).containsEntry(SafeguardingField.WHEN, "yesterday evening, 7.25pm");
    }
    @Test
    void aHintInBracketsAfterAQuestionIsPartOfTheLabelAndNamesTheFieldAsked() {
        Map<SafeguardingField, String> f = INCIDENT.read(new LabelledDocument("a.docx",
                "Where did this happen? (scheme)\tK2F-CHE-01\nIncident category\tViolence\n", java.util.List.of()))
                .values();
        assertThat(f.getOrDefault(SafeguardingField.DESCRIPTION, "")).doesNotContain("K2F-CHE-01");
        assertThat(f).containsEntry(SafeguardingField.PROPERTY, "K2F-CHE-01");
    }
}
