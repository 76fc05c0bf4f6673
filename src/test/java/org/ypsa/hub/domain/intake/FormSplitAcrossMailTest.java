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
                new String[] {"Provider", "Stonewater"},
                new String[] {"Property ref", "STW-WOX-01"},
                new String[] {"Young person", "Jo Bright"},
                new String[] {"Date of birth", "12.04.2007"},
                new String[] {"Social worker", "Sam Lee"},
                new String[] {"Social worker e-mail", "s.lee@council.test"},
                new String[] {"Incident date", "3rd December 2026"},
                new String[] {"Incident time", "11.15am"},
                new String[] {"Type of incident", "Police involvement"},
                new String[] {"Severity", "Medium"},
                new String[] {"What happened", "Police attended after a neighbour complaint."},
                new String[] {"What was done", "Manager informed."}));
        rows.removeIf(r -> List.of(missing).contains(r[0]));
        return docxTable("incident.docx", "Incident report", rows.toArray(new String[0][]));
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
                """, incidentWithout("Young person", "Date of birth"));
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
                """, incidentWithout("Young person", "Date of birth"));
        var si = (SafeguardingIncident) ((Outcome.Routed) o).fields();
        assertThat(si.category()).isEqualTo("Police involvement");
    }

    @Test
    void aMailTitledAsAnotherFormGivesNothingToTheAttachedOne() throws Exception {
        Outcome o = handle("""
                Supported accommodation referral

                Young person's name - Jo Bright
                Date of birth - 12.04.2007
                """, incidentWithout("Young person", "Date of birth"));
        assertThat(o).isNotInstanceOf(Outcome.Routed.class);
    }
}
