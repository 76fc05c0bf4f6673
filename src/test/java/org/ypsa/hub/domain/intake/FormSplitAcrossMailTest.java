package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

import static org.ypsa.hub.domain.intake.FormVariationsTest.docxTable;

/**
 * A form whose answers are split between the covering mail and the attached form: the mail's answers fill what the
 * attachment left unanswered; the attachment's answer wins where both give one; a mail that is another form gives
 * nothing to this one.
 */
class FormSplitAcrossMailTest {
    private static final String PROVIDER = "returns@stonewater.provider.test";
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String body, InboundMail.Attachment a) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<s@test>", PROVIDER, "Incident",
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(a), false));
    }

    private static InboundMail.Attachment incidentWithout(String... missing) throws Exception {
        List<String[]> rows = new java.util.ArrayList<>(List.of(
                new String[] {"Reporting provider", "Stonewater"},
                new String[] {"Scheme / property", "STW-WOX-01"},
                new String[] {"Name of young person", "Jo Bright"},
                new String[] {"D.O.B", "12.04.2007"},
                new String[] {"Allocated SW/PA", "Sam Lee"},
                new String[] {"SW/PA email", "s.lee@council.test"},
                new String[] {"Date of incident", "3rd December 2026"},
                new String[] {"Time of incident", "11.15am"},
                new String[] {"Nature of incident", "Police involvement"},
                new String[] {"Risk level", "Medium"},
                new String[] {"Details of incident", "Police attended after a neighbour complaint."},
                new String[] {"Actions taken", "Manager informed."}));
        rows.removeIf(r -> List.of(missing).contains(r[0]));
        return docxTable("incident.docx", "Incident notification form", rows.toArray(new String[0][]));
    }

    @Test
    void answersTypedInTheMailFillWhatTheAttachedFormLeftOut() throws Exception {
        Outcome o = handle("""
                Hello,

                I could not get these into the template so they are here:

                Resident's full name - Jo Bright
                Their birth date - 12.04.2007

                The rest is in the form attached.

                Many thanks
                Chris Wood
                Support Worker
                """, incidentWithout("Name of young person", "D.O.B"));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        var si = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(si.youngPersonName()).isEqualTo("Jo Bright");
        assertThat(si.dateOfBirth()).isEqualTo("2007-04-12");
        assertThat(si.socialWorkerName()).isEqualTo("Sam Lee");
    }

    @Test
    void theAttachedFormsAnswerWinsOverTheMailsWhereBothGiveOne() throws Exception {
        Outcome o = handle("""
                Hi team,

                Nature of incident - Missing from home
                Resident's full name - Jo Bright
                Their birth date - 12.04.2007
                """, incidentWithout("Name of young person", "D.O.B"));
        var si = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(si.category()).isEqualTo("Police involvement");
    }

    @Test
    void aMailTitledAsAnotherFormGivesNothingToTheAttachedOne() throws Exception {
        Outcome o = handle("""
                Supported accommodation referral

                Young person's name - Jo Bright
                Date of birth - 12.04.2007
                """, incidentWithout("Name of young person", "D.O.B"));
        assertThat(o).isNotInstanceOf(Outcome.Routed.class);
    }
}
