package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A word cut short with an apostrophe ("loc'y") is read as the word it starts; possessives and "don't" are not cut. */
class WordsCutShortWithAnApostropheTest {
    @Test
    void anApostropheBeforeTheLastLetterCutsTheWordShort() {
        assertThat(Words.withElisionsShortened("loc'y")).isEqualTo("loc.");
        assertThat(Words.withElisionsShortened("Vac\u2019y (beds)")).isEqualTo("Vac. (beds)");
    }

    @Test
    void aPossessiveOrAContractionIsNoWordCutShort() {
        assertThat(Words.withElisionsShortened("Provider's name")).isEqualTo("Provider's name");
        assertThat(Words.withElisionsShortened("Don't know")).isEqualTo("Don't know");
        assertThat(Words.withElisionsShortened("O'Neil House")).isEqualTo("O'Neil House");
        assertThat(Words.withElisionsShortened("Rock 'n' roll")).isEqualTo("Rock 'n' roll");
    }
}
