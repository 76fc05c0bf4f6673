package org.ypsa.hub.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.Intake;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestIntake;

/**
 * "Forward as attachment" (Outlook, Gmail, Apple Mail): a colleague's short note, and the original mail attached whole
 * (message/rfc822) with the form in its body. The original is read as a mail forwarded inline is: under its own header,
 * after the note, so its form is read, its danger screened and what it tells "last night" told from the day it was sent.
 */
class MailsForwardedAsAttachmentsTest {
    private final Intake intake = TestIntake.shipped();

    private static byte[] forwardedAsAttachment(String from, String innerFrom, String innerDate, String subject,
            String note, String innerBody) {
        String inner = "From: " + innerFrom + "\r\nTo: " + from + "\r\nSubject: " + subject + "\r\nDate: " + innerDate
                + "\r\nMessage-ID: <orig-1@test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + innerBody.replace("\n", "\r\n") + "\r\n";
        String outer = "From: " + from + "\r\nTo: intake@ypsa.test\r\nSubject: FW: " + subject
                + "\r\nDate: Wed, 02 Dec 2026 09:40:00 +0000\r\nMessage-ID: <fw-1@test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + note.replace("\n", "\r\n") + "\r\n--b\r\nContent-Type: message/rfc822\r\n"
                + "Content-Disposition: attachment; filename=\"" + subject + ".eml\"\r\n\r\n" + inner + "--b--\r\n";
        return outer.getBytes(StandardCharsets.UTF_8);
    }

    private Outcome handle(byte[] raw) {
        return intake.handle(MailReader.parse(raw, "intake@ypsa.test", Instant.parse("2026-12-02T09:40:00Z")));
    }

