package org.ypsa.hub.domain.documents;

import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form typed into a mail with each label in small letters alone on its line and the answer on the line under it
 * (stop 40, body40: tuned16's body-typed forms were not recognised, or read a label's hint as its answer). Wordings
 * are ours, written for this test.
 */
class LabelsTypedOverTheirAnswersTest {
    private static final Map<String, Double> LABELS = Map.ofEntries(Map.entry("name of yp", 2.0), Map.entry("dob", 2.0),
            Map.entry("date of birth \u2013 dd/mm/yyyy", 1.5), Map.entry("date of birth", 2.0),
            Map.entry("current address \u2013 inc. postcode", 1.5), Map.entry("current address", 2.0),
            Map.entry("housing situation \u2013 tick one", 1.5), Map.entry("housing situation", 2.0),
            Map.entry("homeless", 0.8), Map.entry("consent given \u2013 as recorded", 1.5), Map.entry("consent given", 2.0),
            Map.entry("referring agency", 2.0), Map.entry("referring agency / team", 2.0));
    private static final ToDoubleFunction<String> SCORE = w -> LABELS.getOrDefault(w.toLowerCase(java.util.Locale.ROOT), 0.0);

    @Test
    void labelsInSmallLettersOverTheirAnswersGetTheColonTheSenderLeftOff() {
        String body = "hi both\n\nname of yp\nCarys Lloyd\n\ndate of birth \u2013 dd/mm/yyyy\n4 Mar 2009\n"
                + "current address \u2013 inc. postcode\n12 Mill Lane, Bala\nhousing situation \u2013 tick one\nhomeless\n"
                + "consent given \u2013 as recorded\nYES\n\nthanks\nGwen";
        assertThat(HurriedLines.labelsOverAnswers(body, SCORE)).isEqualTo("hi both\n\nname of yp:\nCarys Lloyd\n\n"
                + "date of birth \u2013 dd/mm/yyyy:\n4 Mar 2009\n\ncurrent address \u2013 inc. postcode:\n12 Mill Lane, Bala\n\n"
                + "housing situation \u2013 tick one:\nhomeless\n\nconsent given \u2013 as recorded:\nYES\n\nthanks\nGwen");
    }

    @Test
    void aHeadingOverALabelIsNoLabelOfItsOwn() {
        String body = "name of yp\nCarys Lloyd\ndob\n4/3/09\nreferring agency\nreferring agency / team\nBala Housing Options\n";
        assertThat(HurriedLines.labelsOverAnswers(body, SCORE)).contains("\nreferring agency\n\nreferring agency / team:\n"
                + "Bala Housing Options");
    }

    @Test
    void aLetterOrAFewLabelsAreLeftAsWritten() {
        String letter = "name of yp\nCarys Lloyd\n\nshe is staying with her aunt for now and we would like to talk.\n";
        assertThat(HurriedLines.labelsOverAnswers(letter, SCORE)).isEqualTo(letter);
        String capitals = "Name of YP\nCarys Lloyd\nDOB\n4/3/09\nCurrent address\n12 Mill Lane\nConsent given\nYes\n";
        assertThat(HurriedLines.labelsOverAnswers(capitals, SCORE)).as("read by the line readers as it is")
                .isEqualTo(capitals);
    }

    @Test
    void aHintAfterADashIsNoAnswerWhenTheAnswerIsOnTheLineUnder() {
        String body = "hi\nname of yp Carys Lloyd\ndob 4/3/09\nreferring agency Bala Housing Options\n"
                + "date of birth \u2013 dd/mm/yyyy\n4 Mar 2009\nconsent given \u2013 as recorded\nYES\n";
        String read = HurriedLines.lines(body, SCORE);
        assertThat(read).doesNotContain("date of birth: dd/mm/yyyy").doesNotContain("consent given: as recorded");
    }

    @Test
    void aBlankLineBetweenEachLabelAndItsAnswerPartsNothing() {
        String body = "hi both\n\nname of yp\n\nCarys Lloyd\n\ndate of birth \u2013 dd/mm/yyyy\n\n4 Mar 2009\n\n"
                + "current address \u2013 inc. postcode\n\n12 Mill Lane, Bala\n\nthanks\nGwen";
        assertThat(HurriedLines.labelsOverAnswers(body, SCORE)).isEqualTo("hi both\n\nname of yp:\nCarys Lloyd\n\n"
                + "date of birth \u2013 dd/mm/yyyy:\n4 Mar 2009\n\ncurrent address \u2013 inc. postcode:\n12 Mill Lane, Bala\n\n"
                + "thanks\nGwen");
        String hurried = "hi\nname of yp Carys Lloyd\ndob 4/3/09\nreferring agency Bala Housing Options\n"
                + "date of birth \u2013 dd/mm/yyyy\n\n4 Mar 2009\n\nconsent given \u2013 as recorded\n\nYES\n";
        assertThat(HurriedLines.lines(hurried, SCORE)).as("a hint after a dash over a blank line and the answer")
                .doesNotContain("date of birth: dd/mm/yyyy").doesNotContain("consent given: as recorded");
    }
}
