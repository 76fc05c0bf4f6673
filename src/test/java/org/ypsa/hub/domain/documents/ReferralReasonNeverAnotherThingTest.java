package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason for a referral is never another thing's text (issue 14, stop 38): not the address from a label whose
 * slash joins two words of one language, not the second word of a heading naming two things, and the whole of a
 * bulleted answer as a mail's plain text writes its bullets. Wordings invented for the test, none of them in config.
 */
class ReferralReasonNeverAnotherThingTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    private static final FieldCatalog<org.ypsa.hub.domain.mash.MashField> MASH =
            FieldCatalog.shipped(org.ypsa.hub.domain.mash.MashField.class, "mash-referral");

    private static Map<ReferralField, String> read(String body) {
        return REFERRAL.read(TextDocuments.bodyLines(body)).values();
    }

    @Test
    void aSlashBeforeWordsInSmallLettersJoinsAlternativesOfOneLabelNotTwoLanguages() {
        assertThat(REFERRAL.match("Present lodging / address on the day of referral"))
                .contains(ReferralField.CURRENT_ADDRESS);
        assertThat(REFERRAL.match("Current accommodation / address at time of referral"))
                .contains(ReferralField.CURRENT_ADDRESS);
    }

    @Test
    void aHeadingJoiningAFieldsWordToAnotherThingIsNoLabelAndValue() {
        Map<ReferralField, String> f = read("4) Why, and risks\nPresenting need - what has happened\n"
                + "- Her hostel closed the unit and she has nowhere to go tonight.\n\nRisk to self: none known\n");
        assertThat(f.get(ReferralField.REASON)).contains("hostel closed the unit");
        Map<ReferralField, String> g = read("REASON / RISKS\nPresenting need (full details)\n"
                + "o       Her hostel closed the unit and she has nowhere to go tonight.\n"
                + "o       Police moved the other tenant out.\n\nRisk to self: none known\n");
        assertThat(g.get(ReferralField.REASON)).contains("hostel closed the unit").contains("Police moved");
    }

    @Test
    void aHeadingJoiningTwoThingsIsTheOnlyShapeTaken() {
        assertThat(LineReading.coordinatedHeading("5) Why, and risks", "risks")).isTrue();
        assertThat(LineReading.coordinatedHeading("REASON / RISKS", "RISKS")).isTrue();
        assertThat(LineReading.coordinatedHeading("Reason: family breakdown", "family breakdown")).isFalse();
        assertThat(LineReading.coordinatedHeading("Reason eviction", "eviction")).isFalse();
    }

    @Test
    void wordsJoinedAfterALabelOverItsAnswerAreTheLabelsOwn() {
        assertThat(read("Consent to share & refer\nYes (agreed with the young person)\n\nKind regards\n"))
                .containsEntry(ReferralField.CONSENT, "Yes (agreed with the young person)");
        assertThat(MASH.read(TextDocuments.bodyLines("AGENCY DETAILS\nPresenting agency / team\nAbingdon Town Council Housing\n\n"))
                .values()).containsEntry(org.ypsa.hub.domain.mash.MashField.AGENCY, "Abingdon Town Council Housing");
    }

    @Test
    void aSmallOBeforeEachLineIsABulletOfTheSameAnswer() {
        Map<ReferralField, String> f = read("Presenting need (full details)\n"
                + "o       Her hostel closed the unit on Monday.\n"
                + "o       Police removed the other tenant.\n\nRisk to self: none known\n");
        assertThat(f.get(ReferralField.REASON)).contains("hostel closed the unit").contains("Police removed");
    }

    @Test
    void aYesNosLabelGoingOnInOtherWordsHasItsAnswerUnderIt() {
        assertThat(read("Consent given by YP to share & refer\nyes\n\nThanks\n"))
                .containsEntry(ReferralField.CONSENT, "yes");
    }

    @Test
    void aDashAfterALabelsColonIsItsAnswerAndTheHeadingUnderItIsNot() {
        Map<ReferralField, String> f = read("Date FGC was held (if held): -\nWHAT HAS BEEN TRIED BEFORE\n"
                + "Her aunt had her for a fortnight and then could not keep her.\n");
        assertThat(f.getOrDefault(ReferralField.FGC_DATE, "")).doesNotContain("TRIED");
    }

    @Test
    void aLineWithItsDateAfterADashIsNoStartOfTheLabelUnderIt() {
        Map<ReferralField, String> f = read("name of yp: Ola Brandt\nyp birth date (dd.mm.yy) - 14-12-10\ngendr: Female\n");
        assertThat(f.getOrDefault(ReferralField.DATE_OF_BIRTH, "")).doesNotContain("Female");
    }
}
