package org.ypsa.hub.domain.forms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label qualified with an earlier time names no field of what is now (stop 46, tuned20's long council forms: a MASH
 * referral's "Previous address" was routed as the young person's address), and a label asking for a date names no
 * reference ("Date of referral" was routed as a risk concern's referral reference). Wordings invented for the test.
 */
class EarlierThingsAreNotTheFieldsTest {
    private final LabelMatcher mash = new LabelMatcher(FormLibrary.shipped().form("mash-referral"));
    private final LabelMatcher referral = new LabelMatcher(FormLibrary.shipped().form("referral"));
    private final LabelMatcher risk = new LabelMatcher(FormLibrary.shipped().form("risk-concern"));

    @ParameterizedTest
    @ValueSource(strings = {"Previous address", "Former home address", "Prior address of the young person"})
    void anEarlierAddressIsNotTheAddress(String label) {
        assertThat(mash.match(label)).isEmpty();
        assertThat(referral.match(label)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Previous social worker", "Former social worker"})
    void anEarlierWorkerIsNotTheSocialWorker(String label) {
        assertThat(referral.match(label)).isEmpty();
    }

    @Test
    void theFieldsOwnWordingsAndAFieldWordedWithTheEarlierTimeStillAre() {
        assertThat(mash.match("Current address")).hasValueSatisfying(m -> assertThat(m.fieldId()).isEqualTo("address"));
        assertThat(mash.match("Previously known to social care"))
                .hasValueSatisfying(m -> assertThat(m.fieldId()).isEqualTo("known"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date of referral", "Referral date"})
    void aLabelAskingForADateIsNoReference(String label) {
        assertThat(risk.match(label)).isEmpty();
    }
}
