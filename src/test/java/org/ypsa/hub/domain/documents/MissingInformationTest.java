package org.ypsa.hub.domain.documents;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety (issue 14): an intelligence submission whose information is missing must be rejected, so nothing else on the
 * form (its heading, another field's answer) may be taken for the information. Wordings invented for the test.
 */
class MissingInformationTest {
    private static final FieldCatalog<IntelligenceField> INTEL =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");

    private static LabelledDocument text(String body) {
        return TextDocuments.bodyLines(body);
    }

    @Test
    void aHeadingOpeningWithTheFormsTitleWordsIsNotTheInformation() {
        // "Information sharing ..." opens like the title "Information sharing submission": the form's heading
        Map<IntelligenceField, String> f = INTEL.read(text("Information sharing to assist the police\n"
                + "Organisation: Riverside Housing\nWorker: Tam Oduya\nDate observed: 3/2/2027\n"
                + "Vehicle details: grey van\n")).values();
        assertThat(f.get(IntelligenceField.INFORMATION)).isNullOrEmpty();
        assertThat(f).containsEntry(IntelligenceField.AGENCY, "Riverside Housing");
    }

    @Test
    void theSameWordsFurtherDownAreStillALabelAndItsValue() {
        // only the document's first lines are its heading
        Map<IntelligenceField, String> f = INTEL.read(text("Police submission\nOrganisation: Riverside Housing\n"
                + "Worker: Tam Oduya\nDate observed: 3/2/2027\nVehicle details: grey van\n\n"
                + "Information being shared: A man in a grey van waits outside the hostel most nights.\n")).values();
        assertThat(f.get(IntelligenceField.INFORMATION)).contains("grey van waits");
    }

    @Test
    void aHeadingLineWithAColonIsNotTakenForTheTitle() {
        FieldCatalog<IntelligenceField> c = INTEL;
        assertThat(c.lineReading().opensWithTitle("Information sharing form (police)")).isTrue();
        assertThat(c.lineReading().opensWithTitle("Information sharing: the man was seen twice")).isFalse();
        assertThat(c.lineReading().opensWithTitle("Information")).isFalse();
    }

    @Test
    void theEndOfALabelWrappedOverTwoLinesIsNoLabelOfItsOwn() {
        // "(name," opens a hint on one line and "description)" closes it on the next: the whole is the persons' label,
        // and its end alone ("description") must not make the persons' answer the information
        String body = "Organisation: Riverside Housing\nWorker: Tam Oduya\nDate observed: 3/2/2027\n"
                + "People named (name,\nage, description): Ari Venn, 17; Bo Stroud, about 30, tall\n"
                + "Vehicle details: grey van\n";
        Map<IntelligenceField, String> f = INTEL.read(text(body)).values();
        assertThat(f.get(IntelligenceField.INFORMATION)).isNullOrEmpty();
        assertThat(LabelShapes.isWrappedLabelEnd("age, description)")).isTrue();
        assertThat(LabelShapes.isWrappedLabelEnd("Source (person or observation)")).isFalse();
    }

    @Test
    void aLongAnswerAlreadyReadForOneFieldIsNoLeftoverForAnother() {
        Map<IntelligenceField, String> values = new LinkedHashMap<>();
        values.put(IntelligenceField.PERSONS, "Ari Venn, 17; Bo Stroud, about 30, tall");
        assertThat(Leftovers.readForAnotherField(values, "Ari Venn, 17;  Bo Stroud, about 30, tall")).isTrue();
        assertThat(Leftovers.readForAnotherField(values, "3/2/2027")).isFalse();
    }

    @Test
    void namesAndDescriptionsOfPeopleAreThePersonsNotTheInformation() {
        Map<IntelligenceField, String> f = INTEL.read(Tables.table("Organisation", "Riverside Housing",
                "Worker", "Tam Oduya", "Names and descriptions of those involved", "Ari Venn, 17; Bo Stroud, tall"))
                .values();
        assertThat(f).containsEntry(IntelligenceField.PERSONS, "Ari Venn, 17; Bo Stroud, tall");
        assertThat(f.get(IntelligenceField.INFORMATION)).isNullOrEmpty();
    }

    @Test
    void whatSomeoneKnowsOrWasToldIsTheInformationAndHowTheyKnowItIsTheSource() {
        assertThat(INTEL.match("What do they know?")).contains(IntelligenceField.INFORMATION);
        assertThat(INTEL.match("Summary of what staff were told")).contains(IntelligenceField.INFORMATION);
        assertThat(INTEL.match("4b. What have you seen or been told")).contains(IntelligenceField.INFORMATION);
        assertThat(INTEL.match("What did staff see or hear")).contains(IntelligenceField.INFORMATION);
        assertThat(INTEL.match("How do you know this?")).contains(IntelligenceField.SOURCE);
    }

    @Test
    void aLabelAboutAnotherFieldsThingNeverNamesTheInformation() {
        // the organisation that shares the information is an organisation; its name is no information
        assertThat(INTEL.match("Agency sharing this information")).contains(IntelligenceField.AGENCY);
        assertThat(INTEL.ranked("Agency sharing this information"))
                .noneMatch(m -> m.getKey() == IntelligenceField.INFORMATION);
        Map<IntelligenceField, String> f = INTEL.read(Tables.table("Agency sharing this information", "Northgate Youth Trust",
                "Worker", "Tam Oduya", "Date observed", "3/2/2027", "Vehicle details", "grey van")).values();
        assertThat(f.get(IntelligenceField.INFORMATION)).isNullOrEmpty();
    }

    @Test
    void aParticipleAfterTheInformationLeavesItTheInformation() {
        assertThat(INTEL.match("Intelligence being submitted today")).contains(IntelligenceField.INFORMATION);
        assertThat(INTEL.match("Information shared")).contains(IntelligenceField.INFORMATION);
    }

    @Test
    void thePeopleConcernedAreThePersonsAndThePersonSendingItInIsTheWorker() {
        assertThat(INTEL.match("Individuals identified")).contains(IntelligenceField.PERSONS);
        assertThat(INTEL.match("Officer completing this form")).contains(IntelligenceField.WORKER);
    }
}
