package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout rules of the fourth round of issue 14: how a form's text is cut into labels and values whatever its layout.
 * The wordings are invented for these tests (none is a label of the variation corpus).
 */
class LayoutRulesTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

    private static LabelledDocument text(String body) {
        return TextDocuments.bodyLines(body);
    }

    @Test
    void aBulletBeforeALineIsNotPartOfItsLabel() {
        Map<ReferralField, String> f = REFERRAL.read(text("Referral\n\n\u2022 Young person's full name \u2013 Ifan Cole\n"
                + "- Date of birth \u2013 3 March 2009\n* Gender \u2013 Male\n")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "3 March 2009").containsEntry(ReferralField.GENDER, "Male");
    }

    @Test
    void aRowOfLabelsOverARowOfValuesGivesEachLabelTheCellBelowIt() {
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable("Full name\tDate of birth\tGender",
                "Ifan Cole\t3/3/2009\tMale")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "3/3/2009").containsEntry(ReferralField.GENDER, "Male");
    }

    @Test
    void rowsOfLabelAndValueAreNotTakenForLabelsOverValues() {
        // the row below holds a label in its first cell: these are label | value rows
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable("Gender\tNo", "Full name\tIfan Cole")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole");
        assertThat(f.get(ReferralField.GENDER)).isNotEqualTo("Full name");
    }

    @Test
    void aCellSayingNotApplicableAnswersItsLabelAndTheRowTextIsNotReadInstead() {
        Map<ReferralField, String> f = REFERRAL.read(Tables.wordTable("Date FGC offered\tN/A\tDiversion explored\tAunt asked, "
                + "cannot help.")).values();
        assertThat(f.getOrDefault(ReferralField.FGC_DATE, "")).isEmpty();
        assertThat(f).containsEntry(ReferralField.DIVERSION, "Aunt asked, cannot help.");
    }

    @Test
    void aTabEndsALabelInATableRowReadAsText() {
        Map<SafeguardingField, String> f = INCIDENT.read(new LabelledDocument("a.pdf",
                "Date incident\noccurred\t4 March 2027\nTime\t9.15pm\n", List.of())).values();
        assertThat(f.values()).contains("4 March 2027").noneMatch(v -> v.startsWith("occurred"));
    }

    @Test
    void aLabelGivenInTwoLanguagesIsReadByItsEnglishHalf() {
        Map<ReferralField, String> f = REFERRAL.read(text("Referral\n\nEnw llawn / Full name\nIfan Cole\n\n")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Ifan Cole");
    }

    @Test
    void aLineWhoseRestIsAnotherFieldsWordingIsOneLabelNotALabelAndItsValue() {
        Map<ReferralField, String> f = REFERRAL.read(text("Referral\n\nReferrer phone number\n01865 000111\n\n")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_PHONE, "01865 000111");
        assertThat(f.getOrDefault(ReferralField.REFERRER_NAME, "")).isEmpty();
    }

    @Test
    void aLabelDoesNotEndBeforeASlashThatJoinsItToAnotherWording() {
        Map<ReferralField, String> f = REFERRAL.read(text("Referral\n\nYour team / organisation: Early Help North\n")).values();
        assertThat(f).containsEntry(ReferralField.ORGANISATION, "Early Help North");
    }

    @Test
    void aLineBetweenALabelAndABlankLineIsItsAnswerEvenWhenItReadsLikeALabel() {
        Map<ReferralField, String> f = REFERRAL.read(text("Referral\n\nReferrer role\nSocial Worker\n\n"
                + "Referrer email\nj.bloggs@council.test\n\n")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "Social Worker");
    }

    @Test
    void aLabelLineThatNamesNoFieldIsReportedNotSilentlyDropped() {
        FieldCatalog.Reading<ReferralField> r = REFERRAL.read(text("Referral\n\nWho signed this off\nJo Bloggs\n\n"
                + "Kind regards\nJo\n"));
        assertThat(r.unplaced()).contains("Who signed this off").doesNotContain("Kind regards");
    }

    @Test
    void aDashBetweenALabelAndItsValueIsNoValueSoAListedWordingAfterItIsTheValue() {
        Map<ReferralField, String> f = REFERRAL.read(text("Referral\n\nReferrer role \u2013 Personal Adviser\n")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "Personal Adviser");
    }

    @Test
    void afterADashWordsNamingTheSameFieldGoOnWithTheLabel() {
        Map<ReferralField, String> f = REFERRAL.read(text("Referral\n\nReferrer - email address\nj.bloggs@council.test\n\n"
                + "Status - Care leaver\n")).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_EMAIL, "j.bloggs@council.test");
        assertThat(f).containsEntry(ReferralField.LEGAL_STATUS, "Care leaver");
    }

    @Test
    void anAgeInALabelDoesNotCutTheLabelShort() {
        var mash = FieldCatalog.shipped(org.ypsa.hub.domain.mash.MashField.class, "mash-referral");
        var f = mash.read(text("MASH\n\nName of the 16/17 year old \u2013 Ifan Cole\n")).values();
        assertThat(f).containsEntry(org.ypsa.hub.domain.mash.MashField.NAME, "Ifan Cole");
    }

    @Test
    void aQuestionUnderASectionHeadingIsTheNextLabelNotTheHeadingsAnswer() {
        Map<SafeguardingField, String> f = INCIDENT.read(text(
                "Provider: Key2\n\nYOUNG PERSON\nWho took part?\nKit Barlow\n\nCategory:\nViolence\n")).values();
        assertThat(f.get(SafeguardingField.NAME)).isNotEqualTo("Who took part?");
    }

    @Test
    void wordsAfterADateLabelThatAreNoDateAreTheLabelsAndTheDateUnderItIsTheAnswer() {
        Map<SafeguardingField, String> f = INCIDENT.read(text(
                "Provider: Key2\n\nDate and time this all kicked off\n30/11/2026 14:05\n\nCategory:\nViolence\n")).values();
        assertThat(f.get(SafeguardingField.WHEN)).isEqualTo("30/11/2026 14:05");
    }

    @Test
    void anEmptyCellsLabelDoesNotTakeTheNextCellsLabelAndValue() {
        List<LabelledDocument.Entry> entries = List.of(
                new LabelledDocument.Entry("Worker's e-mail", "Day the incident happened: 24 Dec 2026", "table row 6"),
                new LabelledDocument.Entry("Time it happened", "1735 hrs", "table row 7"));
        Map<SafeguardingField, String> f = INCIDENT.read(new LabelledDocument("a.docx", "", entries)).values();
        assertThat(f.get(SafeguardingField.WORKER_EMAIL)).isNullOrEmpty();
        assertThat(java.util.List.of(f.getOrDefault(SafeguardingField.INCIDENT_DATE, ""), f.getOrDefault(SafeguardingField.WHEN, "")))
                .as("%s", f).anyMatch(v -> v.contains("24 Dec 2026"));
    }

    @Test
    void aNumberedLineIsAQuestionAsAWholeWithItsAnswerUnderIt() {
        // "Summary of what led to this" names the reason only loosely: alone on a numbered line it is still the label
        Map<ReferralField, String> f = REFERRAL.read(text("Section 3\n7. Summary of what led to this\n"
                + "Dale's tenancy ended and his aunt has asked him to leave.\n8. Date of birth:\n3/3/2009\n")).values();
        assertThat(f).containsEntry(ReferralField.REASON, "Dale's tenancy ended and his aunt has asked him to leave.");
    }

    @Test
    void anUnnumberedLineOfProseIsNoLooseLabel() {
        Map<ReferralField, String> f = REFERRAL.read(text("Section 3\nSummary of what led to this\n"
                + "Dale's tenancy ended.\n")).values();
        assertThat(f).doesNotContainKey(ReferralField.REASON);
    }

    @Test
    void aLineEndingInItsOnlyColonIsALabelAsAWholeDashAndAll() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Incident report\n\nService user - date of birth:\n"
                + "4 May 2009\n")).values();
        assertThat(f).containsEntry(SafeguardingField.DATE_OF_BIRTH, "4 May 2009");
        assertThat(f.get(SafeguardingField.NAME)).isNullOrEmpty();
    }

    @Test
    void aQuestionUnderAHeadingThatNamesAFieldAsksForThatField() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Incident report\n\nYOUNG PERSON\nWhose was it?\n"
                + "Ifan Cole\n\nDate of birth:\n4 May 2009\n")).values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Ifan Cole");
    }

    @Test
    void whatComesBeforeALinesFirstColonIsTheLabelDashAndAll() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Incident report\n\nService user - date of birth: 4 May 2009\n"
                + "Time (approx): 10:20 pm\n")).values();
        assertThat(f).containsEntry(SafeguardingField.DATE_OF_BIRTH, "4 May 2009");
        assertThat(f.get(SafeguardingField.NAME)).isNullOrEmpty();
    }

    @Test
    void aLineEndingInARequiredStarIsALabelAsAWhole() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Incident report\n\nService user - full name *\nIfan Cole\n"))
                .values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Ifan Cole");
    }

    @Test
    void aParticipleSayingWhichPersonIsPartOfTheLabelNotItsValue() {
        Map<SafeguardingField, String> f = INCIDENT.read(text("Incident report\n\nYoung person affected\nIfan Cole\n\n"
                + "Date of birth:\n4 May 2009\n")).values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Ifan Cole");
    }

    @Test
    void aLabelWrappedOntoTheNextLineIsOneLabel() {
        var entries = TextFields.labelValues("REASONS\nWhy the young person cannot\nstay at home: Overcrowding.\n", "line");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Why the young person cannot stay at home");
            assertThat(e.value()).isEqualTo("Overcrowding.");
            assertThat(e.section()).isEqualTo("REASONS");
        });
    }
}
