package org.ypsa.hub.domain.documents;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a Family Group Conference was offered, as referrers answer it in words (round tuneP): a conference held, or
 * an offer the family declined, was offered; one only planned is asked for; a denial is No. Wordings invented.
 */
class FgcOfferedInWordsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "asked", value = {
            "FGC held on 3/11/2026|true",
            "Offered on 03/11/2026 but family declined|true",
            "Family declined the offer of an FGC|true",
            "Yes (mum declined to take part)|true",
            "on 2nd December; her parents refused to attend|true",
            "Declined by dad|true",
            "Yes - 03/11/2026|true",
            "Yes|true",
            "Not offered - emergency|false",
            "No FGC offered|false",
            "No|false",
            "FGC to be offered next week|asked",
            "Awaiting FGC coordinator|asked"})
    void aConferenceHeldOrAnOfferDeclinedWasOffered(String answer, Boolean offered) {
        assertThat(FieldValues.offered(answer)).isEqualTo(Optional.ofNullable(offered));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Offered on 03/11/2026 but declined|false", "Declined|false"})
    void toAnyOtherQuestionADeclineIsStillNo(String answer, boolean yes) {
        assertThat(FieldValues.yesNo(answer)).contains(yes);
    }
}
