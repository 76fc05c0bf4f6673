package org.ypsa.hub.domain.intake;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.risk.RiskConcern;

import static org.assertj.core.api.Assertions.assertThat;

class RepliesTest {
    private static final String REF = "YPSA-ABCDE-FGHJK";

    @Test
    void aReplyNamesTheTeamTheConfigurationSendsTheFormToNotAFixedOne() {
        Replies replies = new Replies(ZoneId.of("Europe/London"), new Replies.Facts(
                Map.of("risk-concern", List.of("Housing Options Team (SHG)")), "10:00", "within 5 working days",
                "every 6 months"), org.ypsa.hub.support.TestDirectory.shippedWording());
        RiskConcern rc = new RiskConcern("BRK/2026/0312", "provider", "A Provider", "absconding", "no staff",
                "a waking night");
        String text = replies.to(REF, new Outcome.Routed(FormType.RISK_CONCERN, null, rc, List.of())).text();
        assertThat(text).contains("Housing Options Team (SHG) will contact you").doesNotContain("Brokerage");
    }

    @Test
    void anEmailThatIsNoFormIsToldItWaitsForAnAdminAndToCall999IfAnyoneIsInDanger() {
        Replies replies = new Replies(ZoneId.of("Europe/London"), new Replies.Facts(Map.of(), "10:00",
                "within 5 working days", "every 6 months"), org.ypsa.hub.support.TestDirectory.shippedWording());
        String text = replies.to(REF, new Outcome.Unrecognised("no form")).text();
        assertThat(text).contains("kept for an administrator").contains("not straight away")
                .contains("if anyone is in immediate danger, call 999 now");
    }

    @Test
    void twoTeamsAreNamedTogetherAndAFormWithNoKnownTeamIsNotGivenOne() {
        Replies.Facts facts = new Replies.Facts(Map.of("safeguarding-incident", List.of("Brokerage", "Quality")),
                "10:00", "within 10 working days", "every 3 months");
        assertThat(facts.teams(FormType.SAFEGUARDING_INCIDENT)).isEqualTo("Brokerage and Quality");
        assertThat(facts.teams(FormType.REFERRAL)).isEqualTo("the partnership's team");
    }

    @Test
    void aReferralsOutcomeIsPassedOnInTheNameOfTheTeamTheConfigurationSendsReferralsTo() {
        Replies replies = new Replies(ZoneId.of("Europe/London"), new Replies.Facts(
                Map.of("referral", List.of("Housing Options Team (SHG)")), "10:00", "within 5 working days",
                "every 6 months"), org.ypsa.hub.support.TestDirectory.shippedWording());
        Replies.Reply r = replies.referralOutcome(REF, "ACCEPTED");
        assertThat(r.subject()).isEqualTo("[" + REF + "] Referral outcome: ACCEPTED");
        assertThat(r.text()).startsWith("Housing Options Team (SHG) has recorded the outcome of your referral " + REF
                + ": ACCEPTED.").doesNotContain("Brokerage");
    }

    @Test
    void aPhraseAnAdminRewordedInTheConfigurationIsWhatTheSenderReadsFilledFromTheEmail() {
        Map<String, String> phrases = new java.util.HashMap<>(org.ypsa.hub.support.TestDirectory.shippedWording()
                .phrases());
        phrases.put("received-subject", "[{reference}] Wedi dod i law / Received: {form}");
        phrases.put("risk-concern-next", "Bydd {teams} yn cysylltu / {teams} will be in touch.");
        Replies replies = new Replies(ZoneId.of("Europe/London"), new Replies.Facts(
                Map.of("risk-concern", List.of("Brokerage")), "10:00", "within 5 working days", "every 6 months"),
                new org.ypsa.hub.domain.Wording(phrases));
        RiskConcern rc = new RiskConcern("BRK/2026/0312", "provider", "A Provider", "absconding", "no staff",
                "a waking night");
        Replies.Reply r = replies.to(REF, new Outcome.Routed(FormType.RISK_CONCERN, null, rc, List.of()));
        assertThat(r.subject()).isEqualTo("[" + REF + "] Wedi dod i law / Received: Risk concern");
        assertThat(r.text()).contains("\nBydd Brokerage yn cysylltu / Brokerage will be in touch.\n")
                .doesNotContain("will contact you");
    }
}
