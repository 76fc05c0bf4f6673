package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence under a label is its answer though its first words name a field: "The young person has been ..." is a
 * subject and its verb, no label (tuned15 read a risk's answer as the young person's label and left the risk empty).
 * Wordings invented for these tests.
 */
class SentenceUnderALabelTest {
    private final FieldCatalog<RiskField> risk = FieldCatalog.shipped(RiskField.class, "risk-concern");

    @Test
    void aSentenceWhoseSubjectNamesAFieldIsTheAnswerOfTheLabelOverIt() {
        String t = String.join("\n", "Placement details", "Referral ref number", "YPSA-ABCDE-FGHIJ",
                "Young person placed: Jordan Ellis", "Risk identified (details)",
                "The young person has been bringing older men back to the flat most nights.",
                "Why not manageable - explain: Other residents are frightened and two have asked to move.");
        var read = risk.read(new LabelledDocument("body", t, List.of())).values();
        assertThat(read.get(RiskField.RISK)).isEqualTo("The young person has been bringing older men back to the flat most nights.");
        assertThat(read.get(RiskField.YOUNG_PERSON)).isEqualTo("Jordan Ellis");
    }
}
