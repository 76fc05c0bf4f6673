package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.Words;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety (the missing1 corpus part): where a free-text answer was left out, the words that come into its place are no
 * answer: the rest of its own question, a heading, a prompt, or the next field's label with that field's answer.
 * Wordings invented for the test.
 */
class NotAnswersTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
    private static final FieldCatalog<IntelligenceField> INTEL =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");

    @Test
    void anAnswerMadeOnlyOfItsOwnQuestionsWordsInSmallLettersIsNoAnswer() {
        List<Set<String>> asked = List.of(Set.copyOf(Words.of("why the risk cannot be managed by us")));
        assertThat(NotAnswers.echoesItsQuestion("the risk cannot be managed", asked)).isTrue();
        assertThat(NotAnswers.echoesItsQuestion("RISK", asked)).as("one word of it in capitals").isTrue();
        assertThat(NotAnswers.echoesItsQuestion("No night staff on site.", asked)).isFalse();
        assertThat(NotAnswers.echoesItsQuestion("Managed risk", asked)).as("an answer the label names").isFalse();
    }

    @Test
    void anAnswerInTheQuestionsWordsIsStillAnAnswerWhenItIsASentenceOrGathersWordsOfSeveralWordings() {
        List<Set<String>> asked = List.of(Set.copyOf(Words.of("extra staffing")), Set.copyOf(Words.of("what help is needed")),
                Set.copyOf(Words.of("support to manage the risk")));
        assertThat(NotAnswers.echoesItsQuestion("support to manage the risk", asked)).as("one wording's rest").isTrue();
        assertThat(NotAnswers.echoesItsQuestion("extra staffing needed", asked)).as("words of two wordings").isFalse();
        assertThat(NotAnswers.echoesItsQuestion("help to manage the risk", asked)).as("words of two wordings").isFalse();
        assertThat(NotAnswers.echoesItsQuestion("support to manage the risk.", asked)).as("a sentence").isFalse();
    }

    @Test
    void aNumberedHeadingInCapitalsOrAHeadingWithItsHintIsNoAnswer() {
        assertThat(NotAnswers.isHeading("(4) FAMILY")).isTrue();
        assertThat(NotAnswers.isHeading("5. WHO IS REFERRING")).isTrue();
        assertThat(NotAnswers.isHeading("Further notes (please continue on this page)")).isTrue();
        assertThat(NotAnswers.isHeading("Shelter Cymru")).isFalse();
        assertThat(NotAnswers.isHeading("2 staff on shift (one agency)")).isFalse();
    }

    @Test
    void aPromptLeftWhereTheAnswerGoesIsNoAnswer() {
        assertThat(NotAnswers.isPrompt("in your own words please \u2013")).isTrue();
        assertThat(NotAnswers.isPrompt("Describe:")).isTrue();
        assertThat(NotAnswers.isPrompt("Seen at 10:30")).isFalse();
    }

    @Test
    void aPartLeftEmptyDoesNotTakeTheHeadingOrTheNextQuestionsUnderIt() {
        LabelledDocument form = TextDocuments.pdfText("Risk concern\nReferral reference BRK/2027/0440\n"
                + "Provider Key2\nWhat support would let you manage it:\u00a0\nMore to add (please continue here)\n"
                + "The risk we are unable to manage: Fire setting in the kitchen.\n"
                + "Why we cannot manage this risk: No waking night staff.\n");
        assertThat(RISK.read(form).values().getOrDefault(RiskField.RESOURCES, "")).isEmpty();
    }

    @Test
    void aPresentingAgencyLeftEmptyDoesNotTakeTheNextQuestionAndItsAnswer() {
        LabelledDocument form = TextDocuments.pdfText("MASH referral\nYoung person's name: Ceri Amberley\n"
                + "DOB: 03/03/2010\nReferring agency:\u00a0\nHomelessness status (tick one) THREATENED\n"
                + "Mediation tried? No\n");
        assertThat(MASH.read(form).values().getOrDefault(MashField.AGENCY, "")).isEmpty();
    }

    @Test
    void aPresentingAgencyLeftEmptyDoesNotTakeTheNextNumberedHeading() {
        LabelledDocument form = Tables.wordTable("MASH referral", "Young person's name\tCeri Amberley",
                "DOB\t03/03/2010", "Referring agency\t\u00a0\n(4) FAMILY", "Homeless or threatened\tHomeless");
        assertThat(MASH.read(form).values().getOrDefault(MashField.AGENCY, "")).isEmpty();
    }

    @Test
    void wordsOfTheLabelsOwnQuestionAfterItLeaveItsAnswerToTheLineUnder() {
        LabelledDocument body = TextDocuments.body("MASH referral\n\nYoung person's name\nCeri Amberley\n\n"
                + "Presenting agency / referrer\nShelter Cymru Oxford\n\nHomeless or threatened?\nHomeless\n");
        assertThat(MASH.read(body).values().get(MashField.AGENCY)).isEqualTo("Shelter Cymru Oxford");
    }

    @Test
    void aPhoneLeftEmptyDoesNotTakeTheNextLabelAndItsDate() {
        LabelledDocument form = TextDocuments.pdfText("Intelligence submission\nAgency: Key2\n"
                + "Worker name: Jory Vantreen\nContact phone:\u00a0\nWhen it was seen: 14:05 on 03.03.2027\n"
                + "Information: A grey van parks outside the scheme most nights.\n");
        assertThat(INTEL.read(form).values().getOrDefault(IntelligenceField.PHONE, "")).isEmpty();
    }

    @Test
    void anAnswerThatOpensWithASentenceIsNotTakenForAnotherFieldsLabel() {
        LabelledDocument form = Tables.wordTable("Intelligence submission", "Agency\tKey2",
                "Worker name\tJory Vantreen", "Information\tNo immediate danger. A grey van parks outside most nights.");
        assertThat(INTEL.read(form).values().get(IntelligenceField.INFORMATION)).startsWith("No immediate danger");
    }

    @Test
    void anAnswerOpeningWithAnotherFieldsLabelIsRefusedOnlyWhenTheRestIsThatFieldsAnswer() {
        LabelledDocument form = Tables.wordTable("Safeguarding incident", "Young person\tTeodor Ashcombe",
                "What happened\tTime: 10pm he came back to the flat with two older lads and would not say where from.",
                "Actions taken\tTime: 22:15");
        var values = INCIDENT.read(form).values();
        assertThat(values.get(SafeguardingField.DESCRIPTION)).startsWith("Time: 10pm he came back");
        assertThat(values.getOrDefault(SafeguardingField.ACTIONS, "")).as("only the time's own answer").isEmpty();
    }

    @Test
    void theSameAnswersStayAnswers() {
        LabelledDocument form = Tables.wordTable("Risk concern", "Referral reference\tBRK/2027/0101",
                "Provider\tKey2", "The risk we are unable to manage\tFire setting in the last month.",
                "Why we cannot manage this risk\tNo waking night staff.", "What would help us manage it\tWaking night cover.");
        assertThat(RISK.read(form).values()).containsEntry(RiskField.REASON, "No waking night staff.")
                .containsEntry(RiskField.RESOURCES, "Waking night cover.");
    }
}
