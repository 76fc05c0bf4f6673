package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms typed into the body as sentences by a hurried worker, and the same forwarded under a manager's note (stop 46,
 * prose46: tuned20's body-prose and body-prose-chain). A field given in a sentence is read as the sentence gives it,
 * whole ("Referring Cai Bowen", "born 3 May 2009", "We can't manage it because ..."), the sentence's full stop no part
 * of it; a sentence that names no person, no date or no reason whole stays written. Wordings are ours, written for
 * this test.
 */
class FormsTypedAsSentencesTest {
    /** Names a field for these few labels only, as the catalog would. */
    private static final ToDoubleFunction<String> LABELS = w -> List.of("role", "date of birth", "rated", "address",
            "consent", "background").contains(w.toLowerCase(java.util.Locale.ROOT)) ? 1.0 : 0.0;

    @Test
    void theYoungPersonAndTheWriterNamedInASentenceAreReadAsTheirFields() {
        assertThat(SentenceAnswers.wholeSentence("Referring Cai Bowen.")).isEqualTo("Name of young person: Cai Bowen");
        assertThat(SentenceAnswers.wholeSentence("YP is Ffion Hale-Rees")).isEqualTo("Name of young person: Ffion Hale-Rees");
        assertThat(SentenceAnswers.wholeSentence("Re Tomos O'Neil")).isEqualTo("Name of young person: Tomos O'Neil");
        assertThat(SentenceAnswers.wholeSentence("It's Jo Pryce referring.")).isEqualTo("Referrer name: Jo Pryce");
        assertThat(SentenceAnswers.wholeSentence("I'm Jo Pryce")).isEqualTo("Your name: Jo Pryce");
        assertThat(SentenceAnswers.wholeSentence("I'm Jo Pryce, the allocated social worker in Assessment Team North."))
                .isEqualTo("Your name: Jo Pryce\nYour role: allocated social worker\nYour team: Assessment Team North");
    }

