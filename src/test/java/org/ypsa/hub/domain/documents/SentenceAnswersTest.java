package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers typed as sentences in a mail body (issue 14, tuned8's informal bodies): each sentence that opens with a label
 * is a line of its own. Wordings and people invented for the test.
 */
class SentenceAnswersTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    private static String lines(FieldCatalog<?> c, String text) {
        return SentenceAnswers.lines(text, w -> c.ranked(w).stream().mapToDouble(Map.Entry::getValue).max().orElse(0));
    }

    @Test
    void eachSentenceThatOpensWithALabelIsALineOfItsOwn() {
        assertThat(lines(REFERRAL, "Address: 3 Mill Lane, Didcot. Preferred locality Witney. Status CIN."))
                .isEqualTo("Address: 3 Mill Lane, Didcot\nPreferred locality Witney\nStatus CIN");
    }

    @Test
    void aLabelJoinedToItsAnswerByIsReadsAsOneWithAColon() {
        assertThat(SentenceAnswers.asLabelled("Date of birth is 3 May 2009", w -> 1.0)).isEqualTo("Date of birth: 3 May 2009");
        assertThat(SentenceAnswers.asLabelled("The placement is ending because the foster carers are retiring", w -> 1.0))
                .as("a clause, not a short answer").isEqualTo("The placement is ending because the foster carers are retiring");
        assertThat(SentenceAnswers.asLabelled("They are 17", w -> 1.0)).as("a pronoun names no field").isEqualTo("They are 17");
    }

    @Test
    void whatAWriterSaysOfThemselvesReadsAsTheFormsSecondPersonLabels() {
        assertThat(SentenceAnswers.asLabelled("I am a Youth Worker", w -> 0)).isEqualTo("Your role: Youth Worker");
        assertThat(SentenceAnswers.asLabelled("This is Bren Talfryn writing", w -> 0)).isEqualTo("Your name: Bren Talfryn");
        assertThat(SentenceAnswers.asLabelled("Responding on behalf of Stonewater", w -> 0))
                .isEqualTo("Your organisation: Stonewater");
        assertThat(SentenceAnswers.asLabelled("I'm referring Cai Bowen", w -> 0)).isEqualTo("Young person's name: Cai Bowen");
    }

    @Test
    void anAnswerOfSeveralSentencesIsNotCut() {
        String line = "Reason for referral: Mum asked her to leave last week. She has nowhere to go tonight.";
        assertThat(lines(REFERRAL, line)).isEqualTo(line);
    }

    @Test
    void aShortenedWordEndsNoSentence() {
        assertThat(SentenceAnswers.sentences("D.O.B. 3 May 2009. Status CIN.")).containsExactly("D.O.B. 3 May 2009.", "Status CIN.");
        assertThat(SentenceAnswers.sentences("Date offered 12.11.26. Diversion - none")).hasSize(2);
    }

    @Test
    void aRiskConcernTypedAsAParagraphIsRead() {
        String body = lines(RISK, "Re referral BRK/2027/0451. Responding on behalf of Stonewater. Risk we cannot manage - "
                + "Fire setting in the last month. Reason - No waking night cover. What would help - Funding for a night worker.");
        Map<RiskField, String> f = RISK.read(new LabelledDocument("the email body", body, TextFields.labelValues(body, "line")))
                .values();
        assertThat(f).containsEntry(RiskField.RISK, "Fire setting in the last month");
        assertThat(f).containsEntry(RiskField.REASON, "No waking night cover");
        assertThat(f).containsEntry(RiskField.RESOURCES, "Funding for a night worker");
    }
}
