package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * A form typed as "Label: answer" lines (a phone's forward, a quick body) asks some of its fields as short questions
 * answered after the question mark, in small letters and with no colon ("came to the uk alone? no"). Such a line is a
 * label and its answer, and never the first half of the label under it; nor is a heading in capitals over a label in
 * small letters (stop 63). Wordings and values invented for the test.
 */
class QuestionsAnsweredAfterTheirMarkAmongLabelsTest {

    @Test
    void aShortQuestionAnsweredAfterItsMarkAmongLabelLinesIsALabelAndItsAnswer() {
        var entries = TextFields.labelValues("home town: Witney\ncame to the uk alone? no\nany children: none\n"
                + "happy for us to share this? yes\n", "line");
        assertThat(entries).extracting(e -> e.label().replaceAll("\\?$", ""), LabelledDocument.Entry::value)
                .contains(tuple("came to the uk alone", "no"), tuple("happy for us to share this", "yes"),
                        tuple("home town", "Witney"), tuple("any children", "none"));
    }

    @Test
    void aQuestionAnsweredAfterItsMarkIsNoStartOfTheLabelUnderIt() {
        var entries = TextFields.labelValues("asked to move? yes\nhome town: Witney\n", "line");
        assertThat(entries).extracting(LabelledDocument.Entry::label).contains("home town")
                .noneMatch(l -> l.contains("asked to move? yes home"));
    }

    @Test
    void aShortenedWordsDotInTheQuestionKeepsItAQuestion() {
        var entries = TextFields.labelValues("came here as an unaccomp. minor? no\nany children: none\n", "line");
        assertThat(entries).extracting(LabelledDocument.Entry::label).contains("any children");
    }

    @Test
    void aHeadingInCapitalsIsNoStartOfTheLabelInSmallLettersUnderIt() {
        var entries = TextFields.labelValues("CONTACT DETAILS\nhome phone: 01865 000000\nwork email: a@b.test\n", "line");
        assertThat(entries).extracting(LabelledDocument.Entry::label).contains("home phone", "work email");
    }

    @Test
    void aQuestionInProseAwayFromLabelsStaysProse() {
        var entries = TextFields.labelValues("Thanks for this.\n\nwhy now? nobody really knows\n\nSpeak soon\n", "line");
        assertThat(entries).isEmpty();
    }
}
