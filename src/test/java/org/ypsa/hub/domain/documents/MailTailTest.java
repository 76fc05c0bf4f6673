package org.ypsa.hub.domain.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-off, signature, disclaimer and earlier mails under a mail's own words are no part of its form. */
class MailTailTest {
    @Test
    void theSignOffAndEverythingUnderItIsNoPartOfTheForm() {
        String body = "Hello intake,\n\nName: Idris Penhallow\nDOB: 4/4/2009\n\nWarm regards,\nMegan Tregear\n"
                + "Family Support Lead\nSwitchboard (8-6): 01234 567890\n\nThis email is confidential. Company no: 12345.";
        assertThat(MailTail.without(body)).isEqualTo("Hello intake,\n\nName: Idris Penhallow\nDOB: 4/4/2009");
    }

    @Test
    void anEarlierMailQuotedUnderTheSendersWordsIsNoPartOfTheForm() {
        String body = "Dear team\nHe was born on 1 March 2008.\n\nOn Tue 5 Jan 2027, Brokerage <b@ypsa.test> wrote:\n"
                + "> Reason: please resend\n";
        assertThat(MailTail.without(body)).isEqualTo("Dear team\nHe was born on 1 March 2008.");
        String asked = "Hi\nShe was born on 2 May 2009.\nBest wishes,\nAl\nHelpline (8-8): 0100 000\nCompany no: 1. Office: 2 Hill St\n"
                + "> On 1 Dec 2026, at 08:55, Intake <i@ypsa.test> wrote:\n>\n> Hi, is this still needed?\n> Any news?";
        assertThat(MailTail.without(asked)).as("questions in an earlier mail are no form").isEqualTo(
                "Hi\nShe was born on 2 May 2009.");
        String outlook = "Hi\nSee my notes above.\nFrom: Brokerage <b@ypsa.test>\nSent: 4 January 2027\nSubject: forms\n\nOld text";
        assertThat(MailTail.without(outlook)).isEqualTo("Hi\nSee my notes above.");
    }

    @Test
    void aForwardersSignatureBetweenTheirSignOffAndTheForwardedFormIsNoPartOfTheForm() {
        String body = "Forwarding on, sorry for the delay.\nThanks for sorting,\nRiverside Returns\nScheme Manager\n"
                + "OFFICIAL: this message may hold personal data.\nFrom: Dai Rees <d.rees@riverside.provider.test>\n"
                + "Sent: Monday, 21 December 2026 12:25\nTo: Returns <r@riverside.provider.test>\nSubject: Incident\n\n"
                + "Name of YP: Kit Barlow\nDOB: 02/03/2010\nScheme: RSP-CHE-01\nWhat happened: A fall.";
        assertThat(MailTail.without(body)).isEqualTo("Forwarding on, sorry for the delay.\n"
                + "From: Dai Rees <d.rees@riverside.provider.test>\nSent: Monday, 21 December 2026 12:25\n"
                + "To: Returns <r@riverside.provider.test>\nSubject: Incident\n\n"
                + "Name of YP: Kit Barlow\nDOB: 02/03/2010\nScheme: RSP-CHE-01\nWhat happened: A fall.");
    }

    @Test
    void aDisclaimerIsNoPartOfTheFormWhereverItStands() {
        String body = "Agency: Oxfordshire Youth\nPlace: 61 Tanners Yard\nVRM seen: grey BMW\n\nSpeak soon - thanks again,\n"
                + "Dawit Whitlock\n\nThe information in this e-mail is confidential and may be legally privileged. It is "
                + "intended solely for the addressee.";
        assertThat(MailTail.without(body)).isEqualTo("Agency: Oxfordshire Youth\nPlace: 61 Tanners Yard\nVRM seen: grey BMW"
                + "\n\nSpeak soon - thanks again,\nDawit Whitlock");
        String atTop = "OFFICIAL: this message and anything attached to it may hold personal data.\nName: Kit Barlow\n"
                + "DOB: 02/03/2010\nWhat happened: A fall.";
        assertThat(MailTail.without(atTop)).isEqualTo("\nName: Kit Barlow\nDOB: 02/03/2010\nWhat happened: A fall.");
        // a forwarder's disclaimer over the mail they forward ends nothing: the forwarded mail is read
        String forwarded = "Forwarding this on.\n\nCONFIDENTIAL: this email may contain personal information.\n\n"
                + "---------- Forwarded message ---------\nFrom: Sam <s@council.test>\nSubject: MASH\n\n"
                + "Name of the 16 or 17 year old - Kit Barlow\nWhere is the child living? 3 Bishops Walk\n";
        assertThat(MailTail.without(forwarded)).contains("Kit Barlow").doesNotContain("CONFIDENTIAL");
    }

