package org.ypsa.hub.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.springframework.stereotype.Component;
import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.adapter.jms.ClockEntry;
import org.ypsa.hub.adapter.jms.ClockStore;
import org.ypsa.hub.adapter.store.EventStore;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.WeeklyVoids;
import org.ypsa.hub.domain.directory.Directory;

/**
 * The Beds page: the void returns of this week and next as the broker holds them, before the week's deadline
 * summary and after it until the next week's (by locality and service type: vacant, earliest available from,
 * emergency beds), the providers that have not returned, and the returns that came after a summary in the last
 * fortnight (from the read model).
 */
@Component
public class Beds {
    public record Cell(String locality, String serviceType, int vacant, int emergencyBeds, int properties,
            String availableFrom) {
        /** The earliest date a bed is available, as people write it. */
        public String shownFrom() {
            try {
                return availableFrom == null || availableFrom.isBlank() ? "" : LocalDate.parse(availableFrom)
                        .format(Dates.UK);
            } catch (RuntimeException notIso) {
                return availableFrom;
            }
        }
    }

    public record Returned(String provider, String reference, String received) {
    }

    public record Week(String commencing, String deadline, boolean deadlinePassed, List<Cell> cells, int vacant,
            List<Returned> returned, List<String> missing) {
    }

    public record Late(String reference, String when, String how) {
    }

    public record View(List<Week> weeks, List<Late> late) {
    }

    /** The alert kind of a void return read after its week's summary was written (VoidPolicy). */
    static final String LATE = "void-return-late";
    /** The event of a return that arrived in time but was reported after the summary left it out (ClockRules). */
    static final String UNCOUNTED = AuditEvent.VOID_RETURN_UNCOUNTED.id();

    private final ClockStore broker;
    private final LiveConfig live;
    private final EventStore events;
    private final Clock clock;

    public Beds(ClockStore broker, LiveConfig live, EventStore events, Clock clock) {
        this.broker = broker;
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    public View view() throws JMSException {
        Instant now = clock.instant();
        LocalDate monday = LocalDate.ofInstant(now, live.props().zone())
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>();
        try (Connection c = broker.connect(); Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            weeks.add(week(s, monday, now));
            weeks.add(week(s, monday.plusWeeks(1), now));
        }
        Map<String, Late> late = new LinkedHashMap<>(); // one line per return, however many were told
        for (EventStore.Row r : events.latest(List.of(AuditEvent.ALERT_RECORDED.id(), UNCOUNTED), 500)) {
            boolean uncounted = UNCOUNTED.equals(r.event());
            if (r.time().isAfter(now.minus(Duration.ofDays(14))) && (uncounted || LATE.equals(r.get("alert")))) {
                late.putIfAbsent(r.reference(), new Late(r.reference(), Today.WHEN.format(r.time().atZone(
                        live.props().zone())), uncounted ? "arrived in time, left out of the summary"
                                : "arrived after the summary"));
            }
        }
        return new View(weeks, List.copyOf(late.values()));
    }

    private Week week(Session s, LocalDate monday, Instant now) throws JMSException {
        List<ClockEntry> records = broker.weekOfVoidReturns(s, monday.toString());
        List<Directory.Provider> providers = live.props().directory().providers();
        WeeklyVoids w = WeeklyVoids.of(monday, records.stream().map(ClockEntry::voidReturned).toList(), providers);
        List<Cell> cells = w.localities().stream().flatMap(l -> l.serviceTypes().stream().map(t -> new Cell(l.name(),
                t.name(), t.vacant(), t.emergencyBeds(), t.properties(), t.availableFrom()))).toList();
        Map<String, ClockEntry> latest = new LinkedHashMap<>();
        records.forEach(r -> latest.put(String.valueOf(r.context().get(Recipients.PROVIDER_ID)), r)); // last wins
        Map<String, String> names = new LinkedHashMap<>();
        providers.forEach(p -> names.put(p.id(), p.name()));
        List<Returned> returned = latest.entrySet().stream().map(e -> new Returned(names.getOrDefault(e.getKey(),
                e.getKey()), e.getValue().reference(), received(e.getValue()))).toList();
        Instant deadline = live.get().timetable().voidDeadline(monday);
        return new Week(monday.format(Dates.UK), Today.WHEN.format(deadline.atZone(live.props().zone())),
                now.isAfter(deadline), cells, w.totalVacant(), returned,
                w.missing().stream().map(Directory.Provider::name).toList());
    }

    private String received(ClockEntry e) {
        Object at = e.context().get(ClockContext.RECEIVED_AT);
        try {
            return at == null ? "" : Today.WHEN.format(Instant.parse(at.toString()).atZone(live.props().zone()));
        } catch (RuntimeException notAnInstant) {
            return at.toString();
        }
    }
}
