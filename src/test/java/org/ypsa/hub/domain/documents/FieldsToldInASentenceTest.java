package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fields told in a sentence alone on its line, among a form's label lines (stop 40, body40: tuned16's body-sentences
 * forms): the sender's organisation, where the young person is staying, when the incident happened. A sentence gives a
 * value only where it gives it whole; anything else stays written. Wordings are ours, written for this test.
 */
class FieldsToldInASentenceTest {
    @Test
    void whoTheSenderIsWhereTheYoungPersonStaysAndWhenItHappenedAreReadFromASentenceOfTheirOwn() {
        assertThat(SentenceAnswers.wholeSentence("We are Bala Housing Association")).isEqualTo(
                "Your organisation: Bala Housing Association");
        assertThat(SentenceAnswers.wholeSentence("We're Cartrefi Cymru.")).isEqualTo("Your organisation: Cartrefi Cymru");
        assertThat(SentenceAnswers.wholeSentence("Tomos is currently staying at 14 Mill Lane, Bala")).isEqualTo(
                "Current address: 14 Mill Lane, Bala");
        assertThat(SentenceAnswers.wholeSentence("At the moment Ffion Hale is living with her nan at Flat 2, 7 Hill Rd."))
                .isEqualTo("Current address: Flat 2, 7 Hill Rd");
        assertThat(SentenceAnswers.wholeSentence("The incident happened on Wed 2 Dec 2026 at about 21:40")).isEqualTo(
                "Date and time: Wed 2 Dec 2026 at 21:40");
    }

    @Test
    void aSentenceThatGivesNoValueWholeStaysWritten() {
        for (String s : new String[] {"We are unable to manage this risk.", "We are not able to offer a room",
                "Tomos is staying with friends for now.", "Tomos is staying at his nan's", "On Monday she went missing.",
                "The incident happened last night"}) {
            assertThat(SentenceAnswers.wholeSentence(s)).as(s).isEqualTo(s);
        }
        assertThat(SentenceAnswers.lines("Risks: We are unable to manage this risk.", w -> 0.0))
                .isEqualTo("Risks: We are unable to manage this risk.");
    }
}
