package org.ypsa.hub.domain.referrals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date of the Family Group Conference with the words referrers write about it (round tuneT): "FGC held 03/11",
 * "offered 3.11.26, declined", "Yes - 03/11/2026", "03/11/26 offered"; of two dates the one said to be offered.
 * Two dates not told apart, or words with no date, are none.
 * Wordings invented for the test.
 */
class FgcDateAsWrittenTest {
    private static final LocalDate SENT = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FGC held 03/11", "offered 3.11.26, declined", "Offered 03/11/2026", "held 3/11/26",
            "Yes - 03/11/2026", "Yes 03/11/26", "offered 03/11/2026 declined", "03/11/26 offered",
            "FGC offered on 3rd Nov - declined by mum", "Meeting held Tuesday 3/11", "03/11/2026 (declined by mum)",
            "offered 03/11/2026, held 10/11/2026", "Held 10/11/2026; offered on 03/11/2026"})
    void theConferencesDateAmongWordsAboutItIsThatDate(String written) {
        assertThat(ReferralValidator.fgcDate(written, SENT)).contains(LocalDate.of(2026, 11, 3));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"offered but declined", "offered/held", "Yes", "held 03/11/2026 and 10/11/2026",
            "03/11/2026, 10/11/2026"})
    void twoDatesOrNoDateAreNone(String written) {
        assertThat(ReferralValidator.fgcDate(written, SENT)).isEmpty();
    }
}
