package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.grid.Grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A form in bands across the page (issue 14): a row of labels with each answer in the cell under its label, band
 * after band, a long answer's label a row of its own across the table. Wordings invented for the test.
 */
class LabelBandsTest {
    private static LabelledDocument read(List<List<String>> rows) throws Exception {
        List<Grid.Row> out = new java.util.ArrayList<>();
        int n = 0;
        for (List<String> r : rows) {
            out.add(new Grid.Row(++n, r));
        }
        return WordReader.read(new Grid("form.pdf", "Row", out));
    }

    @Test
    void aRowOfLabelsTakesTheAnswersInTheRowUnderItCellByCell() throws Exception {
        assertReadAs(List.of(
                List.of("Surname and forenames", "When was he born", "Current postal address (incl. postcode)"),
                List.of("Okonkwo-Reid, Tobias", "7 March 2009", "3 Larch Walk, Bicester OX26 4RT"),
                List.of("Allocated SW", "Agency telephone", "Preferred district"),
                List.of("Harriet Lumsden", "01865 000111", "Banbury or nearby")),
                tuple("Surname and forenames", "Okonkwo-Reid, Tobias"), tuple("When was he born", "7 March 2009"),
                tuple("Current postal address (incl. postcode)", "3 Larch Walk, Bicester OX26 4RT"),
                tuple("Allocated SW", "Harriet Lumsden"), tuple("Agency telephone", "01865 000111"),
                tuple("Preferred district", "Banbury or nearby"));
    }

    /**
     * A header band (issue 14, stop 55: tuned24's pdf-header-table): a label cut short with its stop ("Resident case
     * no.") or saying after a dash how to write its answer ("Resident's D/O/B - dd/mm/yy") is a label of the band.
     */
    @Test
    void aLabelEndingInAnAbbreviationOrADateFormatIsOneOfTheBand() throws Exception {
        assertReadAs(List.of(
                List.of("Scheme sending this:", "Which young person?", "YP's D/O/B - dd/mm/yyyy", "Mosaic case no."),
                List.of("Riverside Lodge", "Tamsin Orrell", "14/06/2009", "MO-55120")),
                tuple("Which young person?", "Tamsin Orrell"), tuple("YP's D/O/B - dd/mm/yyyy", "14/06/2009"),
                tuple("Mosaic case no.", "MO-55120"));
    }

    @Test
    void twoBoxesARowEachALabelOverItsAnswerAreBandsWhenOneLabelIsMarked() throws Exception {
        assertReadAs(List.of(
                List.of("Is this an Emergency or Non-emergency referral?", "Full name of young person"),
                List.of("Emergency", "Demi Louise Harries"),
                List.of("Date of birth (dd/mm/yyyy)", "Gender identity"),
                List.of("9th January 2007", "Female"),
                List.of("Name of person making the referral", "Their role"),
                List.of("Nia Llewellyn", "Personal Adviser")),
                tuple("Full name of young person", "Demi Louise Harries"),
                tuple("Date of birth (dd/mm/yyyy)", "9th January 2007"), tuple("Their role", "Personal Adviser"));
    }

    @Test
    void rowsOfALabelBesideItsAnswerAreNoBandsThoughTheAnswerSoundsLikeALabel() throws Exception {
        assertReadAs(List.of(
                List.of("Which team are you in?", "Leaving Care Team"),
                List.of("Role", "Personal Adviser"),
                List.of("Email", "nia.llewellyn@council.test"),
                List.of("1) Organisation (name of):", "Children We Care For Team (North)"),
                List.of("2) Completed by", "Anwen Pengelly"),
                List.of("3) Role / job title (yours)", "Housing Options Officer"),
                List.of("4) E-MAIL (WORK)", "a.pengelly@council.test")),
                tuple("Which team are you in?", "Leaving Care Team"), tuple("Role", "Personal Adviser"),
                tuple("1) Organisation (name of)", "Children We Care For Team (North)"),
                tuple("2) Completed by", "Anwen Pengelly"));
    }

    @Test
    void aLongAnswersLabelAcrossATableInBandsTakesTheRowUnderIt() throws Exception {
        assertReadAs(List.of(
                List.of("Surname and forenames", "When was he born", "Preferred district"),
                List.of("Okonkwo-Reid, Tobias", "7 March 2009", "Banbury or nearby"),
                List.of("Tell us what led to this request"),
                List.of("His aunt can no longer have him to stay after the lease on her flat ended."),
                List.of("Known triggers and how staff can help:"),
                List.of("Loud arguments; give him space and offer a walk")),
                tuple("Tell us what led to this request",
                        "His aunt can no longer have him to stay after the lease on her flat ended."),
                tuple("Known triggers and how staff can help", "Loud arguments; give him space and offer a walk"));
    }

