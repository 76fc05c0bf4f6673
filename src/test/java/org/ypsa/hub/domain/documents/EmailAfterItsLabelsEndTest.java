package org.ypsa.hub.domain.documents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label that wrapped leaves its last words before the email address on the next line ("Allocated worker" /
 * "e-mail (work) - k.jones@council.test"): the address is the value, the label's words are not. Wordings invented
 * for the test.
 */
class EmailAfterItsLabelsEndTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"email (required) - k.jones@council.test", "e-mail address: k.jones@council.test",
            "email (work) \u2013 k.jones@council.test", "contact email - k.jones@council.test"})
    void theAddressAfterTheLabelsLastWordsIsTheValue(String value) {
        assertThat(TypedValues.fit(email(), value)).contains("k.jones@council.test");
    }

    private static org.ypsa.hub.domain.forms.FormSpec.FieldSpec email() {
        return INCIDENT.spec().fields().stream().filter(s -> s.id().equals("worker-email")).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k.jones@council.test (Kofi Jones)", "Kofi Jones - k.jones@council.test"})
    void anAddressWithAnythingElseIsLeftAsWritten(String value) {
        assertThat(TypedValues.fit(email(), value)).contains(value);
    }
}
