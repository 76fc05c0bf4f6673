package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intelligence a worker writes in sentences, not on the form (stop 48, voids48): an opening sentence that passes
 * something on, what was seen as its own paragraph, the when, who and how as sentences, the handling in a sentence,
 * then the worker's signature "Name / Role, Agency / phone / email". The agency and the worker are the signature's;
 * under a manager's forward the original writer's, never the forwarder's. Wordings are ours, written for this test.
 */
class IntelligenceInAWorkersSentencesTest {
    private static final String SENDER = "returns@stonewater.provider.test";
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<w@test>", SENDER, subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    private static final String WORKERS_MAIL = """
            Hi all,

            Wanted to let you know about something I saw while on shift at the foyer.

            Two older lads have been waiting outside the hostel most evenings and handing Kit small packages to take into town.

            This was on 21/11/2026 around 7pm at the Banbury Road bus stop.
            Those I could identify: Kit Barlow, 02/03/2009, resident; two males aged about 20.
            They were using a car - silver Vauxhall Corsa, partial reg AB12.
            How I know: I saw it myself.

            Handling code P.

            Best wishes,
            Priya Okafor
            Support Worker, Stonewater Foyer
            01865 400100
            p.okafor@stonewater.provider.test
            """;

    @Test
    void theAgencyAndWorkerOfIntelligenceInSentencesAreTheWritersSignatures() {
        Outcome o = handle("Something to pass on", WORKERS_MAIL);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        IntelligenceSubmission s = (IntelligenceSubmission) ((Outcome.Routed) o).fields();
        assertThat(s.agency()).isEqualTo("Stonewater Foyer");
        assertThat(s.worker()).isEqualTo("Priya Okafor");
        assertThat(s.information()).contains("handing Kit small packages");
    }

    @Test
    void underAManagersForwardTheAgencyIsTheOriginalWritersNotTheForwarders() {
        // the forwarder passes it on in the words a writer opens with: the information is still the writer's
        Outcome o = handle("FW: Something to pass on", """
                Wanted to pass this on from one of my team.

                Sam Hale
                Team Manager, Housing Support

                -----Original Message-----
                From: Priya Okafor [mailto:p.okafor@stonewater.provider.test]
                Sent: 30 November 2026 09:12
                To: Sam Hale
                Subject: Something to pass on

                """ + WORKERS_MAIL);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        IntelligenceSubmission s = (IntelligenceSubmission) ((Outcome.Routed) o).fields();
        assertThat(s.agency()).isEqualTo("Stonewater Foyer");
        assertThat(s.worker()).isEqualTo("Priya Okafor");
        assertThat(s.information()).contains("handing Kit small packages").doesNotContain("Sam Hale");
    }

    @Test
    void aWorkersNoteWithNoHandlingOrGradingIsNotReadAsIntelligence() {
        assertThat(org.ypsa.hub.domain.documents.WorkerProse.asForm(WORKERS_MAIL.replace("Handling code P.\n", "")))
                .isEmpty();
    }
}
