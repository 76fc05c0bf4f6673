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
            "v1.4 | Review date: March 2027 | Page 1",
            // a template's code, its keeping and its owner beside the marking
            "HX-YPS-IR02 | OFFICIAL | Hollybank Homes Ltd", "FRM/SA/03 v2.0 | OFFICIAL-SENSITIVE | Retain for 7 years",
            "Form RISK-B | v1.2 | OFFICIAL-SENSITIVE | Printed 02/11/2026",
            "FRM/SA/03-E v2.0 | OFFICIAL-SENSITIVE when complete | Page 1"})
    void aMarkingOrAPageOrVersionFooterIsNoLabel(String line) {
        assertThat(DocumentMarkings.isMarking(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Official: Yes", "Page", "Owner: Sam Hollis", "Young person's name: Page Turner",
            "Officially homeless since 3 May.", "Version of events: he was pushed", "Sensitive information shared: Yes",
            "Referring officer - PC Dane, page 4 of notebook", "Hollybank Homes Ltd | Risk concern",
            "Resources needed: waking night staff | Hollybank Homes Ltd"})
    void aLabelOrAnAnswerThatMentionsSuchWordsIsNoMarking(String line) {
        assertThat(DocumentMarkings.isMarking(line)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aRunningHeaderWithItsPageNumberIsSetAsideOnEveryPage() {
        String[] lines = {"Harbourside Trust - move-on form - 1", "Full name: Tamsin Orrell", "Harbourside Trust - move-on form - 2",
            "What happened:", "She left at noon and", "Harbourside Trust - move-on form - 3", "came back late.",
            "Night report (page 1 of 2)", "Staff on shift: 2", "Night report (page 2 of 2)"};
        assertThat(DocumentMarkings.without(lines)).containsExactly("Full name: Tamsin Orrell", "What happened:",
                "She left at noon and", "came back late.", "Staff on shift: 2");
    }

    @org.junit.jupiter.api.Test
    void aLineEndingInANumberPrintedOnceIsNoHeader() {
        String[] lines = {"Address: Flat 2 - 14", "Risk to others - 3 incidents", "Rooms - 2"};
        assertThat(DocumentMarkings.without(lines)).containsExactly(lines);
    }
}
