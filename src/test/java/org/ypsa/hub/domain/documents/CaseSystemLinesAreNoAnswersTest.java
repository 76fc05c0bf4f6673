package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form printed from a case-management system (Mosaic, LCS, Eclipse) opens with the system's lines: who printed it
 * and when, the step's number and the workflow step. They are no label and no answer: the step's number is not the
 * young person's case number, and the form's title under them is its heading, not the reason for referral.
 */
class CaseSystemLinesAreNoAnswersTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    /** How each print's answer to "Why are you referring" opens. */
    private static final String REASON = "Alex was asked to leave";
    private static final String PRINT = """
            Casework
            Casework   |   Printed by Sam Example 03/11/2026 09:15
            Step ID: 4455667   |   Workflow step: Housing request (16+)
            Page 1 of 1
            Young Person Housing Referral - Planned
            Section 1 - About the young person
            1.1 Name of young person
            Alex Sample
            Section 4 - Reason for referral and risks
            4.1 Why are you referring
            Alex was asked to leave by her aunt after a row about money and is sofa surfing.
            """;

    @Test
    void theTitleUnderTheCaseSystemsLinesIsNotTheReason() {
        Map<ReferralField, String> read = readsTheReason("print.docx", PRINT);
        assertThat(read.get(ReferralField.LCS_NUMBER)).isNullOrEmpty();
    }

    @Test
    void aTitleOverTheFirstNumberedQuestionIsNoAnswer() {
        String print = """
                Eclipse
                Eclipse   |   Printed by Sam Example 03/11/2026 09:15
                Step reference: 4455667   |   Workflow stage: Housing request
                Page 1 of 2
                Housing Support Referral for Young People (Planned)
                1.1 Name of young person
                Alex Sample
                1.2 Why are you referring
                Alex was asked to leave by her aunt after a row about money and is sofa surfing.
                """;
        readsTheReason("print.docx", print);
    }

    @Test
    void theSystemsNameOverItsLineIsNoLabelOverTheTitle() {
        String print = """
                Eclipse:
                Eclipse   |   Printed by user Sam Example 03/11/2026 09:15
                Step reference: 4455667   |   Workflow stage: Housing request
                Page 1 of 2
                Housing Support Referral for Young People (Planned)
                1.1 Name of young person:
                Alex Sample
                1.2 Why are you referring:
                Alex was asked to leave by her aunt after a row about money and is sofa surfing.
                """;
        readsTheReason("print.pdf", print);
    }

    /**
     * The print's lines read as the referral form from a file of the given name, asserting that the reason for the
     * referral is the answer under "Why are you referring"; the values read, for the test's own assertions.
     */
    private static Map<ReferralField, String> readsTheReason(String file, String print) {
        Map<ReferralField, String> read = REFERRAL.read(new LabelledDocument(file, print,
                TextFields.labelValues(print, "line"))).values();
        assertThat(read.get(ReferralField.REASON)).as("the reason for the referral").startsWith(REASON);
        return read;
    }

    @Test
    void thePrintingAndTheStepAreSystemLines() {
        assertThat(DocumentMarkings.isCaseSystemLine("Mosaic | Printed by Sam Example 03/11/2026 09:15")).isTrue();
        assertThat(DocumentMarkings.isCaseSystemLine("Printed by user Sam Example 03/11/2026")).isTrue();
        assertThat(DocumentMarkings.isCaseSystemLine("Step reference: 3688571 | Workflow stage: Supported housing request"))
                .isTrue();
        assertThat(DocumentMarkings.isCaseSystemLine("Form ID: 1234567 | Page 2 of 2 | Printed by Sam Example 03/11/2026"))
                .isTrue();
    }

    @Test
    void aFormsOwnNumbersAndLinesAreNotSystemLines() {
        assertThat(DocumentMarkings.isCaseSystemLine("Case ID: 1234567")).isFalse();
        assertThat(DocumentMarkings.isCaseSystemLine("LCS number: 1234567")).isFalse();
        assertThat(DocumentMarkings.isCaseSystemLine("Form ID: 1234567")).isFalse();
        assertThat(DocumentMarkings.isCaseSystemLine("Reason for referral: printed by mistake")).isFalse();
        assertThat(DocumentMarkings.isCaseSystemLine("Referrer | Jo Bloggs")).isFalse();
    }
}
