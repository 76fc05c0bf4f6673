package org.ypsa.hub.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.jms.JMSException;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.jms.ClockEntry;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.Timetable;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;

/**
 * The Today page: who is on duty now, the clocks falling due next and who they will tell, and the urgent ones
 * nobody has acknowledged. Clocks are read from the broker (the clocks queue), never from the read model.
 */
@Component
public class Today {
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.UK);
    /** Clocks that mean an urgent form nobody has acknowledged while they wait. */
    static final Set<String> URGENT = Set.of(ClockSettings.EMERGENCY_REFERRAL, ClockSettings.SAFEGUARDING,
            ClockSettings.URGENT_INTELLIGENCE);

    public record Duty(String role, String team, String address, boolean now) {
    }

    public record ProviderRota(String provider, String arrangement, String address) {
    }

    /** A word from the directory that closes a clock, offered as a button. */
    public record CloseWith(String word) {
    }

    public record Due(String reference, String clock, String title, String step, String due, List<String> tells,
            String detail, List<CloseWith> closeWith) {
    }

    public record View(String now, boolean workingTime, List<Duty> duty, List<ProviderRota> rotas,
            List<Due> unacknowledged, List<Due> next) {
    }

    private final LiveConfig live;
    private final ClockStore clocks;
    private final Clock clock;

    public Today(LiveConfig live, ClockStore clocks, Clock clock) {
        this.live = live;
        this.clocks = clocks;
        this.clock = clock;
    }

    public View view() throws JMSException {
        LiveConfig.Snapshot config = live.get();
        HubProperties p = config.props();
        Instant now = clock.instant();
        DutyRota rota = config.dutyRota();
        DutyRota.Duty inHouse = rota.dutyFor(now, null);
        HubProperties.OutOfHours o = p.outOfHours();
        List<Duty> duty = new ArrayList<>();
        for (String[] role : new String[][] {{"In hours", o.inHoursTeam()}, {"REoC duty", o.reocTeam()},
                {"Emergency Duty Team (EDT)", o.edtTeam()}}) {
            Directory.Team t = p.directory().teams().get(role[1]);
            if (t != null) {
                String address = t.onCallOn(LocalDate.ofInstant(now, p.zone())).map(Directory.OnCall::email)
                        .orElse(t.mailbox());
                boolean onNow = role[1].equals(inHouse.who());
                // the rota's own answer for whoever is on now (a night belongs to the evening it began)
                duty.add(new Duty(role[0], t.name(), onNow ? inHouse.address() : address, onNow));
            }
        }
        List<ProviderRota> rotas = p.directory().providers().stream().map(pr -> pr.outOfHours() != null
                && "own-rota".equals(pr.outOfHours().mode())
                ? new ProviderRota(pr.name(), "Own out-of-hours rota", pr.outOfHours().rota())
                : new ProviderRota(pr.name(), "REoC duty, then EDT overnight", "")).toList();

        Set<String> closed = new HashSet<>();
        for (ClockEntry c : clocks.closings()) {
            ClockContext.closes(c.context()).forEach(k -> closed.add(c.reference() + "|" + k));
        }
        List<Due> unacknowledged = new ArrayList<>();
        List<Due> next = new ArrayList<>();
        for (ClockEntry e : clocks.allPending()) {
            if (closed.contains(e.reference() + "|" + e.kind())) {
                continue; // a reply closed it: it is dropped when it falls due
            }
            Due d = due(config, e);
            if (URGENT.contains(e.kind())) {
                unacknowledged.add(d);
            }
            if (next.size() < 20) {
                next.add(d);
            }
        }
        return new View(WHEN.format(now.atZone(p.zone())), rota.isWorkingTime(now), duty, rotas, unacknowledged,
                next);
    }

    private Due due(LiveConfig.Snapshot config, ClockEntry e) {
        HubProperties p = config.props();
        Instant due = Instant.parse(e.dueAt());
        String when = WHEN.format(due.atZone(p.zone()));
        List<CloseWith> closeWith = p.directory().replies().stream().filter(w -> !w.needsDate()
                && w.closes() != null && w.closes().contains(e.kind())).map(w -> new CloseWith(w.word())).toList();
        ClockSettings.Steps steps = p.schedules().clocks().get(e.kind());
        String detail = detail(e);
        if (steps != null && e.step() < steps.steps().size()) {
            ClockSettings.Step step = steps.steps().get(e.step());
            List<String> tells = tells(config, step.targets(config.dutyRota().isWorkingTime(due)), due, e);
            return new Due(e.reference(), e.kind(), steps.title(), step.name(), when, tells, detail, closeWith);
        }
        if (ClockSettings.PROGRESS_REVIEW.equals(e.kind())) {
            return new Due(e.reference(), e.kind(), "Progress review", "reminder", when,
                    tells(config, p.schedules().progressReview().to(), due, e), detail, closeWith);
        }
        return new Due(e.reference(), e.kind(), calendarTitle(e.kind()), "", when, List.of(), detail, closeWith);
    }

    private static List<String> tells(LiveConfig.Snapshot config, List<String> targets, Instant due, ClockEntry e) {
        try {
            return config.recipients().resolve(targets, due, e.context());
        } catch (RuntimeException unresolvable) {
            return List.of("(not resolvable now: " + String.join(", ", targets) + ")");
        }
    }

    private static String detail(ClockEntry e) {
        List<String> parts = new ArrayList<>();
        for (String k : ClockContext.SHOWN.keySet()) { // what the case is; where it is queued is for escalations
            if (ClockContext.QUEUE.equals(k)) {
                continue;
            }
            Object v = e.context().get(k);
            if (v != null) {
                parts.add(v.toString());
            }
        }
        return String.join(", ", parts);
    }

    private static String calendarTitle(String kind) {
        if (kind.startsWith(Timetable.VOID_REMINDER)) {
            return "Void return reminder to providers that have not returned";
        }
        if (kind.equals(Timetable.VOID_SUMMARY)) {
            return "Void return deadline: the weekly summary, missing providers' managers told";
        }
        if (kind.equals(Timetable.PROVIDER_FORUM)) {
            return "Provider forum reminder";
        }
        return kind;
    }
}
