package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label that opens with the condition it applies under ("For emergency referrals: describe the immediate safety
 * concern") asks what comes after the colon: the answer under it is that field's, never the condition taken as a label
 * and the question as its answer (tuned35's referrals were rejected for no safety concern). Wordings and people
 * invented for the test.
 */
class AConditionBeforeItsQuestionIsNoLabelOfItsOwnTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");
    private static final String CONCERN = "Ffion was found by police at the bus station at 2am with two adult men.";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"For emergency referrals: describe the immediate safety concern",
            "If emergency: why is the young person not safe tonight?",
            "Only for emergency referrals: describe the immediate safety concern"})
    void theAnswerUnderAConditionedQuestionIsItsFields(String label) {
        String body = "Young person's full name\nFfion Bevan\n\n" + label + "\n" + CONCERN + "\n\nDate accommodation needed\n"
                + "04/12/2026\n";
        Map<ReferralField, String> read = REFERRAL.read(TextDocuments.bodyLines(body)).values();
        assertThat(read).containsEntry(ReferralField.SAFETY_CONCERN, CONCERN);
    }
}
