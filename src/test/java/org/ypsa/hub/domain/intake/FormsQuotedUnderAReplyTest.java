package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.MailTail;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent again as a reply (stop 40, body40): the sender's short note on top ("see below as requested", "resending
 * as asked"), their sign-off and signature, then "On ..., Jo wrote:" and the earlier mail, the form, as "> " lines,
 * its labels with colons or standing over their answers. The quoted form is the form: it is read whole, without its
 * quote marks, up to its own sign-off. A note that holds a form of its own is still the form, the thread under it not.
 * Wordings are ours, written for this test.
 */
class FormsQuotedUnderAReplyTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String from, String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<q@test>", from, subject,
                Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
    }

    private static String quoted(String form) {
        return form.lines().map(l -> l.isEmpty() ? ">" : "> " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static final String INCIDENT = "Morning,\n\nIncident notification\n\n"
            + "Provider: Connection Support\nScheme ref: CON-SOX-01\nResident's name: Rhodri Vaughan\n"
            + "Date of birth: 02/07/2008\nSocial worker: Eira Pugh\nDate of incident: 01/12/2026\nTime: 22:10\n"
            + "Category: Missing\nSeverity: Medium\n"
            + "What happened: Rhodri did not return by curfew and was found by police in town two hours later.\n"
            + "Actions taken: Police and the on-call manager informed; return interview booked.\n\n"
            + "Thanks\nSioned\n";

    @Test
    void aFormQuotedUnderAShortCoveringNoteIsReadWholeAsTheForm() {
        String body = "see below as requested\n\nCheers\nSioned Tate\nProject Worker\nDirect line 01865 000111\n\n"
                + "On Wed, 2 Dec 2026 at 08:14, Sioned Tate <s.tate@connection.provider.test> wrote:\n" + quoted(INCIDENT);
        Outcome o = handle("s.tate@connection.provider.test", "RE: incident CON-SOX-01", body);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        SafeguardingIncident i = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(i.youngPersonName()).isEqualTo("Rhodri Vaughan");
        assertThat(i.incidentAt()).isEqualTo("2026-12-01T22:10");
        // the last labels of the quoted form are read too: it is not cut where fewer than three of them are left
        assertThat(i.description()).startsWith("Rhodri did not return");
        assertThat(i.immediateActions()).startsWith("Police and the on-call manager");
    }

    private static final String RISK = "Hi\n\nbrokerage ref\nYPSA-Q7K2M-TT4BX\n\nour organisation\nConnection Support\n\n"
            + "young person\nAmara Jones\n\nthe risk we cannot manage\nShe has set fires in two previous placements.\n\n"
            + "why we cannot manage it\nThe building has no sprinklers and no waking night staff.\n\n"
            + "what would help us manage it\nA fire risk assessment and funded night cover for six weeks.\n\n"
            + "Regards\nDai\n";

    @Test
    void aQuotedFormWhoseLabelsStandOverTheirAnswersIsReadToo() {
        String body = "Resending as asked.\n\nKind regards,\nDai Morgan\nScheme Manager\n\n"
                + "On Tue, 1 Dec 2026 at 16:02, Dai Morgan <d.morgan@connection.provider.test> wrote:\n" + quoted(RISK);
        Outcome o = handle("d.morgan@connection.provider.test", "RE: risk concern", body);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        RiskConcern rc = (RiskConcern) ((Outcome.Routed) o).fields();
        assertThat(rc.referralReference()).isEqualTo("YPSA-Q7K2M-TT4BX");
        assertThat(rc.riskUnableToManage()).startsWith("She has set fires");
        assertThat(rc.whyItCannotBeManaged()).startsWith("The building has no sprinklers");
        assertThat(rc.whatWouldEnableIt()).startsWith("A fire risk assessment");
    }

    @Test
    void aFormTypedAboveTheThreadIsTheFormAndTheQuotedMailIsNot() {
        String body = "Name of YP: Cai Rhys\nDate of birth: 3/3/2009\nReason: evicted\n\n"
                + "On 2 Mar 2027, Intake <i@ypsa.test> wrote:\n> Name of YP: Someone Else\n> Area: north\n> Agency: x\n";
        String read = MailTail.formOf(body, words -> 1.0);
        assertThat(read).contains("Cai Rhys").doesNotContain("Someone Else").doesNotContain(">");
    }

    @Test
    void aQuotedMailWithNoFormIsNoPartOfTheBody() {
        String body = "He was born on 1 March 2008.\n\nOn Tue 5 Jan 2027, Brokerage <b@ypsa.test> wrote:\n"
                + "> Hi, is this still needed?\n> Any news?\n";
        assertThat(MailTail.formOf(body, words -> 0.0)).isEqualTo("He was born on 1 March 2008.");
    }

    @Test
    void aFormQuotedADeeperLevelUnderTheIntakesOwnQuestionInAReplyChainIsTheForm() {
        String body = "Sending this again, see the form further down.\n\nThanks\nSioned Tate\n\n"
                + "On 3 Dec 2026 at 10:05, YPSA Intake <intake@ypsa.test> wrote:\n"
                + quoted("Hello - we cannot find this one, could you send it again?\n\nKind regards\nIntake team\n\n"
                        + "On 2 Dec 2026 at 08:14, Sioned Tate <s.tate@connection.provider.test> wrote:\n" + quoted(INCIDENT));
        Outcome o = handle("s.tate@connection.provider.test", "RE: RE: incident CON-SOX-01", body);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        SafeguardingIncident i = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(i.youngPersonName()).isEqualTo("Rhodri Vaughan");
        assertThat(i.incidentAt()).isEqualTo("2026-12-01T22:10");
        assertThat(i.immediateActions()).startsWith("Police and the on-call manager");
    }

    @Test
    void aVoidReturnTableQuotedInAReplyIsReadWithoutItsQuoteMarks() {
        String body = "Resending below.\n\nRegards\nDai\n\nOn 4 Dec 2026 at 07:50, Dai Morgan <d.morgan@connection.provider.test> wrote:\n"
                + quoted("Provider: Connection Support\nWeek commencing: 07/12/2026\n\n"
                        + "Property reference\tLocality\tService type\tTotal units\tOccupied\tVacant\n"
                        + "CON-SOX-01\tSouth Oxfordshire\t18+ Single Self Contained\t4\t3\t1\n"
                        + "CON-OOC-01\tOut of county\tOut of county\t2\t2\t0\n\nRegards\nDai\n");
        Outcome o = handle("d.morgan@connection.provider.test", "RE: void return", body);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        var r = (org.ypsa.hub.domain.voids.VoidReturn) ((Outcome.Routed) o).fields();
        assertThat(r.properties()).extracting(org.ypsa.hub.domain.voids.VoidReturn.PropertyLine::propertyReference)
                .containsExactly("CON-SOX-01", "CON-OOC-01");
    }
}
