package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A form's questions numbered one after another, told from answers that open with a number (stop 52, numbered52). */
class NumberedQuestionsRunOnTest {
    @Test
    void aBareNumberRunningOnIsTheNextQuestionButAHouseNumberIsAnAnswer() {
        String[] lines = {"1 Young person's name", "Toby Quinn", "2 Current address", "3 Old Mill Court, Northtown",
                "3 Presenting agency", "Housing Options", "4 Worker completing the form", "Ali Khan"};
        NumberedQuestions q = NumberedQuestions.of(lines);
        assertThat(q.inSequence()).isTrue();
        assertThat(q.asks(lines, 3)).as("a house number and its street").isFalse();
        assertThat(q.asks(lines, 4)).isTrue();
        assertThat(q.asks(lines, 6)).isTrue();
    }

    @Test
    void aListStartingAgainInsideAnAnswerIsTheAnswers() {
        String[] lines = {"Q1. Your name", "Ali Khan", "Q2. Your role", "Youth worker", "Q3. Information",
                "1. She left at 10pm", "2. She came back at 2am", "Q4. Source", "Seen by staff"};
        NumberedQuestions q = NumberedQuestions.of(lines);
        assertThat(q.listed(5)).isTrue();
        assertThat(q.listed(6)).isTrue();
        assertThat(q.asks(lines, 6)).isFalse();
        assertThat(q.asks(lines, 7)).isTrue();
    }

    @Test
    void sectionHeadingsOverTheirOwnLabelledLinesNumberNoQuestions() {
        String[] lines = {"1) YOUNG PERSON", "Young person (name) - Ayaan Eze", "2) REFERRING AGENCY",
                "Organisation making referral - Youth Justice Service", "3) HOUSING AND FAMILY", "Homeless: yes"};
        assertThat(NumberedQuestions.of(lines).inSequence()).isFalse();
    }

    @Test
    void aSectionHeadingInSmallLettersOverLabelsAndAnswersNumbersNoQuestion() {
        String[] lines = {"1. Young person", "Full name (first name, surname)\tCara Bell", "YP born on\tFri 17/04/2009",
                "2. Referrer", "Agency (please state)\tVale Housing Options", "3) Housing position",
                "Homeless or at risk of it?", "Threatened", "Mediation result (if any): Agreement reached."};
        assertThat(NumberedQuestions.of(lines).inSequence()).as("three section headings, no questions").isFalse();
    }

    @Test
    void aSectionHeadingOverSubNumberedLabelsNumbersNoQuestion() {
        String[] lines = {"1. DARPARWR / PROVIDER", "1/1 Provider name:", "Haven", "2. PERSON IFANC / YOUNG PERSON",
                "2/1 Which young person?", "Cara Bell", "3. Digwyddiad / Incident", "3/1 What date was it?",
                "17/01/2027"};
        assertThat(NumberedQuestions.of(lines).inSequence()).as("three section headings, no questions").isFalse();
    }

    @Test
    void aQuestionInCapitalsOverItsOwnAnswerIsStillAQuestion() {
        String[] lines = {"1 Name of young person referred", "Cara Bell", "2 DOB", "19/08/2009",
                "3 Current address / where staying:", "61 Harrowby Row, Bicester, OX26 9PD", "4 REFERRING ORGANISATION",
                "Vale Housing Options", "5 Homeless status", "homeless"};
        NumberedQuestions q = NumberedQuestions.of(lines);
        assertThat(q.inSequence()).isTrue();
        assertThat(q.asks(lines, 2)).as("2 DOB, over its date").isTrue();
        assertThat(q.asks(lines, 6)).as("4 REFERRING ORGANISATION, over its answer").isTrue();
    }
}