    @Test
    void aSentenceNamingATeamOrAThingOrNoOneWholeStaysWritten() {
        for (String s : new String[] {"Referring Agency Cherwell", "Re Placement Request", "I'm Worried", "I'm not sure",
                "YP is staying with friends", "Referring Cai Bowen to you today because mum asked her to leave",
                "It's Youth Justice Service referring"}) {
            assertThat(SentenceAnswers.wholeSentence(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void noBeforeASmallWordEndsNoSentenceThoughNoBeforeACapitalMay() {
        assertThat(SentenceAnswers.sentences("LCS no. of resident: none")).containsExactly("LCS no. of resident: none");
        assertThat(SentenceAnswers.sentences("Parent? No. She lives with her nan.")).containsExactly("Parent?", "No.",
                "She lives with her nan.");
    }

    @Test
    void aSentenceAfterAQuestionIsItsAnswerAsWrittenNotALabelOfItsOwn() {
        org.ypsa.hub.domain.intake.Intake intake = new org.ypsa.hub.domain.intake.Intake(
                org.ypsa.hub.support.TestDirectory.shipped(), java.time.ZoneId.of("Europe/London"),
                java.time.LocalTime.of(10, 0), org.ypsa.hub.support.TestDirectory.bankHolidays());
        String read = intake.bodyAsRead("Referral\n\nReferrer's name: Ann Lee\nJob role: YOS Officer\n"
                + "Which team are you in? CAMHS Crisis Team\nYour email address: a.lee@council.test\n");
        assertThat(read).doesNotContain("CAMHS:");
    }

    @Test
    void aLabelEndingOnAJoiningWordOrBeforeCapitalsWithASlashStaysWritten() {
        ToDoubleFunction<String> email = w -> w.toLowerCase(java.util.Locale.ROOT).startsWith("email") ? 1.0 : 0.0;
        assertThat(SentenceAnswers.withColon("Email for SW/PA j.pryce@council.test", email))
                .isEqualTo("Email for SW/PA j.pryce@council.test");
        ToDoubleFunction<String> emailAlone = w -> w.equalsIgnoreCase("email") ? 1.0 : 0.0;
        assertThat(SentenceAnswers.withColon("Email SW/PA j.pryce@council.test", emailAlone))
                .isEqualTo("Email SW/PA j.pryce@council.test");
    }

    @Test
    void aQuestionIsAskedWholeNeverPartedIntoALabelAndItsAnswer() {
        ToDoubleFunction<String> why = w -> w.equalsIgnoreCase("why") ? 1.0 : 0.0;
        assertThat(SentenceAnswers.withColon("Why now?", why)).isEqualTo("Why now?");
        assertThat(SentenceAnswers.withColon("Why now", why)).isEqualTo("Why: now");
    }

    @Test
    void aDateOfBirthSaidInASentenceIsReadAsTheDateOfBirth() {
        assertThat(SentenceAnswers.wholeSentence("born 7th May 2009.")).isEqualTo("Date of birth: 7th May 2009");
        assertThat(SentenceAnswers.wholeSentence("She's 17 (DOB 3 April 2009)")).isEqualTo("Date of birth: 3 April 2009");
        assertThat(SentenceAnswers.wholeSentence("born in Swansea")).isEqualTo("born in Swansea");
    }

    @Test
    void aProvidersReasonAfterBecauseIsWhyTheRiskCannotBeManaged() {
        assertThat(SentenceAnswers.wholeSentence("We can't manage it because the scheme has no waking night staff."))
                .isEqualTo("Why the risk cannot be managed: the scheme has no waking night staff");
        for (String s : new String[] {"We can manage it because staff are trained", "We can't manage it.",
                "We cannot keep him safe"}) {
            assertThat(SentenceAnswers.wholeSentence(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void aSentenceOpeningWithASmallLetterAfterAFullStopIsASentenceOfItsOwn() {
        assertThat(SentenceAnswers.sentences("Referring Cai Bowen. born 3 May 2009. Consent: Y"))
                .containsExactly("Referring Cai Bowen.", "born 3 May 2009.", "Consent: Y");
        assertThat(SentenceAnswers.sentences("Seen at approx. midnight, e.g. near the park etc. and later"))
                .containsExactly("Seen at approx. midnight, e.g. near the park etc. and later");
        assertThat(SentenceAnswers.lines("Name of young person: Cai Bowen. born 3 May 2009. Consent: Y", LABELS))
                .isEqualTo("Name of young person: Cai Bowen\nDate of birth: 3 May 2009\nConsent: Y");
    }

    @Test
    void aDayAndItsTimeSaidInTwoSentencesAreOneDateAndTime() {
        assertThat(SentenceAnswers.lines("On 13/12/2026. time 5.55pm. Background: a fight in the kitchen.", LABELS))
                .isEqualTo("Date and time: 13/12/2026 at 5.55pm\nBackground: a fight in the kitchen");
        assertThat(SentenceAnswers.dayWithItsTime(List.of("On Monday she went missing.", "At 9pm she came back.")))
                .containsExactly("On Monday she went missing.", "At 9pm she came back.");
    }

    @Test
    void aLabelTypedWithNoColonBeforeAPlainAnswerIsGivenOne() {
        assertThat(SentenceAnswers.withColon("Role Care Navigator.", LABELS)).isEqualTo("Role: Care Navigator");
        assertThat(SentenceAnswers.withColon("date of birth 11th April 2006", LABELS))
                .isEqualTo("date of birth: 11th April 2006");
        assertThat(SentenceAnswers.withColon("Rated high", LABELS)).isEqualTo("Rated: high");
        assertThat(SentenceAnswers.withColon("Role models matter to him", LABELS)).isEqualTo("Role models matter to him");
        assertThat(SentenceAnswers.withColon("A role Jo Pryce gave up", LABELS)).isEqualTo("A role Jo Pryce gave up");
        assertThat(SentenceAnswers.lines("Role Care Navigator. Address 3 Mill Lane, Bala. Consent Y.", LABELS))
                .isEqualTo("Role: Care Navigator\nAddress: 3 Mill Lane, Bala\nConsent: Y");
    }

    @Test
    void aFormTypedAsSentencesUnderAManagersNoteIsTheFormForwarded() {
        String body = String.join("\n",
                "Passing this on for Cai - authorised.",
                "",
                "Dewi",
                "Team Manager",
                "",
                "________________________________",
                "From: Jo Pryce <j.pryce@council.test>",
                "Sent: 09 December 2026 11:45",
                "To: Dewi Rees <d.rees@council.test>",
                "Subject: referral",
                "",
                "Hello,",
                "",
                "Referring Cai Bowen. born 3 May 2009. Address: 3 Mill Lane, Bala. Legal status: CIN.",
                "",
                "Background: mum asked him to leave. Consent: Y. Tonight: on a friend's sofa.",
                "",
                "Thanks,",
                "Jo Pryce");
        assertThat(MailTail.formOf(body, w -> 0.0)).contains("Address: 3 Mill Lane, Bala").contains("Consent: Y");
    }

    @Test
    void aFormOfSentencesWithFewColonsUnderAManagersNoteIsTheFormForwarded() {
        String body = String.join("\n",
                "Approved for Cai, see below.",
                "",
                "Dewi",
                "Team Manager",
                "",
                "From: Bala Housing <returns@bala.test>",
                "Sent: 09 December 2026 11:45",
                "To: Dewi Rees <d.rees@bala.test>",
                "Subject: risk",
                "",
                "Hello,",
                "",
                "Provider Bala Housing. Referring Cai Bowen.",
                "",
                "Risk: fire setting. We can't manage it because there is no sprinkler. Support: a flat of his own.",
                "",
                "Thanks,",
                "Bala Housing");
        ToDoubleFunction<String> names = w -> w.equalsIgnoreCase("provider") ? 1.0 : 0.0;
        assertThat(MailTail.formOf(body, names)).contains("Provider Bala Housing").contains("Risk: fire setting");
    }

    @Test
    void aOneWordLabelBeforeAShortAnswerInSmallLettersIsTheLabelAndItsAnswer() {
        ToDoubleFunction<String> labels = w -> List.of("category", "status").contains(w.toLowerCase(java.util.Locale.ROOT))
                ? 1.0 : w.toLowerCase(java.util.Locale.ROOT).startsWith("category ") ? 0.8 : 0.0;
        assertThat(SentenceAnswers.withColon("Category police involvement.", labels)).isEqualTo("Category: police involvement");
        assertThat(SentenceAnswers.withColon("Category hospital admission", labels)).isEqualTo("Category: hospital admission");
        assertThat(SentenceAnswers.withColon("Status threatened - notice given by parent.", labels))
                .isEqualTo("Status: threatened - notice given by parent");
        // a clause, not a short answer: it stays as written
        assertThat(SentenceAnswers.withColon("Category raised by the school", labels)).isEqualTo("Category raised by the school");
    }

    @Test
    void anAgencyTypedAloneOnItsLineAfterASmallFromIsTheSendersTeam() {
        assertThat(SentenceAnswers.wholeSentence("from Youth Justice Service.")).isEqualTo("Your team: Youth Justice Service");
        assertThat(SentenceAnswers.wholeSentence("from District housing - Cherwell."))
                .isEqualTo("Your team: District housing - Cherwell");
        for (String s : new String[] {"From Jo", "from the night team", "From Youth Justice Service"}) {
            assertThat(SentenceAnswers.wholeSentence(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void theSendersOwnTeamIsAMashReferralsAgencyAndRatedIsAnIncidentsSeverity() {
        assertThat(FieldCatalog.shipped(MashField.class, "mash-referral").match("Your team"))
                .isEqualTo(Optional.of(MashField.AGENCY));
        assertThat(FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident").match("Rated"))
                .isEqualTo(Optional.of(SafeguardingField.SEVERITY));
    }
}
