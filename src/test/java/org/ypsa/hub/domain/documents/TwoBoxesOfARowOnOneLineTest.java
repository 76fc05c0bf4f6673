package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF of boxes, a label over its answer, two boxes to a row (stop 68, tuned30): the text gives the first box's label
 * on a line, then its answer and the second box's label and answer on the next ("Liam Dobson Date of birth
 * 13/08/2009"). The first answer ends where the second label opens; the second label takes the rest. A narrative is
 * kept whole. People and wordings are ours.
 */
class TwoBoxesOfARowOnOneLineTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static Map<ReferralField, String> read(String... lines) {
        return REFERRAL.read(new LabelledDocument("form.pdf", String.join("\n", lines) + "\n", List.of())).values();
    }

    @Test
    void theFirstAnswerEndsWhereTheSecondBoxsLabelOpens() {
        Map<ReferralField, String> f = read("B. YOUNG PERSON", "Young person's full name",
                "Liam Dobson Date of birth 13/08/2009", "Preferred locality", "South Oxfordshire Legal status Child in need",
                "C. REFERRER", "Referrer name", "Rhys Pritchard Role Social Worker", "H. DATE AND CONSENT",
                "Date accommodation needed", "07/12/2026 Consent (Y/N) Y");
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Liam Dobson")
                .containsEntry(ReferralField.DATE_OF_BIRTH, "13/08/2009")
                .containsEntry(ReferralField.PREFERRED_LOCALITY, "South Oxfordshire")
                .containsEntry(ReferralField.LEGAL_STATUS, "Child in need")
                .containsEntry(ReferralField.REFERRER_NAME, "Rhys Pritchard")
                .containsEntry(ReferralField.REFERRER_ROLE, "Social Worker")
                .containsEntry(ReferralField.DATE_NEEDED, "07/12/2026")
                .containsEntry(ReferralField.CONSENT, "Y");
    }

    @Test
    void aNarrativeUnderItsLabelIsKeptWholeThoughItUsesAFieldsWords() {
        Map<ReferralField, String> f = read("Reason for referral",
                "Dad has asked him to leave. Support needs are high and Legal status is being assessed.");
        assertThat(f).containsEntry(ReferralField.REASON,
                "Dad has asked him to leave. Support needs are high and Legal status is being assessed.");
    }

    @Test
    void aTextAnswerHoldingAnotherFieldsOneWordWordingIsKeptWhole() {
        Map<ReferralField, String> f = read("Current address", "Flat 3 Parent and Baby Unit, Marsh Road, Witney",
                "Preferred locality", "Witney");
        assertThat(f).containsEntry(ReferralField.CURRENT_ADDRESS, "Flat 3 Parent and Baby Unit, Marsh Road, Witney")
                .doesNotContainKey(ReferralField.PARENT);
    }
}
