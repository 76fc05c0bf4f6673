package org.ypsa.hub.domain.forms;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.documents.LabelledDocument;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** PDF form fields named in capitals with no spaces, split into the words of the form's wordings. */
class RunTogetherWordsTest {
    private final RunTogetherWords words = new RunTogetherWords(FormLibrary.shipped().form("referral"));

    @Test
    void capitalsRunTogetherSplitIntoTheFewestWordsOfTheFormsWordings() {
        assertThat(words.split("DATEOFBIRTH")).isEqualTo("date of birth");
        assertThat(words.split("REFERRERJOBTITLE")).isEqualTo("referrer job title");
    }

    @Test
    void aPluralOrPossessiveSIsSplitOffAndAQuestionNumberDropped() {
        assertThat(words.split("12YOUNGPERSONSADDRESS")).isEqualTo("young person s address");
    }

    @Test
    void labelsWithSpacesOrLettersNoWordingUsesStayAsWritten() {
        assertThat(words.split("Referrer name")).isEqualTo("Referrer name");
        assertThat(words.split("QXZVBNMKLP")).isEqualTo("QXZVBNMKLP");
        assertThat(words.split("LCS")).isEqualTo("LCS");
    }

    @Test
    void aFormFieldNamedInRunTogetherCapitalsIsReadAsItsWords() {
        FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");
        Map<ReferralField, String> f = referral.read(new LabelledDocument("f.pdf", "", List.of(
                new LabelledDocument.Entry("DATEOFBIRTH", "3/3/2009", "form field DATEOFBIRTH"),
                new LabelledDocument.Entry("REFERRERJOBTITLE", "Personal Adviser", "form field REFERRERJOBTITLE")))).values();
        assertThat(f).containsEntry(ReferralField.DATE_OF_BIRTH, "3/3/2009")
                .containsEntry(ReferralField.REFERRER_ROLE, "Personal Adviser");
    }
}
