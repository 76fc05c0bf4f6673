package org.ypsa.hub.domain.documents;

import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form typed into a mail in a hurry (issue 14, tuned14 body-hurried: "t14-ref-002" was not recognised at all): lower
 * case labels with no colon, the answer after two spaces, " - ", " > " or one space.
 */
class HurriedLinesTest {
    private static final Map<String, Double> LABELS = Map.of("name of young person", 2.0, "name", 1.0, "dob", 2.0,
            "urgency", 2.0, "address now", 1.5, "address", 1.0, "role", 1.0, "worker email address", 2.0, "worker email", 1.5);
    private static final ToDoubleFunction<String> SCORE = w -> LABELS.getOrDefault(w.toLowerCase(java.util.Locale.ROOT), 0.0);

    @Test
    void aHurriedLabelWithNoColonIsReadUpToItsAnswer() {
        String body = "hi, pls see below\nname of young person Idris Penhallow\ndob  4/4/09\nurgency > ROUTINE\n"
                + "address now - 3 Mill Lane\nrole Youth Worker\nthx Cai";
        assertThat(HurriedLines.lines(body, SCORE)).isEqualTo("hi, pls see below\nname of young person: Idris Penhallow\n"
                + "dob: 4/4/09\nurgency: ROUTINE\naddress now: 3 Mill Lane\nrole: Youth Worker\nthx Cai");
    }

    @Test
    void aLetterOrAFormWithColonsIsLeftAsWritten() {
        String letter = "name of young person Idris is staying with us\nhe has nowhere else to go";
        assertThat(HurriedLines.lines(letter, SCORE)).isEqualTo(letter);
        String colons = "Name: Idris\nDOB: 4/4/09\nUrgency: routine\naddress now 3 Mill Lane\nrole Youth Worker\ndob 1/1/09";
        assertThat(HurriedLines.lines(colons, SCORE)).isEqualTo(colons);
        String labelsOverAnswers = "name of young person\nIdris Penhallow\ndob\n4/4/09\nurgency\nRoutine\naddress now\n"
                + "3 Mill Lane\nrole\nYouth Worker\nrole Youth Worker\ndob 4/4/09\nurgency Routine\nname Idris";
        assertThat(HurriedLines.lines(labelsOverAnswers, SCORE)).as("labels over their answers").isEqualTo(labelsOverAnswers);
    }

    @Test
    void aLabelInCapitalsRunsOnToItsMarkedEndAndNoCapitalInsideItOpensTheAnswer() {
        // tuned4 t4-sg-010: "EMAIL" then "ADDRESS - u.jory@..." routed "ADDRESS - ..." as the email
        assertThat(HurriedLines.split("WORKER EMAIL ADDRESS – i.penhallow@council.test", SCORE))
                .isEqualTo("WORKER EMAIL ADDRESS: i.penhallow@council.test");
    }

    @Test
    void sentencesEndingInAFullStopAndLinesPartedByATabAreNoHurriedForm() {
        // tuned8 t8-sg-007: "Email for SW/PA p.x@..." split before "SW/PA"; tuned11 t11-intel-001: a pasted table's
        // "agency\tA2 Dominion" split before "Dominion"
        String sentences = "role Youth Worker.\ndob 4/4/09.\nurgency Routine.\nname of young person Idris Penhallow.\n"
                + "address now 3 Mill Lane.";
        assertThat(HurriedLines.lines(sentences, SCORE)).isEqualTo(sentences);
        String tabs = "role\tYouth Worker\ndob\t4/4/09\nurgency\tRoutine\nname of young person\tIdris Penhallow\n"
                + "address now\t3 Mill Lane";
        assertThat(HurriedLines.lines(tabs, SCORE)).isEqualTo(tabs);
    }

