package org.ypsa.hub.domain.voids;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A word cut short with an apostrophe ("loc'y") is read as the word it starts; possessives and "don't" are not cut. */
class WordsCutShortWithAnApostropheTest {
    @Test
    void anApostropheBeforeTheLastLetterCutsTheWordShort() {
        assertThat(VoidReturnReader.withElisionsShortened("loc'y")).isEqualTo("loc.");
        assertThat(VoidReturnReader.withElisionsShortened("Vac\u2019y (beds)")).isEqualTo("Vac. (beds)");
    }

    @Test
    void aPossessiveOrAContractionIsNoWordCutShort() {
        assertThat(VoidReturnReader.withElisionsShortened("Provider's name")).isEqualTo("Provider's name");
        assertThat(VoidReturnReader.withElisionsShortened("Don't know")).isEqualTo("Don't know");
        assertThat(VoidReturnReader.withElisionsShortened("O'Neil House")).isEqualTo("O'Neil House");
        assertThat(VoidReturnReader.withElisionsShortened("Rock 'n' roll")).isEqualTo("Rock 'n' roll");
    }
}
