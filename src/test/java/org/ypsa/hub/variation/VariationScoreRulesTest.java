package org.ypsa.hub.variation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.domain.referrals.Referral;

import static org.assertj.core.api.Assertions.assertThat;

/** How the scorer judges one outcome against its manifest line. */
class VariationScoreRulesTest {

    private static VariationManifest.Entry entry(String form, String variant, String outcome, String urgent,
            Map<String, String> expect) {
        return new VariationManifest.Entry("mail/x.eml", form, variant, "body-plain", outcome, urgent, "-", "-", expect);
    }

    private static Outcome.Routed referral(String dob) {
        return referral(dob, "reason");
    }

    private static Outcome.Routed referral(String dob, String reason) {
        return new Outcome.Routed(FormType.REFERRAL, Referral.EMERGENCY, new Referral(Referral.EMERGENCY, "18+", 19,
                new Referral.YoungPerson("Ezra Lanyon", dob, null, null, null, null, "Care leaver", false, false), null,
                null, null, null, reason, "concern", null, null, "2027-01-04", true, null), List.of());
    }

    @Test
    void aFreeTextPhraseMustBeInTheRoutedFieldCaseAndWhitespaceAside() {
        var e = entry("referral", "emergency", "routed", "-", Map.of("dob", "2007-12-08", "text~", "asked to LEAVE the"));
        assertThat(VariationScore.compare(e, referral("2007-12-08", "Ezra was asked to leave\n  the family home."))).isEmpty();
        assertThat(VariationScore.compare(e, referral("2007-12-08", "Supported Accommodation Referral")))
                .hasValue("text read as \"Supported Accommodation Referral\", expected to contain \"asked to LEAVE the\"");
        assertThat(VariationScore.compare(e, referral("2007-12-08", null)))
                .hasValueSatisfying(p -> assertThat(p).startsWith("text read as \"null\""));
        assertThat(VariationScore.kind("text read as \"Supported Accommodation Referral\", expected to contain \"a b c\""))
                .isEqualTo("routed, wrong value: text");
    }

    @Test
    void aReferenceIsJudgedByItsWordsWithFiguresNotTheLabelOrNameAnAuthorKeptRoundIt() {
        assertThat(VariationScore.same("ref", "Brokerage no. 88213", "88213")).isTrue();
        assertThat(VariationScore.same("ref", "Ref: BR/26/1129 (Demi Harries)", "BR/26/1129")).isTrue();
        assertThat(VariationScore.same("ref", "Cyf / Ref: ATG-2026-3391", "ATG-2026-3391")).isTrue();
        assertThat(VariationScore.same("ref", "BR/26/1129", "BR/26/1192")).isFalse();
        assertThat(VariationScore.same("ref", "BR/26/1129", null)).isFalse();
        assertThat(VariationScore.same("name", "Brokerage Lee", "Lee")).isFalse();
    }

    /** Stop 72 (tuned34): the hub routes "PRICE-JONES, Megan" forename first, as the scorer accepts. */
    @Test
    void aNameKeyedSurnameFirstIsTheSameNameRoutedForenameFirst() {
        assertThat(VariationScore.same("name", "PRICE-JONES, Megan", "Megan PRICE-JONES")).isTrue();
        assertThat(VariationScore.same("name", "PRICE-JONES, Megan", "PRICE-JONES, Megan")).isTrue();
        assertThat(VariationScore.same("name", "PRICE-JONES, Megan", "Megan Price")).isFalse();
    }

    @Test
    void aMailRecognisedAsAnotherFormCountsAsMisrecognisedWhateverThatFormsProblemSays() {
        assertThat(VariationScore.kind("recognised as referral (rejected, 10 problem(s), first Form / Young person's "
                + "full name: \"2/1 RES_FULLNM:\" does not read as a person's name)")).isEqualTo("recognised as referral");
    }

    private static Outcome.Rejected screenedUrgent() {
        return new Outcome.Rejected(FormType.INTELLIGENCE_SUBMISSION, List.of(new Problem("Submission",
                IntelligenceValidator.URGENT_FIELD, "happening now", "call 999")), List.of());
    }

