package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels written with words that ask nothing more: the paper an answer is copied from ("as on birth certificate"),
 * a plus for "and", and "grounds" for a reason (issue 14). None of these labels is in config/forms.
 */
class LabelsWithAPapersTailOrAPlusTest {

    @Test
    void aNameLabelWithThePaperItIsWrittenAsOnIsTheNameNotTheDateOfBirth() {
        var referral = FieldCatalog.shipped(ReferralField.class, "referral");
        assertThat(referral.match("Young person's name as on birth certificate")).contains(ReferralField.FULL_NAME);
        assertThat(referral.match("Full name as shown on the passport")).contains(ReferralField.FULL_NAME);
        assertThat(referral.match("Name of young person as per our records")).contains(ReferralField.FULL_NAME);
    }

    @Test
    void aPlusBetweenTwoWordsJoinsThemAsAndDoes() {
        var sg = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
        assertThat(sg.match("Date + time")).contains(SafeguardingField.WHEN);
        assertThat(sg.match("Date+time of incident")).contains(SafeguardingField.WHEN);
        assertThat(Words.clean("16+ service")).isEqualTo("16 plus service");
    }

    @Test
    void groundsAreAReason() {
        var risk = FieldCatalog.shipped(RiskField.class, "risk-concern");
        assertThat(risk.match("Grounds for concern")).contains(RiskField.REASON);
    }
}
