package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.ypsa.hub.domain.documents.TextDocuments.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slash between words of the form's own ("SW / PA for this young person") joins two wordings of one label; only
 * words the form does not know before a slash are a label in another language (issue 14, missing-field probe: the
 * worker's name had been read as the young person's). Wordings invented for the test.
 */
class SlashBetweenAbbreviationsTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

    @Test
    void aWorkersLabelWithItsAbbreviationsEitherSideOfASlashIsTheWorkersNotTheYoungPersons() {
        Map<SafeguardingField, String> f = INCIDENT.read(pdfText("Incident report\n"
                + "Date of birth of the young person 3 March 2009\n"
                + "SW / PA for this resident Tomos Ellery\n")).values();
        assertThat(f).containsEntry(SafeguardingField.WORKER_NAME, "Tomos Ellery");
        assertThat(f.getOrDefault(SafeguardingField.NAME, "")).isEmpty();
    }
}
