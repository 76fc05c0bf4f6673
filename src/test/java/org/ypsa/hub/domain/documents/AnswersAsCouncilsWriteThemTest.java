package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.referrals.ReferralField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referral answers as social workers write them (issue 14, round J): a reason that goes on over sentences and bullets,
 * a role that is itself a field's wording, a team manager who is no team, consent asked as agreement. Wordings
 * invented for the test.
 */
class AnswersAsCouncilsWriteThemTest {
    private static final FieldCatalog<ReferralField> REFERRAL = FieldCatalog.shipped(ReferralField.class, "referral");

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource({"Position, Social Worker", "Job role, Personal Adviser", "Referrer job title, Social Worker",
            "Referrer's role, Senior Social Worker", "Designation, Leaving Care Worker"})
    void aRowOfTwoWordingsInATableOfLabelAndValueRowsIsALabelAndItsValue(String roleLabel, String role) throws Exception {
        Map<ReferralField, String> f = REFERRAL.read(Tables.word(List.of(Tables.row("Full name", "Tomos Price"),
                Tables.row("Date of birth", "12/05/2009"), Tables.row("Name of referrer", "Sian Prosser"),
                Tables.row(roleLabel, role), Tables.row("Service / Team", "Children Looked After Team"),
                Tables.row("Email", "s.prosser@council.test")))).values();
        assertThat(f).containsEntry(ReferralField.REFERRER_ROLE, role)
                .containsEntry(ReferralField.ORGANISATION, "Children Looked After Team");
        assertThat(f.getOrDefault(ReferralField.SOCIAL_WORKER_NAME, "")).isEmpty();
    }

    @Test
    void twoLabelsOverTwoValuesAreStillReadSo() throws Exception {
        Map<ReferralField, String> f = REFERRAL.read(Tables.word(List.of(Tables.row("Full name", "Date of birth"),
                Tables.row("Tomos Price", "12/05/2009"), Tables.row("Team", "Role"),
                Tables.row("Leaving Care Team", "Senior Practitioner")))).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Tomos Price")
                .containsEntry(ReferralField.ORGANISATION, "Leaving Care Team")
                .containsEntry(ReferralField.REFERRER_ROLE, "Senior Practitioner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Team manager", "Team leader", "Service manager", "Practice lead", "Team manager's name"})
    void theManagerOrLeaderOfATeamIsAPersonNotTheTeam(String label) throws Exception {
        assertThat(REFERRAL.match(label)).isNotEqualTo(java.util.Optional.of(ReferralField.ORGANISATION));
        Map<ReferralField, String> f = REFERRAL.read(Tables.word(List.of(Tables.row("Full name", "Tomos Price"),
                Tables.row("Date of birth", "12/05/2009"), Tables.row("Referrer", "Sian Prosser"),
                Tables.row("Team", "Children Looked After Team"), Tables.row(label, "Gwyn Morgan"),
                Tables.row("Email", "s.prosser@council.test")))).values();
        assertThat(f).containsEntry(ReferralField.ORGANISATION, "Children Looked After Team");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Is the young person aware of and in agreement with the referral?",
            "Young person in agreement with referral", "Is the YP in agreement with this referral and sharing information?"})
    void beingInAgreementWithTheReferralIsConsent(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.CONSENT);
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
            "Reason for referral: Tomos has lived with his aunt since March.\nThe arrangement broke down after rows:\n"
                    + "- his aunt is moving\n- no other family can offer a home\nHe wants to stay near college.\n",
            "Reason for referral\nTomos has lived with his aunt since March.\nThe arrangement broke down after rows:\n"
                    + "- his aunt is moving\n- no other family can offer a home\nHe wants to stay near college.\n",
            "Reason for referral: Tomos has lived with his aunt since March.\n\u2022 his aunt is moving\n"
                    + "\u2022 no other family can offer a home\nHe wants to stay near college.\n"})
    void aReasonGoesOnOverTheSentencesAndBulletsUnderIt(String reason) {
        // a label over bullets after it is still a label
        Map<ReferralField, String> f = REFERRAL.read(TextDocuments.bodyLines(reason
                + "Risks to self and others:\n- self-harm when low\nDate required: 15/01/2027\nReferrer name: Sian Prosser\n"))
                .values();
        assertThat(f.get(ReferralField.REASON)).startsWith("Tomos has lived")
                .contains("no other family can offer a home").endsWith("near college.");
        assertThat(f).containsEntry(ReferralField.DATE_NEEDED, "15/01/2027")
                .containsEntry(ReferralField.REFERRER_NAME, "Sian Prosser").doesNotContainKey(ReferralField.LEGAL_STATUS);
    }

    @Test
    void aHeadingOrASignOffUnderAShortAnswerIsNoPartOfIt() {
        Map<ReferralField, String> f = REFERRAL.read(TextDocuments.bodyLines("Full name: Tomos Price\nGender: Male\n"
                + "Referrer details\nReferrer name: Sian Prosser\nRole: Social Worker\nMany thanks\n")).values();
        assertThat(f).containsEntry(ReferralField.FULL_NAME, "Tomos Price").containsEntry(ReferralField.REFERRER_ROLE,
                "Social Worker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Why does she need a bed tonight - Her placement ended today after a fight.",
            "Immediate safety concern (emergency referrals only)\nHer placement ended today after a fight."})
    void aLabelAfterASentenceAnswerIsNoPartOfIt(String next) {
        Map<ReferralField, String> f = REFERRAL.read(TextDocuments.bodyLines("Full name: Tomos Price\n"
                + "Why is the young person being referred?\nHis mother has asked him to leave after arguments.\n" + next
                + "\n")).values();
        assertThat(f.get(ReferralField.REASON)).isEqualTo("His mother has asked him to leave after arguments.");
        assertThat(f.get(ReferralField.SAFETY_CONCERN)).isEqualTo("Her placement ended today after a fight.");
    }

    @Test
    void aLineReadAsTheAnswerUnderALabelIsNoLabelOfATypedFieldItsOtherWordsDoNotAnswer() {
        Map<ReferralField, String> f = REFERRAL.read(TextDocuments.bodyLines("Referrer name\nSian Prosser\n\n"
                + "Team\nChildren Looked After Team\n\nEmail\ns.prosser@council.test\n")).values();
        assertThat(f).containsEntry(ReferralField.ORGANISATION, "Children Looked After Team")
                .doesNotContainKey(ReferralField.PARENT);
    }

    @Test
    void aSentenceReadAsTheAnswerUnderALabelIsNoLabelOfItsOwn() {
        Map<ReferralField, String> f = REFERRAL.read(TextDocuments.bodyLines("Work done to prevent homelessness\n"
                + "Housing options gave advice on returning home; mum refused.\n\nReferral reason (summary)\n"
                + "Tomos left home after a row with his stepfather and cannot return.\n")).values();
        assertThat(f.get(ReferralField.REASON)).startsWith("Tomos left home");
        assertThat(f.get(ReferralField.DIVERSION)).startsWith("Housing options gave advice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Circumstances leading to referral", "What has led to this referral?",
            "Events leading up to the referral", "Background leading to referral"})
    void whatLedToTheReferralIsItsReason(String label) {
        assertThat(REFERRAL.match(label)).contains(ReferralField.REASON);
    }
}
