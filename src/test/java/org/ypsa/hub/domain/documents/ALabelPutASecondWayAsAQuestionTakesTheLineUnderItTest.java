package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label put a second way as a question after a slash ("Current address / where they stayed last night") is asked as
 * a whole, its answer on the line under it: its question's last words ("stayed last night") are no answer. Stop 72
 * (tuned34 w14-mash-01: the MASH referral was routed with the address "stayed last night"). People invented.
 */
class ALabelPutASecondWayAsAQuestionTakesTheLineUnderItTest {
    @Test
    void theAddressIsTheLineUnderTheLabelNotTheQuestionsLastWords() {
        String text = "Young person's name\nKAYLEIGH DAVIES\n\nDate of birth\n17/04/2009\n\n"
                + "Current address / where they stayed last night\n"
                + "At a friend's, 31 Heol Fach, Cwm Eirin PT6 1BB - can't stay again\n\n"
                + "Presenting agency (who is making this referral?)\nTawelan Housing Options\n";
        assertThat(FieldCatalog.shipped(MashField.class, "mash-referral").read(TextDocuments.bodyLines(text)).values())
                .containsEntry(MashField.ADDRESS, "At a friend's, 31 Heol Fach, Cwm Eirin PT6 1BB - can't stay again");
    }
}
