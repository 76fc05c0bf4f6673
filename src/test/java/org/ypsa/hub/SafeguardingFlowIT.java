package org.ypsa.hub;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.MailClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Safeguarding incidents, intelligence submissions and MASH referrals (seeds 000, 002, 003), end to end. */
@ExtendWith(OutputCaptureExtension.class)
class SafeguardingFlowIT extends HubIT {
    private static final String POLICE = "readers@police.test";
    private static final String RESPONSE = "returns@response.provider.test";

    @Autowired
    LiveConfig live;

    @Test
    void highIncidentGoesToBrokerageAndQualityToTheSocialWorkerAndAlertsTheDutyContactOfTheMoment() {
        String eml = Fixtures.fresh(Fixtures.mail("safeguarding-high-docx.eml"));
        String ref = referenceOf(eml);
        Instant before = Instant.now();
        mail.send(eml, INTAKE);

        JsonNode brokerage = take("brokerage.safeguarding", ref);
        JsonNode quality = take("quality.safeguarding", ref);
        assertThat(brokerage.path("fields").path("severity").asText()).isEqualTo("High");
        assertThat(quality.path("fields").path("youngPersonName").asText()).isEqualTo("Wrenna Thistlewood-Marsh");

        MailClient.Received toWorker = awaitReply("d.fairweather-lusk@council.test", ref);
        assertThat(toWorker.text()).contains("Wrenna Thistlewood-Marsh").contains("Reported missing");

        JsonNode alert = take("alerts", ref);
        String expected = live.get().dutyRota().isWorkingTime(before) ? "brokerage@ypsa.test" : "oncall@response.provider.test";
        assertThat(alert.path("to").get(0).asText()).isEqualTo(expected);
        MailClient.Received alertMail = awaitReply(expected, ref);
        assertThat(alertMail.subject()).contains("HIGH safeguarding incident: Missing");
        assertThat(alertMail.text()).doesNotContain("Wrenna");
        assertThat(awaitReply(RESPONSE, ref).text()).contains("the duty contact has been alerted");
    }

