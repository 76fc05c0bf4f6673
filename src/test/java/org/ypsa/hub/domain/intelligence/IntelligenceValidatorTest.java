package org.ypsa.hub.domain.intelligence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** A Partnership Agency Intelligence Sharing Submission (seed 002): screened first, then checked. */
class IntelligenceValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String PROVIDER_ADDRESS = "returns@response.provider.test";
    private final IntelligenceValidator validator = new IntelligenceValidator(TestDirectory.shipped());

    private static Map<IntelligenceField, String> complete() {
        Map<IntelligenceField, String> f = new EnumMap<>(IntelligenceField.class);
        f.put(IntelligenceField.AGENCY, "Response");
        f.put(IntelligenceField.WORKER, "A. Keyworker");
        f.put(IntelligenceField.EMAIL, "a.keyworker@response.provider.test");
        f.put(IntelligenceField.WHEN, "27/11/2026 19:00");
        f.put(IntelligenceField.PERSONS, "Adult male, about 30, known as 'T'");
        f.put(IntelligenceField.INFORMATION, "A car has been seen collecting residents from the front of the "
                + "property most evenings last week; the driver gives them small packages.");
        return f;
    }

    @Test
    void aCompleteSubmissionFromAProviderIsAccepted() {
        var v = validator.validate(complete(), PROVIDER_ADDRESS, TODAY);
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().childInvolved()).isFalse();
    }

    @Test
    void somethingHappeningNowIsScreenedAsUrgentBeforeAnyFieldIsChecked() {
        var f = new EnumMap<IntelligenceField, String>(IntelligenceField.class);
        var v = validator.validate(f, "A young person is being held in a flat right now and is in danger.",
                PROVIDER_ADDRESS, TODAY);
        assertThat(v.isValid()).isFalse();
        assertThat(v.problems()).extracting(Problem::field).containsExactly(IntelligenceValidator.URGENT_FIELD);
        assertThat(v.problems().get(0).expected()).contains("999");
    }

    @Test
    void presentDangerToldInWordsNoSignListsIsCaughtByTheScreenLearntFromPeoplesAccounts() {
        var f = complete();
        f.put(IntelligenceField.INFORMATION, "Callum is stood on the bridge parapet on the A34 and is not talking to staff.");
        assertThat(Screening.screen(f.get(IntelligenceField.INFORMATION), TODAY).urgent()).as("no listed sign").isFalse();
        var v = validator.validate(f, PROVIDER_ADDRESS, TODAY);
        assertThat(v.problems()).extracting(Problem::field).containsExactly(IntelligenceValidator.URGENT_FIELD);
    }

    @Test
    void aSightingToldInThePastIsIntelligenceHoweverMuchItsWordsSoundLikeDanger() {
        var f = complete();
        f.put(IntelligenceField.INFORMATION, "Staff saw two older males giving a resident a package outside the foyer "
                + "on Sunday evening.");
        assertThat(validator.validate(f, PROVIDER_ADDRESS, TODAY).isValid()).isTrue();
    }

    @Test
    void anAccountPlainlyAllInThePastIsIntelligenceHoweverMuchItsWordsSoundLikeDanger() {
        String account = "Last weekend he was being chased by a group with machetes.";
        var f = complete();
        f.put(IntelligenceField.INFORMATION, account);
        assertThat(LearnedScreen.shipped().urgent(account)).as("the learnt screen reads words, not times").isTrue();
        assertThat(validator.validate(f, PROVIDER_ADDRESS, TODAY).isValid()).isTrue();
    }

    @Test
    void aSubmissionFromAnAddressOutsideThePartnershipIsRefused() {
        var v = validator.validate(complete(), "someone@gmail.test", TODAY);
        assertThat(v.problems()).extracting(Problem::field).contains("Sender");
    }

    @Test
    void aCouncilAddressMaySubmit() {
        assertThat(validator.validate(complete(), "a.worker@council.test", TODAY).isValid()).isTrue();
    }

    @Test
    void aWordOrTwoWhereTheInformationShouldBeIsNotTheInformation() {
        var f = complete();
        f.put(IntelligenceField.INFORMATION, "See below");
        var v = validator.validate(f, PROVIDER_ADDRESS, TODAY);
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Information");
        assertThat(v.problems().get(0).problem()).contains("See below");
    }

    @Test
    void aSubmissionNeedsAWayForThePoliceToMakeContact() {
        var f = complete();
        f.remove(IntelligenceField.EMAIL);
        assertThat(validator.validate(f, PROVIDER_ADDRESS, TODAY).problems()).extracting(Problem::field)
                .containsExactly("Contact email");
        f.put(IntelligenceField.PHONE, "01865 000000");
        assertThat(validator.validate(f, PROVIDER_ADDRESS, TODAY).isValid()).isTrue();
    }

    @Test
    void wordsWhereThePhoneGoesAreNoWayToMakeContact() {
        var f = complete();
        f.remove(IntelligenceField.EMAIL);
        f.put(IntelligenceField.PHONE, "Date information was seen");
        assertThat(validator.validate(f, PROVIDER_ADDRESS, TODAY).problems()).extracting(Problem::problem)
                .containsExactly("no contact email is given, and \"Date information was seen\" is not a phone number");
        var withEmail = complete();
        withEmail.put(IntelligenceField.PHONE, "see above");
        assertThat(validator.validate(withEmail, PROVIDER_ADDRESS, TODAY).value().phone()).as("not kept as a phone")
                .isNull();
    }

    @Test
    void aPersonUnder18ByDateOfBirthOrAgeMarksAChildInvolved() {
        var f = complete();
        f.put(IntelligenceField.PERSONS, "Resident, born 02/05/2010");
        assertThat(validator.validate(f, PROVIDER_ADDRESS, TODAY).value().childInvolved()).isTrue();
        f.put(IntelligenceField.PERSONS, "Resident aged 16 years");
        assertThat(validator.validate(f, PROVIDER_ADDRESS, TODAY).value().childInvolved()).isTrue();
    }

    @Test
    void countyLinesWordsMarkExploitation() {
        var f = complete();
        f.put(IntelligenceField.INFORMATION, "Residents say a county lines group has been using the flat upstairs "
                + "for the past month.");
        assertThat(validator.validate(f, PROVIDER_ADDRESS, TODAY).value().exploitation()).isTrue();
    }
}
