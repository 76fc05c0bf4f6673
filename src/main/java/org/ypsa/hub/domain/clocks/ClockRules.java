package org.ypsa.hub.domain.clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Wording;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;

/**
 * What a clock that has fallen due does (SPEC.md "Schedules"): the reminder or escalation of its step and its
 * next step, a progress review reminder and the next review, the void return reminders to providers that have not
 * returned, the weekly void summary with its missing list, a forum reminder; or nothing, with the reason, when a
 * reply closed it or the schedules no longer have it. Pure: the broker is read before and written after, by the
 * clock ticker.
 *
 * @param hubAddress where forms are emailed to
 * @param voidReturnQueue the queue void returns are routed to
 * @param texting whether texts can be sent (GOV.UK Notify is set up)
 * @param wording the words of the emails (config/wording.yml)
 */
public record ClockRules(ClockSettings schedules, Timetable timetable, Recipients recipients, DutyRota dutyRota,
        Directory directory, String hubAddress, String voidReturnQueue, List<String> voidReturnTeams, boolean texting,
        Wording wording) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE dd/MM/uuuu HH:mm", Locale.UK);
    /** Context keys shown in a reminder, in this order: none of them personal data. */
    /** The next occurrence of each calendar series after a moment, as the clocks to put on the queue. */
    public List<DueClock> nextOccurrences(Instant after) {
        return timetable.series().stream().map(series -> timetable.next(series, after)).flatMap(Optional::stream)
                .map(DueClock::of).toList();
    }

    /** The week whose void returns firing this clock reads: a void reminder's or summary's still scheduled. */
    public Optional<LocalDate> readsVoidReturnsOf(DueClock due) {
        boolean voids = due.kind().startsWith(Timetable.VOID_REMINDER) || due.kind().equals(Timetable.VOID_SUMMARY);
        return voids && timetable.isScheduled(due.occurrence()) ? Optional.of(LocalDate.parse(due.occurrence().key()))
                : Optional.empty();
    }

    /**
     * What firing a due clock does now.
     *
     * @param closed whether a reply has closed it (asked only of a clock that is not a calendar occurrence)
     * @param voidReturns the void returns of the week {@link #readsVoidReturnsOf} names, in the order they arrived
     */
    public Firing fire(DueClock due, Instant now, boolean closed, List<VoidReturned> voidReturns) {
        if (due.isCalendar()) {
            Timetable.Occurrence o = due.occurrence();
            if (!timetable.isScheduled(o)) {
                return Firing.nothing(o.id(), AuditEvent.CLOCK_DROPPED, Map.of("why", "no longer scheduled"));
            }
            if (o.series().equals(Timetable.VOID_SUMMARY)) {
                return voidSummary(WeeklyVoids.of(LocalDate.parse(o.key()), voidReturns, directory.providers()),
                        voidReturns.size(), o, now);
            }
            if (o.series().equals(Timetable.PROVIDER_FORUM)) {
                return forumReminder(o, now);
            }
            return voidReminder(o, voidReturns, now);
        }
        if (closed) {
            return Firing.nothing(due.reference(), AuditEvent.CLOCK_CLOSED, Map.of("clock", due.kind()));
        }
        if (due.kind().equals(ClockSettings.PROGRESS_REVIEW)) {
            return progressReview(due, now);
        }
        return step(due, now);
    }

    private Firing step(DueClock e, Instant now) {
        String kind = e.kind();
        ClockSettings.Steps spec = schedules.clocks().get(kind);
        if (spec == null || e.step() >= spec.steps().size()) {
            return Firing.nothing(e.reference(), AuditEvent.CLOCK_DROPPED, Map.of("clock", kind,
                    "why", "no such clock or step in the configuration"));
        }
        ClockSettings.Step step = spec.steps().get(e.step());
        boolean workingTime = dutyRota.isWorkingTime(now);
        List<Recipients.Contact> contacts = recipients.contacts(step.targets(workingTime), now, e.context());
        List<String> to = contacts.stream().map(Recipients.Contact::email).toList();
        // A text as well as the email when the step says so and Notify is set up; the email goes regardless.
        List<PhoneNumber> phones = step.texts(workingTime) && texting ? contacts.stream()
                .map(c -> PhoneNumber.parse(c.mobile())).flatMap(Optional::stream).distinct().toList()
                : List.of();
        String subject = "[" + e.reference() + "] " + step.name().toUpperCase(Locale.ROOT) + ": " + spec.title();
        StringBuilder text = new StringBuilder();
        text.append(spec.title()).append(".\n\n");
        text.append("Reference: ").append(e.reference()).append("\n");
        text.append("Started: ").append(local(e.startedAt())).append("\n");
        ClockContext.SHOWN.forEach((k, label) -> {
            Object v = e.context().get(k);
            if (v != null) {
                text.append(label).append(": ").append(v).append("\n");
            }
        });
        text.append("\n").append(wording.say(Phrase.ESCALATION_STOP, "words", directory.closingWords(kind))).append("\n");
        String alertKind = kind + ":" + step.name();
        String idBase = "clock:" + e.id() + ":" + e.step();
        List<Firing.Effect> effects = new ArrayList<>();
        effects.add(new Firing.Alert(e.reference(), alertKind, to, subject, text.toString(), idBase));
        effects.add(new Firing.Text(e.reference(), alertKind, phones, TextAlert.forStep(e.reference(), step.name(),
                spec.title(), ClockContext.queue(e.context())), idBase));
        if (e.step() + 1 < spec.steps().size()) {
            Instant due = timetable.stepDue(spec.steps().get(e.step() + 1), e.startedAt());
            Map<String, Object> ctx = new LinkedHashMap<>(e.context());
            List<String> told = new ArrayList<>(to);
            phones.forEach(p -> told.add(p.asRecipient()));
            ctx.put(ClosingRights.NOTIFIED, ClosingRights.told(e.context(), told)); // they may now close it too
            effects.add(new Firing.Next(new DueClock(e.id(), kind, e.reference(), e.step() + 1, e.startedAt(), due,
                    ctx)));
        }
        return new Firing(effects, List.of(
                new Firing.Audited(e.reference(), step.name().equalsIgnoreCase("reminder") ? AuditEvent.REMINDED : AuditEvent.ESCALATED,
                        Map.of("clock", kind, "step", step.name(), "recipients", to.size(), "texts", phones.size())),
                new Firing.Counted(alertKind, 1)));
    }

    private Firing progressReview(DueClock e, Instant now) {
        ClockSettings.ProgressReview pr = schedules.progressReview();
        LocalDate movedIn = ClockContext.movedIn(e.context());
        int n = ClockContext.review(e.context());
        LocalDate review = timetable.progressReview(movedIn, n);
        List<String> to = recipients.resolve(pr.to(), now, e.context());
        String subject = wording.say(Phrase.PROGRESS_REVIEW_SUBJECT, "reference", e.reference(), "date",
                review.format(Dates.UK));
        String text = wording.say(Phrase.PROGRESS_REVIEW, "date", review.format(Dates.UK), "every",
                Wording.period(pr.every()), "moved-in", movedIn.format(Dates.UK), "reference", e.reference(),
                "words", directory.closingWords(ClockSettings.PROGRESS_REVIEW)) + "\n";
        Map<String, Object> ctx = new LinkedHashMap<>(e.context());
        ctx.put(ClockContext.REVIEW, String.valueOf(n + 1));
        Instant due = timetable.progressReviewReminder(movedIn, n + 1);
        return new Firing(List.of(
                new Firing.Alert(e.reference(), "progress-review", to, subject, text, "clock:" + e.id() + ":" + n),
                new Firing.Next(new DueClock(e.id(), e.kind(), e.reference(), n + 1, e.startedAt(), due, ctx))),
                List.of(new Firing.Audited(e.reference(), AuditEvent.REMINDED, Map.of("clock", "progress-review",
                        "review", n, "recipients", to.size()))));
    }

    private Firing voidReminder(Timetable.Occurrence o, List<VoidReturned> voidReturns, Instant now) {
        LocalDate week = LocalDate.parse(o.key());
        Instant deadline = timetable.voidDeadline(week);
        if (!now.isBefore(deadline)) {
            // The hub was down past the deadline: the summary has the missing providers; a reminder now is noise.
            return Firing.nothing(o.id(), AuditEvent.CLOCK_DROPPED, Map.of("why", "after the deadline"));
        }
        List<Directory.Provider> missing = WeeklyVoids.of(week, voidReturns, directory.providers()).missing();
        List<Firing.Effect> effects = new ArrayList<>();
        for (Directory.Provider p : missing) {
            effects.add(new Firing.Alert(o.id(), "void-return-reminder",
                    recipients.resolve(schedules.voidReturn().remindTo(), now, Map.of(Recipients.PROVIDER_ID, p.id())),
                    wording.say(Phrase.VOID_REMINDER_SUBJECT, "week", week.format(Dates.UK), "deadline", local(deadline)),
                    wording.say(Phrase.VOID_REMINDER, "provider", p.name(), "week", week.format(Dates.UK), "deadline",
                            local(deadline), "hub-address", hubAddress) + "\n",
                    "clock:" + o.id() + ":" + p.id()));
        }
        return new Firing(effects, List.of(
                new Firing.Audited(o.id(), AuditEvent.REMINDED, Map.of("clock", "void-return-reminder",
                        "providers", missing.size())),
                new Firing.Counted("void-return-reminder", missing.size())));
    }

    private Firing voidSummary(WeeklyVoids w, int records, Timetable.Occurrence o, Instant now) {
        String week = w.week().format(Dates.UK);
        StringBuilder t = new StringBuilder();
        t.append("Void returns for the week commencing ").append(week).append(", as at ").append(local(now))
                .append(".\n\n");
        t.append("Returns received: ").append(w.returned()).append(" of ").append(w.expected())
                .append(" providers.\n\nVacant beds by locality and service type:\n");
        for (WeeklyVoids.Locality loc : w.localities()) {
            t.append("\n").append(loc.name()).append("\n");
            for (WeeklyVoids.ServiceType st : loc.serviceTypes()) {
                int beds = st.emergencyBeds();
                t.append("  ").append(st.name()).append(": ").append(st.vacant()).append(" vacant")
                        .append(beds > 0 ? ", " + beds + " emergency bed" + (beds == 1 ? "" : "s") : "")
                        .append(" (").append(st.properties()).append(" propert")
                        .append(st.properties() == 1 ? "y" : "ies").append(")\n");
            }
        }
        t.append("\nTotal vacant: ").append(w.totalVacant()).append("\n\nNot returned:\n");
        if (w.missing().isEmpty()) {
            t.append("  none: every provider returned.\n");
        }
        w.missing().forEach(p -> t.append("  ").append(p.name()).append("\n"));
        t.append("\n").append(wording.say(Phrase.VOID_SUMMARY_AFTER, "queue", voidReturnQueue)).append("\n");
        ClockSettings.VoidReturns v = schedules.voidReturn();
        // The records go first, in the transaction that sends the summary: taken once, with it.
        List<Firing.Effect> effects = new ArrayList<>(List.of(new Firing.TakeVoidReturns(w.week(), records),
                new Firing.Alert(o.id(), "void-return-summary", recipients.resolve(v.summaryTo(), now, Map.of()),
                        wording.say(Phrase.VOID_SUMMARY_SUBJECT, "week", week, "missing",
                                String.valueOf(w.missing().size())),
                        t.toString(), "clock:" + o.id())));
        for (Directory.Provider p : w.missing()) {
            effects.add(new Firing.Alert(o.id(), "void-return-missing",
                    recipients.resolve(v.missingTo(), now, Map.of(Recipients.PROVIDER_ID, p.id())),
                    wording.say(Phrase.VOID_MISSING_SUBJECT, "provider", p.name(), "week", week),
                    wording.say(Phrase.VOID_MISSING, "provider", p.name(), "week", week, "deadline",
                            local(timetable.voidDeadline(w.week())), "teams", Wording.list(voidReturnTeams),
                            "have", Wording.have(voidReturnTeams), "hub-address", hubAddress) + "\n",
                    "clock:" + o.id() + ":" + p.id()));
        }
        return new Firing(effects, List.of(
                new Firing.Audited(o.id(), AuditEvent.VOID_SUMMARY_SENT, Map.of("returned", w.returned(),
                        "missing", w.missing().size())),
                new Firing.Counted("void-return-summary", 1)));
    }

    /**
     * A void return recorded in time for its week but still on the queue after the week's summary (it was read
     * after the summary was written, or the hub restarted past the deadline): told to those told of late returns,
     * once, as it leaves the queue, so no return is left out of both the summary and an alert.
     */
    public Firing uncountedVoidReturn(String reference, LocalDate week, VoidReturned r, Instant now) {
        String provider = directory.providers().stream().filter(p -> p.id().equals(r.providerId()))
                .map(Directory.Provider::name).findFirst().orElse(r.providerId());
        int vacant = r.lines().stream().mapToInt(VoidReturned.Line::vacant).sum();
        List<String> to = recipients.resolve(schedules.voidReturn().lateTo(), now,
                Map.of(Recipients.PROVIDER_ID, r.providerId()));
        String text = wording.say(Phrase.VOID_UNCOUNTED, "provider", provider, "week", week.format(Dates.UK),
                "queue", voidReturnQueue, "vacant", vacant + " bed" + (vacant == 1 ? "" : "s"), "properties",
                r.lines().size() + " propert" + (r.lines().size() == 1 ? "y" : "ies"), "reference", reference) + "\n";
        return new Firing(List.of(new Firing.Alert(reference, "void-return-uncounted", to,
                wording.say(Phrase.VOID_UNCOUNTED_SUBJECT, "reference", reference, "provider", provider, "week",
                        week.format(Dates.UK)), text, reference + ":uncounted")),
                List.of(new Firing.Audited(reference, AuditEvent.VOID_RETURN_UNCOUNTED, Map.of("week", week.toString(),
                        "recipients", to.size())), new Firing.Counted("void-return-uncounted", 1)));
    }

    private Firing forumReminder(Timetable.Occurrence o, Instant now) {
        LocalDate date = LocalDate.parse(o.key());
        ClockSettings.ProviderForum forum = schedules.providerForum();
        List<String> to = recipients.resolve(forum.to(), now, Map.of());
        Directory.Team agenda = forum.agendaTo() == null ? null : directory.teams().get(forum.agendaTo());
        return new Firing(List.of(new Firing.Alert(o.id(), "provider-forum-reminder", to,
                wording.say(Phrase.FORUM_REMINDER_SUBJECT, "date", date.format(Dates.UK)),
                wording.say(Phrase.FORUM_REMINDER, "date", date.format(Dates.UK))
                        + (agenda == null ? "" : wording.say(Phrase.FORUM_AGENDA, "team", agenda.name())) + "\n",
                "clock:" + o.id())),
                List.of(new Firing.Audited(o.id(), AuditEvent.REMINDED, Map.of("clock", "provider-forum",
                        "recipients", to.size()))));
    }

    private String local(Instant i) {
        return i.atZone(timetable.zone()).format(WHEN);
    }
}
