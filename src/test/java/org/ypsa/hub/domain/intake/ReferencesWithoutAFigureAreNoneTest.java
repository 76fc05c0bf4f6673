package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An optional reference (a police log number, an LCS number) is written with a figure in any scheme; words without
 * one are no reference: tuned8 routed an incident whose police reference was "crime / log ref", the end of its label
 * "Police crime / log ref" over a dash. Wordings and people invented for the test.
 */
class ReferencesWithoutAFigureAreNoneTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private SafeguardingIncident incident(String police) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<r@test>", "manager@key2.provider.test",
                "Safeguarding report", Instant.parse("2026-12-07T10:00:00Z"), "Hi,\n\nSafeguarding incident report\n\n"
                        + "Provider submitting report:\nKey2\n\nScheme where incident happened\nK2F-CHE-01\n\n"
                        + "Young person involved (name)\nTomos Reed\n\nWhen it happened (date and time):\n"
                        + "5 December 2026 at 21:40\n\nCategory of event *\nSelf harm\n\nSeverity of incident:\nlow\n\n"
                        + "Incident details (what happened):\nTomos cut his arm in his room; staff cleaned the wound.\n\n"
                        + "Staff actions\nFirst aid given, on-call manager told.\n\n" + police + "\n\nThanks,\nJo\n",
                List.of(), false));
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        return (SafeguardingIncident) ((Outcome.Routed) o).fields();
    }

    @Test
    void wordsLeftFromAReferencesLabelAreNoReference() {
        assertThat(incident("Police crime / log ref\n\u2013").policeReference()).isNull();
    }

    @Test
    void aReferenceWithItsFiguresIsKept() {
        assertThat(incident("Police crime / log ref: TVP-26-118734").policeReference()).isEqualTo("TVP-26-118734");
    }
}