    @Test
    void aTableOfLabelsBesideTheirAnswersIsNotReadAsBands() {
        assertThat(LabelBands.isLabelRow(List.of("Team", "Leaving care team"), List.of("Reason for move", "Eviction"), false))
                .isFalse();
        assertThat(LabelBands.isLabelRow(List.of("Contact name:", "Priya Anand"), List.of("Contact role:", "Keyworker"), true))
                .isFalse();
        assertThat(LabelBands.isLabelRow(List.of("Full name", "Zac Hollis", "Date of birth", "02/02/2009"),
                List.of("Gender", "Male", "Ethnicity", "White British"), false)).isFalse();
    }

    @Test
    void aNumberedSectionHeadingOverALineOfTextIsNoBand() {
        assertThat(LabelBands.isLabelRow(List.of("2. About the referral"), List.of("Carys has been staying with friends"),
                false)).isFalse();
        assertThat(LabelBands.isLabelRow(List.of("Part C - Risks"), List.of("Carys has been staying with friends"), true))
                .isFalse();
    }

    @Test
    void aRowOfAnswersWithALabelsMarkIsNoBandsAnswers() {
        assertThat(LabelBands.isLabelRow(List.of("Name of the child", "Date of birth"),
                List.of("Who referred?", "When?"), true)).isFalse();
    }

    @Test
    void aTablesFirstBandHasThreeLabelsAtLeast() {
        assertThat(LabelBands.isLabelRow(List.of("Employer (name of)", "Careers Wales Service"),
                List.of("Filled in by", "Rhodri Vaughan"), false)).isFalse();
        assertThat(LabelBands.isLabelRow(List.of("HOUSING RISK RESPONSE"), List.of("PLACEMENT"), false)).isFalse();
        assertThat(LabelBands.isLabelRow(List.of("What happened next?"), List.of("She went home with her aunt"), true))
                .isTrue();
    }

    @Test
    void aBandNarrowerThanItsTableTakesTheAnswersUnderItsLabels() throws Exception {
        assertReadAs(List.of(
                List.of("Surname and forenames", "When was he born", "Preferred district", "LCS number"),
                List.of("Okonkwo-Reid, Tobias", "7 March 2009", "Banbury or nearby", "7268757"),
                List.of("Date accommodation needed", "Consent to referral & info sharing", "", ""),
                List.of("23/12", "Y", "\u00a0", "\u00a0")),
                tuple("Date accommodation needed", "23/12"), tuple("Consent to referral & info sharing", "Y"));
    }

    @Test
    void anAnswerEndingInAProperNameInBracketsIsStillAnAnswer() throws Exception {
        assertReadAs(List.of(
                List.of("Referrer - name *", "Referrer - role (where relevant)", "Team or organisation"),
                List.of("Amelia Delacroix", "YOS Officer", "Adolescent Team (South)")),
                tuple("Referrer - name", "Amelia Delacroix"), tuple("Team or organisation", "Adolescent Team (South)"));
    }

    @Test
    void aPairOfLabelsMarkedAsSuchInAWiderTableTakesTheAnswersUnderThem() throws Exception {
        assertReadAs(List.of(
                List.of("FGC offered? - give details:", "FGC - date offered *", "", ""),
                List.of("Yes", "20/11/2026", "", "")),
                tuple("FGC offered? - give details", "Yes"), tuple("FGC - date offered", "20/11/2026"));
    }

    @Test
    void aLabelBesideItsAnswerInAWiderTableIsNoBand() throws Exception {
        assertReadAs(List.of(
                List.of("Organisation", "Youth Justice Service", "", ""),
                List.of("Completed by", "Harriet Lumsden", "", "")),
                tuple("Organisation", "Youth Justice Service"), tuple("Completed by", "Harriet Lumsden"));
    }

    /** A table of these rows, read as these label | answer pairs (among others). */
    private static void assertReadAs(List<List<String>> rows, org.assertj.core.groups.Tuple... pairs) throws Exception {
        assertThat(read(rows).entries())
                .extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value).contains(pairs);
    }
}
