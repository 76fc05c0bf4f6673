package org.ypsa.hub.adapter.jms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.support.Fixtures;
import org.ypsa.hub.support.HubIT;
import org.ypsa.hub.support.MailClient;
import org.ypsa.hub.support.QueueClient;
import org.ypsa.hub.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders and escalations (SPEC.md "Schedules") driven by a controllable clock: the test sets the hub's time
 * and ticks the clocks itself, then reads what was committed on the alerts queue (every reminder and escalation
 * is recorded there in the same transaction as its emails) and what reached the mailboxes.
 */
class ClocksIT extends HubIT {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    TestClock clock;
    @Autowired
    ClockTicker ticker;
    @Autowired
    ClockStore store;

    @BeforeEach
    void calendarStartsEmpty() {
        queues.purge("hub.clocks", CALENDAR);
        ticker.forgetSeeded();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        queues.purge("hub.clocks", CALENDAR);
        ticker.forgetSeeded();
    }

    private static Instant london(String t) {
        return LocalDateTime.parse(t).atZone(LONDON).toInstant();
    }

    private void tickAt(String londonTime) throws Exception {
        clock.set(london(londonTime));
        ticker.tick();
    }

    private static List<JsonNode> alerts(String reference, String kind) {
        return queues.browse("alerts", reference).stream().map(r -> {
            try {
                return JSON.readTree(r.text());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).filter(a -> kind == null || a.path("kind").asText().equals(kind)).toList();
    }

    private static List<String> recipients(String reference, String kind) {
        return alerts(reference, kind).stream().map(a -> a.path("to").get(0).asText()).sorted().toList();
    }

    /** A void return as label lines in the body, from a provider's returns address, for a week. */
    private static String voidReturn(String from, String provider, String property, String locality, String type,
            int total, int occupied, LocalDate week) {
        return "From: " + from + "\r\nTo: " + INTAKE + "\r\nSubject: Void return\r\nMessage-ID: <" + UUID.randomUUID()
                + "@provider.test>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\nContent-Type: text/plain; charset=us-ascii"
                + "\r\n\r\nProvider: " + provider + "\r\nWeek commencing: " + week.format(Dates.UK)
                + "\r\n\r\nProperty reference: " + property + "\r\nLocality: " + locality + "\r\nService type: " + type
                + "\r\nTotal units: " + total + "\r\nOccupied: " + occupied + "\r\nVacant: " + (total - occupied)
                + "\r\nEmergency bed: N\r\n";
    }

    /** A member of staff's reply to a hub email: the reference in the subject, the word on the first line. */
    private static String staffReply(String from, String reference, String firstLine) {
        return "From: " + from + "\r\nTo: " + INTAKE + "\r\nSubject: RE: [" + reference + "] URGENT\r\nMessage-ID: <"
                + UUID.randomUUID() + "@ypsa.test>\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + firstLine
                + "\r\n\r\nThanks\r\n\r\nFrom: YPSA Hub <intake@ypsa.test>\r\nSubject: [" + reference
                + "] URGENT\r\n> Reply to this email keeping the reference in the subject, starting with ACK\r\n";
    }

    /** Sends a staff reply at a moment of the hub's clock and returns the hub's answer: a refusal, here. */
    private MailClient.Received refusedAt(String londonTime, String from, String reference, String firstLine) {
        clock.set(london(londonTime));
        String eml = staffReply(from, reference, firstLine);
        mail.send(eml, INTAKE);
        awaitInboxDrained();
        return awaitReply(from, referenceOf(eml));
    }

    /** Sends a form at a moment of the hub's clock and waits until it is routed: its clocks start then. */
    private String routedAt(String londonTime, String eml, String queue) {
        clock.set(london(londonTime));
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        assertThat(queues.take(queue, ref, 30_000)).as("routed to " + queue).isNotNull();
        return ref;
    }

    /** Sends a staff reply at a moment of the hub's clock and waits until the hub answered it. */
    private MailClient.Received repliedAt(String londonTime, String from, String reference, String firstLine) {
        clock.set(london(londonTime));
        String eml = staffReply(from, reference, firstLine);
        mail.send(eml, INTAKE);
        awaitInboxDrained();
        return awaitReply(from, "[" + reference + "] Recorded");
    }

    @Test
    void voidReturnWeekRemindsOnlyProvidersThatHaveNotReturnedThenSummarisesForBrokerageAndTellsMissingManagers()
            throws Exception {
        LocalDate week = LocalDate.of(2027, 3, 22);
        tickAt("2027-03-18T12:00");
        mail.send(voidReturn("returns@response.provider.test", "Response", "RSP-OXC-01", "Oxford City", "18+ Shared",
                4, 1, week), INTAKE);
        mail.send(voidReturn("returns@key2.provider.test", "Key2 Futures", "K2F-CHE-01", "Cherwell",
                "18+ Single Self Contained", 6, 4, week), INTAKE);
        awaitInboxDrained();

        String friday = "void-reminder-1:2027-03-22";
        tickAt("2027-03-19T13:59");
        assertThat(alerts(friday, null)).as("not before Friday 14:00").isEmpty();
        tickAt("2027-03-19T14:00");
        List<String> reminded = recipients(friday, "void-return-reminder");
        assertThat(reminded).hasSize(6).doesNotContain("returns@response.provider.test", "returns@key2.provider.test")
                .contains("returns@stonewater.provider.test", "returns@occ-ypsa.council.test");
        tickAt("2027-03-19T14:15");
        assertThat(recipients(friday, "void-return-reminder")).as("not twice").hasSize(6);

        tickAt("2027-03-22T08:00");
        assertThat(recipients("void-reminder-2:2027-03-22", "void-return-reminder")).hasSize(6);
        tickAt("2027-03-22T10:00");
        String summary = "void-summary:2027-03-22";
        assertThat(recipients(summary, "void-return-summary")).containsExactly("brokerage@ypsa.test");
        assertThat(recipients(summary, "void-return-missing")).hasSize(6).contains("manager@stonewater.provider.test")
                .doesNotContain("manager@response.provider.test");
        tickAt("2027-03-22T10:30");
        assertThat(alerts(summary, null)).as("one summary").hasSize(7);
        assertThat(queues.browseWhere("hub.clocks", "hubClockKind = 'void-summarised' AND hubWeek = '2027-03-22'"))
                .as("the counted returns kept for the Beds page").hasSize(2);

        MailClient.Received toBrokerage = awaitReply("brokerage@ypsa.test", "Void returns summary: week of 22/03/2027");
        assertThat(toBrokerage.text()).contains("Returns received: 2 of 8").contains("Oxford City")
                .contains("18+ Shared: 3 vacant").contains("Cherwell").contains("18+ Single Self Contained: 2 vacant")
                .contains("Not returned:").contains("Stonewater").contains("Sanctuary Housing");
        assertThat(awaitReply("manager@stonewater.provider.test", "Void return missing: Stonewater, week of 22/03/2027")
                .text()).contains("had not been received by the deadline");
        assertThat(awaitReply("returns@sanctuary.provider.test", "void return for the week of 22/03/2027").text())
                .contains("Sanctuary Housing");
    }

    @Test
    void bankHolidayMondayAndTheSpringDstChangeMoveTheWeekToTuesdayWithNoReminderLostOrDoubled() throws Exception {
        // Good Friday 26 March, clocks forward Sunday 28 March, Easter Monday 29 March 2027.
        Instant t = london("2027-03-24T12:00");
        while (t.isBefore(london("2027-03-30T12:00"))) {
            clock.set(t);
            ticker.tick();
            t = t.plus(Duration.ofMinutes(20));
        }
        List<JsonNode> thursday = alerts("void-reminder-1:2027-03-29", "void-return-reminder");
        assertThat(thursday).hasSize(8);
        assertThat(Instant.parse(thursday.get(0).path("raisedAt").asText())).isBetween(london("2027-03-25T14:00"),
                london("2027-03-25T14:20"));
        List<JsonNode> tuesday = alerts("void-reminder-2:2027-03-29", "void-return-reminder");
        assertThat(tuesday).hasSize(8);
        assertThat(Instant.parse(tuesday.get(0).path("raisedAt").asText())).isBetween(london("2027-03-30T08:00"),
                london("2027-03-30T08:20"));
        List<JsonNode> summary = alerts("void-summary:2027-03-29", "void-return-summary");
        assertThat(summary).hasSize(1);
        assertThat(Instant.parse(summary.get(0).path("raisedAt").asText())).isBetween(london("2027-03-30T10:00"),
                london("2027-03-30T10:20"));
    }

    @Test
    void autumnDstChangeFiresEachReminderAndEscalationOnceThroughTheRepeatedHour() throws Exception {
        // The clocks go back at 02:00 BST on Sunday 31 October 2027: 01:00 to 02:00 happens twice.
        String ref = routedAt("2027-10-31T00:50", Fixtures.fresh(Fixtures.mail("safeguarding-high-docx.eml")),
                "brokerage.safeguarding");
        Instant t = london("2027-10-29T12:00");
        clock.set(t);
        ticker.forgetSeeded();
        while (t.isBefore(london("2027-11-01T11:00"))) {
            clock.set(t);
            ticker.tick();
            t = t.plus(Duration.ofMinutes(10));
        }
        assertThat(alerts("void-reminder-1:2027-11-01", "void-return-reminder")).hasSize(8);
        assertThat(alerts("void-reminder-2:2027-11-01", "void-return-reminder")).hasSize(8);
        assertThat(alerts("void-summary:2027-11-01", "void-return-summary")).hasSize(1);
        // Response runs its own rota out of hours: the escalation goes to it, then to its manager, once each.
        assertThat(recipients(ref, "safeguarding-incident:escalation")).containsExactly("oncall@response.provider.test");
        assertThat(recipients(ref, "safeguarding-incident:escalation to manager"))
                .containsExactly("manager@response.provider.test");
    }

    @Test
    void emergencyReferralAcknowledgedOneMinuteBeforeItsEscalationIsNotEscalated() throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        MailClient.Received answer = repliedAt("2027-06-15T11:59", "brokerage@ypsa.test", ref, "ACK");
        assertThat(answer.text()).contains("recorded ACK for " + ref).contains("stopped");
        tickAt("2027-06-15T12:00");
        tickAt("2027-06-15T12:30");
        assertThat(alerts(ref, "emergency-referral:escalation")).isEmpty();
        assertThat(alerts(ref, "emergency-referral")).as("the alert at routing").hasSize(1);
    }

    @Test
    void emergencyReferralNotAcknowledgedEscalatesToTheBrokerageManagerInHoursToReocDutyInTheEveningAndEdtOvernight()
            throws Exception {
        String morning = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        String afternoon = routedAt("2027-06-15T16:30", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        String late = routedAt("2027-06-15T22:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        tickAt("2027-06-15T11:59");
        assertThat(alerts(morning, "emergency-referral:escalation")).isEmpty();
        tickAt("2027-06-15T12:00");
        tickAt("2027-06-15T18:30");
        tickAt("2027-06-16T00:00");
        tickAt("2027-06-16T03:00");
        assertThat(recipients(morning, "emergency-referral:escalation")).containsExactly("brokerage.manager@ypsa.test");
        assertThat(recipients(afternoon, "emergency-referral:escalation")).containsExactly("reoc.duty@ypsa.test");
        assertThat(recipients(late, "emergency-referral:escalation")).containsExactly("edt@ypsa.test");
        MailClient.Received mail = awaitReply("edt@ypsa.test", "[" + late + "] ESCALATION");
        assertThat(mail.text()).contains("Emergency referral not acknowledged").contains("ACK or ACCEPTED or DECLINED")
                .doesNotContain("Corwin");
    }

    @ParameterizedTest
    @CsvSource({"Accepted - room at OCC, ACCEPTED", "Declined - no suitable vacancy, DECLINED"})
    void acceptedOrDeclinedReplyStopsTheEscalationAndPassesTheOutcomeToTheReferrer(String firstLine, String word)
            throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        MailClient.Received answer = repliedAt("2027-06-15T11:00", "brokerage@ypsa.test", ref, firstLine);
        assertThat(answer.text()).contains("The referrer has been told the outcome");
        assertThat(awaitReply("j.pemberton-quaile@council.test", "[" + ref + "] Referral outcome").subject())
                .endsWith("Referral outcome: " + word);
        tickAt("2027-06-15T13:00");
        assertThat(alerts(ref, "emergency-referral:escalation")).isEmpty();
    }

    @Test
    void safeguardingAckStopsBothEscalationStepsWhileAnUnacknowledgedIncidentGetsBoth() throws Exception {
        String acked = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("safeguarding-high-docx.eml")),
                "brokerage.safeguarding");
        String ignored = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("safeguarding-high-docx.eml")),
                "brokerage.safeguarding");
        repliedAt("2027-06-15T10:30", "brokerage@ypsa.test", acked, "ACK");
        tickAt("2027-06-15T11:00");
        tickAt("2027-06-15T12:00");
        assertThat(alerts(ignored, "safeguarding-incident:escalation")).hasSize(1);
        assertThat(alerts(ignored, "safeguarding-incident:escalation to manager")).hasSize(1);
        assertThat(alerts(acked, "safeguarding-incident:escalation")).isEmpty();
        assertThat(alerts(acked, "safeguarding-incident:escalation to manager")).isEmpty();
    }

    @Test
    void urgentIntelligenceNotAcknowledgedIsEscalatedToTheDutyContactThenItsManagerAndAnAckStopsBoth()
            throws Exception {
        String acked = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("intel-emergency-body.eml")),
                "hub.rejected");
        String ignored = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("intel-emergency-body.eml")),
                "hub.rejected");
        repliedAt("2027-06-15T10:20", "brokerage@ypsa.test", acked, "ACK");
        tickAt("2027-06-15T10:30");
        tickAt("2027-06-15T11:00");
        assertThat(alerts(ignored, "urgent-intelligence:escalation")).hasSize(1);
        assertThat(alerts(ignored, "urgent-intelligence:escalation to manager")).hasSize(1);
        assertThat(alerts(acked, "urgent-intelligence:escalation")).isEmpty();
        assertThat(alerts(acked, "urgent-intelligence:escalation to manager")).isEmpty();
    }

    @Test
    void aPartnersMailOfPresentDangerThatIsNoFormIsEscalatedLikeUrgentIntelligenceWhenNotAcknowledged()
            throws Exception {
        String acked = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.noFormOfPresentDanger()), "hub.unrecognised");
        String ignored = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.noFormOfPresentDanger()),
                "hub.unrecognised");
        repliedAt("2027-06-15T10:20", "brokerage@ypsa.test", acked, "ACK");
        tickAt("2027-06-15T10:30");
        tickAt("2027-06-15T11:00");
        assertThat(alerts(ignored, "urgent-intelligence:escalation")).hasSize(1);
        assertThat(alerts(ignored, "urgent-intelligence:escalation to manager")).hasSize(1);
        assertThat(alerts(acked, "urgent-intelligence:escalation")).isEmpty();
    }

    @Test
    void aCriticalIncidentRejectedIncompleteIsEscalatedLikeARoutedOneWhenNotAcknowledgedAndAnAckStopsIt()
            throws Exception {
        String acked = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.rejectedCriticalIncident()), "hub.rejected");
        String ignored = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.rejectedCriticalIncident()),
                "hub.rejected");
        repliedAt("2027-06-15T10:30", "brokerage@ypsa.test", acked, "ACK");
        tickAt("2027-06-15T11:00");
        tickAt("2027-06-15T12:00");
        assertThat(alerts(ignored, "safeguarding-incident:escalation")).hasSize(1);
        assertThat(alerts(ignored, "safeguarding-incident:escalation to manager")).hasSize(1);
        assertThat(alerts(acked, "safeguarding-incident:escalation")).isEmpty();
        assertThat(alerts(acked, "safeguarding-incident:escalation to manager")).isEmpty();
    }

    @Test
    void meetingHeldClosesTheCarePlanningMeetingClock() throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("mash-referral-docx.eml")),
                "mash.referrals");
        repliedAt("2027-06-15T12:00", "mash@ypsa.test", ref, "Joint assessment complete");
        repliedAt("2027-06-25T12:00", "mash@ypsa.test", ref, "Meeting held");
        tickAt("2027-06-29T09:00"); // 10 working days after Tuesday 15 June 2027
        assertThat(alerts(ref, "care-planning-meeting:reminder")).isEmpty();
    }

    @Test
    void movedOnStopsTheProgressReviews() throws Exception {
        String ref = routedAt("2027-01-04T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        repliedAt("2027-01-04T10:30", "brokerage@ypsa.test", ref, "ACCEPTED");
        repliedAt("2027-01-15T12:00", "returns@response.provider.test", ref, "Moved in 15/01/2027");
        tickAt("2027-04-01T09:00");
        assertThat(recipients(ref, "progress-review")).hasSize(2);
        repliedAt("2027-05-10T12:00", "returns@response.provider.test", ref, "Moved on");
        tickAt("2027-07-01T09:00");
        tickAt("2027-10-01T09:00");
        assertThat(recipients(ref, "progress-review")).as("no review after moving on").hasSize(2);
    }

    @Test
    void mashReferralIsRemindedAt24HoursEscalatedAt48AndTheJointAssessmentStartsTheCarePlanningMeetingClock()
            throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("mash-referral-docx.eml")),
                "mash.referrals");
        tickAt("2027-06-16T09:59");
        assertThat(alerts(ref, "mash-joint-assessment:reminder")).isEmpty();
        tickAt("2027-06-16T10:00");
        assertThat(recipients(ref, "mash-joint-assessment:reminder")).containsExactly("mash@ypsa.test");
        tickAt("2027-06-17T10:00");
        assertThat(recipients(ref, "mash-joint-assessment:escalation")).containsExactly("mash.manager@ypsa.test");

        MailClient.Received answer = repliedAt("2027-06-17T11:00", "mash@ypsa.test", ref, "Joint assessment complete");
        assertThat(answer.text()).contains("care planning meeting");
        // 10 working days after Thursday 17 June 2027: Thursday 1 July, 09:00
        tickAt("2027-07-01T08:59");
        assertThat(alerts(ref, "care-planning-meeting:reminder")).isEmpty();
        tickAt("2027-07-01T09:00");
        assertThat(recipients(ref, "care-planning-meeting:reminder")).containsExactly("mash.manager@ypsa.test",
                "mash@ypsa.test");
    }

    @Test
    void movedInStartsThreeMonthlyProgressReviewRemindersToTheProviderAndSocialWorker() throws Exception {
        String ref = routedAt("2027-01-04T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        repliedAt("2027-01-04T10:30", "brokerage@ypsa.test", ref, "ACCEPTED");
        MailClient.Received answer = repliedAt("2027-01-15T12:00", "returns@response.provider.test", ref,
                "Moved in 15/01/2027");
        assertThat(answer.text()).contains("Date recorded: 15/01/2027");
        tickAt("2027-04-01T08:59");
        assertThat(alerts(ref, "progress-review")).isEmpty();
        tickAt("2027-04-01T09:00");
        List<String> first = recipients(ref, "progress-review");
        assertThat(first).contains("returns@response.provider.test").hasSize(2);
        tickAt("2027-07-01T09:00");
        assertThat(recipients(ref, "progress-review")).hasSize(4);
    }

    @Test
    void twoInstancesTickingTogetherFireADueEscalationOnce(@Autowired ConnectionFactory cf,
            @Autowired HubProperties props, @Autowired LiveConfig live, @Autowired Outgoing outgoing,
            @Autowired AuditLog audit, @Autowired MeterRegistry meters,
            @Autowired com.fasterxml.jackson.databind.ObjectMapper hubJson,
            @Autowired org.ypsa.hub.adapter.notify.NotifyGateway notify) throws Exception {
        ClockTicker other = new ClockTicker(new ClockStore(cf, props, hubJson), live, outgoing, clock, audit,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), notify);
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        clock.set(london("2027-06-15T12:05"));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> tick(ticker));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> tick(other));
        a.get();
        b.get();
        ticker.tick();
        other.tick();
        assertThat(alerts(ref, "emergency-referral:escalation")).hasSize(1);
    }

    private static int tick(ClockTicker t) {
        try {
            return t.tick();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void voidReturnArrivingAfterTheDeadlineIsRoutedAndBrokerageIsToldItArrived() {
        LocalDate pastWeek = LocalDate.of(2026, 11, 23);
        String eml = voidReturn("returns@stonewater.provider.test", "Stonewater", "STW-WOX-01", "West Oxfordshire",
                "18+ Single Self Contained", 3, 3, pastWeek);
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE);
        assertThat(queues.take("brokerage.voids", ref, 30_000)).isNotNull();
        assertThat(take("alerts", ref).path("kind").asText()).isEqualTo("void-return-late");
        assertThat(awaitReply("brokerage@ypsa.test", "Late void return arrived: Stonewater").subject()).contains(ref);
        assertThat(queues.browseWhere("hub.clocks", "hubClockKind = 'void-summarised' AND hubReference = '" + ref
                + "'")).as("on the Beds page with the week's counted returns").hasSize(1);
    }

    @Test
    void anAckFromAnAddressOutsideTheDirectoryIsRefusedAndTheEscalationStillFires() throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        assertThat(refusedAt("2027-06-15T11:00", "someone@elsewhere.example", ref, "ACK").text())
                .contains("only takes ACK from");
        tickAt("2027-06-15T12:00");
        assertThat(recipients(ref, "emergency-referral:escalation")).containsExactly("brokerage.manager@ypsa.test");
    }

    @Test
    void theProviderWhoReportedAnIncidentCannotSilenceItsEscalationByThankingOrAcknowledging() throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("safeguarding-high-docx.eml")),
                "brokerage.safeguarding");
        clock.set(london("2027-06-15T10:20"));
        String thanks = "From: returns@response.provider.test\r\nTo: " + INTAKE + "\r\nSubject: RE: [" + ref
                + "] Received: Safeguarding incident\r\nMessage-ID: <" + UUID.randomUUID() + "@response.provider.test>"
                + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThanks, noted\r\n";
        mail.send(thanks, INTAKE);
        assertThat(refusedAt("2027-06-15T10:20", "returns@response.provider.test", ref, "ACK").text())
                .contains("not from whoever raised it");
        tickAt("2027-06-15T11:00");
        assertThat(alerts(ref, "safeguarding-incident:escalation")).hasSize(1);
    }

    @Test
    void theReferrerOfAnEmergencyCannotCloseItsEscalationButTheTeamAlertedCan() throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        String closedByTeam = routedAt("2027-06-15T10:00",
                Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")), "brokerage.referrals");
        assertThat(refusedAt("2027-06-15T11:00", "j.pemberton-quaile@council.test", ref, "ACK").text())
                .contains("not from whoever raised it");
        repliedAt("2027-06-15T11:30", "brokerage@ypsa.test", closedByTeam, "ACK");
        tickAt("2027-06-15T12:00");
        assertThat(recipients(ref, "emergency-referral:escalation")).containsExactly("brokerage.manager@ypsa.test");
        assertThat(alerts(closedByTeam, "emergency-referral:escalation")).isEmpty();
    }

    @Test
    void aProviderThatWasNeverSentAnAlertCannotCloseIt() throws Exception {
        String ref = routedAt("2027-06-15T10:00", Fixtures.fresh(Fixtures.mail("referral-emergency-docx.eml")),
                "brokerage.referrals");
        assertThat(refusedAt("2027-06-15T11:00", "manager@response.provider.test", ref, "ACK").text())
                .contains("only from the people the hub's alert");
        tickAt("2027-06-15T12:00");
        assertThat(alerts(ref, "emergency-referral:escalation")).hasSize(1);
    }

    @Test
    void providerForumIsRemindedFourteenDaysBeforeToEveryProviderAndThePoliceContact() throws Exception {
        tickAt("2027-04-06T12:00");
        tickAt("2027-04-07T08:59");
        assertThat(alerts("provider-forum:2027-04-21", null)).isEmpty();
        tickAt("2027-04-07T09:00");
        assertThat(recipients("provider-forum:2027-04-21", "provider-forum-reminder")).hasSize(9)
                .contains("partnerships@police.test", "returns@a2dominion.provider.test");
    }

    @Test
    void aVoidReturnThatArrivedInTimeButWasReadAfterTheSummaryIsToldToBrokerageOnce() throws Exception {
        LocalDate week = LocalDate.of(2031, 2, 3);
        tickAt("2031-02-03T09:00");
        tickAt("2031-02-03T10:00"); // the summary goes without it: the hub had not read it yet
        assertThat(alerts("void-summary:2031-02-03", "void-return-summary")).hasSize(1);
        String eml = voidReturn("returns@response.provider.test", "Response", "RSP-OXC-01", "Oxford City",
                "18+ Shared", 4, 1, week);
        String ref = referenceOf(eml);
        mail.send(eml, INTAKE); // arrived (by the mail server's clock) before the deadline
        awaitInboxDrained();
        tickAt("2031-02-03T10:05");
        assertThat(alerts(ref, "void-return-uncounted")).as("not before the summary has had its time").isEmpty();
        tickAt("2031-02-03T10:10");
        tickAt("2031-02-03T10:30");
        assertThat(recipients(ref, "void-return-uncounted")).as("once").containsExactly("brokerage@ypsa.test");
        assertThat(awaitReply("brokerage@ypsa.test", "[" + ref + "] Void return not in the weekly summary: Response")
                .text()).contains("Vacant: 3 beds");
        assertThat(queues.browseWhere("hub.clocks", "hubClockKind = 'void-returned' AND hubWeek = '2031-02-03'"))
                .as("taken with the alert").isEmpty();
        assertThat(queues.browseWhere("hub.clocks", "hubClockKind = 'void-summarised' AND hubWeek = '2031-02-03'"))
                .as("kept for the Beds page").hasSize(1);
        tickAt("2031-02-10T10:00"); // the next week's summary
        assertThat(alerts("void-summary:2031-02-10", "void-return-summary")).hasSize(1);
        assertThat(queues.browseWhere("hub.clocks", "hubWeek = '2031-02-03'")).as("dropped by the next summary")
                .isEmpty();
    }

    @Test
    void aVoidReturnRecordedWhileTheSummaryIsWrittenIsNotTakenUncounted(@Autowired Outgoing outgoing)
            throws Exception {
        String week = "2031-01-06";
        try (jakarta.jms.Connection c = store.connect();
                jakarta.jms.Session s = c.createSession(true, jakarta.jms.Session.SESSION_TRANSACTED);
                jakarta.jms.Session reads = c.createSession(false, jakarta.jms.Session.AUTO_ACKNOWLEDGE)) {
            store.send(reads, outgoing.clock(new org.ypsa.hub.adapter.jms.ClockEntry(
                    org.ypsa.hub.adapter.jms.ClockEntry.SCHEMA, "YPSA-RACE0-00001:void-returned",
                    org.ypsa.hub.adapter.jms.ClockEntry.VOID_RETURNED, "YPSA-RACE0-00001", 0, null, null,
                    java.util.Map.of("providerId", "response", "week", week, "lines", List.of())),
                    org.ypsa.hub.adapter.jms.ClockEntry.NEVER, "race-" + UUID.randomUUID(),
                    java.util.Map.of(org.ypsa.hub.adapter.jms.ClockEntry.WEEK, week)));
            // The summary read the week before this record arrived: it counted none, so it may not take it.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.takeVoidReturns(s, week, 0))
                    .hasMessageContaining("changed while the summary was written");
            s.rollback();
            // back on the queue after the broker's redelivery delay, for the next tick to count
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> store.voidReturns(reads, week).size() == 1);
            store.takeVoidReturns(s, week, 1);
            s.commit();
            assertThat(store.voidReturns(reads, week)).isEmpty();
        }
    }
}
