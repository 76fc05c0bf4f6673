package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Records;
import org.ypsa.hub.domain.clocks.StaffReply;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.domain.notify.Channel;
import org.ypsa.hub.domain.referrals.Referral;
import org.ypsa.hub.domain.safeguarding.SafeguardingIncident;
import org.ypsa.hub.support.TestDirectory;
import org.ypsa.hub.support.TestFlows;

import static org.assertj.core.api.Assertions.assertThat;

/** What a decided mail sets going, rule by rule, with the shipped directory and schedules. */
class IntakePolicyTest {
    private static final ZoneId LONDON = TestFlows.LONDON;
    private static final String REF = TestFlows.REF;
    private static final String SENDER = TestFlows.SENDER;
    private static final Instant WORKING = TestFlows.WORKING;
    private static final Instant NIGHT = TestFlows.NIGHT;

    private Directory directory = TestDirectory.shipped();
    private final ClockSettings schedules = TestDirectory.shippedSchedules();

    private IntakePolicy policy(boolean texting, Map<String, ClockSettings.Steps> clocks) {
        DutyRota rota = TestFlows.rota(directory);
        Replies replies = new Replies(LONDON, new Replies.Facts(Map.of("referral", List.of("Brokerage")), "10:00",
                "within 10 working days", "every 3 months"),
                org.ypsa.hub.support.TestDirectory.shippedWording());
        return new IntakePolicy(new IntakePolicy.Settings(Map.of("referral", List.of("hub.brokerage.referrals"),
                "safeguarding-incident", List.of("hub.brokerage.incidents", "hub.quality.incidents"),
                "intelligence-submission", List.of("hub.mash.intelligence")), "hub.rejected", "hub.unrecognised",
                "hub.clocks", "brokerage@ypsa.test", clocks, directory, rota, replies, texting, TestFlows.voids()));
    }

    private IntakePolicy policy() {
        return policy(true, schedules.clocks());
    }

    private static IntakePolicy.Mail mail(Instant now) {
        return new IntakePolicy.Mail(REF, now, SENDER, true, false);
    }

    private static Outcome.Routed referral(String variant) {
        return new Outcome.Routed(FormType.REFERRAL, variant, new Referral(variant, "16/17", 16,
                new Referral.YoungPerson("Ezra Lanyon", "2010-03-01", null, null, null, null, "CIN", false, false),
                null, null, null, null, "reason", "concern", null, null, "2026-11-24", true, null), List.of());
    }

    private static Outcome.Routed incident(String severity, String socialWorkerEmail) {
        return new Outcome.Routed(FormType.SAFEGUARDING_INCIDENT, null, new SafeguardingIncident("occ-in-house",
                "OCC in-house YPSA", "OCC-CHE-01", "Ezra Lanyon", "2010-03-01", null, "S Worker", socialWorkerEmail,
                "2026-11-23T10:30", "Missing from placement", severity, "what happened", "what was done", null),
                List.of());
    }

    private static Outcome.Routed intelligence(boolean child) {
        return new Outcome.Routed(FormType.INTELLIGENCE_SUBMISSION, "routine", new IntelligenceSubmission("Agency",
                "Worker", "Role", SENDER, null, "last week", "a park", null, null, "information", null, null, null,
                child, false), List.of());
    }

    private static Outcome.Rejected urgentIntelligence() {
        return new Outcome.Rejected(FormType.INTELLIGENCE_SUBMISSION, List.of(new Problem("Submission",
                IntelligenceValidator.URGENT_FIELD, "happening now", "call 999")), List.of());
    }

    private static <T extends Action> List<T> of(List<Action> actions, Class<T> kind) {
        return actions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void anEmergencyReferralIsQueuedAtEmergencyPriorityAndAlertsTheEmergencyTeamWhoMayCloseItsClock() {
        List<Action> actions = policy().actions(referral(Referral.EMERGENCY), mail(WORKING));
        assertThat(actions.get(0)).isEqualTo(new Action.Enqueue(AuditEvent.ROUTED, "hub.brokerage.referrals", "", true));
        Action.Alert alert = of(actions, Action.Alert.class).get(0);
        assertThat(alert.to()).isEqualTo("brokerage@ypsa.test");
        assertThat(alert.text()).contains("hub.brokerage.referrals", "2026-11-24", "starting your reply with ACK")
                .doesNotContain("Ezra");
        assertThat(notified(actions)).containsExactly("brokerage@ypsa.test");
    }

    @Test
    void aNonEmergencyReferralIsQueuedAnsweredAndStartsItsCaseWithNobodyAlerted() {
        List<Action> actions = policy().actions(referral(Referral.NON_EMERGENCY), mail(WORKING));
        assertThat(actions.get(0)).isEqualTo(new Action.Enqueue(AuditEvent.ROUTED, "hub.brokerage.referrals", "", false));
        assertThat(of(actions, Action.Email.class)).singleElement().satisfies(e -> {
            assertThat(e.to()).isEqualTo(SENDER);
            assertThat(e.answersMail()).isTrue();
        });
        assertThat(of(actions, Action.Alert.class)).isEmpty();
        assertThat(of(actions, Action.StartClock.class)).isEmpty();
        assertThat(of(actions, Action.KeepRecord.class)).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(Records.CASE));
    }

