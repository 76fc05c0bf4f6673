package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Initials written with slashes, one letter each ("s/w", "y/p"), are the initials without, as with full stops (stop 39,
 * hurried39: a hurried incident's "s/w or pa Ann Lee" was left a line of text and the worker's name lost). "y/n",
 * "w/c", "n/a" and a list of answers' letters ("l/m/h/c") are not initials of a word. Invented wordings.
 */
class InitialsWithSlashesTest {
    private final FieldCatalog<SafeguardingField> incident = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    @Test
    void initialsWithSlashesAreTheInitialsWithout() {
        assertThat(Words.of("s/w or pa")).isEqualTo(Words.of("sw or pa"));
        assertThat(Words.of("Y/P's name")).isEqualTo(Words.of("YP's name"));
        assertThat(incident.match("s/w name")).contains(SafeguardingField.WORKER_NAME);
    }

    @Test
    void yesNoNotApplicableAndAListOfAnswersLettersAreNoInitials() {
        assertThat(Words.clean("n/a")).isEqualTo("n/a");
        assertThat(Words.clean("severity l/m/h/c")).isEqualTo("severity l/m/h/c");
        assertThat(Words.clean("w/c")).isEqualTo("week commencing");
    }
}
