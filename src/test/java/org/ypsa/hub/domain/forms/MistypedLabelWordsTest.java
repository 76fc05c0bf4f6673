package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label typed in a hurry with a letter dropped, doubled or two swapped (issue 14, tuned14: "catagory", "actons
 * taken", "incidnet date" left an incident's fields unplaced) names the field of the form's word it is one edit from,
 * a little less surely; short words and words two of the form's words are that close to are not guessed.
 */
class MistypedLabelWordsTest {
    private final LabelMatcher incident = new LabelMatcher(FormLibrary.shipped().form("safeguarding-incident"));

    @Test
    void oneEditApartIsOneLetterDroppedAddedChangedOrTwoSwapped() {
        assertThat(LabelMatcher.oneEditApart("adress", "address")).isTrue();
        assertThat(LabelMatcher.oneEditApart("incdient", "incident")).isTrue();
        assertThat(LabelMatcher.oneEditApart("severty", "severity")).isTrue();
        assertThat(LabelMatcher.oneEditApart("catagory", "category")).isTrue();
        assertThat(LabelMatcher.oneEditApart("cateogry", "category")).isTrue();
        assertThat(LabelMatcher.oneEditApart("catgeroy", "category")).isFalse();
        assertThat(LabelMatcher.oneEditApart("address", "address")).isFalse();
    }

    @Test
    void aMistypedLabelNamesItsFieldALittleLessSurely() {
        LabelMatcher.Match right = incident.match("Severity").orElseThrow();
        LabelMatcher.Match typed = incident.match("Severty").orElseThrow();
        assertThat(typed.fieldId()).isEqualTo(right.fieldId());
        assertThat(incident.match("catagory").map(LabelMatcher.Match::fieldId))
                .isEqualTo(incident.match("category").map(LabelMatcher.Match::fieldId));
        assertThat(incident.match("catagory of incident").orElseThrow().score())
                .isLessThan(incident.match("category of incident").orElseThrow().score());
    }

    @Test
    void shortWordsAreNotGuessed() {
        assertThat(incident.mistyped("tyme")).isNull();
        assertThat(incident.mistyped("zzzzzzz")).isNull();
    }
}
