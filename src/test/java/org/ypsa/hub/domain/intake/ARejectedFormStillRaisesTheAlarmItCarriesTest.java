package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.support.TestDirectory;
import org.ypsa.hub.support.TestFlows;
import org.ypsa.hub.support.TestIntake;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.intake.FormVariationsTest.docxTable;

/**
 * The yardstick of stop 53 for safety (issue 14; SPEC.md, "Alerts are the product"): a form the hub recognises but
 * rejects (a field it could not read) still raises the alarm it carries, while it waits on hub.rejected for its
 * sender to mend it. A high or critical safeguarding incident alerts the duty contact of that moment as a routed one
 * does (same clock); an emergency referral tells the emergency team as a routed one does; any other rejected form
 * whose whole text tells of present danger alerts the duty contact once and its sender's rejection starts with the
 * call-999 advice. The routed forms' sender rules hold: an incident only from its provider's registered address, a
 * referral only from a referrer address, present danger only from a partner. Each row is
 * "LAYOUT | SENDER | what was written | DUTY, TEAM, DANGER or NOTHING"; "\n" is a new line, "|" in a cell is "¦".
 */
class ARejectedFormStillRaisesTheAlarmItCarriesTest {
    private static final Map<String, String> SENDERS = Map.of("PROVIDER", "returns@stonewater.provider.test",
            "COUNCIL", "k.ashworth-blyth@occ-ypsa.council.test", "OUTSIDER", "worried.neighbour@mailbox.example",
            "LOOKALIKE", "duty@stonewater.provider.test.example");
    private static final Intake INTAKE = TestIntake.shipped();
    private static final Instant EVENING = Instant.parse("2026-12-04T19:00:00Z");

