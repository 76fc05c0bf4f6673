package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A choice written as a tick list is the answer whose box is marked, and only it. */
class TickListTest {
    @Test
    void onlyTheMarkedAnswerOfATickListCounts() {
        assertThat(TickList.marked("\u2610 Low \u2612 Medium \u2610 High \u2610 Critical")).contains("Medium");
        assertThat(TickList.marked("( ) Homeless now (X) Threatened with homelessness"))
                .contains("Threatened with homelessness");
        assertThat(TickList.marked("[\u2713] Homeless now [ ] Threatened")).contains("Homeless now");
    }

    @Test
    void boxesAfterTheirAnswersMarkTheAnswerBeforeThem() {
        assertThat(TickList.marked("Low \u2610 Medium \u2611 High \u2610")).contains("Medium");
    }

    @Test
    void aValueWithNoBoxOrNoMarkOrTwoMarksIsNoAnswer() {
        assertThat(TickList.marked("Medium")).isEmpty();
        assertThat(TickList.marked("\u2610 Low \u2610 High")).isEmpty();
        assertThat(TickList.marked("\u2612 Low \u2612 High")).isEmpty();
    }

    @Test
    void anAnswerWhoseBoxIsEmptyIsAnAnswerNotChosen() {
        assertThat(FieldValues.value(Map.of("category", "\u2610 Missing"), "category")).isEmpty();
        assertThat(FieldValues.value(Map.of("severity", "Low [ ] High [ ]"), "severity")).isEmpty();
        assertThat(FieldValues.value(Map.of("category", "\u2612 Missing"), "category")).isEqualTo("\u2612 Missing");
        assertThat(FieldValues.value(Map.of("description", "He said he had ( ) nothing to add and then left the room "
                + "with two other residents"), "description")).as("a sentence").startsWith("He said");
    }

    @Test
    void aFieldsValueIsTheMarkedAnswerOfItsTickList() {
        assertThat(FieldValues.value(Map.of("severity", "( ) Low (X) Medium ( ) High"), "severity")).isEqualTo("Medium");
        assertThat(FieldValues.yesNo(FieldValues.value(Map.of("known", "\u2611 Yes \u2610 No"), "known"))).contains(true);
    }

    @Test
    void radioButtonsAndAngleBracketBoxesMarkTheirAnswer() {
        assertThat(TickList.marked("\u25cb Low  \u25c9 Medium  \u25cb High  \u25cb Critical")).contains("Medium");
        assertThat(TickList.marked("< > Missing <X> Self-harm < > Violence")).contains("Self-harm");
        assertThat(FieldValues.yesNo("\u25c9 Yes \u25cb No")).contains(true);
        assertThat(FieldValues.yesNo("< > Yes <x> No")).contains(false);
    }

    @Test
    void wordsBeforeTheFirstBoxAreNoAnswerWhenAnAnswerFollowsTheLastBox() {
        assertThat(TickList.marked("staff view \u25a1 Low \u25a0 Medium \u25a1 High")).contains("Medium");
        assertThat(TickList.marked("towards staff \u2610 Fire setting \u2611 Arrest \u2610 Other")).contains("Arrest");
    }

    @Test
    void crossedAndFilledBoxesAndADotInBracketsMarkTheirAnswer() {
        assertThat(TickList.marked("\u25a1 Low \u22a0 Medium \u25a1 High")).contains("Medium");
        assertThat(TickList.marked("\u25a2 Low \u25a3 High")).contains("High");
        assertThat(TickList.marked("\u2b1c Missing \u2705 Violence")).contains("Violence");
        assertThat(TickList.marked("\u2610 Missing \uD83D\uDDF9 Violence \u2610 Other")).contains("Violence");
        assertThat(TickList.marked("[ ] Missing  [\u2022] Police involvement  [ ] Other")).contains("Police involvement");
    }

    @Test
    void aTickListABoxToALineUnderItsLabelIsOneAnswerNotItsFirstLine() {
        FieldCatalog<org.ypsa.hub.domain.safeguarding.SafeguardingField> incident =
                FieldCatalog.shipped(org.ypsa.hub.domain.safeguarding.SafeguardingField.class, "safeguarding-incident");
        Map<org.ypsa.hub.domain.safeguarding.SafeguardingField, String> f = incident.read(TextDocuments.body(
                "Severity of the incident:\n[ ] Low\n[ ] Medium\n[\u2022] High\n[ ] Critical\n\n"
                        + "Describe the incident: A window was broken.\n")).values();
        assertThat(FieldValues.value(f, org.ypsa.hub.domain.safeguarding.SafeguardingField.SEVERITY)).as(f.toString()).isEqualTo("High");
    }

