package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safety (the missing1 corpus part): where a required answer was left out, the form's own words are not taken for it:
 * a heading the form's table sets rows under, the form's own
 * name, a label whose words run on as a clause. Wordings invented for the test.
 */
class FormsOwnWordsAreNoAnswerTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    @Test
    void aHeadingTheTableSetsRowsUnderIsNoAnswerOfTheHeadingAboveIt() {
        LabelledDocument form = new LabelledDocument("a.docx", "MASH referral\nAm y plentyn / About the child\n"
                + "Name of the young person\tCeri Amberley\nYr asiantaeth / The agency\nLlety / Housing\n"
                + "Homeless or threatened\tHomeless\n", List.of(
                        new LabelledDocument.Entry("Name of the young person", "Ceri Amberley", "table row 2",
                                "Am y plentyn / About the child"),
                        new LabelledDocument.Entry("Homeless or threatened", "Homeless", "table row 5", "Llety / Housing")));
        assertThat(MASH.read(form).values().getOrDefault(MashField.AGENCY, "")).isEmpty();
    }

    @Test
    void aLabelWhoseWordsRunOnAsAClauseHasNoAnswerOnItsLine() {
        LabelledDocument form = TextDocuments.pdfText("MASH referral\nYoung person's name: Ceri Amberley\n"
                + "Agency putting this referral forward\n \nHomeless or threatened? Homeless\n");
        assertThat(MASH.read(form).values().getOrDefault(MashField.AGENCY, "")).isEmpty();
    }
}