    @Test
    void aLineSayingTheEmailMayHoldSensitiveInformationIsADisclaimer() {
        String body = "This email may contain sensitive information about a young person.\nName: Kit Barlow\n"
                + "DOB: 02/03/2010\nWhat happened: A fall.";
        assertThat(MailTail.without(body)).isEqualTo("\nName: Kit Barlow\nDOB: 02/03/2010\nWhat happened: A fall.");
    }

    @Test
    void aFormForwardedUnderTheSignOffIsKept() {
        String body = "Hi,\nForwarding as discussed.\nThanks\nGwen\n\n-----Original Message-----\nFrom: x@y.test\n"
                + "Young person: Ned Carrow\nDate of birth: 02/02/2009\nReason: evicted\nAgency: school\n";
        // the forwarder's sign-off and name above the forwarded mail are theirs, not the form's
        assertThat(MailTail.without(body)).isEqualTo(body.replace("Thanks\nGwen\n\n", ""));
    }

    @Test
    void aFormForwardedUnderACoveringNoteIsReadUpToItsOwnSignOff() {
        String body = "As asked.\n\n-----Original Message-----\nFrom: Duty <duty@council.test>\nSent: 1 May 2027\n\n"
                + "Resident's name\nOwain Hale\nWhen did it happen?\n3/5/2027 09:10\nSeverity:\nLow\n\nRegards,\nBeth\n"
                + "On 2 May 2027, Intake <i@ypsa.test> wrote:\n> Please send the form";
        assertThat(MailTail.without(body)).startsWith("As asked.").endsWith("Severity:\nLow");
    }

    @Test
    void aWelshSignOffEndsTheMailToo() {
        assertThat(MailTail.without("Helo,\nEnw: Siwan Prys\nOed: 17\n\nCofion cynnes,\nGethin\nFfôn: 01970 000000"))
                .isEqualTo("Helo,\nEnw: Siwan Prys\nOed: 17");
    }

    @Test
    void aThanksBeforeTheSendersOwnWordsEndsNothing() {
        String body = "Thanks,\nName: Lowri Tate\n";
        assertThat(MailTail.without(body)).isEqualTo(body);
    }

