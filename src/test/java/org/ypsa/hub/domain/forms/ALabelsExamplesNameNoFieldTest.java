package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples a label lists of what to cover, after "incl.", "including", "e.g." or "such as" outside brackets, only
 * dilute it: "Offences incl. bail conditions" asks the offending (tuned15 left it unplaced). Wordings invented for
 * the test.
 */
class ALabelsExamplesNameNoFieldTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Offences incl. bail conditions|OFFENDING",
            "Offending including YOS involvement|OFFENDING",
            "Mental health inc. meds|MENTAL_HEALTH",
            "Support needs e.g. budgeting, cooking|SUPPORT_NEEDS",
            "YP forename & surname incl. any known-as|FULL_NAME"})
    void theLabelBeforeItsExamplesNamesTheField(String label, ReferralField field) {
        assertThat(referral.match(label)).as(label).contains(field);
    }

    @Test
    void examplesAreReadOnlyOutsideBrackets() {
        assertThat(asked("Offences incl. bail conditions:")).contains("Offences");
        assertThat(asked("Drugs and alcohol, including what and how often")).contains("Drugs and alcohol");
        assertThat(asked("Referrer job title (e.g. SW, PA)")).isEmpty();
        assertThat(asked("Including")).isEmpty();
    }

    @Test
    void examplesAfterEgAreAnswersAndAfterInclAreWhatToCover() {
        assertThat(Instructions.examples("Offences incl. bail conditions").orElseThrow().ofTheAnswer()).isFalse();
        assertThat(Instructions.examples("Your position e.g. PA, SW, housing officer").orElseThrow().ofTheAnswer()).isTrue();
    }

    private static java.util.Optional<String> asked(String label) {
        return Instructions.examples(label).map(Instructions.Examples::asked);
    }
}
