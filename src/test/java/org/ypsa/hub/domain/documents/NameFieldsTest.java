package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.table;

/**
 * A field of type name takes, of the values a form gives for it, the one that reads as a person's name; words of its
 * own label that ran into the value are no part of the name; a choice's answer after its own wording is read (issue 14).
 */
class NameFieldsTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    @Test
    void aNameFieldTakesTheValueThatReadsAsANameNotATitlesEnd() {
        Map<MashField, String> f = MASH.read(table("Young person", "referral to MASH",
                "Child / young person - full name", "Tobias Harkaway")).values();
        assertThat(f).containsEntry(MashField.NAME, "Tobias Harkaway");
    }

    @Test
    void wordsOfTheNamesOwnLabelBeforeItAreNoPartOfTheName() {
        Map<MashField, String> f = MASH.read(table("Young person's", "full name Perrin Thackeray-Boon")).values();
        assertThat(f).containsEntry(MashField.NAME, "Perrin Thackeray-Boon");
    }

    @Test
    void aWorkersNameIsTakenOverTheirEmailAndAnOfficersRankAndNumberStay() {
        var intel = FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
        assertThat(intel.read(table("Worker name", "kian.hart@provider.test", "Name of worker", "Kian Hart")).values())
                .containsEntry(IntelligenceField.WORKER, "Kian Hart");
        assertThat(intel.read(table("Worker name", "PC 4412 Jones")).values())
                .containsEntry(IntelligenceField.WORKER, "PC 4412 Jones");
    }

    @Test
    void aNameThatIsNoneIsStillReadSoThatTheRejectionSaysWhatWasRead() {
        var incident = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
        assertThat(incident.read(table("Young person's name", "property")).values())
                .containsEntry(SafeguardingField.NAME, "property");
    }

    @Test
    void aChoicesAnswerAfterItsOwnWordingIsTheAnswerAndTheWordingAloneIsNone() {
        assertThat(MASH.read(table("Status", "homeless or threatened Homeless tonight")).values())
                .containsEntry(MashField.STATUS, "Homeless");
        assertThat(MASH.read(table("Status", "Homeless or threatened")).values())
                .doesNotContainEntry(MashField.STATUS, "Threatened").doesNotContainEntry(MashField.STATUS, "Homeless");
    }

    @Test
    void lowerCaseWordsOrAHintBeforeANameAreTheLabelsEndNotTheName() {
        assertThat(MASH.read(table("Name of YP", "presenting Bastian Gethin-Lowe")).values())
                .containsEntry(MashField.NAME, "Bastian Gethin-Lowe");
        assertThat(MASH.read(table("Full name", "(MASH) Fenn Nantlle")).values())
                .containsEntry(MashField.NAME, "Fenn Nantlle");
        assertThat(MASH.read(table("Name", "lives with Jo Smith")).values())
                .as("a word that brings in another person").containsEntry(MashField.NAME, "lives with Jo Smith");
        assertThat(MASH.read(table("Name", "mum Jo Smith")).values()).containsEntry(MashField.NAME, "mum Jo Smith");
    }

    @Test
    void theNameAfterTheNamesOwnLabelAndAColonIsTheName() {
        assertThat(MASH.read(table("Young person", "2) YP's full name: Ffion Kettleby")).values())
                .containsEntry(MashField.NAME, "Ffion Kettleby");
    }

    @Test
    void theYoungPersonIsNeverTheirOwnWorkerSoTheSameNameForBothIsNoYoungPersonsName() {
        Map<SafeguardingField, String> f = SG.read(table("Resident's name", "Oriel Vaughan-Thomas Job title",
                "Social worker's name", "Oriel Vaughan-Thomas")).values();
        assertThat(f.getOrDefault(SafeguardingField.NAME, "")).isEmpty();
        assertThat(f).containsEntry(SafeguardingField.WORKER_NAME, "Oriel Vaughan-Thomas");
    }

    @Test
    void twoPeopleWhoShareOneNameOfTheirsAreStillTwoPeople() {
        Map<SafeguardingField, String> f = SG.read(table("Resident's name", "Oriel Vaughan",
                "Social worker's name", "Oriel Thomas")).values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Oriel Vaughan");
    }

    private static final FieldCatalog<SafeguardingField> SG =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Ellis (Elle) Morgan|Ellis Morgan", "Daniel (Dan) Hughes|Daniel Hughes", "Harry Smith, 16|Harry Smith",
            "Harry Smith - 16 yrs|Harry Smith", "Kayden Smith-Jones aka KJ|Kayden Smith-Jones",
            "Alex Green they/them|Alex Green", "Nia Rees aged 17|Nia Rees"})
    void aNicknameAnAgeOrPronounsWrittenWithANameAreNoPartOfIt(String written, String name) {
        Map<String, String> f = Map.of("name", written);
        assertThat(FieldValues.noPersonName(f, "name")).isEmpty();
        assertThat(FieldValues.personName(f, "name")).isEqualTo(name);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Bex (Rebecca) Harding|Rebecca Harding", "Sam (Samantha) Pryce|Samantha Pryce", "Kit (Christopher) Lowe|Kit Lowe",
            "Cass (Cassandra) O'NEILL|Cassandra O'NEILL", "PRYCE, Samantha (Sam)|Samantha PRYCE",
            "Pryce, Samantha|Samantha Pryce"})
    void theGivenNameInBracketsAfterTheShortNameIsTheNameAndASurnameFirstIsTurned(String written, String name) {
        Map<String, String> f = Map.of("name", written);
        assertThat(FieldValues.noPersonName(f, "name")).isEmpty();
        assertThat(FieldValues.personName(f, "name")).isEqualTo(name);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Referral to MASH", "16", "Room 12", "see attached"})
    void aValueThatIsNoNameStillDoesNotReadAsOne(String written) {
        assertThat(FieldValues.noPersonName(Map.of("name", written), "name")).isPresent();
    }
}
