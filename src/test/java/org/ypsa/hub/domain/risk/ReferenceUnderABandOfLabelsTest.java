package org.ypsa.hub.domain.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A risk concern laid out in bands across the page (issue 14, stop 45): the referral's reference label opens a line
 * of labels and the answers stand on the next line in the same order, so the reference is that line's first word
 * when it is one in a scheme. Wordings invented for these tests.
 */
class ReferenceUnderABandOfLabelsTest {

    @Test
    void theReferenceLabelOpeningABandTakesTheFirstWordOfTheLineUnderIt() {
        String text = "Provider risk concern\nReferral reference: Provider (your organisation) Young person's name:\n"
                + "BRK/2026/1184 Key2 Futures PRICE, Tomos\nThe risk:\nFire setting.\n";
        assertThat(RiskConcern.labelledReferenceIn(text)).contains("BRK/2026/1184");
        String welsh = "Cyfeirnod / Our reference for the referral * Provider name\nCC-2026-4471 Response Housing\n";
        assertThat(RiskConcern.labelledReferenceIn(welsh)).contains("CC-2026-4471");
    }

    @Test
    void aWordUnderTheBandThatIsNoReferenceOrALabelLineWithAFigureGivesNone() {
        assertThat(RiskConcern.labelledReferenceIn("Referral reference: Provider name:\nKey2 Futures\n")).isEmpty();
        // a figure on the label line: the line holds an answer, the next line is not the band's
        assertThat(RiskConcern.labelledReferenceIn("Referral reference: 4 Provider name:\nBRK/2026/1184 Key2\n"))
                .isEmpty();
        assertThat(RiskConcern.labelledReferenceIn("Police reference: Provider name:\nCAD-2026-5512 Key2\n")).isEmpty();
    }
}
