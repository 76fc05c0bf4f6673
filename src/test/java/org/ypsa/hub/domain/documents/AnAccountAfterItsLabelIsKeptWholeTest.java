package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account typed after its label on one line ("Information: ...", "Description of the incident: ...") is the
 * sender's words whole: a later sentence that happens to open with a field's word ("Possible drug dealing", "Police
 * attended") is more of the account, not a new label, so the police and the screening read all of it. A label typed
 * with its colon, or the form's next answer with a date or in the form's own words, still parts it. Wordings and
 * people invented for the test.
 */
class AnAccountAfterItsLabelIsKeptWholeTest {
    /** As the intake scores words: how well they name a field of any form. */
    private static final List<FieldCatalog<?>> FORMS = List.of(FieldCatalog.shipped(ReferralField.class, "referral"),
            FieldCatalog.shipped(RiskField.class, "risk-concern"),
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident"),
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission"),
            FieldCatalog.shipped(MashField.class, "mash-referral"));

    private static String lines(String text) {
        return SentenceAnswers.lines(text, AnAccountAfterItsLabelIsKeptWholeTest::namesAField);
    }

    private static double namesAField(String words) {
        double best = 0;
        for (FieldCatalog<?> c : FORMS) {
            best = Math.max(best, c.ranked(words).stream().mapToDouble(Map.Entry::getValue).max().orElse(0));
        }
        return best;
    }

    @Test
    void aSentenceOpeningWithAFieldsWordAfterAnAccountIsMoreOfTheAccount() {
        String line = "Intelligence (what, when, where, who): Dylan was seen taking cash from an older man by the bus "
                + "station. Possible drug dealing. Staff spoke to him and told his social worker.";
        assertThat(lines(line)).isEqualTo(line);
    }

    @Test
    void anIncidentsDescriptionGoesOnPastAShortSentenceThatNamesAField() {
        String line = "Description of the incident: Tomos punched the kitchen wall after a phone call with his dad. Police "
                + "attended. His hand was checked by staff.";
        assertThat(lines(line)).isEqualTo(line);
    }

    @Test
    void aLabelTypedWithItsColonStillPartsAnAccount() {
        assertThat(lines("Information: Dylan was seen taking cash from an older man by the bus station. Source: staff."))
                .isEqualTo("Information: Dylan was seen taking cash from an older man by the bus station\nSource: staff");
    }

    @Test
    void theFormsNextAnswerWithADateOrInItsOwnWordsStillPartsAnAccount() {
        assertThat(lines("Reason for referral: Mum asked him to leave after a row about money. Area preferred Witney."))
                .endsWith("\nArea preferred: Witney");
        assertThat(lines("Diversion so far: He stayed with an aunt for a week but she cannot keep him. Accommodation needed "
                + "by 3 March 2027.")).endsWith("\nAccommodation needed by 3 March 2027");
        assertThat(lines("Emotional wellbeing: Low mood, seeing a counsellor every week at college. Placement needed asap, "
                + "16.12.26.")).contains("\nPlacement needed");
    }
}
