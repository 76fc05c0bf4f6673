package org.ypsa.hub.adapter.jms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockRules;
import org.ypsa.hub.domain.clocks.DueClock;
import org.ypsa.hub.domain.clocks.Firing;
import org.ypsa.hub.domain.clocks.VoidReturned;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.notify.Texting;

/**
 * Fires the clocks that have fallen due by the hub's clock. Each clock is taken off the clocks queue, its
 * reminder or escalation (emails on the outbox, records on alerts) and its next step are sent, and all of it is
 * committed in one broker transaction: a crash before the commit leaves the clock due, after it the clock is
 * gone, so it fires once; two instances never receive the same clock. Calendar series (void return reminders
 * and deadline, forum reminders) keep their next occurrence on the queue, under a duplicate id that is the
 * occurrence itself, so instances and restarts add it once. What a clock does is {@link ClockRules}'; this reads
 * what they need from the broker and writes what they decide.
 */
@Component("clockTicker")
public class ClockTicker {
    private static final Logger LOG = LoggerFactory.getLogger(ClockTicker.class);

    private final ClockStore store;
    private final Outgoing outgoing;
    private final LiveConfig live;
    private final Clock clock;
    private final AuditLog audit;
    private final MeterRegistry meters;
    private final Texting texting;
    private final Map<String, String> seeded = new ConcurrentHashMap<>();

    public ClockTicker(ClockStore store, LiveConfig live, Outgoing outgoing, Clock clock, AuditLog audit,
            MeterRegistry meters, Texting texting) {
        this.texting = texting;
        this.store = store;
        this.outgoing = outgoing;
        this.live = live;
        this.clock = clock;
        this.audit = audit;
        this.meters = meters;
    }

    /** The clocks' rules under the configuration running now. */
    private ClockRules rules() {
        LiveConfig.Snapshot now = live.get();
        HubProperties p = now.props();
        return new ClockRules(p.schedules(), now.timetable(), now.recipients(), now.dutyRota(), p.directory(),
                p.replies().from(), p.queues().forForm("void-return"),
                now.replies().facts().teamNames(FormType.VOID_RETURN), texting.enabled(), now.replies().wording());
    }

    /**
     * Fires every clock due now, then reports each void return left out of its week's summary; returns how many
     * were taken off the queue.
     */
    public synchronized int tick() throws JMSException {
        Instant now = clock.instant();
        ClockRules rules = rules();
        try (Connection c = store.connect()) {
            seed(c, rules, now);
            try (Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                    Session reads = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
                Drained clocks = drain(s, ClockEntry.DUE_AT + " <= " + now.toEpochMilli(),
                        m -> fire(s, reads, rules, store.read(m).due(), now));
                if (clocks.stopped()) {
                    return clocks.taken(); // a summary that failed is tried again before its returns are reported
                }
                return clocks.taken() + drain(s, ClockEntry.KIND + " = '" + ClockEntry.VOID_RETURNED + "' AND "
                        + ClockEntry.UNCOUNTED_AFTER + " <= " + now.toEpochMilli(), m -> {
                            ClockEntry r = store.read(m);
                            keepForTheWeek(s, List.of(r));
                            return carryOut(s, rules.uncountedVoidReturn(r.reference(),
                                    ClockContext.week(r.context()), r.voidReturned(), now),
                                    now);
                        }).taken();
            }
        }
    }

    private interface Fire {
        Firing apply(Message m) throws JMSException;
    }

    private record Drained(int taken, boolean stopped) {
    }

