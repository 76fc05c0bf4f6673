package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round tuneQ: a tick list typed with square brackets after a MASH status question ("[x] Homeless [ ] Threatened") was
 * read as "Threatened": "Homeless" is a wording of the status, and "Homeless [ ]" (the box read as a bracketed hint)
 * was taken as the status's label again with "Threatened" its answer. A wrong status routed. Wordings invented.
 */
class TickListAnswerIsNoLabelTest {
    private final FieldCatalog<MashField> mash = FieldCatalog.shipped(MashField.class, "mash-referral");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Is the young person homeless now or threatened with homelessness? [x] Homeless [ ] Threatened | Homeless",
            "Homeless or threatened? [x] Homeless [ ] Threatened | Homeless",
            "Housing status: [X] Homeless [ ] Threatened | Homeless",
            "Housing status: [ ] Homeless [x] Threatened | Threatened",
            "Housing status: (x) Homeless ( ) Threatened with homelessness | Homeless"})
    void theAnswerAfterATypedBoxIsNoLabelOfItsField(String line, String status) {
        for (String source : List.of("form.pdf", "body")) {
            LabelledDocument doc = new LabelledDocument(source,
                    "MASH Referral\nYP name: Mali Okonjo\n" + line + "\nKnown to social care: Yes\n", List.of());
            assertThat(FieldValues.answer(mash.read(doc).values().get(MashField.STATUS))).as(source).isEqualTo(status);
        }
    }
}
