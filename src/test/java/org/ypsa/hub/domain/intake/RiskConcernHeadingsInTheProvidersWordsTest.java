package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider keeping a placement heads the three parts of its risk concern in its own words (stop 47, risk47): what
 * is going on in the placement (the risk), why it cannot go on as it is (the reason), what it needs to keep the
 * placement (the resources). Wordings are ours, written for this test.
 */
class RiskConcernHeadingsInTheProvidersWordsTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<r@test>", "sam.ode@connection.provider.test",
                "Placement at risk - BRK/2026/0312", Instant.parse("2026-12-04T09:00:00Z"), body, List.of(), false));
    }

    private static RiskConcern routed(Outcome o) {
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        return (RiskConcern) ((Outcome.Routed) o).fields();
    }

    /** A provider's mail with the given lines between its greeting, reference and name and its sign-off, routed. */
    private RiskConcern routedFromBody(String... lines) {
        return routed(handle("Hello,\n\nOur ref: BRK/2026/0312\nProvider: Connection Support\n"
                + String.join("\n", lines) + "\n\nThanks\nSam\n"));
    }

    private static void assertTheThreeParts(RiskConcern r) {
        assertThat(r.riskUnableToManage()).isEqualTo("Fire setting twice in the last month.");
        assertThat(r.whyItCannotBeManaged()).isEqualTo("We have no waking night cover.");
        assertThat(r.whatWouldEnableIt()).isEqualTo("A waking night worker for six weeks.");
    }

    @Test
    void whatIsGoingOnWhyTheProviderCannotCopeAndWhatItNeedsAreTheThreeParts() {
        RiskConcern r = routedFromBody("What's been going on at the house: Fire setting twice in the last month.",
                "Why we can't cope any more: We have no waking night cover.",
                "What we need from Brokerage: A waking night worker for six weeks.");
        assertTheThreeParts(r);
    }

    @Test
    void whatIsHappeningWhyTheProviderIsStrugglingAndWhatWouldKeepThePlacementAreTheThreeParts() {
        RiskConcern r = routedFromBody("What is happening with the placement: Fire setting twice in the last month.",
                "Why staff are struggling: We have no waking night cover.",
                "What would help keep this placement: A waking night worker for six weeks.");
        assertTheThreeParts(r);
    }

    @Test
    void aLetterSayingWhatHasBeenHappeningInItsOpeningStillReadsItsHeadings() {
        RiskConcern r = routed(handle("Dear Brokerage,\n\nNotice of risk to the placement\n"
                + "Below I set out what has been happening and what we need.\n"
                + "Placement reference\nBRK/2026/0312\nProvider\nConnection Support\n"
                + "The behaviour we cannot manage\nFire setting twice in the last month.\n"
                + "What makes it unmanageable\nWe have no waking night cover.\n"
                + "Support that would let us carry on\nA waking night worker for six weeks.\n\n"
                + "Please call me to discuss.\nYours sincerely\nSam Ode\nProject Manager\n"));
        assertTheThreeParts(r);
    }

    @Test
    void anUnmanageableRiskIsTheRiskAndWhatMakesItUnmanageableIsTheReason() {
        RiskConcern r = routedFromBody("Unmanageable risk: Fire setting twice in the last month.",
                "Reason it cannot be managed: We have no waking night cover.",
                "Resources required: A waking night worker for six weeks.");
        assertThat(r.riskUnableToManage()).isEqualTo("Fire setting twice in the last month.");
        assertThat(r.whyItCannotBeManaged()).isEqualTo("We have no waking night cover.");
        RiskConcern asked = routedFromBody("Risk: Fire setting twice in the last month.",
                "What is making this too difficult to manage: We have no waking night cover.",
                "Resources required: A waking night worker for six weeks.");
        assertThat(asked.whyItCannotBeManaged()).isEqualTo("We have no waking night cover.");
    }

    /** Stop 70 (tuned32): a signature's "Supported Housing Coordinator" is a job title, not "Supported" answered. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Housing Support Officer | Mon-Thu | Tel 01865 000 000",
        "Supported Housing Coordinator"})
    void theYoungPersonConsideredForAPlacementAndASupportWorkersSignatureAreNotWhatWouldHelp(String title) {
        Outcome o = handle("Hello,\n\nOur ref: BRK/2026/0312\nProvider: Connection Support\n"
                + "Young person considered for placement: Jo Bloggs\n"
                + "Risk we cannot manage: Fire setting twice in the last month.\n"
                + "Why we can't cope any more: We have no waking night cover.\n\n"
                + "Sam Ode\n" + title + "\n");
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Rejected.class);
        assertThat(o.toString()).contains("Resources or support that would enable the risk to be managed");
    }

    @Test
    void whatWouldKeepTheYoungPersonOrThePlacementIsWhatWouldHelpNotTheYoungPersonsName() {
        RiskConcern r = routedFromBody("Young person: Rowan Tillbrook",
                "What has been going on: Fire setting twice in the last month.",
                "Why we cannot cope: We have no waking night cover.",
                "What could help us to hold on to the young person: A waking night worker for six weeks.");
        assertTheThreeParts(r);
        r = routedFromBody("What has been going on: Fire setting twice in the last month.",
                "Why we cannot cope: We have no waking night cover.",
                "What would keep the placement going: A waking night worker for six weeks.");
        assertTheThreeParts(r);
    }
}
