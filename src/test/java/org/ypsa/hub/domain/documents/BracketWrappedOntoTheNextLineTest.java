package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A numbered question whose bracketed hint a PDF wrapped onto the next line: the bracket's end is the label's, the
 * rest of that line the answer (issue 14, tuned16: an intelligence submission had been routed with the agency
 * "overleaf) * ..."). The wordings are invented here.
 */
class BracketWrappedOntoTheNextLineTest {
    @Test
    void aBracketClosedOnTheNextLineEndsTheLabelNotTheAnswer() {
        String text = "2a) Reporting body (see notes\nattached) * Harbour Outreach\n2b) Staff member's name: Ola Brennan\n"
                + "2c) Work email - secure (cjsm /\nnet.uk) ola.brennan@harbour.test\n";
        List<LabelledDocument.Entry> found = TextFields.labelValues(text, "line");
        assertThat(found).extracting(LabelledDocument.Entry::value)
                .containsExactly("Harbour Outreach", "Ola Brennan", "ola.brennan@harbour.test");
        assertThat(found.get(0).label()).startsWith("2a) Reporting body (see notes attached)");
    }

    @Test
    void aBracketInAnAnswerIsLeftAsItIs() {
        String text = "Q1 Team you work in:\nHarbour Outreach\nQ2 What happened:\nShe left with a man (older\n"
                + "than her) and came back late\n";
        List<LabelledDocument.Entry> found = TextFields.labelValues(text, "line");
        assertThat(found).extracting(LabelledDocument.Entry::value)
                .contains("She left with a man (older\nthan her) and came back late");
    }
}