    @Test
    void aFormForTwoTeamsIsQueuedOnceForEachTheFirstCopyKeyedByTheReferenceAlone() {
        List<Action> actions = policy().actions(incident("Low", null), mail(WORKING));
        assertThat(of(actions, Action.Enqueue.class)).containsExactly(
                new Action.Enqueue(AuditEvent.ROUTED, "hub.brokerage.incidents", "", false),
                new Action.Enqueue(AuditEvent.ROUTED, "hub.quality.incidents", ":hub.quality.incidents", false));
        assertThat(of(actions, Action.Alert.class)).isEmpty();
    }

    @Test
    void aHighIncidentAtNightIsTextedAndEmailedToTheDutyContactAndBothMayCloseItsClock() {
        List<Action> actions = policy().actions(incident("High", null), mail(NIGHT));
        Action.Text text = of(actions, Action.Text.class).get(0);
        assertThat(text.to().asRecipient()).isEqualTo(
                org.ypsa.hub.domain.notify.PhoneNumber.parse("07700 900102").orElseThrow().asRecipient());
        assertThat(of(actions, Action.Alert.class).get(0).to()).isEqualTo("edt@ypsa.test");
        assertThat(notified(actions)).containsExactlyInAnyOrder("edt@ypsa.test", text.to().asRecipient());
    }

    @Test
    void aHighIncidentsAlertReadsWordForWordAndNamesNoYoungPerson() {
        Action.Alert alert = of(policy().actions(incident("High", null), mail(NIGHT)), Action.Alert.class).get(0);
        assertThat(alert.subject()).isEqualTo("[" + REF + "] HIGH safeguarding incident: Missing from placement");
        assertThat(alert.text()).isEqualTo("High safeguarding incident reported by OCC in-house YPSA (property "
                + "OCC-CHE-01).\nCategory: Missing from placement\nIncident time: Mon 23 Nov 2026, 10:30\nIt is on "
                + "hub.brokerage.incidents and hub.quality.incidents.\n\nReference: " + REF + "\n\nReply "
                + "to this email keeping the reference in the subject, starting your reply with ACK or ACCEPTED or "
                + "DECLINED, to acknowledge it.\n").doesNotContain("Ezra");
    }

    @Test
    void anAlertTellsTheWordsThatCloseItsClockAsTheCouncilsDirectoryHasThem() {
        directory = new Directory(directory.localities(), directory.serviceTypes(), directory.teams(),
                directory.providers(), directory.referrerDomains(), directory.policeReaders(),
                directory.policeContact(), List.of(new Directory.ReplyWord("SEEN", List.of(), List.of(
                        ClockSettings.SAFEGUARDING, ClockSettings.URGENT_INTELLIGENCE), null, false, false),
                        new Directory.ReplyWord("TAKEN", List.of(), List.of(ClockSettings.EMERGENCY_REFERRAL,
                                ClockSettings.SAFEGUARDING), null, true, false)));
        assertThat(of(policy().actions(incident("High", null), mail(NIGHT)), Action.Alert.class).get(0).text())
                .contains("starting your reply with SEEN or TAKEN, to acknowledge it.").doesNotContain("ACK ");
        assertThat(of(policy().actions(referral(Referral.EMERGENCY), mail(WORKING)), Action.Alert.class).get(0)
                .text()).contains("starting your reply with TAKEN, to acknowledge it.");
        assertThat(of(policy().actions(urgentIntelligence(), mail(WORKING)), Action.Alert.class).get(0).text())
                .contains("starting your reply with SEEN, to acknowledge it.");
    }

    @Test
    void aHighIncidentInWorkingHoursIsTextedOnlyWhenItsClockSaysSmsInHoursAndTheDutyHasAMobile() {
        assertThat(of(policy().actions(incident("High", null), mail(WORKING)), Action.Text.class)).isEmpty();
        Map<String, ClockSettings.Steps> clocks = new HashMap<>(schedules.clocks());
        ClockSettings.Steps shipped = clocks.get(ClockSettings.SAFEGUARDING);
        clocks.put(ClockSettings.SAFEGUARDING, new ClockSettings.Steps(shipped.title(), new ClockSettings.Channels(
                List.of(Channel.EMAIL, Channel.SMS), null), shipped.steps()));
        Directory.Team brokerage = directory.teams().get("brokerage");
        Map<String, Directory.Team> teams = new HashMap<>(directory.teams());
        teams.put("brokerage", new Directory.Team(brokerage.name(), brokerage.mailbox(), brokerage.manager(),
                "07700 900109", null, List.of()));
        directory = new Directory(directory.localities(), directory.serviceTypes(), teams, directory.providers(),
                directory.referrerDomains(), directory.policeReaders(), directory.policeContact(), directory.replies());
        assertThat(of(policy(true, schedules.clocks()).actions(incident("High", null), mail(WORKING)),
                Action.Text.class)).as("in hours by the shipped alert line").isEmpty();
        assertThat(of(policy(true, clocks).actions(incident("High", null), mail(WORKING)), Action.Text.class))
                .singleElement().satisfies(t -> assertThat(t.to().e164()).endsWith("7700900109"));
    }

