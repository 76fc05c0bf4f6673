package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF breaks a numbered question's dashed hint where its cell wraps ("1.3. Birth date (dd/mm/yyyy) – check" over
 * "against LCS Tue 19 Apr 2005"): the hint's last words on the next line are the label's, the rest is the answer.
 */
class AHintWrappedOntoTheNextLineTest {
    private static <F extends Enum<F>> Map<F, String> read(Class<F> type, String form, String text) {
        LabelledDocument doc = new LabelledDocument("form.pdf", text, TextFields.labelValues(text, "line"));
        return FieldCatalog.shipped(type, form).read(doc).values();
    }

    @Test
    void aDashedHintEndedOnTheNextLineLeavesTheAnswerAfterIt() {
        Map<ReferralField, String> r = read(ReferralField.class, "referral", """
                Part 1: Details
                1.2. Full name of YP (as on case record) Dariusz Fitzgibbon
                1.3. Birth date (dd/mm/yyyy) \u2013 check\s
                against LCS Tue 19 Apr 2005
                1.4. YP gender (as they describe): Female
                1.6. Current place of residence \u2013 include\s
                postcode * 67 Bishops Walk, Bicester, OX26 5WY
                1.7. AREA REQUESTED \u2013 GIVE DETAILS Witney
                """);
        assertThat(r.get(ReferralField.DATE_OF_BIRTH)).isEqualTo("Tue 19 Apr 2005");
        assertThat(r.get(ReferralField.CURRENT_ADDRESS)).isEqualTo("67 Bishops Walk, Bicester, OX26 5WY");
    }

    @Test
    void aNameAfterAWrappedHintIsTheName() {
        Map<MashField, String> m = read(MashField.class, "mash-referral", """
                Part 1: The young person
                1a) Name of young person (16/17) \u2013 if\s
                applicable Jolene Penhaligon
                1b) D.o.b. (must be 16 or 17) 22-Oct-10
                1c) Where are they staying tonight 19 Tanners Yard, Wantage, OX12 2XG
                """);
        assertThat(m.get(MashField.NAME)).isEqualTo("Jolene Penhaligon");
    }

    @Test
    void anAnswerInSmallLettersUnderAWrappedHintIsNoPartOfTheHint() {
        String[] joined = TextFields.hintsClosedOnTheNextLine(new String[] {"3b) Mediation attempted (Y/N) \u2013 give",
                "yes, twice"});
        assertThat(joined).containsExactly("3b) Mediation attempted (Y/N) \u2013 give", "yes, twice");
    }

    @Test
    void wordsAfterAWrappedDashWithNothingAfterThemMayBeTheAnswerAndAreLeftAlone() {
        assertThat(TextFields.hintsClosedOnTheNextLine(new String[] {"2a) Agency referring in \u2013", "SWP"}))
                .containsExactly("2a) Agency referring in \u2013", "SWP");
        assertThat(TextFields.hintsClosedOnTheNextLine(new String[] {"1.4. Ethnicity \u2013 as", "white british"}))
                .containsExactly("1.4. Ethnicity \u2013 as", "white british");
    }

    @Test
    void aTimeOrAnAmountOpeningALineIsNoQuestionNumber() {
        assertThat(TextFields.isNumbered("14.05 hrs")).isFalse();
        assertThat(TextFields.isNumbered("10.30 am, staff called police")).isFalse();
        assertThat(TextFields.isNumbered("2.5 hours later he returned")).isFalse();
        assertThat(TextFields.isNumbered("3.2 Incident time")).isTrue();
    }
}