    private static final List<Yardstick.Row> ROWS = Yardstick.rows("""
            INCIDENT | PROVIDER | Safeguarding Incident Report\\nProvider: Stonewater\\nYoung person's name: Kai Brennan\\nCategory: Violence\\nSeverity: Critical\\nDescription: Resident assaulted by a visitor, taken to A&E.\\nImmediate actions taken: Police called. | DUTY
            INCIDENT_TABLE | PROVIDER | Provider¦Stonewater\\nIncident date and time¦03/12/2026 23:10\\nCategory¦Missing\\nSeverity¦High\\nDescription¦Not returned after curfew, reported to police. | DUTY
            INCIDENT | PROVIDER | Safeguarding Incident Report\\nProvider: Stonewater\\nYoung person's name: Kai Brennan\\nWhen did it happen: sometime over the weekend\\nCategory: Self-harm\\nSeverity: High\\nDescription: Cuts to forearm found by staff. | DUTY
            INCIDENT | PROVIDER | Safeguarding Incident Report\\nProvider: Stonewater\\nYoung person's name: Kai Brennan\\nCategory: Other\\nSeverity: Low\\nDescription: Argument with a neighbour about music. | NOTHING
            INCIDENT | PROVIDER | Safeguarding Incident Report\\nProvider: Stonewater\\nYoung person's name: Kai Brennan\\nIncident date and time: 03/12/2026 16:00\\nCategory: Other\\nSeverity: Medium\\nDescription: | NOTHING
            INCIDENT | OUTSIDER | Safeguarding Incident Report\\nProvider: Stonewater\\nYoung person's name: Kai Brennan\\nCategory: Violence\\nSeverity: Critical\\nDescription: Resident assaulted by a visitor. | NOTHING
            INCIDENT | LOOKALIKE | Safeguarding Incident Report\\nProvider: Stonewater\\nYoung person's name: Kai Brennan\\nCategory: Violence\\nSeverity: Critical\\nDescription: Resident assaulted by a visitor. | NOTHING
            REFERRAL | COUNCIL | EMERGENCY REFERRAL - Supported Accommodation\\nYoung person: Lee Marsh\\nLegal Status: CLA\\nReferrer: Rita Okafor\\nJob title: Social worker\\nTeam: Emergency Duty Team\\nReason for referral: Family breakdown after argument.\\nDate required: 04/12/2026\\nConsent to share: Y | TEAM
            REFERRAL | COUNCIL | Referral for supported accommodation\\nIs this an emergency (same day)?\\nYes\\nYoung person: Lee Marsh\\nDate of birth: 05/06/2008\\nReferrer: Rita Okafor\\nJob title: Social worker\\nReason for referral: Relationship with foster carers has broken down.\\nDate required: 04/12/2026\\nConsent to share: Y | TEAM
            REFERRAL | COUNCIL | NON-EMERGENCY REFERRAL - Supported Accommodation\\nYoung person: Lee Marsh\\nLegal Status: CLA\\nReferrer: Rita Okafor\\nJob title: Social worker\\nReason for referral: Planned move from foster care at 18.\\nDate required: 11/01/2027\\nConsent to share: Y | NOTHING
            REFERRAL | OUTSIDER | EMERGENCY REFERRAL - Supported Accommodation\\nYoung person: Lee Marsh\\nLegal Status: CLA\\nReferrer: Rita Okafor\\nReason for referral: Family breakdown.\\nDate required: 04/12/2026\\nConsent to share: Y | NOTHING
            REFERRAL | COUNCIL | NON-EMERGENCY REFERRAL - Supported Accommodation\\nYoung person: Lee Marsh\\nLegal Status: CLA\\nReferrer: Rita Okafor\\nJob title: Social worker\\nReason for referral: Mum rang the team at 6pm, he is threatening to kill himself tonight.\\nDate required: 11/01/2027\\nConsent to share: Y | DANGER
            RISK | PROVIDER | Provider response: risk we cannot manage\\nProvider: Stonewater\\nIdentified risk: He is at risk of exploitation and had missing episodes last year.\\nReason the risk cannot be managed: | NOTHING
            RISK | PROVIDER | Provider response: risk we cannot manage\\nProvider: Stonewater\\nIdentified risk: Known to older males in the area.\\nReason the risk cannot be managed: | NOTHING
            RISK | PROVIDER | Provider response: risk we cannot manage\\nProvider: Stonewater\\nIdentified risk: A man is outside her flat right now with a knife waiting for her.\\nReason the risk cannot be managed: | DANGER
            RISK | OUTSIDER | Provider response: risk we cannot manage\\nProvider: Stonewater\\nIdentified risk: A man is outside her flat right now with a knife waiting for her.\\nReason the risk cannot be managed: | NOTHING
            """);

    /**
     * Rows the hub cannot yet do as the row says, and why (visible, not disabled): present danger in a rejected
     * referral or risk concern is not screened (held back at the merge of stop 53): screened as intelligence is,
     * ordinary referral text of the corpus rang the duty phone (63 invalid and 31 valid-but-rejected tuned forms,
     * e.g. a non-emergency referral with "historic self harm" and "verbal aggression towards carers") and would have
     * told a social worker to call 999. It needs a screening measured on referral and risk text first.
     */
    private static final List<String> NOT_YET = List.of(
            "REFERRAL | COUNCIL | NON-EMERGENCY REFERRAL - Supported Accommodation\\nYoung person: Lee Marsh\\nLegal Status: CLA\\nReferrer: Rita Okafor\\nJob title: Social worker\\nReason for referral: Mum rang the team at 6pm, he is threatening to kill himself tonight.\\nDate required: 11/01/2027\\nConsent to share: Y",
            "RISK | PROVIDER | Provider response: risk we cannot manage\\nProvider: Stonewater\\nIdentified risk: A man is outside her flat right now with a knife waiting for her.\\nReason the risk cannot be managed:");