    @Test
    void nothingIsTextedWhenTextingIsNotSetUpButTheEmailAlertStillGoes() {
        List<Action> actions = policy(false, schedules.clocks()).actions(incident("Critical", null), mail(NIGHT));
        assertThat(of(actions, Action.Text.class)).isEmpty();
        assertThat(of(actions, Action.Alert.class)).hasSize(1);
    }

    @Test
    void intelligenceIsForwardedToThePoliceReadersAndMashIsToldOnlyWhenAChildIsInvolved() {
        List<Action> plain = policy().actions(intelligence(false), mail(WORKING));
        assertThat(plain.get(0)).isInstanceOfSatisfying(Action.Email.class, e -> {
            assertThat(e.to()).isEqualTo(directory.policeReaders());
            assertThat(e.kind()).isEqualTo("intelligence");
        });
        assertThat(of(plain, Action.Enqueue.class)).isEmpty();
        assertThat(of(policy().actions(intelligence(true), mail(WORKING)), Action.Enqueue.class)).containsExactly(
                new Action.Enqueue(AuditEvent.MASH_NOTIFIED, "hub.mash.intelligence", ":mash", false));
        assertThat(policy().destination(intelligence(false))).isEqualTo(directory.policeReaders());
    }

    @Test
    void urgentIntelligenceIsHeldBackAlertsTheDutyContactAndStartsItsClockForThoseAlerted() {
        List<Action> actions = policy().actions(urgentIntelligence(), mail(NIGHT));
        assertThat(actions.get(0)).isEqualTo(new Action.Enqueue(AuditEvent.ROUTED, "hub.rejected", "", false));
        assertThat(of(actions, Action.Email.class)).noneMatch(e -> e.kind().equals("intelligence"));
        Action.Text text = of(actions, Action.Text.class).get(0);
        assertThat(of(actions, Action.Alert.class).get(0).text()).contains("call 999", SENDER);
        assertThat(of(actions, Action.StartClock.class)).singleElement().satisfies(c -> {
            assertThat(c.clock()).isEqualTo(ClockSettings.URGENT_INTELLIGENCE);
            assertThat(c.context()).containsEntry(Recipients.PROVIDER_ID, "occ-in-house");
        });
        assertThat(notified(actions)).containsExactlyInAnyOrder(text.to().asRecipient(), "edt@ypsa.test");
        assertThat(of(actions, Action.KeepRecord.class)).isEmpty();
    }

    @Test
    void aRejectedFormIsHeldOnTheRejectedQueueAnsweredAndStartsNothing() {
        Outcome rejected = new Outcome.Rejected(FormType.REFERRAL, List.of(new Problem("Form", "Date of birth",
                "missing", "the young person's date of birth")), List.of());
        List<Action> actions = policy().actions(rejected, mail(WORKING));
        assertThat(actions).hasSize(2);
        assertThat(actions.get(0)).isEqualTo(new Action.Enqueue(AuditEvent.ROUTED, "hub.rejected", "", false));
        assertThat(actions.get(1)).isInstanceOf(Action.Email.class);
        assertThat(policy().destination(new Outcome.Unrecognised("not a form"))).isEqualTo("hub.unrecognised");
    }

    @Test
    void aSenderTheHubMustNotAnswerGetsNoReplyButTheFormIsStillQueued() {
        List<Action> actions = policy().actions(referral(Referral.NON_EMERGENCY),
                new IntakePolicy.Mail(REF, WORKING, SENDER, false, false));
        assertThat(of(actions, Action.Email.class)).isEmpty();
        assertThat(of(actions, Action.Enqueue.class)).hasSize(1);
    }

    @Test
    void aStaffReplyIsAppliedToItsClocksAndStartsNoneOfItsOwn() {
        Outcome reply = new Outcome.Routed(FormType.STAFF_REPLY, null, new StaffReply("YPSA-AAAAA-BBBBB", "ACK",
                List.of("emergency-referral"), null, false, null, "brokerage@ypsa.test"), List.of());
        List<Action> actions = policy().actions(reply, mail(WORKING));
        assertThat(actions.get(0)).isInstanceOf(Action.ApplyStaffReply.class);
        assertThat(of(actions, Action.StartClock.class)).isEmpty();
        assertThat(of(actions, Action.KeepRecord.class)).isEmpty();
        assertThat(policy().destination(reply)).isEqualTo("hub.clocks");
    }

    /** Who may close the one clock the mail starts: those it alerted at once. */
    @SuppressWarnings("unchecked")
    private static List<String> notified(List<Action> actions) {
        return (List<String>) of(actions, Action.StartClock.class).get(0).context().get(ClosingRights.NOTIFIED);
    }
}
