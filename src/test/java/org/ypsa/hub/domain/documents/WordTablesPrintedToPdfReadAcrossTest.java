package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word form printed to PDF (stop 47, tuned20's long council form as a PDF): its table's rows are read across as the
 * Word table's are, a network grid's rows as records, a band of labels over their answers label by label and a row's
 * label whole from its cell, though the page's text interleaves a wrapped cell's lines with its neighbours' and runs
 * a label into its answer. Wordings invented for the test.
 */
class WordTablesPrintedToPdfReadAcrossTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static final List<String[]> PAIRS = List.of(
            new String[] {"Reason for the referral", "Her placement has ended and she has nowhere to go."},
            new String[] {"Date accommodation needed", "14/01/2027"},
            new String[] {"Consent to share (Y/N)", "Y"});

    @Test
    void aNetworkGridPrintedToPdfGivesTheReferrersDetailsFromItsRow() throws Exception {
        Map<ReferralField, String> f = read(List.of(
                new String[] {"Role", "Name", "Team", "Phone"},
                new String[] {"Youth justice|worker", "Priya|Lund", "YJS|North", "07700|900411"},
                new String[] {"Referring worker|(Housing Officer)", "Dale|Ormsby", "Westbury Housing|Options", "01632|960118"},
                new String[] {"Social worker", "Nadia Pell", "Care Leavers|Team", ""}));
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "Housing Officer")
                .containsEntry(ReferralField.REFERRER_NAME, "Dale Ormsby")
                .containsEntry(ReferralField.SOCIAL_WORKER_NAME, "Nadia Pell");
    }

    @Test
    void aRowsLabelIsReadWholeFromItsCellNotCutShortOnThePagesLine() {
        // the page's lines cut the wrapped label short and run it into its answer; the row holds both whole, a tab apart
        LabelledDocument printed = new LabelledDocument("form.pdf", """
                Referral form
                Referrer role / Housing
                title Officer
                Referring organisation name Westbury Housing Options
                """, List.of(), """
                Referral form
                Referrer role / title\tHousing Officer
                Referring organisation name\tWestbury Housing Options
                """);
        assertThat(REFERRAL.read(printed).values()).containsEntry(ReferralField.REFERRER_ROLE, "Housing Officer");
    }

    @Test
    void anEmailAddressBrokenAtItsColumnsEdgeIsReadWhole() throws Exception {
        Map<ReferralField, String> f = read(List.of(
                new String[] {"Role", "Name", "Team", "Email"},
                new String[] {"Referring worker|(Housing Officer)", "Dale|Ormsby", "Westbury Housing|Options",
                        "d.ormsby@westbury.housing.tes|t"},
                new String[] {"Social worker", "Nadia Pell", "Care Leavers|Team", "n.pell@westbury.test"}));
        assertThat(f).containsEntry(ReferralField.REFERRER_EMAIL, "d.ormsby@westbury.housing.test");
    }

    @Test
    void aWordBrokenOverACellsLinesOrAWordUnderAnAddressKeepsItsSpace() {
        assertThat(PdfTables.cellText(List.of(glyph("Occupie", 100), glyph("d", 112))))
                .isEqualTo("Occupie d");
        assertThat(PdfTables.cellText(List.of(glyph("d.ormsby@westbury.tes", 100), glyph("Mobile", 112))))
                .isEqualTo("d.ormsby@westbury.tes Mobile");
    }

    private static PdfTables.Glyph glyph(String word, float baseline) {
        return new PdfTables.Glyph(word, 40, baseline, 5 * word.length(), 8, 8, false);
    }

    @Test
    void aBandOfLabelsPrintedToPdfGivesEachLabelTheAnswerUnderIt() throws Exception {
        Map<ReferralField, String> f = read(List.of(
                new String[] {"Legal name of|YP", "Birthdate of YP", "Sex (please|state)", "Children Act status|(please state)"},
                new String[] {"Tomos Wrexley", "03/05/08", "male", "Child in need|plan"}));
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Tomos Wrexley")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "03/05/08");
    }

    private static Map<ReferralField, String> read(List<String[]> table) throws Exception {
        List<String[]> rows = new java.util.ArrayList<>(table);
        rows.addAll(PAIRS);
        return REFERRAL.read(PdfReader.readWithTables("form.pdf",
                CouncilTemplatePdf.plainWordTable().rows(rows).bytes()).form()).values();
    }
}
