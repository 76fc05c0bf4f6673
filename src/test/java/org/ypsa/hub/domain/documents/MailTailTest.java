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
        String outlook = "Hi\nSee my notes above.\nFrom: Brokerage <b@ypsa.test>\nSent: 4 January 2027\nSubject: forms\n\nOld text";
        assertThat(MailTail.without(outlook)).isEqualTo("Hi\nSee my notes above.");
    }

    @Test
    void aFormForwardedUnderTheSignOffIsKept() {
        String body = "Hi,\nForwarding as discussed.\nThanks\nGwen\n\n-----Original Message-----\nFrom: x@y.test\n"
                + "Young person: Ned Carrow\nDate of birth: 02/02/2009\nReason: evicted\nAgency: school\n";
        assertThat(MailTail.without(body)).isEqualTo(body);
    }

    @Test
    void aThanksBeforeTheSendersOwnWordsEndsNothing() {
        String body = "Thanks,\nName: Lowri Tate\n";
        assertThat(MailTail.without(body)).isEqualTo(body);
    }
}