    @Test
    void aLabelPrintedBesideTheMiddleOfATickListABoxToALineHasTheBoxesAboveAndBelowItAsItsAnswers() {
        FieldCatalog<org.ypsa.hub.domain.safeguarding.SafeguardingField> incident =
                FieldCatalog.shipped(org.ypsa.hub.domain.safeguarding.SafeguardingField.class, "safeguarding-incident");
        Map<org.ypsa.hub.domain.safeguarding.SafeguardingField, String> f = incident.read(TextDocuments.body(
                "Describe the incident: A window was broken.\n\u2610 Low\n\u2612 Medium\nSeverity \u2610 High\n"
                        + "\u2610 Critical\nPolice reference: none\n")).values();
        assertThat(FieldValues.value(f, org.ypsa.hub.domain.safeguarding.SafeguardingField.SEVERITY)).as(f.toString())
                .isEqualTo("Medium");
    }

    @Test
    void aShortValueWithBoxesButNoOneAnswerMarkedIsNoAnswer() {
        assertThat(FieldValues.value(Map.of("category", "type was \u2610 Arson"), "category")).isEmpty();
        assertThat(FieldValues.value(Map.of("severity", "\u2612 Low \u2612 Critical"), "severity")).isEmpty();
        assertThat(FieldValues.value(Map.of("severity", "\u2612 Critical"), "severity")).isEqualTo("\u2612 Critical");
    }

    @Test
    void aLabelBesideTheMiddleOfAListABoxToALineTakesTheMarkedBoxNotTheOneBesideIt() {
        FieldCatalog<org.ypsa.hub.domain.safeguarding.SafeguardingField> incident =
                FieldCatalog.shipped(org.ypsa.hub.domain.safeguarding.SafeguardingField.class, "safeguarding-incident");
        LabelledDocument pdf = TextDocuments.pdfText("Safeguarding incident\nYoung person: Ceri Amberley\n"
                + "\u2610 Missing\n\uD83D\uDDF9 Exploitation\nType of incident it was \u2610 Violence\n"
                + "\u2610 Other\nSeverity: High\n");
        String category = incident.read(pdf).values().get(org.ypsa.hub.domain.safeguarding.SafeguardingField.CATEGORY);
        assertThat(FieldValues.answer(category)).isEqualTo("Exploitation");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" marks {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {"X Medium _ High | Medium",
            "_ Low  _ Medium  X High | High", "Low _ Medium X High _ | Medium", "x Homeless now _ Threatened | Homeless now",
            "_ Homeless now / XX Threatened with homelessness | Threatened with homelessness", "_X_ Planned _ Emergency | Planned",
            "N Low  Y Medium  N High | Medium", "Missing N Violence Y | Violence",
            "_ Missing _ Exploitation _ Self-harm _ Violence _ Allegation against staff _ Police involvement X Hospital "
                    + "admission _ Other | Hospital admission"})
    void aTickListTypedWithAnXAndUnderscoresMarksTheAnswerBesideTheX(String written, String answer) {
        assertThat(TickList.marked(written)).contains(answer);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" is left as written")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Malcolm X", "X-ray at the JR", "Flat 2 _ Block X",
            "Cell N", "Y block", "She said X was there", "High"})
    void aLoneXUnderscoreYOrNInAnyOtherValueIsNoTickList(String written) {
        assertThat(TickList.boxed(written)).isEqualTo(written);
        assertThat(FieldValues.answer(written)).isEqualTo(written);
    }

    @Test
    void aTypedTickListWithNothingMarkedIsNoAnswer() {
        assertThat(FieldValues.answer("_ Low _ Medium _ High")).isEmpty();
        assertThat(FieldValues.answer("X Low X High _ Critical")).as("two marked").isEmpty();
    }

    @Test
    void aGridsBoxesAreNoWordsOfItsAnswers() {
        // four statuses with a box each are thirteen words with their boxes: still a list, never its first words
        assertThat(FieldValues.answer("\u2612 Looked after (s20) \u2610 Care leaver \u2612 Child in need \u2610 Not known"))
                .as("two marked").isEmpty();
        assertThat(FieldValues.answer("\u2610 Looked after (s20) \u2610 Care leaver \u2610 Child in need \u2610 Not known to social care"))
                .as("none marked").isEmpty();
        assertThat(FieldValues.answer("\u2610 Looked after (s20) \u2610 Care leaver \u2612 Child in need \u2610 Not known"))
                .isEqualTo("Child in need");
        assertThat(FieldValues.noValue(Map.of("status", "[x] Looked after [ ] Care leaver [x] Child in need"), "status"))
                .as("a required field with two ticked is asked for").isPresent();
    }
}
