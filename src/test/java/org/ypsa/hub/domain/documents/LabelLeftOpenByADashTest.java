package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label typed over two lines in a mail's body, its first half left open by a spaced dash and its instruction with
 * the answer on the next line (issue 14, stop 45): one label. Wordings invented for these tests.
 */
class LabelLeftOpenByADashTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");

    @Test
    void aLabelLeftOpenByADashGoesOnWithTheInstructionAndAnswerOnTheNextLine() {
        String body = "Provider: A2 Dominion\nYoung person's name: Ayaan Doherty\nDATE OF THE INCIDENT -\n"
                + "GIVE IN FULL: 3/12/2026\nType of incident \u2013\nplease state: Missing\n";
        assertThat(LabelShapes.joinLabelsRunOn(body.split("\\R"))).contains(
                "DATE OF THE INCIDENT - GIVE IN FULL: 3/12/2026", "Type of incident \u2013 please state: Missing");
        var values = INCIDENT.read(TextDocuments.bodyLines(body)).values();
        assertThat(values.get(SafeguardingField.INCIDENT_DATE)).isEqualTo("3/12/2026");
        assertThat(values.get(SafeguardingField.CATEGORY)).isEqualTo("Missing");
    }

    @Test
    void aDashedLineOverALineWithNoAnswerOrALongLabelIsLeftAsItIs() {
        String noAnswer = "Incident happened on -\nGive the full date:\n3/12/2026\n";
        assertThat(LabelShapes.joinLabelsRunOn(noAnswer.split("\\R"))).containsExactly(noAnswer.split("\\R"));
        String sentence = "Staff on shift -\nthe night manager and two support workers were told of it: yes\n";
        assertThat(LabelShapes.joinLabelsRunOn(sentence.split("\\R"))).containsExactly(sentence.split("\\R"));
    }
}
