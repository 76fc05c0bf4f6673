package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognition is not fooled by a few shared words (stop 44, inc44): a label read as a choice of another form whose
 * answer is sentences that are none of its choices asked another question, and is no evidence of that form. tuned15's
 * t15-risk-020, a provider's risk concern ("What is the risk - describe", "Reason it can't be managed (details)"), was
 * recognised as a safeguarding incident: "risk" named the incident's severity, "details" its description. Wordings
 * invented for the test.
 */
class AChoiceAnsweredInSentencesIsNoEvidenceTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", "caitlin@oxyouth.provider.test", subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    @Test
    void aRiskDescribedInSentencesIsNoIncidentsSeverity() {
        Outcome o = handle("Escalating concern re BRK/2026/0612", """
                Hi both,

                Support provider - completing: Oxfordshire Youth
                Name of YP in placement: Jonah Pell
                What is the risk - describe: He has threatened to stab a member of staff twice this week and staff will not work alone with him.
                Reason it can't be managed (details): It has carried on despite a written warning and daily key work.

                Thanks
                Caitlin""");

        assertThat(o.formType()).isEqualTo(FormType.RISK_CONCERN);
    }

    @Test
    void anIncidentsSeverityGivenWithItsReasonsIsStillEvidence() {
        Outcome o = handle("Concern re CON-SOX-01", """
                Provider: Oxfordshire Youth
                Property: OY-OXF-02
                Name of YP: Jonah Pell
                Level of risk: High, he has threatened to stab a member of staff twice this week
                Details: Staff will not work alone with him; police called on 101.
                Date: 29/11/2026 21:40""");

        assertThat(o.formType()).isEqualTo(FormType.SAFEGUARDING_INCIDENT);
    }
}
