package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety (the missing1 corpus part): a form whose required field was left out or left empty is rejected for it, so no
 * other words of the mail may be read as that field's answer: a value fills a field only if it was written for that
 * field. Wordings invented for the test.
 */
class MissingFieldsTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @Test
    void aMailBodysHeadingUnderItsGreetingWrittenAsALabelAndTheFormsTitleIsNoAnswer() {
        // a body's lines: the greeting, a blank line, then the form's heading written "words: title"
        LabelledDocument body = new LabelledDocument("the email body", "", List.of(
                new LabelledDocument.Entry("Placement we cannot take", "our risk concern", "line 3"),
                new LabelledDocument.Entry("Brokerage referral number", "BRK/2027/0188", "line 5"),
                new LabelledDocument.Entry("Provider", "Stonewater", "line 6"),
                new LabelledDocument.Entry("Why we are not able to manage it", "No waking night staff.", "line 7"),
                new LabelledDocument.Entry("What support would let us offer a room", "A waking night worker.",
                        "line 8")));
        assertThat(RISK.read(body).values().get(RiskField.RISK)).as("the risk itself is not on the form")
                .isNullOrEmpty();
    }

    @Test
    void aTextFieldWhoseOwnCellWasLeftEmptyIsNotAnsweredFromAnotherLine() {
        // the label's own words ("Why" and "we cannot manage this risk") are no answer to it
        LabelledDocument form = Tables.wordTable("Risk concern", "Referral reference\tBRK/2027/0101",
                "Provider\tKey2", "The risk we are unable to manage\tFire setting in the last month.",
                "Why we cannot manage this risk\t", "What would help us manage it\tWaking night cover.");
        assertThat(RISK.read(form).values().getOrDefault(RiskField.REASON, "")).isEmpty();
    }

    @Test
    void aPdfFormFieldLeftEmptyIsNotAnsweredFromThePrintedText() {
        LabelledDocument form = new LabelledDocument("f.pdf", "Risk concern\nProvider Key2\n"
                + "Why we cannot manage this risk\nWhat would help us manage it\n", List.of(
                new LabelledDocument.Entry("Why we cannot manage this risk", "", "form field WhyWeCannotManage"),
                new LabelledDocument.Entry("The risk we are unable to manage", "Fire setting.", "form field Risk")));
        assertThat(RISK.read(form).values().getOrDefault(RiskField.REASON, "")).isEmpty();
    }
}
