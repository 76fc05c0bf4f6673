package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.mash.MashValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tick list printed whole with none of its boxes marked answers nothing: "☐ Homeless ☐ Threatened with homelessness"
 * is not the wording "Homeless" run into the answer "Threatened". Stop 72 (tuned34 w14-mash-03: a MASH referral whose
 * status was left unticked was routed as threatened with homelessness instead of being returned to its sender).
 */
class ATickListLeftUnmarkedAnswersNothingTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    private static String status(String boxes) {
        String text = "Name of young person: Tia Richards\nDate of birth: 03.07.09\nHousing situation: " + boxes
                + "\nPresenting agency: Ty Glan Foyer";
        return MASH.read(TextDocuments.bodyLines(text)).values().getOrDefault(MashField.STATUS, "");
    }

    @Test
    void aStatusLeftUntickedGivesNoStatus() {
        assertThat(MashValidator.statusOf(status("\u2610 Homeless \u2610 Threatened with homelessness"))).isEmpty();
    }

    @Test
    void aStatusTickedIsTheOneTicked() {
        assertThat(MashValidator.statusOf(status("\u2610 Homeless \u2612 Threatened with homelessness"))).contains("threatened");
        assertThat(MashValidator.statusOf(status("\u2612 Homeless \u2610 Threatened with homelessness"))).contains("homeless");
    }
}
