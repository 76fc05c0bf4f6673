package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply a provider gets for its notice about a placement (stop 50, risk50): the notice shares a referral's words
 * ("Young person's name", "Date of birth", "Reason", "Completed by"), yet the provider is thanked for its risk concern,
 * told which team will contact it and about which referral - never told that referrals are accepted only from council
 * addresses, nor that its referral was received. The team is the one the configuration sends risk concerns to, here
 * Quality and Contracts. (AProvidersNoticeIsNoReferralTest covers the routing; this covers what the provider reads.)
 */
class AProvidersRiskConcernIsRepliedToAsOneTest {
    private static final String REF = "YPSA-ABCDE-FGHJK";

    @Test
    void aProvidersNoticeIsAnsweredAsItsRiskConcernByTheTeamThatHasThem() {
        Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
                TestDirectory.bankHolidays());
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<n@test>", "sam.ode@connection.provider.test",
                "Placement notice", Instant.parse("2026-12-04T09:00:00Z"), "Notice of placement difficulty\n\n"
                        + "Brokerage reference: BRK/2026/0417\nProvider: Connection Support\n"
                        + "Young person's name: Ieuan Llewellyn\nDate of birth: 03/02/2009\n"
                        + "What is the risk? Two fires set in his room since Monday.\n"
                        + "Reason we cannot manage it: We have no waking night staff at the house.\n"
                        + "What would help? A waking night worker for six weeks.\nCompleted by: Sam Ode, Scheme Manager\n",
                List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        assertThat(o.formType()).isEqualTo(FormType.RISK_CONCERN);
        Replies replies = new Replies(ZoneId.of("Europe/London"), new Replies.Facts(
                Map.of("risk-concern", List.of("Quality and Contracts")), "10:00", "within 10 working days",
                "every 3 months"), TestDirectory.shippedWording());
        Replies.Reply reply = replies.to(REF, o);
        assertThat(reply.subject()).isEqualTo("[" + REF + "] Received: Risk concern");
        assertThat(reply.text()).contains("Your risk concern has been received and passed on.")
                .contains("Reference: " + REF).contains("About referral: BRK/2026/0417")
                .contains("Quality and Contracts will contact you to agree how the risk can be managed.")
                .doesNotContain("council").doesNotContain("accepted only").doesNotContain("Your referral")
                .doesNotContain("Brokerage will");
    }
}
