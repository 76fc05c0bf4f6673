package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form typed into a mail's body as lines (stop 50, lines50: the layout yardstick, written from how duty workers type
 * before any tuned failure was read). Each label is paired with its own answer whatever the layout: "Label: answer" on
 * one line, the label alone with the answer on the next line(s), a label wrapped over two lines, numbered questions with
 * the answer under them, a forwarded mail whose forwarder's own name and phone are not the form's, an empty answer
 * (the next label never becomes the answer), "No" / "None known" as answers, an answer of several sentences or bullets,
 * and a signature, a disclaimer or a reply chain after the form. Wordings and people are invented for the test.
 */
class LabelsTypedAsLinesPairWithTheirAnswersTest {
    private static final String REASON = "Ceri has been sofa surfing for three weeks after mum asked her to leave.";
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("referral, label: answer on one line", "Referral - CM",
                        "Hi,\n\nPlease see referral below.\n\nYoung person's name: Ceri Morgan\nDate of birth: 14/02/2010\n"
                                + "Legal status: Child in need\nReferrer name: Dafydd Rowlands\nRole: Social Worker\n"
                                + "Team: Assessment Team East\nReason for referral: " + REASON + "\n"
                                + "Date accommodation needed: 20/01/2027\nConsent: Yes\nFGC offered: Yes\n\nThanks\nDafydd\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON)),
                Arguments.of("referral, each label alone over its answer", "Referral - CM",
                        "Hello,\n\nYoung person's name\nCeri Morgan\n\nDate of birth\n14/02/2010\n\nLegal status\n"
                                + "Child in need\n\nReferrer name\nDafydd Rowlands\n\nRole\nSocial Worker\n\nTeam\n"
                                + "Assessment Team East\n\nReason for referral\n" + REASON + "\n\nDate accommodation needed\n"
                                + "20/01/2027\n\nConsent\nYes\n\nFGC offered\nYes\n\nKind regards\nDafydd\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON)),
                Arguments.of("referral, the reason as a paragraph of several sentences under its label", "Referral - CM",
                        "Young person's name: Ceri Morgan\nDate of birth: 14/02/2010\nLegal status: Child in need\n"
                                + "Referrer name: Dafydd Rowlands\nRole: Social Worker\nTeam: Assessment Team East\n\n"
                                + "Reason for referral:\n" + REASON + " She has nowhere to stay tonight. Her aunt cannot "
                                + "take her.\n\nDate accommodation needed: 20/01/2027\nConsent: Yes\nFGC offered: Yes\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON + " She has nowhere to stay tonight.")),
                Arguments.of("referral, an empty answer line: the next label is not the answer", "Referral - CM",
                        "Young person's name: Ceri Morgan\nDate of birth: 14/02/2010\nLCS number:\n"
                                + "Legal status: Child in need\nReferrer name: Dafydd Rowlands\nRole: Social Worker\n"
                                + "Team: Assessment Team East\nReason for referral: " + REASON + "\n"
                                + "Date accommodation needed: 20/01/2027\nConsent: Yes\nFGC offered: Yes\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON).andThen(r -> assertThat(
                                String.valueOf(((Referral) r).youngPerson().lcsNumber())).as("lcs")
                                        .doesNotContainIgnoringCase("legal").doesNotContainIgnoringCase("child"))),
                Arguments.of("referral, numbered questions with the answer under each", "Referral - CM",
                        "Referral form\n\n1. What is the young person's full name?\nCeri Morgan\n\n2. What is their date "
                                + "of birth?\n14/02/2010\n\n3. What is their legal status?\nChild in need\n\n"
                                + "4. Your name\nDafydd Rowlands\n\n5. Your role\nSocial Worker\n\n6. Your team\n"
                                + "Assessment Team East\n\n7. Why does the young person need accommodation?\n" + REASON
                                + "\n\n8. When is accommodation needed by?\n20/01/2027\n\n9. Does the young person consent "
                                + "to this referral?\nYes\n\n10. Has a Family Group Conference been offered?\nYes\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON)),
                Arguments.of("referral, a label wrapped over two lines", "Referral - CM",
                        "Young person's full\nname: Ceri Morgan\nDate of birth: 14/02/2010\nLegal status: Child in need\n"
                                + "Referrer name: Dafydd Rowlands\nRole: Social Worker\nTeam: Assessment Team East\n"
                                + "Reason for referral: " + REASON + "\nDate accommodation needed: 20/01/2027\nConsent: Yes\nFGC offered: Yes\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON)),
                Arguments.of("referral, forwarded under a manager's note with their own signature", "FW: Referral - CM",
                        "Please can you pick this up.\n\nGareth Hughes\nTeam Manager\nAssessment Team East\nTel: 01234 567890\n\n"
                                + "From: Dafydd Rowlands <d.rowlands@council.test>\nSent: 01 December 2026 09:14\n"
                                + "To: Gareth Hughes\nSubject: Referral - CM\n\nHi Gareth,\n\nYoung person's name: Ceri Morgan\n"
                                + "Date of birth: 14/02/2010\nLegal status: Child in need\nReferrer name: Dafydd Rowlands\n"
                                + "Role: Social Worker\nTeam: Assessment Team East\nReason for referral: " + REASON + "\n"
                                + "Date accommodation needed: 20/01/2027\nConsent: Yes\nFGC offered: Yes\n\nThanks\nDafydd Rowlands\n"
                                + "Social Worker\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON)),
                Arguments.of("referral, a signature, a disclaimer and a reply chain after the form", "Re: Referral - CM",
                        "Young person's name: Ceri Morgan\nDate of birth: 14/02/2010\nLegal status: Child in need\n"
                                + "Referrer name: Dafydd Rowlands\nRole: Social Worker\nTeam: Assessment Team East\n"
                                + "Reason for referral: " + REASON + "\nDate accommodation needed: 20/01/2027\nConsent: Yes\nFGC offered: Yes\n\n"
                                + "Kind regards\n\nDafydd Rowlands\nSocial Worker | Assessment Team East\nMob: 07700 900123\n\n"
                                + "This email and any attachments are confidential and intended solely for the addressee. If you "
                                + "have received it in error please notify the sender and delete it.\n\n"
                                + "On 30 Nov 2026, at 16:02, Duty Desk <duty@ypsa.test> wrote:\n> Please send the referral as "
                                + "lines in the body.\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON)),
                Arguments.of("referral, the support needed as bullet lines under its label", "Referral - CM",
                        "Young person's name: Ceri Morgan\nDate of birth: 14/02/2010\nLegal status: Child in need\n"
                                + "Referrer name: Dafydd Rowlands\nRole: Social Worker\nTeam: Assessment Team East\n"
                                + "Reason for referral:\n- " + REASON + "\n- Mum will not have her back\n\n"
                                + "Date accommodation needed: 20/01/2027\nConsent: Yes\nFGC offered: Yes\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", "- " + REASON).andThen(r -> assertThat(
                                ((Referral) r).reasonForReferral()).as("both bullets").contains("Mum will not have her back"))),
                Arguments.of("referral, numbered questions wrapped over two lines, the answer under the question",
                        "Referral - CM",
                        "1. Full name of the young person\nbeing referred\nCeri Morgan\n\n2. Date of birth\n14/02/2010\n\n"
                                + "3. Legal status\nChild in need\n\n4. Name of the worker making\nthis referral\nDafydd Rowlands\n\n"
                                + "5. Role\nSocial Worker\n\n6. Team\nAssessment Team East\n\n7. Why does the young person need\n"
                                + "to be referred for accommodation?\n" + REASON + "\n\n8. Date accommodation needed\n20/01/2027\n\n"
                                + "9. Consent given?\nYes\n\n10. FGC offered?\nYes\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON)),
                Arguments.of("referral, each label alone over its answer, one answer left empty", "Referral - CM",
                        "Young person's name\nCeri Morgan\n\nDate of birth\n14/02/2010\n\nLCS number\n\nLegal status\n"
                                + "Child in need\n\nReferrer name\nDafydd Rowlands\n\nRole\nSocial Worker\n\nTeam\n"
                                + "Assessment Team East\n\nReason for referral\n" + REASON + "\n\nDate accommodation needed\n"
                                + "20/01/2027\n\nConsent\nYes\n\nFGC offered\nYes\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON).andThen(r -> assertThat(
                                String.valueOf(((Referral) r).youngPerson().lcsNumber())).as("lcs")
                                        .doesNotContainIgnoringCase("legal").doesNotContainIgnoringCase("child"))),
                Arguments.of("referral, forwarded from Outlook: the forwarder's note, name and phone are not the form's",
                        "FW: Referral - CM",
                        "Hi both, forwarding as discussed - can you log this one?\n\nThanks\nGareth\n\nGareth Hughes | Team "
                                + "Manager | Assessment Team East\nT: 01234 567890\n\nThis e-mail is confidential and may be "
                                + "privileged. If you are not the intended recipient please delete it.\n\n"
                                + "From: Dafydd Rowlands\nSent: Tuesday, December 1, 2026 9:14 AM\nTo: Gareth Hughes\n"
                                + "Subject: Referral - CM\n\nYoung person's name: Ceri Morgan\nDate of birth: 14/02/2010\n"
                                + "Legal status: Child in need\nReferrer name: Dafydd Rowlands\nRole: Social Worker\n"
                                + "Team: Assessment Team East\nReason for referral: " + REASON + "\n"
                                + "Date accommodation needed: 20/01/2027\nConsent: Yes\nFGC offered: Yes\n\nDafydd Rowlands\n"
                                + "Social Worker\nMob: 07700 900123\n",
                        referral("Ceri Morgan", "Dafydd Rowlands", REASON).andThen(r -> assertThat(
                                String.valueOf(((Referral) r).referrer().phone())).as("phone").doesNotContain("567890"))),
                Arguments.of("MASH referral, questions alone over 'No' and 'None known'", "MASH referral",
                        "MASH referral\n\nYoung person's name\nElis Vaughan\n\nDate of birth\n03/09/2009\n\n"
                                + "Which agency is referring?\nHousing Options\n\nIs the young person homeless or threatened "
                                + "with homelessness?\nThreatened\n\nHas mediation been tried?\nNo\n\nAny safeguarding "
                                + "concerns?\nNone known\n\nIs the young person known to social care?\nNo\n",
                        mash("threatened").andThen(f -> {
                            assertThat(((MashReferral) f).mediationAttempted()).isFalse();
                            assertThat(((MashReferral) f).knownToSocialCare()).isFalse();
                        })),
                Arguments.of("MASH referral, label: answer with a 'No' answer", "MASH referral",
                        "MASH referral\n\nName: Elis Vaughan\nDOB: 03/09/2009\nAddress: 12 Heol y Bryn, Pontypridd\n"
                                + "Referring agency: Housing Options\nHomeless or threatened: Threatened\n"
                                + "Mediation tried: No\nKnown to social care: No\nConcerns: None known\n\nRegards\nHousing Options\n",
                        mash("threatened").andThen(f -> assertThat(((MashReferral) f).mediationAttempted()).isFalse())),
                Arguments.of("MASH referral, each label alone over its answer", "MASH referral",
                        "MASH referral\n\nName\nElis Vaughan\n\nDOB\n03/09/2009\n\nAddress\n12 Heol y Bryn, Pontypridd\n\n"
                                + "Referring agency\nHousing Options\n\nHomeless or threatened\nHomeless\n\nMediation tried\nNo\n\n"
                                + "Known to social care\nNo\n",
                        mash("homeless")),
                Arguments.of("intelligence, label: answer with the information over several lines", "Intelligence submission",
                        "Intelligence submission\n\nSubmitting agency: Hafan Supported Lodgings\nWorker name: Nia Jenkins\n"
                                + "Role: Support Worker\nContact email: n.jenkins@hafan.test\nInformation: Staff saw a silver car collect a resident at 23:00. "
                                + "The driver gave her a phone. She came back at 04:00.\nSource: Staff member\n\nThanks\nNia\n",
                        (Consumer<FormRecord>) f -> {
                            IntelligenceSubmission i = (IntelligenceSubmission) f;
                            assertThat(i.agency()).isEqualTo("Hafan Supported Lodgings");
                            assertThat(i.worker()).isEqualTo("Nia Jenkins");
                            assertThat(i.information()).contains("silver car").contains("She came back at 04:00");
                        }),
                Arguments.of("intelligence, each label alone over its answer, the information a paragraph",
                        "Intelligence submission",
                        "Intelligence submission\n\nSubmitting agency\nHafan Supported Lodgings\n\nWorker name\nNia Jenkins\n\n"
                                + "Role\nSupport Worker\n\nContact email\nn.jenkins@hafan.test\n\nInformation\nStaff saw a silver car collect a resident at 23:00. The "
                                + "driver gave her a phone.\nShe came back at 04:00.\n\nSource\nStaff member\n",
                        (Consumer<FormRecord>) f -> {
                            IntelligenceSubmission i = (IntelligenceSubmission) f;
                            assertThat(i.agency()).isEqualTo("Hafan Supported Lodgings");
                            assertThat(i.worker()).isEqualTo("Nia Jenkins");
                            assertThat(i.information()).contains("silver car").contains("She came back at 04:00");
                        }),
                Arguments.of("intelligence, forwarded: the form in the forwarded part, not the forwarder's", "Fwd: Intelligence",
                        "FYI - for the police please.\n\nOwen Price\nDuty Manager\nTel 01234 111222\n\n"
                                + "---------- Forwarded message ---------\nFrom: Nia Jenkins <n.jenkins@hafan.test>\n"
                                + "Date: Tue, 1 Dec 2026 at 10:02\nSubject: Intelligence\nTo: Owen Price\n\n"
                                + "Submitting agency: Hafan Supported Lodgings\nWorker name: Nia Jenkins\nRole: Support Worker\nContact email: n.jenkins@hafan.test\n"
                                + "Information: Staff saw a silver car collect a resident at 23:00. The driver gave her a phone.\n"
                                + "Source: Staff member\n",
                        (Consumer<FormRecord>) f -> {
                            IntelligenceSubmission i = (IntelligenceSubmission) f;
                            assertThat(i.agency()).isEqualTo("Hafan Supported Lodgings");
                            assertThat(i.worker()).isEqualTo("Nia Jenkins");
                            assertThat(i.role()).isEqualTo("Support Worker");
                            assertThat(i.information()).contains("silver car").contains("gave her a phone");
                        }));
    }

    /** Elis Vaughan's MASH referral from Housing Options, homeless or threatened as given. */
    private static Consumer<FormRecord> mash(String homelessOrThreatened) {
        return f -> {
            MashReferral m = (MashReferral) f;
            assertThat(m.youngPersonName()).isEqualTo("Elis Vaughan");
            assertThat(m.presentingAgency()).containsIgnoringCase("Housing Options");
            assertThat(m.homelessOrThreatened()).isEqualToIgnoringCase(homelessOrThreatened);
        };
    }

    private static Consumer<FormRecord> referral(String name, String referrer, String reasonStart) {
        return f -> {
            Referral r = (Referral) f;
            assertThat(r.youngPerson().fullName()).as("name").isEqualTo(name);
            assertThat(r.youngPerson().dateOfBirth()).as("dob").isEqualTo("2010-02-14");
            assertThat(r.referrer().name()).as("referrer").isEqualTo(referrer);
            assertThat(r.referrer().role()).as("role").isEqualTo("Social Worker");
            assertThat(r.reasonForReferral()).as("reason").startsWith(reasonStart);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void eachLabelIsPairedWithItsOwnAnswer(String layout, String subject, String body, Consumer<FormRecord> check) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<lines@test>", "d.rowlands@council.test", subject,
                Instant.parse("2026-12-01T12:00:00Z"), body, List.of(), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        check.accept(((Outcome.Routed) o).fields());
    }
}
