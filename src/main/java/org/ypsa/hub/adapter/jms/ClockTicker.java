package org.ypsa.hub.adapter.jms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.ypsa.hub.adapter.notify.NotifyGateway;
import org.ypsa.hub.adapter.store.AuditLog;
import org.ypsa.hub.config.HubProperties;
import org.ypsa.hub.config.LiveConfig;
import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Timetable;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;

/**
 * Fires the clocks that have fallen due by the hub's clock. Each clock is taken off the clocks queue, its
 * reminder or escalation (emails on the outbox, records on alerts) and its next step are sent, and all of it is
 * committed in one broker transaction: a crash before the commit leaves the clock due, after it the clock is
 * gone, so it fires once; two instances never receive the same clock. Calendar series (void return reminders
 * and deadline, forum reminders) keep their next occurrence on the queue, under a duplicate id that is the
 * occurrence itself, so instances and restarts add it once.
 */
@Component("clockTicker")
public class ClockTicker {
    private static final Logger LOG = LoggerFactory.getLogger(ClockTicker.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE dd/MM/uuuu HH:mm", Locale.UK);

    private final ClockStore store;
    private final Outgoing outgoing;
    private final LiveConfig live;
    private final Clock clock;
    private final AuditLog audit;
    private final MeterRegistry meters;
    private final Map<String, String> seeded = new ConcurrentHashMap<>();

    private final NotifyGateway notify;

    public ClockTicker(ClockStore store, LiveConfig live, Outgoing outgoing, Clock clock, AuditLog audit,
            MeterRegistry meters, NotifyGateway notify) {
        this.notify = notify;
        this.store = store;
        this.outgoing = outgoing;
        this.live = live;
        this.clock = clock;
        this.audit = audit;
        this.meters = meters;
    }

    private HubProperties props() {
        return live.props();
    }

    private Timetable timetable() {
        return live.get().timetable();
    }

    private Recipients recipients() {
        return live.get().recipients();
    }

    /** Fires every clock due now; returns how many were taken off the queue. */
    public synchronized int tick() throws JMSException {
        Instant now = clock.instant();
        int taken = 0;
        try (Connection c = store.connect()) {
            seed(c, now);
            try (Session s = c.createSession(true, Session.SESSION_TRANSACTED);
                    Session reads = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    MessageConsumer due = s.createConsumer(store.queue(s),
                            ClockEntry.DUE_AT + " <= " + now.toEpochMilli())) {
                Message m;
                // Artemis asks the broker on receiveNoWait: null means nothing is due now.
                while ((m = due.receiveNoWait()) != null) {
                    List<Runnable> afterCommit = new ArrayList<>();
                    try {
                        ClockEntry e = store.read(m);
                        for (Dispatch d : fire(s, reads, e, now, afterCommit)) {
                            store.send(s, d);
                        }
                        s.commit();
                    } catch (JMSException | RuntimeException ex) {
                        s.rollback();
                        LOG.warn("A clock could not be fired ({}); it stays due and is tried again", ex.toString());
                        break;
                    }
                    afterCommit.forEach(Runnable::run);
                    taken++;
                }
            }
        }
        return taken;
    }

    /**
     * Forgets which occurrences this instance already put on the queue, so the next tick puts them again (the
     * broker drops those it has): after an admin purged the clocks queue.
     */
    public void forgetSeeded() {
        seeded.clear();
    }

    /** Puts each calendar series' next occurrence on the queue once (the broker drops a repeat). */
    private void seed(Connection c, Instant now) throws JMSException {
        try (Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            for (String series : timetable().series()) {
                var next = timetable().next(series, now);
                if (next.isEmpty() || next.get().id().equals(seeded.get(series))) {
                    continue;
                }
                Timetable.Occurrence o = next.get();
                ClockEntry e = new ClockEntry(ClockEntry.SCHEMA, o.id(), series, o.id(), 0, null, o.due().toString(),
                        Map.of("key", o.key()));
                store.send(s, outgoing.clock(e, o.due().toEpochMilli(), "clock:" + o.id(), Map.of()));
                seeded.put(series, o.id());
            }
        }
    }

    /** What firing a clock sends; s is the transaction that takes it, reads a session that browses records. */
    private List<Dispatch> fire(Session s, Session reads, ClockEntry e, Instant now, List<Runnable> afterCommit)
            throws JMSException {
        String kind = e.kind();
        if (kind.startsWith(Timetable.VOID_REMINDER) || kind.equals(Timetable.VOID_SUMMARY)
                || kind.equals(Timetable.PROVIDER_FORUM)) {
            String key = String.valueOf(e.context().get("key"));
            Timetable.Occurrence o = new Timetable.Occurrence(kind, key, Instant.parse(e.dueAt()));
            if (!timetable().isScheduled(o)) {
                afterCommit.add(() -> audit.record(o.id(), "clock-dropped", Map.of("why", "no longer scheduled")));
                return List.of();
            }
            if (kind.equals(Timetable.VOID_SUMMARY)) {
                return voidSummary(s, reads, o, now, afterCommit);
            }
            if (kind.equals(Timetable.PROVIDER_FORUM)) {
                return forumReminder(o, now, afterCommit);
            }
            return voidReminder(reads, o, now, afterCommit);
        }
        if (store.isClosed(reads, e.reference(), kind)) {
            afterCommit.add(() -> audit.record(e.reference(), "clock-closed", Map.of("clock", kind)));
            return List.of();
        }
        if (kind.equals(ClockSettings.PROGRESS_REVIEW)) {
            return progressReview(e, now, afterCommit);
        }
        ClockSettings.Steps spec = props().schedules().clocks().get(kind);
        if (spec == null || e.step() >= spec.steps().size()) {
            afterCommit.add(() -> audit.record(e.reference(), "clock-dropped", Map.of("clock", kind,
                    "why", "no such clock or step in the configuration")));
            return List.of();
        }
        ClockSettings.Step step = spec.steps().get(e.step());
        boolean workingTime = live.get().dutyRota().isWorkingTime(now);
        List<Recipients.Contact> contacts = recipients().contacts(step.targets(workingTime), now, e.context());
        List<String> to = contacts.stream().map(Recipients.Contact::email).toList();
        // A text as well as the email when the step says so and Notify is set up; the email goes regardless.
        List<PhoneNumber> phones = step.texts(workingTime) && notify.enabled() ? contacts.stream()
                .map(c -> PhoneNumber.parse(c.mobile())).flatMap(java.util.Optional::stream).distinct().toList()
                : List.of();
        Instant started = Instant.parse(e.startedAt());
        String subject = "[" + e.reference() + "] " + step.name().toUpperCase(Locale.ROOT) + ": " + spec.title();
        StringBuilder text = new StringBuilder();
        text.append(spec.title()).append(".\n\n");
        text.append("Reference: ").append(e.reference()).append("\n");
        text.append("Started: ").append(local(started)).append("\n");
        e.context().forEach((k, v) -> {
            if (SHOWN.containsKey(k)) {
                text.append(SHOWN.get(k)).append(": ").append(v).append("\n");
            }
        });
        text.append("\nTo stop these reminders, reply to this email keeping the reference in the subject and start ")
                .append("your reply with ").append(closingWords(kind)).append(".\n");
        List<Dispatch> out = new ArrayList<>(outgoing.alert(e.reference(), kind + ":" + step.name(), to, subject,
                text.toString(), now, "clock:" + e.id() + ":" + e.step()));
        out.addAll(outgoing.text(e.reference(), kind + ":" + step.name(), phones, TextAlert.forStep(e.reference(),
                step.name(), spec.title(), (String) e.context().get("queue")), "clock:" + e.id() + ":" + e.step()));
        if (e.step() + 1 < spec.steps().size()) {
            ClockSettings.Step next = spec.steps().get(e.step() + 1);
            Instant due = timetable().stepDue(next, started);
            Map<String, Object> ctx = new LinkedHashMap<>(e.context());
            List<String> told = new ArrayList<>(to);
            phones.forEach(p -> told.add(p.asRecipient()));
            ctx.put(ClosingRights.NOTIFIED, ClosingRights.told(e.context(), told)); // they may now close it too
            ClockEntry n = new ClockEntry(ClockEntry.SCHEMA, e.id(), kind, e.reference(), e.step() + 1, e.startedAt(),
                    due.toString(), ctx);
            out.add(outgoing.clock(n, due.toEpochMilli(), null, Map.of()));
        }
        afterCommit.add(() -> {
            audit.record(e.reference(), step.name().equalsIgnoreCase("reminder") ? "reminded" : "escalated",
                    Map.of("clock", kind, "step", step.name(), "recipients", to.size(), "texts", phones.size()));
            meters.counter("hub.alerts", "kind", kind + ":" + step.name()).increment();
        });
        return out;
    }

    /** Context keys shown in a reminder: none of them personal data. */
    private static final Map<String, String> SHOWN = new TreeMap<>(Map.of("severity", "Severity", "category",
            "Category", "provider", "Provider", "pathway", "Pathway", "dateNeeded", "Accommodation needed from",
            "queue", "On queue"));

    private List<Dispatch> progressReview(ClockEntry e, Instant now, List<Runnable> afterCommit) {
        ClockSettings.ProgressReview pr = props().schedules().progressReview();
        LocalDate movedIn = LocalDate.parse(String.valueOf(e.context().get("movedIn")));
        int n = Integer.parseInt(String.valueOf(e.context().get("review")));
        LocalDate review = timetable().progressReview(movedIn, n);
        List<String> to = recipients().resolve(pr.to(), now, e.context());
        String subject = "[" + e.reference() + "] REMINDER: progress review due " + review.format(Dates.UK);
        String text = "A progress review is due on " + review.format(Dates.UK) + " (every " + pr.every()
                .toTotalMonths() + " months from moving in on " + movedIn.format(Dates.UK) + ").\n\nReference: "
                + e.reference() + "\n\nWhen the young person moves on, reply keeping the reference in the subject and "
                + "start your reply with " + closingWords(ClockSettings.PROGRESS_REVIEW) + " to stop these reminders.\n";
        List<Dispatch> out = new ArrayList<>(outgoing.alert(e.reference(), "progress-review", to, subject, text, now,
                "clock:" + e.id() + ":" + n));
        Map<String, Object> ctx = new LinkedHashMap<>(e.context());
        ctx.put("review", String.valueOf(n + 1));
        Instant due = timetable().progressReviewReminder(movedIn, n + 1);
        out.add(outgoing.clock(new ClockEntry(ClockEntry.SCHEMA, e.id(), e.kind(), e.reference(), n + 1,
                e.startedAt(), due.toString(), ctx), due.toEpochMilli(), null, Map.of()));
        afterCommit.add(() -> audit.record(e.reference(), "reminded", Map.of("clock", "progress-review",
                "review", n, "recipients", to.size())));
        return out;
    }

    private List<Dispatch> voidReminder(Session s, Timetable.Occurrence o, Instant now, List<Runnable> afterCommit)
            throws JMSException {
        LocalDate week = LocalDate.parse(o.key());
        Instant deadline = timetable().voidDeadline(week);
        if (!now.isBefore(deadline)) {
            // The hub was down past the deadline: the summary has the missing providers; a reminder now is noise.
            afterCommit.add(() -> audit.record(o.id(), "clock-dropped", Map.of("why", "after the deadline")));
            return List.of();
        }
        List<Directory.Provider> missing = missing(s, week);
        ClockSettings.VoidReturns v = props().schedules().voidReturn();
        List<Dispatch> out = new ArrayList<>();
        for (Directory.Provider p : missing) {
            List<String> to = recipients().resolve(v.remindTo(), now, Map.of(Recipients.PROVIDER_ID, p.id()));
            out.addAll(outgoing.alert(o.id(), "void-return-reminder", to, "Reminder: void return for the week of "
                    + week.format(Dates.UK) + " is due by " + local(deadline),
                    "The hub has not yet received " + p.name() + "'s weekly void return for the week commencing "
                            + week.format(Dates.UK) + ".\n\nIt is due by " + local(deadline) + ". Please email it to "
                            + props().replies().from() + " as a spreadsheet, a CSV file or in the body of the email."
                            + "\n\nIf you have sent it in the last few minutes, please ignore this reminder.\n",
                    now, "clock:" + o.id() + ":" + p.id()));
        }
        afterCommit.add(() -> {
            audit.record(o.id(), "reminded", Map.of("clock", "void-return-reminder", "providers", missing.size()));
            meters.counter("hub.alerts", "kind", "void-return-reminder").increment(missing.size());
        });
        return out;
    }

    private List<Directory.Provider> missing(Session s, LocalDate week) throws JMSException {
        java.util.Set<String> returned = new java.util.HashSet<>();
        for (ClockEntry r : store.voidReturns(s, week.toString())) {
            returned.add(String.valueOf(r.context().get(Recipients.PROVIDER_ID)));
        }
        return props().directory().providers().stream().filter(p -> !p.properties().isEmpty())
                .filter(p -> !returned.contains(p.id())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Dispatch> voidSummary(Session s, Session reads, Timetable.Occurrence o, Instant now, List<Runnable> afterCommit)
            throws JMSException {
        LocalDate week = LocalDate.parse(o.key());
        Map<String, ClockEntry> latest = new LinkedHashMap<>();
        for (ClockEntry r : store.voidReturns(reads, week.toString())) {
            latest.put(String.valueOf(r.context().get(Recipients.PROVIDER_ID)), r); // in arrival order: last wins
        }
        List<Directory.Provider> missing = missing(reads, week);
        // locality -> service type -> [vacant, emergency beds, properties]
        Map<String, Map<String, int[]>> table = new TreeMap<>();
        for (ClockEntry r : latest.values()) {
            for (Map<String, Object> line : (List<Map<String, Object>>) r.context().getOrDefault("lines", List.of())) {
                int[] cell = table.computeIfAbsent(String.valueOf(line.get("locality")), k -> new TreeMap<>())
                        .computeIfAbsent(String.valueOf(line.get("serviceType")), k -> new int[3]);
                cell[0] += ((Number) line.getOrDefault("vacant", 0)).intValue();
                cell[1] += Boolean.TRUE.equals(line.get("emergencyBed")) ? 1 : 0;
                cell[2]++;
            }
        }
        StringBuilder t = new StringBuilder();
        t.append("Void returns for the week commencing ").append(week.format(Dates.UK)).append(", as at ")
                .append(local(now)).append(".\n\n");
        t.append("Returns received: ").append(latest.size()).append(" of ").append(latest.size() + missing.size())
                .append(" providers.\n\nVacant beds by locality and service type:\n");
        int total = 0;
        for (var loc : table.entrySet()) {
            t.append("\n").append(loc.getKey()).append("\n");
            for (var st : loc.getValue().entrySet()) {
                int[] c = st.getValue();
                total += c[0];
                t.append("  ").append(st.getKey()).append(": ").append(c[0]).append(" vacant")
                        .append(c[1] > 0 ? ", " + c[1] + " emergency bed" + (c[1] == 1 ? "" : "s") : "")
                        .append(" (").append(c[2]).append(" propert").append(c[2] == 1 ? "y" : "ies").append(")\n");
            }
        }
        t.append("\nTotal vacant: ").append(total).append("\n\nNot returned:\n");
        if (missing.isEmpty()) {
            t.append("  none: every provider returned.\n");
        }
        missing.forEach(p -> t.append("  ").append(p.name()).append("\n"));
        t.append("\nA return that arrives after this summary is still routed to ").append(props().queues()
                .forForm("void-return")).append(" and you will be told it arrived.\n");
        ClockSettings.VoidReturns v = props().schedules().voidReturn();
        List<Dispatch> out = new ArrayList<>(outgoing.alert(o.id(), "void-return-summary",
                recipients().resolve(v.summaryTo(), now, Map.of()), "Void returns summary: week of "
                        + week.format(Dates.UK) + " (" + missing.size() + " missing)", t.toString(), now,
                "clock:" + o.id()));
        for (Directory.Provider p : missing) {
            out.addAll(outgoing.alert(o.id(), "void-return-missing",
                    recipients().resolve(v.missingTo(), now, Map.of(Recipients.PROVIDER_ID, p.id())),
                    "Void return missing: " + p.name() + ", week of " + week.format(Dates.UK),
                    p.name() + "'s weekly void return for the week commencing " + week.format(Dates.UK)
                            + " had not been received by the deadline, " + local(timetable().voidDeadline(week))
                            + ". Brokerage has been told. Please send it as soon as possible to "
                            + props().replies().from() + ".\n", now, "clock:" + o.id() + ":" + p.id()));
        }
        store.removeVoidReturns(s, week.toString());
        int returned = latest.size();
        afterCommit.add(() -> {
            audit.record(o.id(), "void-summary-sent", Map.of("returned", returned, "missing", missing.size()));
            meters.counter("hub.alerts", "kind", "void-return-summary").increment();
        });
        return out;
    }

    private List<Dispatch> forumReminder(Timetable.Occurrence o, Instant now, List<Runnable> afterCommit) {
        ClockSettings.ProviderForum f = props().schedules().providerForum();
        LocalDate date = LocalDate.parse(o.key());
        List<String> to = recipients().resolve(f.to(), now, Map.of());
        afterCommit.add(() -> audit.record(o.id(), "reminded", Map.of("clock", "provider-forum",
                "recipients", to.size())));
        return outgoing.alert(o.id(), "provider-forum-reminder", to, "Reminder: provider forum on "
                + date.format(Dates.UK), "The quarterly provider forum is on " + date.format(Dates.UK)
                        + ". Please send agenda items to Quality and Contracts.\n", now, "clock:" + o.id());
    }

    private String closingWords(String kind) {
        List<String> words = props().directory().replies().stream().filter(w -> w.closes().contains(kind))
                .map(Directory.ReplyWord::word).toList();
        return words.isEmpty() ? "ACK" : String.join(" or ", words);
    }

    private String local(Instant i) {
        ZonedDateTime z = i.atZone(props().zone());
        return z.format(WHEN);
    }
}
