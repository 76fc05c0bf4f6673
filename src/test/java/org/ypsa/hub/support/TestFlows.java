package org.ypsa.hub.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Timetable;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.intake.IntakePolicy;
import org.ypsa.hub.domain.intake.Replies;
import org.ypsa.hub.domain.voids.VoidPolicy;

/** What a flow's policy is given, from the shipped configuration, for tests of each flow's policy. */
public final class TestFlows {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final String REF = "YPSA-ABCDE-FGHJK";
    public static final String SENDER = "worker@occ-ypsa.council.test";
    /** A Monday in working hours, and the same night at 23:30 (the EDT's, whose phone is 07700 900102). */
    public static final Instant WORKING = london("2026-11-23T11:00");
    public static final Instant NIGHT = london("2026-11-23T23:30");

    private TestFlows() {
    }

    public static Instant london(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    /** The shipped duty windows: Brokerage 9 to 5, REOC duty to 11pm, then the EDT. */
    public static DutyRota rota(Directory directory) {
        return new DutyRota(directory, TestDirectory.bankHolidays(), LONDON, new DutyRota.Windows(LocalTime.of(9, 0),
                LocalTime.of(17, 0), LocalTime.of(23, 0), LocalTime.of(8, 0), "brokerage", "reoc-duty", "edt"));
    }

    /** What a void return's records and late alert need: the shipped timetable (10:00 deadline) and late-to list. */
    public static VoidPolicy.Settings voids() {
        Directory directory = TestDirectory.shipped();
        ClockSettings schedules = TestDirectory.shippedSchedules();
        return new VoidPolicy.Settings(new Timetable(schedules, TestDirectory.bankHolidays(), LONDON,
                LocalTime.of(10, 0)), new Recipients(directory, rota(directory)), schedules.voidReturn().lateTo());
    }

    /** A mail from {@link #SENDER} decided at now, its form going to these queues and teams; texting set up. */
    public static FlowContext context(Instant now, List<String> queues, List<String> teams) {
        Directory directory = TestDirectory.shipped();
        return new FlowContext(REF, now, SENDER, queues, teams, directory, rota(directory),
                TestDirectory.shippedSchedules().clocks(), TestDirectory.shippedWording(), true);
    }

    /**
     * The intake's policy as shipped (schedules, directory, duty windows, wording; texting on), with these form types'
     * queues, rejected forms on hub.rejected, unrecognised mail on hub.unrecognised and brokerage@ypsa.test as the
     * emergency referral team.
     */
    public static IntakePolicy intakePolicy(Map<String, List<String>> queues) {
        Directory directory = TestDirectory.shipped();
        Replies replies = new Replies(LONDON, new Replies.Facts(Map.of("referral", List.of("Brokerage")), "10:00",
                "within 10 working days", "every 3 months"), TestDirectory.shippedWording());
        return new IntakePolicy(new IntakePolicy.Settings(queues, "hub.rejected", "hub.unrecognised", "hub.clocks",
                "brokerage@ypsa.test", TestDirectory.shippedSchedules().clocks(), directory, rota(directory), replies,
                true, voids()));
    }

    /** The actions of this kind, in order. */
    public static <T> List<T> only(Class<T> kind, List<Action> actions) {
        return actions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
