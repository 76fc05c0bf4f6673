package org.ypsa.hub.domain;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

class WordingTest {

    @Test
    void theShippedWordingHasEveryPhraseAndOnlyPlaceholdersTheHubFills() {
        assertThat(TestDirectory.shippedWording().mistakes()).isEmpty();
    }

    @Test
    void aPhraseIsFilledByNameAndAPlaceholderAppearingTwiceIsFilledTwice() {
        Wording w = new Wording(Map.of("referral-outcome", "{teams}: {word} ({reference}). {teams}."));
        assertThat(w.say(Phrase.REFERRAL_OUTCOME, "teams", "Brokerage", "word", "ACCEPTED", "reference", "YPSA-1"))
                .isEqualTo("Brokerage: ACCEPTED (YPSA-1). Brokerage.");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderOrHasDollarSignsIsSentAsWritten() {
        Wording w = new Wording(Map.of("recorded", "Recorded {word} for {reference}."));
        assertThat(w.say(Phrase.RECORDED, "word", "{reference} $1", "reference", "YPSA-1"))
                .isEqualTo("Recorded {reference} $1 for YPSA-1.");
    }

    @Test
    void aMissingPhraseAnUnknownPhraseAndAPlaceholderThePhraseCannotHaveAreEachNamed() {
        Map<String, String> phrases = new HashMap<>(TestDirectory.shippedWording().phrases());
        phrases.remove("footer");
        phrases.put("referral-next", "{team} will review it.");
        phrases.put("referal-next", "typo");

        assertThat(new Wording(phrases).mistakes()).containsExactlyInAnyOrder(
                "hub.wording.footer is missing",
                "hub.wording.referral-next: {team} is not something the hub can fill here; it may use [{teams}]",
                "hub.wording.referal-next is not a phrase the hub uses; it has " + new java.util.TreeSet<>(
                        java.util.Arrays.stream(Phrase.values()).map(Phrase::key).toList()));
    }
}
