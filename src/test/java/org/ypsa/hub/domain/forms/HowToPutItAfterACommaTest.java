package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;
import org.ypsa.hub.domain.voids.VoidField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the writer is to put the answer, after a comma ("facts only", "no opinion", "in your own words", "if known"), is
 * no part of what a label asks (stop 49, misc49); and words of when closing a label ("this week", "at present") are
 * one list for every reader. Wordings invented for the test.
 */
class HowToPutItAfterACommaTest {
    private final FieldCatalog<SafeguardingField> incident =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

    @Test
    void howToPutTheAnswerAfterACommaIsDroppedFromTheLabel() {
        assertThat(Instructions.withoutHowToPutItAfterAComma("What happened, facts only, no opinion"))
                .isEqualTo("What happened");
        assertThat(Instructions.withoutHowToPutItAfterAComma("Account of events, in your own words, please be brief"))
                .isEqualTo("Account of events");
        assertThat(Instructions.withoutHowToPutItAfterAComma("Date of birth, if known")).isEqualTo("Date of birth");
        // a comma between things asked stays: "Name, address" asks both
        assertThat(Instructions.withoutHowToPutItAfterAComma("Name, address")).isEqualTo("Name, address");
    }

    @Test
    void aLabelWithHowToPutItAfterACommaNamesTheFieldItsWordsBeforeDo() {
        // "no" in "no opinion" is no number: the police reference is not asked
        assertThat(incident.match("What went on, facts only, no opinion")).contains(SafeguardingField.DESCRIPTION);
        assertThat(incident.match("Immediate action taken, in your own words")).contains(SafeguardingField.ACTIONS);
    }

    @Test
    void wordsOfWhenClosingALabelAreOneListForHeadsAndCounts() {
        assertThat(Words.withoutTrailingWhen("Safety concern now")).isEqualTo("Safety concern");
        assertThat(Words.withoutTrailingWhen("Occupied units this week")).isEqualTo("Occupied units");
        assertThat(Words.withoutTrailingWhen("Vacant at present")).isEqualTo("Vacant");
        assertThat(Words.withoutTrailingWhen("Week 12 now")).isEqualTo("Week 12 now");
        FieldCatalog<VoidField> voids = FieldCatalog.shipped(VoidField.class, "void-return");
        assertThat(voids.match(Words.withoutTrailingWhen("In use currently"))).contains(VoidField.OCCUPIED);
    }
}
