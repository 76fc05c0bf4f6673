package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 70 (tuned32): a label listing the fields it asks ("10. Referrer's name, role and team:"), answered a line each
 * in the order asked, as a case system prints it to PDF: each line is its field's answer. Wordings invented here.
 */
class ALabelListingItsFieldsTakesALineEachTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @ParameterizedTest
    @ValueSource(strings = {"10. Referrer's name, role and team", "Referrer name, role & team", "Referrer's name / role / team"})
    void aLabelListingItsFieldsTakesALineForEach(String label) {
        var doc = new LabelledDocument("form.pdf", label + ":\nOlivia Brennan\nPersonal Adviser\nLeaving Care Service",
                List.of(new LabelledDocument.Entry(label, "Olivia Brennan\nPersonal Adviser\nLeaving Care Service", "line 1")));
        var values = REFERRAL.read(doc).values();
        assertThat(values.get(ReferralField.REFERRER_NAME)).isEqualTo("Olivia Brennan");
        assertThat(values.get(ReferralField.REFERRER_ROLE)).isEqualTo("Personal Adviser");
        assertThat(values.get(ReferralField.ORGANISATION)).isEqualTo("Leaving Care Service");
    }

    /** Stop 72 (tuned34 w14-ref-10): the same answered on one line, its parts apart by commas; the last keeps the rest. */
    @ParameterizedTest
    @ValueSource(strings = {"11. Referrer name, role, team", "Referrer name, role & team"})
    void aLabelListingItsFieldsAnsweredOnOneLineTakesAPartForEach(String label) {
        String answer = "Nerys Owen, Personal Adviser, Leaving Care Team, Tawelan CBC";
        var doc = new LabelledDocument("the email body", label + "\n" + answer,
                List.of(new LabelledDocument.Entry(label, answer, "line 1")));
        var values = REFERRAL.read(doc).values();
        assertThat(values.get(ReferralField.REFERRER_NAME)).isEqualTo("Nerys Owen");
        assertThat(values.get(ReferralField.REFERRER_ROLE)).isEqualTo("Personal Adviser");
        assertThat(values.get(ReferralField.ORGANISATION)).isEqualTo("Leaving Care Team, Tawelan CBC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Referrer name and role"})
    void aSurnameBeforeACommaIsOneNameNotANameAndARole(String label) {
        var doc = new LabelledDocument("the email body", label + "\nJones, Sam",
                List.of(new LabelledDocument.Entry(label, "Jones, Sam", "line 1")));
        assertThat(REFERRAL.read(doc).values().get(ReferralField.REFERRER_ROLE)).isNotEqualTo("Sam");
    }
}
