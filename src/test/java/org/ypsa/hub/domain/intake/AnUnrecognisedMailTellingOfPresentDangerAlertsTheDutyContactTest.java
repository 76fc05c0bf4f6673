package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.support.TestDirectory;
import org.ypsa.hub.support.TestFlows;
import org.ypsa.hub.support.TestIntake;
import org.ypsa.hub.support.Yardstick;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.intake.FormVariationsTest.docxTable;

/**
 * The yardstick of stop 52 for screening (SPEC.md, "Screening first ... whatever the field parsing finds"; issue 14):
 * a mail the hub does not recognise as a form is screened on its whole text by the same {@code Screening}, and when
 * it tells of present danger and comes from a partner (a provider's or a council address the directory knows), its
 * sender is told to call 999 and the duty contact of that moment is alerted, as for urgent intelligence; it is still
 * held as unrecognised for an admin. Past events, "not urgent", newsletters, mail from outside the partnership
 * (which may be hostile: an outsider must not be able to ring the duty phone at will) and automatic mail are held as
 * ever, with the ordinary reply (which already says to call 999 if anyone is in immediate danger). Each row is
 * "LAYOUT | SENDER | what was written | ALERTED or HELD"; "\n" in a row is a new line.
 */
class AnUnrecognisedMailTellingOfPresentDangerAlertsTheDutyContactTest {
    private static final Map<String, String> SENDERS = Map.of("PROVIDER", "returns@stonewater.provider.test",
            "COUNCIL", "k.ashworth-blyth@occ-ypsa.council.test", "OUTSIDER", "worried.neighbour@mailbox.example",
            "LOOKALIKE", "duty@stonewater.provider.test.example");
    private static final Intake INTAKE = TestIntake.shipped();
    private static final Instant EVENING = Instant.parse("2026-12-04T19:00:00Z");

    private static final List<Yardstick.Row> ROWS = Yardstick.rows("""
            NUMBERED | PROVIDER | 1. Two staff on shift.\\n2. Jodie has rung from a car, she says the men will not let her out.\\n3. We have lost contact with her. | ALERTED
            NUMBERED | PROVIDER | 1. Resident in room 4 has taken a large number of tablets.\\n2. He is drowsy and slurring his words.\\n3. Ambulance requested. | ALERTED
            NUMBERED | COUNCIL | 1) Call from the YP's school at 3pm.\\n2) She is at an address in Cowley with two older males right now.\\n3) Police not yet informed. | ALERTED
            PROSE | PROVIDER | I'm emailing because the office phone is down. A man is outside the front door right now with a knife and is shouting for Kai. | ALERTED
            PROSE | PROVIDER | Can someone ring me back please, Leah went missing this afternoon and we think she is with the older lads from the park. | ALERTED
            PROSE | COUNCIL | Mum has just rung me to say her partner is hitting her in front of the children as we speak. | ALERTED
            FORWARDED | PROVIDER | He told the night worker he is going to jump from the bridge tonight and he has left the building. | ALERTED
            FORWARDED | COUNCIL | The YP is being held at a flat on Cherwell Road and has texted to say she is too scared to leave. | ALERTED
            WORD | PROVIDER | Visitor arrived at 21:40 with a machete, is still in the building and refuses to leave. | ALERTED
            WORD | PROVIDER | DV in progress at flat 6, the neighbour can hear screaming. | ALERTED
            NUMBERED | PROVIDER | 1. Not urgent.\\n2. Please could you send me the new template for the weekly update.\\n3. Thanks. | HELD
            PROSE | PROVIDER | Just to let you know we have moved offices; our new phone number is 01865 555 0199 from Monday. | HELD
            PROSE | PROVIDER | Kai was threatened with a knife by a man from the estate in 2024. The case was closed last year and he is now settled at college. | HELD
            NEWSLETTER | PROVIDER | Partnership newsletter: training dates for December, the provider forum in January, and a reminder that anyone in immediate danger should call 999. | HELD
            FORWARDED | COUNCIL | For information only: the assault on her in March went to court last month and he was convicted. | HELD
            PROSE | OUTSIDER | I live next door to the project. There is a fight outside right now and one lad has a knife. | HELD
            PROSE | OUTSIDER | URGENT URGENT call the police now someone is being stabbed at your office | HELD
            PROSE | LOOKALIKE | Your resident is being held at a flat and is in immediate danger, reply to this address now. | HELD
            AUTO | PROVIDER | I am out of the office. Your email said: someone is outside the flat now with a knife. | HELD
            """);

    /** Rows the hub cannot yet do as the row says, and why (visible, not disabled). */
    private static final List<String> NOT_YET = List.of();

