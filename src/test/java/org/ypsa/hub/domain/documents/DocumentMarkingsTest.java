package org.ypsa.hub.domain.documents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A protective marking or a page or version footer printed over or under a form is no label and no answer. */
class DocumentMarkingsTest {
    @ParameterizedTest
    @ValueSource(strings = {"OFFICIAL", "OFFICIAL - SENSITIVE", "OFFICIAL-SENSITIVE", "Official Sensitive",
            "OFFICIAL - SENSITIVE - PERSONAL DATA", "SWYDDOGOL - SENSITIF", "Protective marking: OFFICIAL-SENSITIVE",
            "Security classification: OFFICIAL", "Page 2 of 3", "OFFICIAL SENSITIVE | Page 1 of 2",
            "Version 2.1 | Owner: Housing Options | p. 3", "Tudalen 2 / Page 2", "Page 3 of 5 \u2013 retain securely",
            "v1.4 | Review date: March 2027 | Page 1"})
    void aMarkingOrAPageOrVersionFooterIsNoLabel(String line) {
        assertThat(DocumentMarkings.isMarking(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Official: Yes", "Page", "Owner: Sam Hollis", "Young person's name: Page Turner",
            "Officially homeless since 3 May.", "Version of events: he was pushed", "Sensitive information shared: Yes",
            "Referring officer - PC Dane, page 4 of notebook"})
    void aLabelOrAnAnswerThatMentionsSuchWordsIsNoMarking(String line) {
        assertThat(DocumentMarkings.isMarking(line)).isFalse();
    }
}
