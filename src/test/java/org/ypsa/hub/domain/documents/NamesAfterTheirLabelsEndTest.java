package org.ypsa.hub.domain.documents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.mash.MashField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label that wrapped leaves its lower-case end, then a star, colon or dash, before the name on the next line
 * ("YP" / "named in notice * Fenn Wetherell"); the next question's number may run onto the name's line ("Fenn
 * Wetherell Q3"). Wordings invented for the test.
 */
class NamesAfterTheirLabelsEndTest {
    private static final FieldCatalog<MashField> MASH = FieldCatalog.shipped(MashField.class, "mash-referral");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"named in notice * Fenn Wetherell", "of the y.p.: Fenn Wetherell",
            "full name - Fenn Wetherell", "in question \u2013 Fenn Wetherell", "named below* Fenn Wetherell"})
    void aNameAfterItsLabelsLowerCaseEndAndAStarColonOrDashIsTheAnswer(String value) {
        assertThat(TypedValues.fit(name(), value)).contains("Fenn Wetherell");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Fenn Wetherell Q3|Fenn Wetherell", "Fenn Wetherell 3.|Fenn Wetherell",
            "named in notice: Fenn Wetherell Q.4|Fenn Wetherell"})
    void aQuestionNumberAfterTheNameIsTheNextQuestions(String value, String name) {
        assertThat(TypedValues.fit(name(), value)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"social worker: Jane Hale", "referred by - Jane Hale", "mum's name: Jane Hale",
            "lives with * Jane Hale"})
    void aNameAfterWordsBringingInSomeoneElseIsNotTheFieldsPerson(String value) {
        assertThat(TypedValues.fit(name(), value)).isEmpty();
    }

    private static org.ypsa.hub.domain.forms.FormSpec.FieldSpec name() {
        return MASH.spec().fields().stream().filter(s -> s.id().equals("name")).findFirst().orElseThrow();
    }
}