    @Test
    void lowInHouseIncidentWithNoSocialWorkerIsRoutedWithoutAnAlert() {
        String eml = Fixtures.fresh(Fixtures.mail("safeguarding-low-inhouse-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        take("brokerage.safeguarding", ref);
        take("quality.safeguarding", ref);
        awaitReply("duty@occ-ypsa.council.test", ref);
        assertThat(queues.browse("alerts", ref)).isEmpty();
    }

    @Test
    void criticalInHouseIncidentInTheBodyAlertsInHoursBrokerageOrReocDutyOrEdt() {
        String eml = Fixtures.fresh(Fixtures.mail("safeguarding-critical-body.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        take("brokerage.safeguarding", ref);
        JsonNode alert = take("alerts", ref);
        assertThat(alert.path("kind").asText()).isEqualTo("safeguarding-critical");
        assertThat(alert.path("to").get(0).asText()).isIn("brokerage@ypsa.test", "reoc.duty@ypsa.test", "edt@ypsa.test");
    }

    @Test
    void incidentWithoutASeverityIsRejectedNamingTheField() {
        String eml = Fixtures.fresh(Fixtures.mail("safeguarding-invalid-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        take("hub.rejected", ref);
        assertThat(awaitReply(RESPONSE, ref).text()).contains("Severity: is missing. Expected: one of: Low, Medium, High, "
                + "Critical");
    }

    @Test
    void aCriticalIncidentRejectedForAFieldItLacksIsHeldAndStillAlertsTheDutyContactWithoutAWordOfItsContent() {
        String eml = Fixtures.fresh(Fixtures.rejectedCriticalIncident());
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode held = take("hub.rejected", ref);
        assertThat(held.path("outcome").asText()).isEqualTo("rejected");
        JsonNode alert = take("alerts", ref);
        assertThat(alert.path("kind").asText()).isEqualTo("safeguarding-critical");
        String to = alert.path("to").get(0).asText();
        MailClient.Received alertMail = awaitReply(to, ref);
        assertThat(alertMail.subject()).contains("CRITICAL safeguarding incident").contains("incomplete");
        assertThat(alertMail.text()).contains("hub.rejected", "returns@stonewater.provider.test")
                .doesNotContain("Kai", "assaulted");
        assertThat(awaitReply("returns@stonewater.provider.test", ref).text()).contains("Incident date and time");
        assertThat(queues.browse("brokerage.safeguarding", ref)).isEmpty();
    }

    @Test
    void ordinaryIntelligenceAboutAChildIsForwardedToThePoliceAndMashIsNotified() {
        String eml = Fixtures.fresh(Fixtures.mail("intel-ordinary-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        MailClient.Received forwarded = awaitReply(POLICE, ref);
        assertThat(forwarded.text()).contains("Partnership Agency Intelligence Sharing Submission")
                .contains("Juniper Halloway-Stroud").contains("Information: Last week");
        JsonNode mash = take("mash.referrals", ref);
        assertThat(mash.path("fields").path("childInvolved").asBoolean()).isTrue();
        assertThat(mash.path("fields").path("exploitation").asBoolean()).isTrue();
        assertThat(awaitReply(RESPONSE, ref).text()).contains("forwarded to the police intelligence readers mailbox")
                .doesNotContain("Juniper");
    }

    @Test
    void ordinaryIntelligenceAboutAnAdultIsForwardedWithoutAMashNotification() {
        String eml = Fixtures.fresh(Fixtures.mail("intel-adult-body.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        assertThat(awaitReply(POLICE, ref).text()).contains("Bartholomew Skellern-Voss");
        awaitReply("returns@stonewater.provider.test", ref);
        assertThat(queues.browse("mash.referrals", ref)).isEmpty();
    }

    @Test
    void intelligenceDescribingAnEmergencyIsNotForwardedAndTheSenderIsToldToCall999() {
        String eml = Fixtures.fresh(Fixtures.mail("intel-emergency-body.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        MailClient.Received reply = awaitReply("returns@stonewater.provider.test", ref);
        assertThat(reply.subject()).contains("call 999");
        assertThat(reply.text()).startsWith("CALL 999 NOW").contains("call 101").contains("NOT been passed to the police");
        JsonNode alert = take("alerts", ref);
        assertThat(alert.path("kind").asText()).isEqualTo("urgent-intelligence");
        take("hub.rejected", ref);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> mail.inbox(POLICE).stream()
                .noneMatch(m -> m.subject() != null && m.subject().contains(ref)));
    }

    @Test
    void aPartnersMailThatIsNoFormButTellsOfPresentDangerIsHeldAndTheSenderToldToCall999AndTheDutyContactAlerted() {
        String eml = Fixtures.fresh(Fixtures.noFormOfPresentDanger());
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        MailClient.Received reply = awaitReply("returns@stonewater.provider.test", ref);
        assertThat(reply.subject()).contains("call 999");
        assertThat(reply.text()).startsWith("CALL 999 NOW").contains("call 101").contains("The duty contact has been told");
        JsonNode alert = take("alerts", ref);
        assertThat(alert.path("kind").asText()).isEqualTo("urgent-intelligence");
        JsonNode held = take("hub.unrecognised", ref);
        assertThat(held.path("outcome").asText()).isEqualTo("unrecognised");
        assertThat(held.path("reason").asText()).contains("present danger");
    }

    @Test
    void mashReferralForAHomelessSixteenYearOldLandsOnMashReferrals() {
        String eml = Fixtures.fresh(Fixtures.mail("mash-referral-docx.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        JsonNode msg = take("mash.referrals", ref);
        assertThat(msg.path("formType").asText()).isEqualTo("mash-referral");
        assertThat(msg.path("fields").path("homelessOrThreatened").asText()).isEqualTo("homeless");
        assertThat(awaitReply("p.venn@housing.council.test", ref).text()).contains("Reference: " + ref);
    }

    @Test
    void noticeThatMediationPreventedHomelessnessLandsOnMashNotifications() {
        String eml = Fixtures.fresh(Fixtures.mail("mash-mediation-prevented-body.eml"));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);

        assertThat(take("mash.notifications", ref).path("variant").asText()).isEqualTo("mediation-prevented");
        awaitReply("p.venn@housing.council.test", ref);
    }

    @Test
    void intelligenceTextAndNamesNeverReachTheLog(CapturedOutput output) {
        String ordinary = Fixtures.fresh(Fixtures.mail("intel-ordinary-docx.eml"));
        String urgent = Fixtures.fresh(Fixtures.mail("intel-emergency-body.eml"));
        mail.send(ordinary, INTAKE);
        mail.send(urgent, INTAKE);
        awaitReply(POLICE, referenceOf(ordinary));
        take("alerts", referenceOf(urgent));

        assertThat(output.getAll()).contains(referenceOf(ordinary)).doesNotContain("Juniper", "Halloway", "Rosalind",
                "Ferrabee", "Skellern", "threatening to stab", "rucksack");
    }
}
