package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hint after a spaced dash says how to answer (issue 14): "What is the risk - describe" names the risk as "What is
 * the risk" does; words after the dash that say what is asked stay the label's. tuned15 left such a label unplaced
 * and routed a risk concern with its risk in the wrong field. Wordings invented for these tests.
 */
class DashedHintWordingsTest {
    private final FieldCatalog<RiskField> risk = FieldCatalog.shipped(RiskField.class, "risk-concern");
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void aLabelIsReadWithoutAHintAfterItsDashInSmallLettersOrInItsCapitals() {
        assertThat(risk.match("What is the risk - please describe")).contains(RiskField.RISK);
        assertThat(risk.match("WHAT IS THE RISK - DESCRIBE FULLY")).contains(RiskField.RISK);
    }

    @Test
    void wordsAfterADashThatSayWhatIsAskedStayTheLabels() {
        assertThat(referral.match("Referrer - email address")).contains(ReferralField.REFERRER_EMAIL);
        assertThat(referral.match("Young person - date of birth")).contains(ReferralField.DATE_OF_BIRTH);
    }

    @Test
    void anInstructionToAnswerEveryPartOfTheFormNamesNoField() {
        // tuned12 routed a MASH referral's title row, "Fill in every section" beside it, as the housing status
        FieldCatalog<org.ypsa.hub.domain.mash.MashField> mash = FieldCatalog.shipped(org.ypsa.hub.domain.mash.MashField.class,
                "mash-referral");
        assertThat(mash.ranked("Please complete all of the questions.")).isEmpty();
        assertThat(mash.ranked("Rhowch ateb i bob cwestiwn / Fill in every part, please")).isEmpty();
    }
}
