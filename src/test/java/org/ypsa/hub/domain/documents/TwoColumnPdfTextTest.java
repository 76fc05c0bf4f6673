package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.ypsa.hub.domain.documents.TextDocuments.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF's text of a two-column form gives each row as one line, the label on the left and its value on the right with
 * no colon between (issue 14, round 18): where the label ends is read from the label's own shape and from what follows
 * it. Wordings invented for the test.
 */
class TwoColumnPdfTextTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void smallWordsUpToAColonAreTheLabels() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\n"
                + "Date this happened on: 02/02/2027\n")).values();
        assertThat(f).containsEntry(SafeguardingField.INCIDENT_DATE, "02/02/2027");
    }

    @Test
    void aLabelInCapitalsGoesOnInCapitalsUpToItsValue() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\n"
                + "YOUNG PERSON CONCERNED Tamsin Orrell\n")).values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Tamsin Orrell");
    }

    @Test
    void aCapitalisedWordAfterALabelsHintIsTheValue() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\n"
                + "Resident affected (name) Tamsin Orrell\n")).values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Tamsin Orrell");
    }

    @Test
    void aValueOfTheFieldsTypeAfterALabelsHintIsTheValue() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\n"
                + "Happened at about (time) roughly 11:20pm\n")).values();
        assertThat(f).containsEntry(SafeguardingField.INCIDENT_TIME, "roughly 11:20pm");
    }

    @Test
    void aLabelGoingOnWithOfNamesTheFieldTheWholeOfItNames() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\n"
                + "Diary date of incident 03/02/2027\nClock time of the incident 9:40 pm\n")).values();
        assertThat(f).containsEntry(SafeguardingField.INCIDENT_DATE, "03/02/2027")
                .containsEntry(SafeguardingField.INCIDENT_TIME, "9:40 pm");
    }

    @Test
    void aTextLabelWrittenAsASentencesStartEndsBeforeAValueWithACapital() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(pdfText("Intelligence submission\n"
                + "Details of the information Two men were seen passing parcels at the bus stop.\n"
                + "Complete details of the information Two men were seen again.\n")).values();
        assertThat(f).containsEntry(IntelligenceField.INFORMATION, "Two men were seen passing parcels at the bus stop.")
                .doesNotContainKey(IntelligenceField.WORKER);
    }

    @Test
    void aSentenceWhoseFirstWordNamesATypedFieldIsNoLabel() {
        Map<ReferralField, String> f = REFERRAL.read(pdfText("Referral form\nReason for referral:\n"
                + "Placement ended suddenly; Jory cannot go back to his aunt.\nDate needed (accommodation) *\n12/02\n"))
                .values();
        assertThat(f.get(ReferralField.DATE_NEEDED)).isEqualTo("12/02");
    }

    @Test
    void anAnswerWrappedInTheRightHandColumnGoesOnOverTheNextLines() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(pdfText("Intelligence submission\n"
                + "Location of activity 14 Quay Street, \nBanbury, OX16 1AA\n"
                + "Details of the information Two men were seen passing parcels at the \nbus stop most evenings.\n"
                + "Source of information Resident\n")).values();
        assertThat(f).containsEntry(IntelligenceField.LOCATION, "14 Quay Street, Banbury, OX16 1AA")
                .containsEntry(IntelligenceField.INFORMATION, "Two men were seen passing parcels at the bus stop most evenings.")
                .containsEntry(IntelligenceField.SOURCE, "Resident");
    }

    /**
     * A page that keeps no space at a wrap (issue 14, stop 55: tuned24's pdf-inline-answers): an answer after its
     * question that breaks off mid-sentence goes on over the next line when that line goes on in small letters.
     */
    @Test
    void anAnswerBrokenOffMidSentenceGoesOnOverALineInSmallLetters() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(pdfText("Intelligence submission\n"
                + "Details of the information Two men were seen passing parcels at the\nbus stop most evenings.\n"
                + "Source of information Resident\n")).values();
        assertThat(f).containsEntry(IntelligenceField.INFORMATION, "Two men were seen passing parcels at the bus stop most evenings.");
        Map<ReferralField, String> r = REFERRAL.read(pdfText("Referral form\n"
                + "Why do they need a room now? Her dad has a new partner and there is\nno space for her in the flat.\n"
                + "Is anyone putting them at risk? Nobody known.\n")).values();
        assertThat(r.get(ReferralField.REASON)).isEqualTo("Her dad has a new partner and there is no space for her in the flat.");
    }

    @Test
    void aLineThatIsALabelOfTheFormIsNoWrappedAnswer() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(pdfText("Intelligence submission\n"
                + "Location of activity 14 Quay Street, \nSource of information Resident\n")).values();
        assertThat(f).containsEntry(IntelligenceField.LOCATION, "14 Quay Street,")
                .containsEntry(IntelligenceField.SOURCE, "Resident");
    }

    @Test
    void aLabelsTailThatIsAnotherFieldsWordingSaysWhichFieldItIs() {
        Map<ReferralField, String> f = REFERRAL.read(pdfText("Referral form\nReferrer designation Family Support Lead\n"))
                .values();
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, "Family Support Lead")
                .doesNotContainKey(ReferralField.REFERRER_NAME);
    }

    @Test
    void aLineHoldingALabelsStarIsNoWrappedAnswer() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(pdfText("Intelligence submission\n"
                + "Details of the information Two men were seen at the bus stop. Not \nintelligence * urgent.\n")).values();
        assertThat(f).containsEntry(IntelligenceField.INFORMATION, "Two men were seen at the bus stop. Not");
    }

    @Test
    void aSentenceOfSomeonesAnswerIsNoLabelAndValue() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\nWe cannot staff 2:1 overnight.\n")).values();
        assertThat(f).doesNotContainKey(SafeguardingField.ACTIONS);
    }

    @Test
    void aLineOfAWordDocumentOrAMailEndingInASpaceTakesNoLineUnderIt() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(new LabelledDocument("the email body",
                "Intelligence submission\nLocation of activity 14 Quay Street, \nBanbury, OX16 1AA\n", java.util.List.of()))
                .values();
        assertThat(f).containsEntry(IntelligenceField.LOCATION, "14 Quay Street,");
    }
}
