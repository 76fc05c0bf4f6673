package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.ypsa.hub.domain.documents.TextDocuments.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label in a PDF's text with no colon goes on in small letters and bracketed hints up to its value, which starts
 * with a capital or a digit (issue 14, tuned8); a value that opens in small letters ("approx", "not known") stays a
 * value. Wordings invented for the test.
 */
class LabelTailTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    @Test
    void smallWordsAfterALabelAreTheLabelsUpToAValueWithACapital() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\nName of the young person Cai Penrose\n"
                + "Reporting provider Key2\n")).values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Cai Penrose");
    }

    @Test
    void aBracketedHintAfterALabelIsTheLabelsToo() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\nYoung person involved (name) Cai Penrose\n"
                + "Reporting provider Key2\n")).values();
        assertThat(f).containsEntry(SafeguardingField.NAME, "Cai Penrose");
    }

    @Test
    void aLabelGoingOnWithWordsThatSayWhatIsAskedEndsBeforeItsValue() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(pdfText("Intelligence submission\n"
                + "Organisation submitting form Oxford Youth Trust\nGrade given (if known) B/2/P\n"
                + "Submitting worker's name Ros Penhale\n")).values();
        assertThat(f).containsEntry(IntelligenceField.AGENCY, "Oxford Youth Trust")
                .containsEntry(IntelligenceField.WORKER, "Ros Penhale")
                .containsEntry(IntelligenceField.GRADING, "B/2/P");
    }

    @Test
    void aValueOpeningInSmallLettersStaysAValue() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(pdfText("Intelligence submission\n"
                + "Time observed approx 14:05\nVehicle details black Ford Focus\n")).values();
        assertThat(f).containsEntry(IntelligenceField.INFO_TIME, "approx 14:05")
                .containsEntry(IntelligenceField.VEHICLES, "black Ford Focus");
    }

    @Test
    void aNumberInBracketsAfterAPhonesLabelIsTheNumbersAreaCodeNotTheLabelsHint() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(pdfText("Intelligence submission\n"
                + "Tel (01295) 372680\n")).values();
        assertThat(f).containsEntry(IntelligenceField.PHONE, "(01295) 372680");
    }

    @Test
    void aHintMarkedByADashOrAStarBetweenAChoicesLabelAndItsAnswerIsTheLabels() {
        Map<MashField, String> f = MASH.read(pdfText("MASH referral form\nName of young person Cai Penrose\n"
                + "Housing situation \u2013 tick one Threatened with homelessness\n"
                + "Mediation attempted (Y/N) - give details * YES\n")).values();
        assertThat(f).containsEntry(MashField.STATUS, "Threatened").containsEntry(MashField.MEDIATION, "YES");
    }

    @Test
    void aDatesHintAfterADashIsTheLabelsAndTheDateItsAnswer() {
        Map<MashField, String> f = MASH.read(pdfText("MASH referral form\nName of young person Cai Penrose\n"
                + "Date of birth \u2013 dd/mm/yyyy 30/11/2009\n")).values();
        assertThat(f).containsEntry(MashField.DATE_OF_BIRTH, "30/11/2009");
    }
}