    @Test
    void aRejectedFormRaisesTheAlarmItCarriesAndNoOtherDoes() {
        Yardstick.Tally t = Yardstick.read("a rejected form still raises the alarm it carries", ROWS, r -> {
            String[] cells = r.wording().split("\\|", 3);
            String from = SENDERS.get(cells[1].strip());
            Outcome o = handle(cells[0].strip(), from, cells[2].strip().replace("\\n", "\n"));
            if (!(o instanceof Outcome.Rejected)) {
                return "not rejected: " + o.getClass().getSimpleName() + " " + o.formType().id();
            }
            return what(policy().actions(o, new IntakePolicy.Mail("YPSA-ABCDE-FGHJK", EVENING, from, true, false)));
        });
        assertThat(t.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording())).toList()).isEmpty();
    }

    /**
     * SPEC.md: whoever raised an alarm never closes it. The provider that sent a rejected critical incident and the
     * council worker who sent a rejected emergency referral cannot stop its clock by replying ACK, even were they
     * among those it alerted (their clock is read as if the alert had gone to them too); whoever it alerted can.
     */
    @Test
    void theSenderOfARejectedFormNeverClosesTheAlarmItRaisedEvenIfAlertedAndWhoeverItAlertedMay() {
        Directory directory = TestDirectory.shipped();
        Recipients recipients = new Recipients(directory, TestFlows.rota(directory));
        List<String> alarmRows = ROWS.stream().filter(r -> List.of("DUTY", "TEAM").contains(r.field().strip()))
                .map(Yardstick.Row::wording).toList();
        assertThat(alarmRows).hasSize(5);
        for (String row : alarmRows) {
            String[] cells = row.split("\\|", 3);
            String from = SENDERS.get(cells[1].strip());
            List<Action> actions = policy().actions(handle(cells[0].strip(), from, cells[2].strip().replace("\\n",
                    "\n")), new IntakePolicy.Mail("YPSA-ABCDE-FGHJK", EVENING, from, true, false));
            Action.StartClock clock = TestFlows.only(Action.StartClock.class, actions).get(0);
            ClosingRights.Pending pending = new ClosingRights.Pending(clock.clock(), clock.context());
            Map<String, Object> alsoToTheSender = new java.util.HashMap<>(clock.context());
            alsoToTheSender.put(ClosingRights.NOTIFIED, ClosingRights.told(clock.context(), List.of(from)));
            List<String> targets = ClosingRights.targets(TestDirectory.shippedSchedules().clocks().get(clock.clock()));
            String alerted = TestFlows.only(Action.Alert.class, actions).get(0).to();
            assertThat(ClosingRights.mayClose(from, new ClosingRights.Pending(clock.clock(), alsoToTheSender), targets,
                    recipients, EVENING)).as(row).isFalse();
            assertThat(ClosingRights.mayClose(alerted, pending, targets, recipients, EVENING)).as(row).isTrue();
        }
    }

    /**
     * The sharpest case of the rule above: Stonewater's on-call worker, out of hours, sends a critical incident from
     * oncall@ that the hub rejects; the alert goes to the duty contact of that moment, which is that same on-call
     * address. Its ACK must not close the clock it raised: the escalation goes on to the manager, who may.
     */
    @Test
    void theOnCallWorkerWhoSentARejectedCriticalIncidentCannotCloseItThoughTheAlertWentToThem() {
        Directory directory = TestDirectory.shipped();
        Recipients recipients = new Recipients(directory, TestFlows.rota(directory));
        String oncall = "oncall@stonewater.provider.test";
        List<Action> actions = policy().actions(handle("INCIDENT", oncall, """
                Safeguarding Incident Report
                Provider: Stonewater
                Young person's name: Kai Brennan
                Category: Violence
                Severity: Critical
                Description: Resident assaulted by a visitor, taken to A&E."""),
                new IntakePolicy.Mail("YPSA-ABCDE-FGHJK", EVENING, oncall, true, false));
        assertThat(TestFlows.only(Action.Alert.class, actions)).extracting(Action.Alert::to).containsExactly(oncall);
        Action.StartClock clock = TestFlows.only(Action.StartClock.class, actions).get(0);
        ClosingRights.Pending pending = new ClosingRights.Pending(clock.clock(), clock.context());
        List<String> targets = ClosingRights.targets(TestDirectory.shippedSchedules().clocks().get(clock.clock()));
        assertThat(ClosingRights.mayClose(oncall, pending, targets, recipients, EVENING)).isFalse();
        assertThat(ClosingRights.mayClose("manager@stonewater.provider.test", pending, targets, recipients, EVENING))
                .isTrue();
    }

    /**
     * DUTY: the rejection reply telling its sender the duty contact was alerted, one alert with its safeguarding clock;
     * TEAM: the rejection reply telling its sender the emergency team was told, one alert to that team with its clock;
     * DANGER: the reply starting with 999 and still listing the problems, one alert on the urgent clock; NOTHING: the
     * rejection reply alone, saying nothing has been passed on. The mail itself is on hub.rejected in every case.
     */
    static String what(List<Action> actions) {
        if (!(actions.get(0) instanceof Action.Enqueue q) || !q.queue().equals("hub.rejected")) {
            return "not held on hub.rejected: " + actions.get(0);
        }
        List<Action.Email> replies = TestFlows.only(Action.Email.class, actions);
        String reply = replies.isEmpty() ? "none" : replies.get(0).kind();
        List<Action.Alert> alerts = TestFlows.only(Action.Alert.class, actions);
        List<Action.StartClock> clocks = TestFlows.only(Action.StartClock.class, actions);
        boolean problemsListed = !replies.isEmpty() && replies.get(0).text().contains("1. ");
        String said = replies.isEmpty() ? "" : replies.get(0).text();
        if (alerts.isEmpty() && clocks.isEmpty() && reply.equals("rejection")
                && said.contains("Nothing has been passed on yet")) {
            return "NOTHING";
        }
        if (alerts.size() != 1 || clocks.size() != 1 || !problemsListed) {
            return "reply " + reply + (problemsListed ? "" : " without its problems") + ", " + alerts.size()
                    + " alert(s), " + clocks.size() + " clock(s)";
        }
        String clock = clocks.get(0).clock();
        if (clock.equals(ClockSettings.SAFEGUARDING) && reply.equals("rejection")
                && alerts.get(0).to().equals("oncall@stonewater.provider.test")
                && said.contains("the duty contact has been alerted to it now")) {
            return "DUTY";
        }
        if (clock.equals(ClockSettings.EMERGENCY_REFERRAL) && reply.equals("rejection")
                && alerts.get(0).to().equals("brokerage@ypsa.test")
                && said.contains("the emergency team has been told of it now")) {
            return "TEAM";
        }
        if (clock.equals(ClockSettings.URGENT_INTELLIGENCE) && reply.equals("urgent")
                && replies.get(0).text().startsWith("CALL 999 NOW")) {
            return "DANGER";
        }
        return "reply " + reply + ", alert to " + alerts.get(0).to() + ", clock " + clock;
    }

    static IntakePolicy policy() {
        return TestFlows.intakePolicy(Map.of("referral", List.of("hub.brokerage.referrals"),
                "safeguarding-incident", List.of("hub.safeguarding"), "risk-concern", List.of("hub.brokerage.risks")));
    }

    static Outcome handle(String layout, String from, String said) {
        try {
            return switch (layout) {
                case "INCIDENT" -> mail(from, "Incident report", "Hi,\n\n" + said + "\n\nThanks\nNight staff\n");
                case "INCIDENT_TABLE" -> mail(from, "Incident report", "Please see attached.", docxTable("incident.docx",
                        "Safeguarding Incident Report", said.lines().map(l -> l.split("¦", 2)).toArray(String[][]::new)));
                case "REFERRAL" -> mail(from, "Referral", said + "\n");
                case "RISK" -> mail(from, "Risk we cannot manage", said + "\n");
                default -> throw new IllegalArgumentException(layout);
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Outcome mail(String from, String subject, String body, InboundMail.Attachment... files) {
        return INTAKE.handle(TestIntake.mail(from, subject, EVENING.toString(), body, files));
    }
}
