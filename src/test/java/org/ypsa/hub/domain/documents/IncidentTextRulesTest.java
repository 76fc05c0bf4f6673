package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.LabelMatcher;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules of the tenth round of issue 14 (safeguarding incidents and MASH referrals in text): labels that go on past
 * a word that is a wording itself, answers that are sentences, headings lettered with a bracket, tick lists as
 * answers of a choice. The wordings are invented for these tests (none is a label of the variation corpus).
 */
class IncidentTextRulesTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    private static LabelledDocument text(String body) {
        return new LabelledDocument("a.pdf", body, TextFields.labelValues(body, "line"));
    }

    @Test
    void aLabelGoingOnWithOfOrAHintAndNamingTheSameFieldIsOneLabel() {
        // "Details" alone is a wording of the description; "of what occurred (who and where)" is no value
        Map<SafeguardingField, String> f = INCIDENT.read(text("Details of what occurred (who and where) Sam hit a "
                + "window and cut a hand.\n")).values();
        assertThat(f).containsEntry(SafeguardingField.DESCRIPTION, "Sam hit a window and cut a hand.");
    }

    @Test
    void wordsAfterAChoicesLabelThatAreNoChoiceAreTheLabelsAndTheLineUnderIsItsAnswer() {
        // "Severity rating" / "Medium": "rating" is no severity, the line under it is
        Map<SafeguardingField, String> f = INCIDENT.read(text("Type of incident\nexploitation\n\nSeverity rating\n"
                + "Medium\n")).values();
        assertThat(f).containsEntry(SafeguardingField.SEVERITY, "Medium");
    }

    @Test
    void aTimeAfterALabelThatNamesTheDescriptionBestGoesToTheTimeInALineOfText() {
        // "happened" names the description best; the value is a time, and the time is a field the label also names
        Map<SafeguardingField, String> f = INCIDENT.read(new LabelledDocument("the email body",
                "INCIDENT HAPPENED AT (CLOCK TIME): 0305\nDescription of the events: Sam left the scheme at night and "
                        + "did not come back.\n", java.util.List.of())).values();
        assertThat(f).containsEntry(SafeguardingField.INCIDENT_TIME, "0305")
                .containsEntry(SafeguardingField.DESCRIPTION, "Sam left the scheme at night and did not come back.");
    }

    @Test
    void aCellThatIsATypedFieldsLabelAndItsValueIsThatFieldsUnderAnEmptyTextLabel() {
        // the empty cell "Worker's name" took the next cell "Incident date: Sunday 6th Dec"
        Map<SafeguardingField, String> f = INCIDENT.read(Tables.table("Social worker / PA (name)",
                "Incident date (dd/mm): Sunday 6th Dec")).values();
        assertThat(f).containsEntry(SafeguardingField.INCIDENT_DATE, "Sunday 6th Dec")
                .doesNotContainEntry(SafeguardingField.WORKER_NAME, "Incident date (dd/mm): Sunday 6th Dec");
    }

    @Test
    void aHintOpenedOnOneLineAndClosedOnTheNextIsPartOfTheLabel() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Details of what occurred (who, \nwhere) Sam hit a "
                + "window and cut a hand.\n")).values();
        assertThat(f).containsEntry(SafeguardingField.DESCRIPTION, "Sam hit a window and cut a hand.");
    }

    @Test
    void wordsOfTheFieldThatAreNoAnswerGoOnWithTheLabelButTheAnswerDoesNot() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Date / time occurred 14:10 3/02/2027\n")).values();
        assertThat(f.get(SafeguardingField.WHEN)).isEqualTo("14:10 3/02/2027");
        Map<MashField, String> m = MASH.read(text("Homeless or threatened with homelessness Homeless\n")).values();
        assertThat(m).containsEntry(MashField.STATUS, "Homeless");
    }

    @Test
    void aSentenceUnderALabelIsItsAnswerEvenWhenItStartsWithAFieldsWord() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Account of what went on *\n"
                + "Police stopped Sam outside the shop.\nWhat was done?\nPolice told about it by phone.\n")).values();
        assertThat(f).containsEntry(SafeguardingField.DESCRIPTION, "Police stopped Sam outside the shop.")
                .containsEntry(SafeguardingField.ACTIONS, "Police told about it by phone.");
    }

    @Test
    void aShortLineWithASentenceUnderItIsAQuestionReadAtTheLabelsThreshold() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Kindly describe what went on\n"
                + "Sam was found asleep in the stairwell.\n")).values();
        assertThat(f).containsEntry(SafeguardingField.DESCRIPTION, "Sam was found asleep in the stairwell.");
    }

    @Test
    void aWordThenAnotherFieldsWordingIsThatWording() {
        Map<MashField, String> m = MASH.read(text("Pupil's date of birth (DoB)\n2 February 2010\n")).values();
        assertThat(m).containsEntry(MashField.DATE_OF_BIRTH, "2 February 2010");
        // one word of meaning after a label is its value, even when it is a wording ("Response" is the actions')
        Map<SafeguardingField, String> f = INCIDENT.read(text("Provider Response\nName Sam Ode\n")).values();
        assertThat(f).containsEntry(SafeguardingField.PROVIDER, "Response");
    }

    @Test
    void aLetteredHeadingIsAHeadingAndMakesAShortLabelUnderItItsField() {
        assertThat(SectionHeading.is("C) Allocated worker")).isTrue();
        assertThat(SectionHeading.lettered("C) Allocated worker")).isTrue();
        assertThat(SectionHeading.is("A) 12 beds")).as("a value").isFalse();
        assertThat(SectionHeading.is("Sam said: A) yes")).isFalse();
        Map<SafeguardingField, String> f = INCIDENT.read(text("B) The young person\nName\nSam Ode\n"
                + "C) Allocated worker\nName\nJo Pike\nD) The incident\n")).values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Sam Ode").containsEntry(SafeguardingField.WORKER_NAME, "Jo Pike");
        assertThat(f.get(SafeguardingField.PROVIDER)).isNull();
    }

    @Test
    void aHeadingHoldingTheFormsTitleSaysNothingOfWhoseABareLabelIs() {
        Map<MashField, String> m = MASH.read(text("Homeless teenager referral to the MASH\n\nResident: Sam Ode\n"
                + "Is the young person homeless now? Threatened\n")).values();
        assertThat(m).containsEntry(MashField.NAME, "Sam Ode").containsEntry(MashField.STATUS, "Threatened");
    }

    @Test
    void aTickListAnswersAChoiceByItsMarkedAnswerWhereverTheLabelWasFound() {
        Map<MashField, String> m = MASH.read(text("HOME AND FAMILY\nIs the YP homeless today?\n"
                + "( ) Homeless (X) Threatened with homelessness\n")).values();
        assertThat(FieldValues.answer(m.get(MashField.STATUS))).isEqualTo("Threatened");
    }

    @Test
    void aLabelAndItsAnswerAfterAColonIsNoGuidanceEvenWhenItTellsWhatToWrite() {
        assertThat(GuidanceNotes.isGuidance("Describe the event fully: Sam was sick in the lounge.")).isFalse();
        assertThat(GuidanceNotes.isGuidance("Note: describe the event as it was seen and heard.")).isTrue();
    }

    @Test
    void inFullSaysHowToAnswerAndAnEmailAddressIsAnEmail() {
        LabelMatcher m = new LabelMatcher(FormLibrary.shipped().form("safeguarding-incident"));
        assertThat(m.match("Describe the event in full").map(LabelMatcher.Match::fieldId)).contains("description");
        assertThat(m.match("Worker email address (allocated)").map(LabelMatcher.Match::fieldId)).contains("worker-email");
    }
}
