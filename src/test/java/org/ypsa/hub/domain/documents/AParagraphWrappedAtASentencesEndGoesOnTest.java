package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF's paragraph whose page broke just after a sentence's full stop (stop 68, tuned30): the next line, a sentence
 * with its subject and verb ("Staff have seen the same car ..."), goes on with the answer; it was read as the worker's
 * name, and the police lost the last sentences ("We believe she may be being sexually exploited."). The next label
 * still ends the answer. People and wordings are ours.
 */
class AParagraphWrappedAtASentencesEndGoesOnTest {
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE =
            FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission");

    @Test
    void aSentenceOpeningTheNextLineAfterAFullStopGoesOnWithTheAnswer() {
        Map<IntelligenceField, String> f = INTELLIGENCE.read(new LabelledDocument("form.pdf", String.join("\n",
                "Section 1: Submitting agency", "Agency", "Key2 Futures", "Worker name", "Owen Fraser", "Information",
                "The male above dropped Leah back at the project at 19:40. Leah smelt of alcohol and had cash and two new",
                "phones. She told another resident that \"he buys me things\".",
                "Staff have seen the same car parked on Banbury Lane on two earlier evenings. Leah has a",
                "learning disability. We believe she may be being sexually exploited.", "Source",
                "Staff observation") + "\n", List.of())).values();
        assertThat(f.get(IntelligenceField.INFORMATION)).endsWith("We believe she may be being sexually exploited.");
        assertThat(f).containsEntry(IntelligenceField.WORKER, "Owen Fraser")
                .containsEntry(IntelligenceField.SOURCE, "Staff observation");
    }
}
