package org.ypsa.hub.domain.intake;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.support.TestIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider's notice about a placement on its own template (a tick grid of risk types, then the risk, why it cannot
 * be managed and what is needed, in the provider's words) shares "resident name", "date of birth", "reason" and "what
 * do you need" with a referral. From a provider's address it is that provider's risk concern; a council's referral
 * that asks about risks is still a referral. Wordings and people invented for the test.
 */
class AProvidersNoticeIsNoReferralTest {
    private final Intake intake = TestIntake.shipped();

    private static final String NOTICE = "Key2 - Young People's Services\nPlacement difficulty - provider notice\n"
            + "Ref no.:\tBRK/2026/0312\nProvider organisation holding the placement:\tKey2 Futures\n"
            + "Resident name:\tOwain Pritchard\nDate of birth:\t14/02/2008\nArea of concern\n"
            + "☐ Violence / aggression\t☒ Exploitation\t☐ Missing episodes\n"
            + "☒ Substance misuse\t☐ Damage to property\t☒ Visitors / unsafe adults\n"
            + "Risk we cannot hold:\nAdult men visiting him at night; a knife found in his room last week.\n"
            + "Reason the risk can't be held:\n"
            + "We have one worker on shift until 10pm and no cover overnight when the visitors come.\n"
            + "What do you need from the council?\n"
            + "Funding for a waking night worker for four weeks and a joint visit with the police.\n"
            + "Completed by: Key2 Futures Returns\n";

    private Outcome handle(String from, String body) {
        return intake.handle(TestIntake.mail(from, "Placement at risk", "2026-12-04T09:00:00Z", body));
    }

    @Test
    void aProvidersNoticeThatAnswersTheRiskConcernsQuestionsIsItsRiskConcern() {
        Outcome o = handle("returns@key2.provider.test", NOTICE);
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.RISK_CONCERN);
        RiskConcern r = TestIntake.routed(o, RiskConcern.class);
        assertThat(r.riskUnableToManage()).startsWith("Adult men visiting him at night");
        assertThat(r.whyItCannotBeManaged()).startsWith("We have one worker on shift");
        assertThat(r.whatWouldEnableIt()).startsWith("Funding for a waking night worker");
    }

    @Test
    void aCouncilsReferralThatAsksAboutRisksIsStillAReferral() {
        String referral = "Referral for accommodation\nYoung person's full name: Owain Pritchard\nDate of birth: 14/02/2008\n"
                + "Legal status: Looked after (s20)\nReferrer name: Sian Prosser\nRole: Social Worker\n"
                + "Team: Children Looked After Team\nEmail: s.prosser@council.test\nFGC offered? Yes\n"
                + "Reason for referral: His placement with his aunt has broken down and she has asked him to leave.\n"
                + "Risks the young person poses: None known to others; some cannabis use.\n"
                + "What support does he need? Help with budgeting and a college place.\n"
                + "Date accommodation needed: 15/01/2027\nConsent: Yes\n";
        Outcome o = handle("s.prosser@council.test", referral);
        assertThat(o.formType()).as("%s", o).isEqualTo(FormType.REFERRAL);
        assertThat(TestIntake.routed(o, Referral.class).youngPerson().fullName()).isEqualTo("Owain Pritchard");
    }
}