    @Test
    void aMailThatIsNoFormIsJudgedOnItsScreeningOnlyWhenTheManifestSaysUrgentYesOrNo() {
        Outcome.Unrecognised danger = new Outcome.Unrecognised("no form", true);
        Outcome.Unrecognised calm = new Outcome.Unrecognised("no form");
        var open = entry("-", "-", "unrecognised", "-", Map.of());
        assertThat(VariationScore.compare(open, danger)).isEmpty();
        assertThat(VariationScore.compare(open, calm)).isEmpty();
        var urgent = entry("-", "-", "unrecognised", "yes", Map.of());
        assertThat(VariationScore.compare(urgent, danger)).isEmpty();
        assertThat(VariationScore.compare(urgent, calm)).hasValueSatisfying(p -> assertThat(p)
                .startsWith("present danger in a mail that is no form not screened"));
        var notUrgent = entry("-", "-", "unrecognised", "no", Map.of());
        assertThat(VariationScore.compare(notUrgent, calm)).isEmpty();
        assertThat(VariationScore.compare(notUrgent, danger)).hasValueSatisfying(p -> assertThat(p)
                .startsWith("a mail that is no form screened as present danger"));
    }

    @Test
    void presentDangerPassesOnlyWhenScreenedUrgent() {
        var e = entry("intelligence-submission", "urgent", "rejected", "yes", Map.of());
        assertThat(VariationScore.compare(e, screenedUrgent())).isEmpty();
        assertThat(VariationScore.compare(e, new Outcome.Rejected(FormType.INTELLIGENCE_SUBMISSION,
                List.of(new Problem("Submission", "Worker name", "is missing", "a name")), List.of())))
                .hasValueSatisfying(p -> assertThat(p).startsWith("present danger not screened as urgent"));
    }

    @Test
    void routineSubmissionScreenedUrgentFails() {
        var e = entry("intelligence-submission", "routine", "routed", "no", Map.of("agency", "Stonewater"));
        assertThat(VariationScore.compare(e, screenedUrgent()))
                .hasValueSatisfying(p -> assertThat(p).startsWith("screened as urgent although it is not"));
    }

    @Test
    void routedFormWithAMisreadDateOfBirthFailsNamingTheKey() {
        var e = entry("referral", "emergency", "routed", "-", Map.of("dob", "2007-12-08", "name", "Ezra Lanyon"));
        assertThat(VariationScore.compare(e, referral("2007-12-08"))).isEmpty();
        assertThat(VariationScore.compare(e, referral("2007-08-12")))
                .hasValue("dob read as \"2007-08-12\", expected \"2007-12-08\"");
    }

    @Test
    void voidRejectionMustNameThePropertyByItsReference() {
        var e = entry("void-return", "-", "rejected", "-", Map.of("problem", "total|occupied|vacant", "names", "RSP-CHE-01"));
        Outcome byRow = new Outcome.Rejected(FormType.VOID_RETURN, List.of(new Problem("Row 4", "Total units",
                "occupied (3) + vacant (2) makes 5, not 4", "the total")), List.of());
        Outcome byReference = new Outcome.Rejected(FormType.VOID_RETURN, List.of(new Problem("RSP-CHE-01 (row 4)",
                "Total units", "occupied (3) + vacant (2) makes 5, not 4", "the total")), List.of());
        assertThat(VariationScore.compare(e, byRow))
                .hasValueSatisfying(p -> assertThat(p).startsWith("rejection does not name the property"));
        assertThat(VariationScore.compare(e, byReference)).isEmpty();
    }

    @Test
    void aFormTakenForAnotherFails() {
        var e = entry("referral", "non-emergency", "routed", "-", Map.of());
        assertThat(VariationScore.compare(e, new Outcome.Rejected(FormType.RISK_CONCERN, List.of(), List.of())))
                .hasValueSatisfying(p -> assertThat(p).startsWith("recognised as risk-concern"));
    }

    @Test
    void failuresAreCountedByKindWithoutTheirValues() {
        assertThat(VariationScore.kind("rejected: rejected, 2 problem(s), first Row 6 / Occupied: is missing"))
                .isEqualTo("rejected, field said to be missing: Occupied");
        assertThat(VariationScore.kind("rejected: rejected, 1 problem(s), first Form / Date of birth: \"May 7 2009\" is "
                + "not a date")).isEqualTo("rejected, value not understood: Date of birth");
    }
}