    @Test
    void anAnswerInSentencesAfterAMarkedLabelEndIsStillTheLabelsAnswer() {
        // tuned14 t14-sg-002: "desc. -- Blessing was admitted ... planned." was left a sentence, the description missing
        String body = "name of young person -- Idris Penhallow\ndob -- 4/4/09\nurgency -- ROUTINE\n"
                + "address now -- 3 Mill Lane. Top flat.\nrole Youth Worker.\nthx Cai";
        assertThat(HurriedLines.lines(body, SCORE)).isEqualTo("name of young person: Idris Penhallow\ndob: 4/4/09\n"
                + "urgency: ROUTINE\naddress now: 3 Mill Lane. Top flat.\nrole Youth Worker.\nthx Cai");
    }

    // stop 39 (hurried39): invented wordings and values, the ways a form is typed into a mail in a hurry

    @Test
    void aGreetingAHeadingAndASignatureDoNotKeepAHurriedFormFromBeingRead() {
        // lines with no answer in them ("hi all", "incident details", "Cai") are no lines of the form either way
        String body = "hi all\nquick one below\n\nincident details\nname of young person Idris Penhallow\n"
                + "dob 4/4/09\nurgency ROUTINE\nrole Youth Worker\n\nthx\nCai\n(sent from phone)";
        assertThat(HurriedLines.lines(body, SCORE)).contains("name of young person: Idris Penhallow\n", "dob: 4/4/09\n",
                "urgency: ROUTINE\n", "role: Youth Worker\n").contains("hi all\nquick one below");
    }

    @Test
    void anEmailAddressInSmallLettersOpensAnAnswer() {
        assertThat(HurriedLines.split("worker email address a.penhallow@council.test", SCORE))
                .isEqualTo("worker email address: a.penhallow@council.test");
    }

    @Test
    void aGapOfTwoSpacesEndsTheLabelBeforeADashInsideItsHint() {
        assertThat(HurriedLines.split("address now - street, town  3 Mill Lane, Witney",
                w -> w.startsWith("address now") ? 1.5 : 0.0))
                .isEqualTo("address now - street, town: 3 Mill Lane, Witney");
    }

    @Test
    void aDateInFiguresBeforeADashIsTheAnswersNotTheLabels() {
        // "dob 4/4/09 - approx": the label is "dob", never "dob 4/4/09"
        assertThat(HurriedLines.split("dob 4/4/09 - approx", w -> w.toLowerCase(java.util.Locale.ROOT).startsWith("dob")
                ? 2.0 : 0.0)).isEqualTo("dob: 4/4/09 - approx");
    }

    @Test
    void sentencesAfterALabelWithNoMarkAreItsAnswerAndAShortAnswerEndingInAFullStopIsNot() {
        assertThat(HurriedLines.splitBeforeSentences("address now Stayed at 3 Mill Lane with his aunt last week.", SCORE))
                .isEqualTo("address now: Stayed at 3 Mill Lane with his aunt last week.");
        assertThat(HurriedLines.splitBeforeSentences("worker email for Cai Jones.", SCORE)).isNull();
        String body = "name of young person Idris Penhallow\ndob 4/4/09\nurgency ROUTINE\nrole Youth Worker\n"
                + "address now Stayed at 3 Mill Lane with his aunt last week.";
        assertThat(HurriedLines.lines(body, SCORE)).endsWith("address now: Stayed at 3 Mill Lane with his aunt last week.");
    }

    @Test
    void linesWithBlanksToFillAreAFormSetOutWithBlanksNotTypedInAHurry() {
        // tuned11 t11-ref-023 (stop 39): "name of young person __Idris Penhallow____" split before "Penhallow"
        String body = "hi\nSECTION 1 - ABOUT THE YOUNG PERSON\nname of young person __Idris Penhallow__________\n"
                + "dob __4/4/09__________\nurgency __ROUTINE__________\nrole __Youth Worker__________\n"
                + "address now ........ 3 Mill Lane\nname __Idris Penhallow__________\nthx Cai";
        ToDoubleFunction<String> startsWithALabel = w -> LABELS.keySet().stream()
                .anyMatch(k -> w.toLowerCase(java.util.Locale.ROOT).startsWith(k)) ? 1.0 : 0.0;
        assertThat(HurriedLines.lines(body, startsWithALabel)).isEqualTo(body);
    }
}
