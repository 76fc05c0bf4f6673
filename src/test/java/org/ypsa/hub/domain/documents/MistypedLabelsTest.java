package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label typed with a slip of the keyboard (issue 14, tuned14: "catagory", "what happend", "incidnet date" left an
 * incident's category, description and date unplaced) answers the field its mended words name, only where nothing
 * else answered that field and the value is of its type; otherwise it stays unplaced and is named to the sender.
 * Invented wordings and values.
 */
class MistypedLabelsTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    private static FieldCatalog.Reading<SafeguardingField> read(String... labelsAndValues) {
        List<LabelledDocument.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            entries.add(new LabelledDocument.Entry(labelsAndValues[i], labelsAndValues[i + 1], "table row " + (i / 2 + 1)));
        }
        return INCIDENT.read(new LabelledDocument("a.docx", "", entries));
    }

    @Test
    void aMistypedLabelAnswersTheFieldItsMendedWordsName() {
        var r = read("Young person's name", "Tegan Morley", "catagory", "Violence", "incidnet date", "03/02/2027",
                "what happend", "Tegan was pushed by another resident in the kitchen.");

        assertThat(r.values().get(SafeguardingField.CATEGORY)).isEqualTo("Violence");
        assertThat(r.values().get(SafeguardingField.INCIDENT_DATE)).isEqualTo("03/02/2027");
        assertThat(r.values().get(SafeguardingField.DESCRIPTION)).startsWith("Tegan was pushed");
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void aSlipOfAWordsFullSpellingOrOfTwoWordsRunTogetherIsMended() {
        var r = read("Young person's name", "Tegan Morley", "what happend", "Tegan was pushed in the kitchen.",
                "birthdtae of y.p.", "14/05/2009");

        assertThat(r.values().get(SafeguardingField.DESCRIPTION)).startsWith("Tegan was pushed");
        assertThat(r.values().get(SafeguardingField.DATE_OF_BIRTH)).isEqualTo("14/05/2009");
    }

    @Test
    void aMistypedLabelNeverTakesAFieldAnotherLabelAnswered() {
        var r = read("Category", "Missing", "catagory", "Violence");

        assertThat(r.values().get(SafeguardingField.CATEGORY)).isEqualTo("Missing");
        assertThat(r.unplaced()).contains("catagory");
    }

    @Test
    void aMistypedLabelWhoseValueIsNotOfTheFieldsTypeIsLeftUnplaced() {
        var r = read("catagory", "see notes below", "incidnet date", "last night");

        assertThat(r.values().get(SafeguardingField.CATEGORY)).isNullOrEmpty();
        assertThat(r.values().get(SafeguardingField.INCIDENT_DATE)).isNullOrEmpty();
        assertThat(r.unplaced()).contains("catagory", "incidnet date");
    }

    @Test
    void aLabelWithWordsTheFormDoesNotKnowIsNoSlipOfItsWords() {
        // "Catgeory achos": its "achos" is no word of the form, so "catgeory" is not read as "category" (the example was
        // "Catgeory digwyddiad", but "digwyddiad" is now the form's word for incident, and the label was only unplaced
        // because the leftovers had put its "Violence" on another field; stop 39)
        var r = read("Young person's name", "Tegan Morley", "Catgeory achos", "Violence");

        assertThat(r.values().get(SafeguardingField.CATEGORY)).isNullOrEmpty();
        assertThat(r.unplaced()).contains("Catgeory achos");
    }

    @Test
    void twoMistypedLabelsNamingOneFieldAnswerItNeither() {
        var r = read("catagory", "Violence", "categoory", "Missing");

        assertThat(r.values().get(SafeguardingField.CATEGORY)).isNullOrEmpty();
        assertThat(r.unplaced()).contains("catagory", "categoory");
    }

    // stop 39 (hurried39): slips in labels that also name a field as written, and short words typed in a hurry

    private static final FieldCatalog<org.ypsa.hub.domain.intelligence.IntelligenceField> SUBMISSION = FieldCatalog.shipped(
            org.ypsa.hub.domain.intelligence.IntelligenceField.class, "intelligence-submission");

    @Test
    void aLabelWhoseSlipIsMendedNamesItsFieldThoughAWordOfItNamedAnotherAsWritten() {
        // "wokrer name": its "name" alone named the persons involved' names; mended it is the worker's name
        assertThat(SUBMISSION.match("wokrer name")).contains(org.ypsa.hub.domain.intelligence.IntelligenceField.WORKER);
    }

    @Test
    void aShortWordWithOneLetterInsideDroppedIsReadAsTheFormsWord() {
        var r = read("Young person's name", "Tegan Morley", "incident dte", "03/02/2027", "tme", "21:45");

        assertThat(r.values().get(SafeguardingField.INCIDENT_DATE)).as(r.toString()).isEqualTo("03/02/2027");
        assertThat(r.values().get(SafeguardingField.INCIDENT_TIME)).isEqualTo("21:45");
        assertThat(r.values().get(SafeguardingField.DESCRIPTION)).as("a date is no description").isNullOrEmpty();
        assertThat(SUBMISSION.rankedAllowingTypos("wrker eail").get(0).getKey())
                .isEqualTo(org.ypsa.hub.domain.intelligence.IntelligenceField.EMAIL);
    }

    @Test
    void aShortWordTheFormKnowsOrThatIsOfTheSameMeaningAsOneIsNoSlip() {
        // "tim" is a team in Welsh, no slip of "time"; "dob" is the form's own
        var r = read("Young person's name", "Tegan Morley", "tim", "21:45", "dob", "14/05/2009");

        assertThat(r.values().get(SafeguardingField.INCIDENT_TIME)).isNullOrEmpty();
        assertThat(r.values().get(SafeguardingField.DATE_OF_BIRTH)).isEqualTo("14/05/2009");
    }
}