    /**
     * Takes each message the selector matches and carries out its firing, one commit each; stops at the first that
     * fails (rolled back: it stays on the queue for the next tick). Notes are written after each commit.
     */
    private Drained drain(Session s, String selector, Fire fire) throws JMSException {
        int taken = 0;
        try (MessageConsumer consumer = s.createConsumer(store.queue(s), selector)) {
            Message m;
            // Artemis asks the broker on receiveNoWait: null means nothing matches now.
            while ((m = consumer.receiveNoWait()) != null) {
                Firing f;
                try {
                    f = fire.apply(m);
                    s.commit();
                } catch (JMSException | RuntimeException ex) {
                    s.rollback();
                    LOG.warn("A clock could not be fired ({}); it stays due and is tried again", ex.toString());
                    return new Drained(taken, true);
                }
                f.notes().forEach(this::write);
                taken++;
            }
        }
        return new Drained(taken, false);
    }

    /**
     * Forgets which occurrences this instance already put on the queue, so the next tick puts them again (the
     * broker drops those it has): after an admin purged the clocks queue.
     */
    public void forgetSeeded() {
        seeded.clear();
    }

    /** Puts each calendar series' next occurrence on the queue once (the broker drops a repeat). */
    private void seed(Connection c, ClockRules rules, Instant now) throws JMSException {
        try (Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            for (DueClock o : rules.nextOccurrences(now)) {
                if (o.id().equals(seeded.get(o.kind()))) {
                    continue;
                }
                store.send(s, outgoing.clock(ClockEntry.of(o), o.dueAt().toEpochMilli(), "clock:" + o.id(), Map.of()));
                seeded.put(o.kind(), o.id());
            }
        }
    }

    /**
     * Reads what the rules need to fire a clock (reads: a session that browses records), then carries out what
     * they decide in s, the transaction that takes the clock; what is to be noted after its commit is returned.
     */
    private Firing fire(Session s, Session reads, ClockRules rules, DueClock e, Instant now) throws JMSException {
        boolean closed = !e.isCalendar() && store.isClosed(reads, e.reference(), e.kind());
        LocalDate week = rules.readsVoidReturnsOf(e).orElse(null);
        List<VoidReturned> returns = week == null ? List.of()
                : store.voidReturns(reads, week.toString()).stream().map(ClockEntry::voidReturned).toList();
        return carryOut(s, rules.fire(e, now, closed, returns), now);
    }

    /** Carries out a firing's effects in s, the transaction that takes its message; returns it for its notes. */
    private Firing carryOut(Session s, Firing f, Instant now) throws JMSException {
        for (Firing.Effect effect : f.effects()) {
            if (effect instanceof Firing.TakeVoidReturns t) {
                keepForTheWeek(s, store.takeVoidReturns(s, t.week().toString(), t.counted()));
            } else {
                for (Dispatch d : dispatches(effect, now)) {
                    store.send(s, d);
                }
            }
        }
        return f;
    }

    /** Void return records taken by the summary (or reported after it) stay readable for the Beds page. */
    private void keepForTheWeek(Session s, List<ClockEntry> records) throws JMSException {
        for (ClockEntry r : records) {
            ClockEntry kept = r.summarised();
            store.send(s, outgoing.clock(kept, ClockEntry.NEVER, kept.id(), Map.of(ClockEntry.WEEK,
                    String.valueOf(r.context().get(ClockContext.WEEK)))));
        }
    }

    private List<Dispatch> dispatches(Firing.Effect effect, Instant now) {
        if (effect instanceof Firing.Alert a) {
            return outgoing.alert(a.reference(), a.kind(), a.to(), a.subject(), a.text(), now, a.idBase());
        }
        if (effect instanceof Firing.Text t) {
            return outgoing.text(t.reference(), t.kind(), t.to(), t.alert(), t.idBase());
        }
        DueClock next = ((Firing.Next) effect).clock();
        return List.of(outgoing.clock(ClockEntry.of(next), next.dueAt().toEpochMilli(), null, Map.of()));
    }

    private void write(Firing.Note note) {
        if (note instanceof Firing.Audited a) {
            audit.record(a.subject(), a.event(), a.detail());
        } else if (note instanceof Firing.Counted c) {
            meters.counter("hub.alerts", "kind", c.kind()).increment(c.alerts());
        }
    }
}
