package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 63 (values63): a name field's answer taken with words that are no answer - a heading read as the label, so the
 * field's own label comes with the name under it ("10 Your name, the person referring" over "Kyle Wood"), or is all
 * the value ("Referral completed by (name)", the name on the line under it), or a case note's lead-in ("new ref -
 * Ines Joyner"). The name is taken only when the rest is the field's own label, a hint or the form's words; a name
 * under another field's label is that field's. Wordings invented.
 */
class ANameUnderItsOwnLabelIsTheNameTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static Map<ReferralField, String> read(LabelledDocument doc) {
        return REFERRAL.read(doc).values();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the field's own label over the name leaves the name | 10 Your name, the person referring\\nKyle Wood | true
            a name under another field's label is not taken     | Yes\\nSocial worker's email\\nKyle Wood      | false
            """)
    void aNameUnderALabelIsTakenOnlyUnderTheFieldsOwnLabel(String rule, String answer, boolean taken) {
        Map<ReferralField, String> v = read(Tables.table("Young person's full name", "Ana Reyes",
                "Who is making this referral?", answer.replace("\\n", "\n"),
                "Referrer's email", "k.wood@council.test"));
        if (taken) {
            assertThat(v.get(ReferralField.REFERRER_NAME)).isEqualTo("Kyle Wood");
        } else {
            assertThat(v.get(ReferralField.REFERRER_NAME)).isNotEqualTo("Kyle Wood");
        }
    }

    @Test
    void aValueThatIsOnlyTheFieldsLabelIsAnsweredByTheLineUnderIt() {
        String text = "ABOUT YOU\nWho is making this referral?\nReferral completed by (name)\nIoana Lloyd\n"
                + "Your email:\ni.lloyd@council.test\n";
        LabelledDocument doc = new LabelledDocument("body", text, List.of(
                new LabelledDocument.Entry("Young person's full name", "Ana Reyes", "line 1"),
                new LabelledDocument.Entry("Who is making this referral?", "Referral completed by (name)", "line 2"),
                new LabelledDocument.Entry("Your email", "i.lloyd@council.test", "line 5")));
        assertThat(read(doc).get(ReferralField.REFERRER_NAME)).isEqualTo("Ioana Lloyd");
    }

    @Test
    void aCaseNotesLeadInBeforeTheNameIsNoPartOfIt() {
        Map<ReferralField, String> v = read(Tables.table("Young person's full name", "new ref - Ines Joyner. born 20.5.06.",
                "Referrer's email", "k.wood@council.test"));
        assertThat(FieldValues.personName(v, ReferralField.FULL_NAME)).isEqualTo("Ines Joyner");
        assertThat(v.get(ReferralField.DATE_OF_BIRTH)).isEqualTo("20.5.06");
        Map<ReferralField, String> other = read(Tables.table("Young person's full name", "mum - Sara Reed",
                "Referrer's email", "k.wood@council.test"));
        assertThat(other.get(ReferralField.FULL_NAME)).isEqualTo("mum - Sara Reed");
    }

    @Test
    void aDateOfBirthEndingTheNamesSentenceIsNoPartOfTheName() {
        assertThat(FieldValues.markedDateOfBirthBesideAName("Ines Joyner. born 20.5.06.")).contains("20.5.06");
        assertThat(FieldValues.namesSomeone("Ines Joyner, DOB 20/05/2006.")).isTrue();
    }
}
