package org.ypsa.hub.domain.documents;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.Words;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.wordTable;

/**
 * Safety (issue 14): a risk concern missing one of its three parts is rejected, so no neighbouring label's answer may be
 * read as the missing part. Wordings invented for the test.
 */
class RiskConcernPartsTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @Test
    void anAnswerThatEndsAnotherFieldsValueIsNoLeftover() {
        // the row "Risk that rules it out | He has threatened staff with a knife." read as text gives the risk
        // "that rules it out He has threatened ..."; its answer left over is the same answer, not a second field's
        Map<RiskField, String> values = new LinkedHashMap<>();
        values.put(RiskField.RISK, "that rules it out He has threatened staff with a knife.");
        assertThat(Leftovers.readForAnotherField(values, "He has threatened  staff with a knife.")).isTrue();
        assertThat(Leftovers.readForAnotherField(values, "staff with a knife.")).isTrue();
        assertThat(Leftovers.readForAnotherField(values, "threatened staff")).as("two words may answer two fields")
                .isFalse();
        assertThat(Leftovers.readForAnotherField(values, "He has threatened staff")).as("a start is not an end")
                .isFalse();
    }

    @Test
    void aRiskConcernWithoutItsThirdPartDoesNotGetItFromTheRiskRow() {
        Map<RiskField, String> f = RISK.read(wordTable(
                "Referral number\tBRK/2027/0451\tProvider\tStonewater",
                "Risk that rules it out\tHe has threatened staff with a knife.",
                "Why can it not be managed here?\tWe have no waking night cover.")).values();
        assertThat(f.get(RiskField.RESOURCES)).isNullOrEmpty();
        assertThat(f.get(RiskField.REASON)).isEqualTo("We have no waking night cover.");
    }

    @Test
    void aVerbWithItsObjectAfterANounEndsTheLabelsFirstPhrase() {
        assertThat(Words.head("Organisation raising the concern")).contains("organisation");
        assertThat(Words.head("Team requesting a placement")).contains("team");
        assertThat(Words.head("Current living situation")).as("no object after it: a word of the noun phrase")
                .contains("situation");
    }

    @Test
    void theOrganisationRaisingTheConcernIsTheProviderNotTheRisk() {
        assertThat(RISK.match("Organisation raising the concern")).contains(RiskField.PROVIDER);
        Map<RiskField, String> f = RISK.read(wordTable(
                "Referral number\tBRK/2027/0451\tOrganisation raising the concern\tStonewater",
                "Risk(s) we cannot hold\tFire setting in the last month.",
                "Why can it not be managed here?\tWe have no waking night cover.")).values();
        assertThat(f).containsEntry(RiskField.PROVIDER, "Stonewater");
        assertThat(f).containsEntry(RiskField.RISK, "Fire setting in the last month.");
        assertThat(f.get(RiskField.RESOURCES)).as("the third part is not on the form").isNullOrEmpty();
    }

    @Test
    void aHeadingWrittenAsALabelAndTheFormsTitleIsNoAnswer() {
        // "Unable to accept: provider risk concern form" opening the document is its heading: the risk is the answer
        // to the risk's own question, not the title
        LabelledDocument doc = new LabelledDocument("concern.docx", "", java.util.List.of(
                new LabelledDocument.Entry("Unable to accept", "provider risk concern form", "paragraph 1"),
                new LabelledDocument.Entry("What risk can't be managed?", "Needs two staff at night.", "table row 1")));
        assertThat(RISK.read(doc).values()).containsEntry(RiskField.RISK, "Needs two staff at night.");
        LabelledDocument later = new LabelledDocument("concern.docx", "", java.util.List.of(
                new LabelledDocument.Entry("Risk", "provider risk concern form", "paragraph 9")));
        assertThat(RISK.read(later).values()).as("past the opening lines a value is read as written")
                .containsEntry(RiskField.RISK, "provider risk concern form");
    }
    @Test
    void aRiskThatStopsTheProviderAcceptingIsTheRiskItCannotManage() {
        assertThat(RISK.match("Risk stopping us from offering the placement")).contains(RiskField.RISK);
        assertThat(RISK.match("The risk which prevents the provider accepting")).contains(RiskField.RISK);
        Map<RiskField, String> f = RISK.read(wordTable(
                "Referral number\tBRK/2027/0451\tProvider\tStonewater",
                "Risk stopping us from offering the placement\tHe has threatened staff with a knife.",
                "Why can it not be managed here?\tWe have no waking night cover.",
                "What would need to change?\tA second member of staff at night.")).values();
        assertThat(f).containsEntry(RiskField.RISK, "He has threatened staff with a knife.")
                .containsEntry(RiskField.RESOURCES, "A second member of staff at night.");
    }
    @Test
    void aTitleTypedAsLabelAndValueInTheTablesFirstRowIsNoRisk() {
        LabelledDocument doc = new LabelledDocument("form.pdf", "", java.util.List.of(
                new LabelledDocument.Entry("Declined", "risk concern from provider", "table row 1 1"),
                new LabelledDocument.Entry("Referral number", "BRK/2027/0451", "table row 2"),
                new LabelledDocument.Entry("Risk we are not able to hold", "Fire setting at two previous addresses.",
                        "table row 3")));
        assertThat(RISK.read(doc).values()).containsEntry(RiskField.RISK, "Fire setting at two previous addresses.");
    }
}