    @Test
    void aMailForwardedWholeIsReadUpToItsOwnSignOff() {
        String body = "Passing this on.\n\nEira Vaughan\nSupport Worker\n\n---------- Forwarded message ---------\n"
                + "From: Dai Lloyd <d.lloyd@council.test>\nDate: Mon, 1 Mar 2027 at 09:10\nSubject: referral\n\nHi all,\n"
                + "Name of the young person - Cai Rhys\nWhere are they living? 4 Mill Row, Bampton\nConcerns - not eating\n\n"
                + "Kind regards,\nDai\nTel: 01234 000000";
        assertThat(MailTail.without(body)).contains("Name of the young person - Cai Rhys").endsWith("Concerns - not eating")
                .doesNotContain("01234");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"All the very best,", "Cheers all, speak soon", "Hwyl,",
            "Diolch eto,", "Thank you kindly for your help,", "Thanks indeed,", "Best wishes from all the team,",
            "Thank you for your help with this,", "Many thanks for your time,", "Regards from all of us here,",
            "Kind regards to you and the team,"})
    void everydaySignOffsEndTheMailToo(String signOff) {
        assertThat(MailTail.without("Hi,\nName: Lowri Tate\nAge: 17\n\n" + signOff + "\nBryn Hale\n"
                + "CONFIDENTIAL: this email may hold personal data."))
                .isEqualTo("Hi,\nName: Lowri Tate\nAge: 17");
    }

    @Test
    void aForwardedMailWasFirstSentOnTheDateOfItsOwnHeaderTheInnermostOneUnderSeveralForwards() {
        String outlook = "Passing this on, sorry for the delay.\n\n________________________________\n"
                + "From: Night Staff <night@provider.test>\nSent: Friday, 27 November 2026 08:12\nTo: Manager\n"
                + "Subject: incident\n\nResident: Ivo Penrose\nWhen: last night at 23:40\n";
        assertThat(MailTail.forwardedOn("FW: incident", outlook)).contains(java.time.LocalDate.of(2026, 11, 27));
        String gmail = "---------- Forwarded message ---------\nFrom: Ops <ops@provider.test>\n"
                + "Date: Tue, 1 Dec 2026 at 09:05\nSubject: Fwd: report\nTo: <a@b.test>\n\n"
                + "---------- Forwarded message ---------\nFrom: Night <n@provider.test>\n"
                + "Date: Mon, 30 Nov 2026 at 07:10\nSubject: report\n\nYP: Ivo Penrose\n";
        assertThat(MailTail.forwardedOn("Fwd: Fwd: report", gmail)).contains(java.time.LocalDate.of(2026, 11, 30));
    }

    @Test
    void aReplyOrAMailThatForwardsNothingHasNoForwardedDate() {
        String reply = "Resident: Ivo Penrose\nWhen: last night at 23:40\n\nFrom: Intake <i@ypsa.test>\n"
                + "Sent: 20 November 2026 10:00\nSubject: please send the form\n";
        assertThat(MailTail.forwardedOn("RE: please send the form", reply)).isEmpty();
        assertThat(MailTail.forwardedOn("FW: report", "Resident: Ivo Penrose\nDate: 20 November 2026\n")).as(
                "a form's own Date field is no mail header").isEmpty();
    }

    @Test
    void aFormTypedAgainAboveTheThreadItAnswersEndsAtTheQuotedMail() {
        String body = "Sorry, added the date now.\n\nName: Tomos Vell\nDate of birth: 3/3/09\nReason: evicted\n\nCheers\nAnwen\n"
                + "________________________________\nFrom: Intake <i@ypsa.test>\nSent: 2 March 2027 10:00\n"
                + "Subject: Returned\n\nStill needed: Date of birth (left blank).\n\n________________________________\n"
                + "From: Anwen <a@council.test>\nSent: 2 March 2027 09:00\n\nName: Tomos Vell\nReason: evicted\nArea: north\n";
        assertThat(MailTail.without(body)).startsWith("Sorry, added the date now.").contains("Date of birth: 3/3/09")
                .doesNotContain("left blank").doesNotContain("Area: north");
        String gmail = "Name: Tomos Vell\nDate of birth: 3/3/09\nReason: evicted\n\nOn 2 Mar 2027, Intake <i@ypsa.test> wrote:\n"
                + "> Missing: Date of birth\n>> Name: Tomos Vell\n>> Reason: evicted\n>> Area: north\n";
        assertThat(MailTail.without(gmail)).isEqualTo("Name: Tomos Vell\nDate of birth: 3/3/09\nReason: evicted");
    }

    @Test
    void aFormForwardedAsATablesRowsUnderADisclaimerIsTheForm() {
        // tuned15 lost two risk concerns forwarded as an Outlook table: rows "label<TAB>answer" with no colon
        String body = "FYI, see the form below.\nThanks,\nRiverside Returns\n"
                + "The information in this e-mail is confidential and is intended solely for the addressee.\n"
                + "From: Dai Rees <d.rees@riverside.provider.test>\nSent: Monday, 21 December 2026 12:25\n"
                + "To: Returns <r@riverside.provider.test>\nSubject: Concern\n\n"
                + "Case number\tBRK/2026/0001\nProvider giving notice\tRiverside\nYoung person\tKit Barlow\n"
                + "The risk\tShe leaves at night.";
        assertThat(MailTail.without(body)).contains("Case number\tBRK/2026/0001").endsWith("The risk\tShe leaves at night.");
    }

    @Test
    void aSignaturesRowsWithTabsAreNoForm() {
        String body = "Hi,\nPlease see the attached.\nKind regards,\nMo\nFrom: Jo <jo@x.test>\nSent: 1 Dec 2026\n"
                + "To: Mo <mo@x.test>\nSubject: old\n\nTel\t01234 000000\nMobile\t07700 000000\nOld text";
        assertThat(MailTail.without(body)).isEqualTo("Hi,\nPlease see the attached.");
    }
}
