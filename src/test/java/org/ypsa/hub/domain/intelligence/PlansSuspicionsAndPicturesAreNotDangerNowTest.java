package org.ypsa.hub.domain.intelligence;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 65, after an independent author's whole intelligence forms (tuned28), where 11 of 24 ordinary submissions were held
 * back as emergencies: what staff write on an ordinary form in strong words - a plan for if something happens, things
 * kept for others, a home taken over, fear of what speaking up would cost, exploitation suspected, a move the service
 * makes, a weapon in a picture - is no danger now; the same words with danger now stay urgent. Our own sentences.
 */
class PlansSuspicionsAndPicturesAreNotDangerNowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @ParameterizedTest
    @ValueSource(strings = {
        "If Kian goes missing again we will report it to 101 straight away, as his missing protocol says.",
        "Should she be threatened by them again staff will ring 999.",
        "We have changed the door codes and advised him to call 999 if the men come back.",
        "Staff are worried that Leon is holding drugs for older lads on the estate.",
        "We believe her flat may have been taken over by a line from London.",
        "Tomas is scared of losing his tenancy if he tells the police what he saw.",
        "He looked about 14 and we are concerned he is being used to deliver.",
        "Abi is being moved to another scheme next week after the warning.",
        "A friend told us Dre has a knife and showed her a picture of it on his Snapchat story.",
    })
    void anOrdinaryFormsStrongWordsAreNoDangerNow(String text) {
        Screening.Result r = Screening.screen(text, TODAY);
        assertThat(r.urgent()).as(r.signs().toString()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "She is with him now at his flat; if she is not back by ten we will call 999.",
        "He is holding a knife to her throat in the kitchen.",
        "The dealers are in his flat now with weapons and he is locked in the bedroom.",
        "Staff think she is being used to carry drugs right now, she has just left with them in the car.",
        "He has just posted a photo of a gun with \"on my way to yours now\" and tagged her.",
        "She is being moved to another flat tonight by the older men.",
    })
    void theSameWordsWithDangerNowAreUrgent(String text) {
        Screening.Result r = Screening.screen(text, TODAY);
        assertThat(r.urgent()).as(r.signs().toString()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aPlanWrappedOverTwoLinesOfAPdfIsStillAPlan() {
        Screening.Result r = Screening.screen("Safety plan agreed with her. If she is\nthreatened or goes missing we will "
                + "ring 999.", TODAY);
        assertThat(r.urgent()).as(r.signs().toString()).isFalse();
        assertThat(Screening.screen("He is outside her\nwindow now with a knife.", TODAY).urgent()).isTrue();
    }
}
