package org.ypsa.hub.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What becomes of an email that is refused or not read as a whole, before any form in it is looked at. */
class EmailOutcomesTest {

    @Test
    void anEmailTooLargeIsRejectedSayingTheLimitInMegabytesAndWhatToSendInstead() {
        Outcome.Rejected r = (Outcome.Rejected) Outcome.tooLarge(50L * 1024 * 1024);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.problem()).contains("larger than the hub accepts (50 MB)");
            assertThat(p.expected()).contains("send large supporting documents separately");
        });
    }

    @Test
    void anEmailTheMailServerCouldNotAuthenticateIsRejectedSayingWhy() {
        Outcome.Rejected r = (Outcome.Rejected) Outcome.notAuthenticated();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("no DMARC pass"));
    }

    @Test
    void anEmailReadTooOftenIsHeldSayingWhereItIsKept() {
        assertThat(((Outcome.Unrecognised) Outcome.heldUnread(5, "referrals@council.example")).reason())
                .contains("after 5 tries").contains("kept in the mailbox folder referrals@council.example");
    }

    @Test
    void anEmailTheReadersChokeOnIsHeldNamingOnlyTheKindOfFailureNeverWhatTheMailSaid() {
        String reason = ((Outcome.Unrecognised) Outcome.couldNotRead(
                new IllegalStateException("Jade Smith, 12/03/2009"))).reason();
        assertThat(reason).contains("IllegalStateException").doesNotContain("Jade").doesNotContain("2009");
    }
}
