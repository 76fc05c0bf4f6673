package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/** Label rules of the fourth round of issue 14, with invented wordings. */
class TypeHintsAndPhrasesTest {
    private final FieldCatalog<ReferralField> referral = FieldCatalog.shipped(ReferralField.class, "referral");

    @Test
    void aHintNamingADatePicksTheFieldThatIsADate() {
        assertThat(referral.match("Family group conference offered on (date)")).contains(ReferralField.FGC_DATE);
        assertThat(referral.match("Accommodation needed on (dd/mm/yyyy)")).contains(ReferralField.DATE_NEEDED);
    }

    @Test
    void aHintNamingATimeOrADateIsRecognised() {
        assertThat(LabelMatcher.hintedType("Seen at (time)")).contains(FieldType.TIME);
        assertThat(LabelMatcher.hintedType("Time (hh:mm)")).contains(FieldType.TIME);
        assertThat(LabelMatcher.hintedType("Offered (dd/mm/yyyy)")).contains(FieldType.DATE);
        assertThat(LabelMatcher.hintedType("Status (LAC / CIN)")).isEmpty();
    }

    @Test
    void theHintTypeDoesNotOverrideALabelWithoutSuchAField() {
        assertThat(referral.match("Young person's full name (as on passport)")).contains(ReferralField.FULL_NAME);
    }

    @Test
    void thePersonMakingTheReferralIsTheReferrer() {
        assertThat(referral.match("Practitioner making this referral")).contains(ReferralField.REFERRER_NAME);
        assertThat(referral.match("Referral completed by")).contains(ReferralField.REFERRER_NAME);
    }

    @Test
    void aListMarkerIsNotPartOfALabel() {
        assertThat(Words.withoutNumber("\u2022 Date of birth")).isEqualTo("Date of birth");
        assertThat(Words.withoutNumber("- Date of birth")).isEqualTo("Date of birth");
        assertThat(Words.withoutNumber("-5 degrees")).isEqualTo("-5 degrees");
    }

    @Test
    void aVerbInIngAfterTheNounEndsTheLabelsFirstPhrase() {
        assertThat(Words.head("Organisation sharing the information")).contains("organisation");
        assertThat(Words.head("Agency presenting the child")).contains("agency");
    }

    @Test
    void aDepartmentIsATeam() {
        assertThat(referral.match("Referrer's department")).contains(ReferralField.ORGANISATION);
    }

    @Test
    void aSixteenOrSeventeenYearOldIsTheYoungPerson() {
        var mash = FieldCatalog.shipped(org.ypsa.hub.domain.mash.MashField.class, "mash-referral");
        assertThat(mash.match("Name of the 16/17 year old")).contains(org.ypsa.hub.domain.mash.MashField.NAME);
        assertThat(mash.match("16-17 yr old's date of birth"))
                .contains(org.ypsa.hub.domain.mash.MashField.DATE_OF_BIRTH);
    }
}