    @Test
    void theAttachedMailsBodyIsReadUnderItsOwnHeaderAfterTheForwardersNote() {
        byte[] raw = forwardedAsAttachment("admin@council.test", "Gwen Tallis <g.tallis@council.test>",
                "Tue, 01 Dec 2026 16:05:00 +0000", "Homeless 16/17", "Sent to the wrong inbox, see the email attached.\n\n"
                        + "Thanks\nPip\nBusiness Support", "MASH referral\n\nName: Corin Ashdown\nDOB: 14/03/2010");
        InboundMail m = MailReader.parse(raw, "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.from()).isEqualTo("admin@council.test"); // the one who sent it to the hub, whose address counts
        assertThat(m.textBody().replace("\r", "")).startsWith("Sent to the wrong inbox, see the email attached.")
                .contains("\n---------- Forwarded message ---------\nFrom: Gwen Tallis <g.tallis@council.test>\n"
                        + "Date: Tue, 01 Dec 2026 16:05:00 +0000\nSubject: Homeless 16/17\n")
                .endsWith("Name: Corin Ashdown\nDOB: 14/03/2010");
    }

    @Test
    void aMashReferralTypedInTheAttachedMailIsRoutedWithItsAnswers() {
        byte[] raw = forwardedAsAttachment("pip.larkin@council.test", "Gwen Tallis <g.tallis@council.test>",
                "Tue, 01 Dec 2026 16:05:00 +0000", "MASH referral - homeless 16/17",
                "This came to our team inbox, forwarding as an attachment.\n\nKind regards,\nPip Larkin\nAdmin Officer",
                """
                Hello,

                MASH referral (16/17 homeless)

                Young person's name: Corin Ashdown
                Date of birth: 14/03/2010
                Current address: 12 Wharf Lane, Banbury, OX16 5TT
                Referring agency: Banbury Academy
                Homeless or threatened: Threatened
                Mediation tried: Yes
                Outcome of mediation: Dad will not have Corin back at home after two sessions.
                Welfare concerns: Sleeping on a friend's sofa and missing school.
                Known to children's social care: No
                Parent contact: Aled Ashdown (father) 07700 900123

                Thanks,
                Gwen Tallis
                Pastoral Lead""");
        Outcome o = handle(raw);
        MashReferral r = TestIntake.routed(o, MashReferral.class);
        assertThat(r.youngPersonName()).isEqualTo("Corin Ashdown");
        assertThat(r.dateOfBirth()).isEqualTo("2010-03-14");
        assertThat(r.homelessOrThreatened()).isEqualTo("threatened");
    }

    @Test
    void presentDangerInTheAttachedMailIsScreenedAsUrgent() {
        byte[] raw = forwardedAsAttachment("duty@stonewater.provider.test",
                "Nia Fenwick <n.fenwick@stonewater.provider.test>", "Wed, 02 Dec 2026 08:55:00 +0000",
                "Intelligence submission", "Please see attached.\n\nThanks\nDuty Manager",
                """
                Partnership Agency Intelligence Sharing Submission

                Submitting agency: Stonewater
                Worker name: Nia Fenwick
                Role: Support Worker
                Contact email: n.fenwick@stonewater.provider.test
                Date and time of information: 02/12/2026 08:30
                Location: Outside 4 Mill Row, Witney
                Information: A man is outside her flat right now with a knife, threatening to stab her.
                Handling code: P""");
        Outcome o = handle(raw);
        assertThat(o).isInstanceOfSatisfying(Outcome.Rejected.class, r -> {
            assertThat(r.formType()).isEqualTo(FormType.INTELLIGENCE_SUBMISSION);
            assertThat(r.problems()).extracting(Problem::field).containsExactly(IntelligenceValidator.URGENT_FIELD);
        });
    }

    @Test
    void anIncidentLastNightInTheAttachedMailHappenedTheNightBeforeTheOriginalWasSent() {
        byte[] raw = forwardedAsAttachment("manager@stonewater.provider.test",
                "Nia Fenwick <n.fenwick@stonewater.provider.test>", "Mon, 30 Nov 2026 07:15:00 +0000",
                "Safeguarding incident report", "Forwarding as requested, attached.\n\nRegards\nScheme Manager",
                INCIDENT_LAST_NIGHT);
        Outcome o = handle(raw);
        SafeguardingIncident i = TestIntake.routed(o, SafeguardingIncident.class);
        assertThat(i.incidentAt()).startsWith("2026-11-29T22:25");
    }

    @Test
    void aBrokenFileInTheAttachedMailKeepsTheOriginalsBodyReadBeforeIt() {
        String inner = "From: Gwen Tallis <g.tallis@council.test>\r\nSubject: Homeless 16/17\r\n"
                + "Date: Tue, 01 Dec 2026 16:05:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"i\"\r\n\r\n--i\r\nContent-Type: text/plain\r\n\r\n"
                + "Name: Corin Ashdown\r\n--i\r\nContent-Type: application/pdf\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"form.pdf\"\r\n\r\n"
                + "JVBERi0x=Q\r\n--i--\r\n";
        String outer = "From: admin@council.test\r\nTo: intake@ypsa.test\r\nSubject: FW: Homeless 16/17\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n"
                + inner + "--b--\r\n";
        InboundMail m = MailReader.parse(outer.getBytes(StandardCharsets.UTF_8), "intake@ypsa.test", Instant.EPOCH);
        assertThat(m.textBody().replace("\r", "")).startsWith("See attached.").contains("Name: Corin Ashdown");
    }

    /** A provider's risk concern typed in the body of the attached mail, under a note that follows the cover's words. */
    private static final String RISK_CONCERN = """
            Dear Brokerage,

            Risk concern - referral BRK/2026/0312

            Referral reference: BRK/2026/0312
            Provider: Response
            Risk we are unable to manage: Fire setting in his last two placements, the most recent three weeks ago.
            Why it cannot be managed: The scheme has no waking night cover and shared kitchens on every floor.
            Resources that would enable it: A waking night worker and a single flat with its own kitchen.

            Kind regards,
            Tomos Pryce
            Team Leader, Response""";

    @Test
    void aRiskConcernInTheAttachedMailTakesEachPartFromTheOriginalNotFromTheForwardersNote() {
        for (String note : List.of("Please see the attached risk concern.\n\nThanks\nHelen\nAdmin",
                "Forwarding the provider's risk concern: the risk is high and they need support before they can offer.\n\n"
                        + "Regards\nHelen Marsh\nBusiness Support",
                "Hi all,\nRisk: see attached, sent to our inbox by mistake.\nSupport: none needed from us.\n\nHelen")) {
            byte[] raw = forwardedAsAttachment("admin@response.provider.test",
                    "Tomos Pryce <t.pryce@response.provider.test>", "Tue, 01 Dec 2026 16:05:00 +0000",
                    "Risk concern BRK/2026/0312", note, RISK_CONCERN);
            Outcome o = handle(raw);
            RiskConcern r = TestIntake.routed(o, RiskConcern.class);
            assertThat(r.referralReference()).as(note).isEqualTo("BRK/2026/0312");
            assertThat(r.riskUnableToManage()).as(note).startsWith("Fire setting in his last two placements");
            assertThat(r.whyItCannotBeManaged()).as(note).startsWith("The scheme has no waking night cover");
            assertThat(r.whatWouldEnableIt()).as(note).startsWith("A waking night worker");
        }
    }

    @Test
    void aRiskConcernWithItsLabelsOverItsAnswersInTheAttachedMailIsNotAnsweredByTheNote() {
        String lines = """
                Risk concern

                Referral reference
                BRK/2026/0312

                Provider
                Response

                Risk we are unable to manage
                Fire setting in his last two placements, the most recent three weeks ago.

                Why it cannot be managed
                The scheme has no waking night cover and shared kitchens on every floor.

                Resources that would enable it
                A waking night worker and a single flat with its own kitchen.

                Tomos Pryce
                Team Leader, Response""";
        byte[] raw = forwardedAsAttachment("admin@response.provider.test", "Tomos Pryce <t.pryce@response.provider.test>",
                "Tue, 01 Dec 2026 16:05:00 +0000", "Risk concern BRK/2026/0312",
                "Hi all,\nRisk: see attached, sent to our inbox by mistake.\nSupport: none needed from us.\n\nHelen", lines);
        Outcome o = handle(raw);
        if (o instanceof Outcome.Routed routed) {
            RiskConcern r = (RiskConcern) routed.fields();
            assertThat(r.riskUnableToManage()).startsWith("Fire setting in his last two placements");
            assertThat(r.whyItCannotBeManaged()).startsWith("The scheme has no waking night cover");
            assertThat(r.whatWouldEnableIt()).startsWith("A waking night worker");
        }
    }

    /** A mail attached whole, as the part of an outer multipart mail. */
    private static String attachedMail(String from, String date, String subject, String body) {
        return "--b\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"" + subject
                + ".eml\"\r\n\r\nFrom: " + from + "\r\nTo: duty@stonewater.provider.test\r\nSubject: " + subject
                + "\r\nDate: " + date + "\r\nMessage-ID: <" + Math.abs(date.hashCode()) + "@test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n";
    }

    private static final String INCIDENT_LAST_NIGHT = """
            Safeguarding incident report

            Provider: Stonewater
            Property: STW-WOX-01
            Young person's name: Corin Ashdown
            Date of birth: 14/03/2008
            Date and time of incident: last night around 10.25pm
            Category: Missing
            Severity: Medium
            Description: Corin did not return to the scheme by curfew and was reported missing to police.
            Immediate actions: Reported missing to Thames Valley Police, manager informed.
            Police reference: 43260012345""";

    private static final String UPDATE = "Update: Corin came back to the scheme this morning, safe and well.\n\nNia";

    @Test
    void ofSeveralAttachedMailsLastNightIsToldFromTheDayOfTheMailThatSaysIt() {
        String report = attachedMail("Nia Fenwick <n.fenwick@stonewater.provider.test>", "Mon, 30 Nov 2026 07:15:00 +0000",
                "Safeguarding incident report", INCIDENT_LAST_NIGHT);
        String update = attachedMail("Nia Fenwick <n.fenwick@stonewater.provider.test>", "Tue, 01 Dec 2026 10:20:00 +0000",
                "Update", UPDATE);
        for (List<String> mails : List.of(List.of(report, update), List.of(update, report))) {
            String raw = "From: manager@stonewater.provider.test\r\nTo: intake@ypsa.test\r\nSubject: FW: Safeguarding "
                    + "incident report\r\nDate: Wed, 02 Dec 2026 09:40:00 +0000\r\nMessage-ID: <fw-2@test>\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\nThe report and its update, both attached.\r\n\r\n"
                    + "Regards\r\nScheme Manager\r\n" + String.join("", mails) + "--b--\r\n";
            Outcome o = handle(raw.getBytes(StandardCharsets.UTF_8));
            SafeguardingIncident i = TestIntake.routed(o, SafeguardingIncident.class);
            assertThat(i.incidentAt()).as(mails.get(0) == report ? "report first" : "update first")
                    .startsWith("2026-11-29T22:25");
        }
    }
}
