package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A reply that types its answers under the quoted questions of the mail it answers. */
class InlineAnswersTest {
    private static final String NOTE = "Hi,\nMy answers are below.\nThanks\nSian\n\n-----Original Message-----\n"
            + "From: Duty <duty@council.test>\nSent: 3 March 2027 10:12\nSubject: Questions\n\n"
            + "> Please answer each question below.\n>\n";

    @Test
    void anAnswerTypedUnderAQuotedQuestionIsThatQuestionsAnswer() {
        String body = NOTE + "> Young person's name\nPeri Landow\n>\n> Their date of birth?\n2/2/2009\n>\n"
                + "> Where are they staying:\n14 Brook Lane, Didcot\n";
        assertThat(InlineAnswers.lines(body)).contains("Young person's name: Peri Landow\n")
                .contains("Their date of birth?: 2/2/2009\n").contains("Where are they staying: 14 Brook Lane, Didcot");
    }

    @Test
    void anAnswersPrefixIsNoLabel() {
        String body = NOTE + "> Young person's name\nA: Peri Landow\n>\n> Their date of birth?\nAnswer - 2/2/2009\n>\n"
                + "> Category\n[SL] Missing\n>\n> Severity\n- Low\n";
        assertThat(InlineAnswers.lines(body)).contains("Young person's name: Peri Landow\n")
                .contains("Their date of birth?: 2/2/2009\n").contains("Category: Missing\n").contains("Severity: Low");
    }

    @Test
    void questionsLeftUnquotedTakeTheAnswersMarkedUnderThem() {
        String body = "Hello\n\n________________________________\nFrom: Duty <duty@council.test>\nSent: 3 March 2027\n"
                + "1.1) Referral number:\n- RF-0042\n1.2) Provider?\n- Hillside Homes\n1.3) Name on the referral\n- Ceri Vos\n";
        assertThat(InlineAnswers.lines(body)).contains("1.1) Referral number: RF-0042\n")
                .contains("1.2) Provider?: Hillside Homes\n").endsWith("1.3) Name on the referral: Ceri Vos\n");
    }

    @Test
    void anAnswerOfSeveralLinesIsSetOutUnderItsQuestion() {
        String body = NOTE + "> Name\nA: Peri Landow\n> Age\nA: 17\n> Type of incident\nA: \u2610 Missing\nA: \u2612 Violence\n";
        assertThat(InlineAnswers.lines(body)).contains("Type of incident:\n\u2610 Missing\n\u2612 Violence");
    }

    @Test
    void theRequestsOwnWordsAndUnansweredQuestionsAreNoAnswers() {
        String body = NOTE + "> B. RESIDENT\n>\n> Name\nA: Peri Landow\n>\n> Police reference\n>\n> Age\nA: 17\n"
                + "> Category\nA: Missing\n";
        String read = InlineAnswers.lines(body);
        assertThat(read).doesNotContain("Please answer").doesNotContain("Police reference").contains("\nB. RESIDENT\n")
                .contains("Name: Peri Landow\n");
    }

    @Test
    void aReplyThatRemarksOnAQuotedMailIsNoFormAnsweredInline() {
        String body = "See below.\n\nOn 2 Mar 2027, Duty <duty@council.test> wrote:\n> Name: Peri Landow\nThat is right.\n"
                + "> Is the form coming?\nYes, attached.\n";
        assertThat(InlineAnswers.lines(body)).isEqualTo(body);
    }
}
