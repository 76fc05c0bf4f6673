package org.ypsa.hub.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.mash.MashReferral;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.risk.RiskConcern;
import org.ypsa.hub.support.TestDirectory;

/**
 * Questions as people ask them in a form typed on a phone ("Label: answer" lines, the phone's line at the end; stop 43,
 * eml43): where a MASH referral is referred from is its presenting agency; the risk asked as the barrier to an offer is
 * the risk unable to manage; the plan for tonight, or the safety plan, is an emergency's immediate safety concern (not
 * yet read so: "Safety plan until a bed is found", and a question with its answer on its line, "Where will the YP stay
 * tonight? ..."); youth justice or police involvement is offending; a young person's whereabouts are their current
 * address. Wordings and people are ours.
 */
class QuestionsTypedOnAPhoneTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String from, String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<p@test>", from, subject,
                Instant.parse("2026-12-03T09:00:00Z"), body, List.of(), false));
    }

    private static final String MASH = """
            Sent from my phone, sorry

            Young person's name: Tegan Marlowe
            Dob: 02/02/2010
            Address: 9 Canal Row, Banbury, OX16 2AA
            %s: Banbury Housing Options
            Homeless or threatened: Homeless
            Mediation tried: Yes
            Outcome of mediation: Mum will not have Tegan home after the second session.
            Concerns: Sleeping in a friend's car.
            Known to children's social care: No
            Parent contact: Dawn Marlowe (mother) 07700 900456

            Jo

            Sent from my iPhone""";

    @Test
    void whereAMashReferralIsReferredFromIsItsPresentingAgency() {
        for (String label : List.of("Referred from", "Referred from (agency)")) {
            Outcome o = handle("jo.pike@council.test", "MASH referral 16/17", MASH.formatted(label));
            assertThat(o).as("%s: %s", label, o).isInstanceOf(Outcome.Routed.class);
            assertThat(((MashReferral) ((Outcome.Routed) o).fields()).presentingAgency()).as(label)
                    .isEqualTo("Banbury Housing Options");
        }
    }

    @Test
    void theRiskAskedAsTheBarrierToAnOfferIsTheRiskUnableToManage() {
        for (String label : List.of("Which risk is the barrier?", "What risk is the barrier")) {
            Outcome o = handle("sam.ode@connection.provider.test", "Risk concern BRK/2026/0412", """
                    On my mobile

                    Referral ref: BRK/2026/0412
                    Provider: Connection Support
                    Young person: Tegan Marlowe
                    %s: Setting fires in her room twice this month.
                    Reasons: We have no waking night staff at the scheme.
                    What would help: A waking night worker for the first six weeks.

                    Sam

                    Get Outlook for Android""".formatted(label));
            assertThat(o).as("%s: %s", label, o).isInstanceOf(Outcome.Routed.class);
            RiskConcern r = (RiskConcern) ((Outcome.Routed) o).fields();
            assertThat(r.riskUnableToManage()).as(label).isEqualTo("Setting fires in her room twice this month.");
            assertThat(r.whyItCannotBeManaged()).as(label).isEqualTo("We have no waking night staff at the scheme.");
        }
    }

    private static final String EMERGENCY = """
            Pls log

            Emergency referral
            YP name: Tegan Marlowe
            Dob: 02/02/2008
            %s: 9 Canal Row, Banbury, OX16 2AA
            Legal status: Care leaver
            Referrer: Jo Pike
            Role: Personal Adviser
            Team: Leaving Care
            Email: jo.pike@council.test
            Reason: Her landlord has evicted her and she has nowhere to go.
            %s %s
            Offending:%s
            Date needed: 04/12/2026
            Consent: Yes

            Jo

            Sent from my iPhone""";

    @Test
    void thePlanForTonightIsAnEmergencysImmediateSafetyConcern() {
        String tonight = "Nowhere safe tonight, she slept in a bus shelter last night.";
        for (String label : List.of("Plan for tonight:", "Safety plan:")) {
            Outcome o = handle("jo.pike@council.test", "URGENT referral", EMERGENCY.formatted("Address", label, tonight,
                    " none"));
            assertThat(o).as("%s: %s", label, o).isInstanceOf(Outcome.Routed.class);
            Referral r = (Referral) ((Outcome.Routed) o).fields();
            assertThat(r.variant()).isEqualTo(Referral.EMERGENCY);
            assertThat(r.immediateSafetyConcern()).as(label).isEqualTo(tonight);
        }
    }

    @Test
    void youthJusticeOrPoliceInvolvementIsOffending() {
        String arrested = "Arrested in October for criminal damage, released under investigation.";
        for (String label : List.of("YJS / police involvement:", "Police involvement?", "YJS involvement:")) {
            Outcome o = handle("jo.pike@council.test", "URGENT referral", EMERGENCY.formatted("Address",
                    "Why is this an emergency?", "Nowhere safe tonight.", "").replace("Offending:", label + " " + arrested));
            assertThat(o).as("%s: %s", label, o).isInstanceOf(Outcome.Routed.class);
            assertThat(((Referral) ((Outcome.Routed) o).fields()).risks().offending()).as(label).isEqualTo(arrested);
        }
    }

    @Test
    void aYoungPersonsWhereaboutsAreTheirCurrentAddress() {
        for (String label : List.of("YP's current whereabouts", "Whereabouts")) {
            Outcome o = handle("jo.pike@council.test", "URGENT referral", EMERGENCY.formatted(label,
                    "Why is this an emergency?", "Nowhere safe tonight.", " none"));
            assertThat(o).as("%s: %s", label, o).isInstanceOf(Outcome.Routed.class);
            Referral r = (Referral) ((Outcome.Routed) o).fields();
            assertThat(r.youngPerson().fullName()).as(label).isEqualTo("Tegan Marlowe");
            assertThat(r.youngPerson().currentAddress()).as(label).isEqualTo("9 Canal Row, Banbury, OX16 2AA");
        }
    }
}
