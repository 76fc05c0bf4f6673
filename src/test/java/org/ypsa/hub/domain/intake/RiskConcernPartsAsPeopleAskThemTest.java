package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three parts of a risk concern as providers ask them in a mail (stop 41, risk41): a form typed with a blank line
 * after every line. Wordings are ours, written for
 * this test.
 */
class RiskConcernPartsAsPeopleAskThemTest {
    private static final FieldCatalog<RiskField> RISK = FieldCatalog.shipped(RiskField.class, "risk-concern");
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<r@test>", "sam.ode@connection.provider.test",
                "Risk concern", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
    }

    @Test
    void aFormTypedWithABlankLineAfterEveryLineReadsEachLabelOverItsAnswer() {
        Outcome o = handle("Hi both,\n\nconcern details\n\nour ref\n\nBRK/2026/0312\n\nprovider\n\nConnection Support\n\n"
                + "risk we cannot manage\n\nFire setting in the last month.\n\nwhy we cannot manage it\n\n"
                + "We have no waking night cover.\n\nwhat would help\n\nA waking night worker for six weeks.\n\nThanks\n\nSam\n");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        RiskConcern r = (RiskConcern) ((Outcome.Routed) o).fields();
        assertThat(r.riskUnableToManage()).isEqualTo("Fire setting in the last month.");
        assertThat(r.whyItCannotBeManaged()).isEqualTo("We have no waking night cover.");
        assertThat(r.whatWouldEnableIt()).isEqualTo("A waking night worker for six weeks.");
    }

    @Test
    void aRiskAskedAsTheBarrierIsTheRiskAndTheReasonsLabelTheReason() {
        // stop 43 (inc43): "Which risk is the barrier?" had been read as the reason, so the reason's own label was left
        // over and the risk missing
        Outcome o = handle("Concern form\nReferral ref: BRK/2026/0312\nProvider: Connection Support\n"
                + "Which risk is the barrier?\tFire setting in the last month.\nReasons:\tWe have no waking night cover.\n"
                + "What would help?\tA waking night worker for six weeks.\n");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        RiskConcern r = (RiskConcern) ((Outcome.Routed) o).fields();
        assertThat(r.riskUnableToManage()).isEqualTo("Fire setting in the last month.");
        assertThat(r.whyItCannotBeManaged()).isEqualTo("We have no waking night cover.");
        assertThat(r.whatWouldEnableIt()).isEqualTo("A waking night worker for six weeks.");
    }

    @Test
    void aLetterWithABlankLineBetweenItsParagraphsGetsNoLabels() {
        String letter = "Hi both,\n\nrisk we cannot manage\n\nwe spoke on the phone this morning and I will send the form "
                + "later today\n\nThanks\n\nSam\n";
        assertThat(org.ypsa.hub.domain.documents.HurriedLines.labelsOverAnswers(letter, l -> 2.0)).isEqualTo(letter);
    }
}
