package org.ypsa.hub.domain.directory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** Provider names as people write them: with or without "Ltd", "Housing", spaces, as initials, inside a longer value. */
class ProviderNamesTest {
    private final Directory directory = TestDirectory.shipped();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Key 2 Futures Ltd|key2-futures", "The Stonewater Housing Association|stonewater",
            "Sanctuary Housing (Banbury scheme)|sanctuary", "CONNECTION SUPPORT LIMITED|connection-support",
            "Oxfordshire Youth Trust|oxfordshire-youth", "Key 2 Futures YOUNG PERSON|key2-futures",
            "submitting concern - Sanctuary Housing|sanctuary", "CS|connection-support"})
    void aProviderIsKnownByItsNameWithoutTheWordsAnyOrganisationMayAddOrDrop(String written, String id) {
        assertThat(directory.provider(written)).map(Directory.Provider::id).contains(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Oxfordshire Youth Supported Living|oxfordshire-youth",
            "Stonewater Supported Housing Services|stonewater", "Connection Support Housing Group|connection-support"})
    void aProviderNamedWithWordsForWhatItDoesIsThatProvider(String written, String id) {
        assertThat(directory.provider(written)).map(Directory.Provider::id).contains(id);
    }

    @Test
    void aProvidersNameAmongWordsThatAreNotWhatItDoesIsNoProvider() {
        assertThat(directory.provider("Rapid Response Outreach Team")).isEmpty();
        assertThat(directory.provider("Response to homelessness services")).isEmpty();
    }

    @Test
    void aWordOfAProvidersNameAmongOtherWordsIsNoProvider() {
        assertThat(directory.provider("PLACEMENT TEAM RESPONSE TO THE CONCERN")).isEmpty();
        assertThat(directory.provider("Stonewater (Witney scheme)")).map(Directory.Provider::id).contains("stonewater");
        assertThat(directory.provider("Key 2 Futures supported lodgings")).map(Directory.Provider::id)
                .contains("key2-futures");
    }

    @Test
    void aProviderNamedAfterTheColonOfASentenceIsNotTheValuesProvider() {
        assertThat(directory.provider("The lad has since moved to another placement: Stonewater")).isEmpty();
        assertThat(directory.provider("Housing provider: Stonewater")).map(Directory.Provider::id).contains("stonewater");
        assertThat(directory.provider("Stonewater: Witney scheme")).map(Directory.Provider::id).contains("stonewater");
    }

    @Test
    void onlyAProvidersNameIsNoAccountOfARisk() {
        assertThat(directory.isOnlyAProvidersName("Stonewater Housing Ltd")).isTrue();
        assertThat(directory.isOnlyAProvidersName("Stonewater cannot staff nights")).isFalse();
    }

    @Test
    void aPersonsNameOrAnUnknownOrganisationIsNoProvider() {
        assertThat(directory.provider("Gideon Morcombe")).isEmpty();
        assertThat(directory.provider("Housing Trust Ltd")).isEmpty();
    }

    @Test
    void aNameTheDirectoryDoesNotKnowFromAProvidersOwnAddressIsThatProvider() {
        assertThat(directory.providerNamedOrSending("Gideon Morcombe", "staff@key2.provider.test"))
                .map(Directory.Provider::id).contains("key2-futures");
        assertThat(directory.providerNamedOrSending("Gideon Morcombe", "someone@council.test")).isEmpty();
    }
}