    @Test
    void anUnrecognisedMailFromAPartnerTellingOfPresentDangerAlertsTheDutyContactAndNoOtherMailDoes() {
        Yardstick.Tally t = Yardstick.read("unrecognised mail of present danger alerts the duty contact", ROWS, r -> {
            String[] cells = r.wording().split("\\|", 3);
            String from = SENDERS.get(cells[1].strip());
            Outcome o = handle(cells[0].strip(), from, cells[2].strip().replace("\\n", "\n"));
            if (!(o instanceof Outcome.Unrecognised)) {
                return "recognised as " + o.formType().id() + ": " + o;
            }
            List<Action> actions = policy().actions(o, new IntakePolicy.Mail("YPSA-ABCDE-FGHJK", EVENING, from,
                    !cells[0].strip().equals("AUTO"), false));
            return what(actions);
        });
        assertThat(t.misses().stream().filter(m -> !NOT_YET.contains(m.row().wording())).toList()).isEmpty();
    }

    @Test
    void anUnansweredAlertIsEscalatedLikeUrgentIntelligenceAndTheMailIsHeldForAnAdmin() throws Exception {
        String from = SENDERS.get("PROVIDER");
        Outcome o = handle("PROSE", from, "A man is outside the front door right now with a knife and is shouting for Kai.");
        assertThat(o).isInstanceOf(Outcome.Unrecognised.class);
        assertThat(((Outcome.Unrecognised) o).presentDanger()).isTrue();
        IntakePolicy policy = policy();
        assertThat(policy.destination(o)).isEqualTo("hub.unrecognised");
        List<Action> actions = policy.actions(o, new IntakePolicy.Mail("YPSA-ABCDE-FGHJK", EVENING, from, true, false));
        assertThat(actions.get(0)).isEqualTo(new Action.Enqueue(org.ypsa.hub.domain.AuditEvent.ROUTED,
                "hub.unrecognised", "", false));
        Action.Email reply = TestFlows.only(Action.Email.class, actions).get(0);
        assertThat(reply.to()).isEqualTo(from);
        assertThat(reply.subject()).contains("call 999");
        assertThat(reply.text()).startsWith("CALL 999 NOW").contains("call 101").contains("duty contact has been told");
        Action.Alert alert = TestFlows.only(Action.Alert.class, actions).get(0);
        assertThat(alert.text()).contains(from, "YPSA-ABCDE-FGHJK", "hub.unrecognised").doesNotContain("Kai");
        // the same clock as urgent intelligence: unacknowledged, it is escalated to the duty contact, then its manager
        Action.StartClock clock = TestFlows.only(Action.StartClock.class, actions).get(0);
        assertThat(clock.clock()).isEqualTo(ClockSettings.URGENT_INTELLIGENCE);
        assertThat(clock.context()).containsEntry(ClockContext.QUEUE, "hub.unrecognised");
        assertThat(TestDirectory.shippedSchedules().clocks().get(ClockSettings.URGENT_INTELLIGENCE).steps())
                .extracting(s -> s.name()).containsExactly("escalation", "escalation to manager");
    }

    /** ALERTED: the 999 reply and one duty alert with its clock; HELD: today's reply and nothing else. */
    private static String what(List<Action> actions) {
        List<Action.Email> replies = TestFlows.only(Action.Email.class, actions);
        String reply = replies.isEmpty() ? "none" : replies.get(0).kind();
        int alerts = TestFlows.only(Action.Alert.class, actions).size();
        int clocks = TestFlows.only(Action.StartClock.class, actions).size();
        if (alerts == 1 && clocks == 1 && (reply.equals("urgent") || reply.equals("none"))) {
            return "ALERTED";
        }
        if (alerts == 0 && clocks == 0 && (reply.equals("unrecognised") || reply.equals("none"))) {
            return "HELD";
        }
        return "reply " + reply + ", " + alerts + " alert(s), " + clocks + " clock(s)";
    }

    private static IntakePolicy policy() {
        return TestFlows.intakePolicy(Map.of("referral", List.of("hub.brokerage.referrals")));
    }

    private static Outcome handle(String layout, String from, String said) {
        try {
            return switch (layout) {
                case "NUMBERED" -> mail(from, "Update", "Hi,\n\n" + said + "\n\nRegards\nNight staff\n");
                case "PROSE", "AUTO" -> mail(from, layout.equals("AUTO") ? "Automatic reply: Update" : "Kai / Leah",
                        "Hello,\n\n" + said + "\n\nThanks\nSam\n");
                case "NEWSLETTER" -> mail(from, "Partnership news - December", said + "\n\nTo unsubscribe reply STOP.\n");
                case "FORWARDED" -> mail(from, "FW: note from last night", """
                        Passing this on, see below.

                        ---------- Forwarded message ---------
                        From: Night Worker <nights@stonewater.provider.test>
                        Date: Fri, 4 Dec 2026 at 18:40
                        Subject: note

                        %s
                        """.formatted(said));
                case "WORD" -> mail(from, "Shift log", "Please see the log attached.", docxTable("shift-log.docx",
                        "Night Shift Handover Log", new String[] {"Shift", "Friday late"},
                        new String[] {"Staff on duty", "Sam, Priya"}, new String[] {"Notes", said}));
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
