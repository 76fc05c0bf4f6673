package org.ypsa.hub.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Timetable;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.BankHolidays;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.intake.Intake;
import org.ypsa.hub.domain.intake.IntakePolicy;
import org.ypsa.hub.domain.voids.VoidPolicy;

/**
 * The configuration the hub is running now: the bound "hub:" settings and the domain built from them. An
 * admin's edit to config/ replaces it whole, once it has passed every check (ConfigReloader); until then, and
 * when it fails, the hub keeps running the last good one. Each mail and each tick reads it once, at its start.
 */
public final class LiveConfig {

    /** One consistent configuration: the settings and what the domain made of them. */
    public record Snapshot(HubProperties props, BankHolidays holidays, Intake intake, DutyRota dutyRota,
            Timetable timetable, Recipients recipients, org.ypsa.hub.domain.intake.Replies replies) {

        /** What replies say about the partnership, from these settings, so an admin's edit keeps them true. */
        public static org.ypsa.hub.domain.intake.Replies.Facts facts(HubProperties p) {
            java.util.Map<String, java.util.List<String>> teams = new java.util.LinkedHashMap<>();
            String fallback = java.util.Optional.ofNullable(p.directory().teams().get(p.alerts().emergencyReferralTeam()))
                    .map(org.ypsa.hub.domain.directory.Directory.Team::name).orElse(p.alerts().emergencyReferralTeam());
            p.queues().routes().forEach((form, queues) -> {
                // a queue named <team>.<what> belongs to that team when the directory has it
                java.util.List<String> names = queues.stream().map(q -> q.contains(".") ? q.substring(0, q.indexOf('.')) : q)
                        .map(id -> p.directory().teams().get(id)).filter(java.util.Objects::nonNull)
                        .map(org.ypsa.hub.domain.directory.Directory.Team::name).distinct().toList();
                teams.put(form, names.isEmpty() ? java.util.List.of(fallback) : names);
            });
            org.ypsa.hub.domain.clocks.ClockSettings.Steps meeting = p.schedules().clocks()
                    .get(org.ypsa.hub.domain.clocks.ClockSettings.CARE_PLANNING_MEETING);
            org.ypsa.hub.domain.clocks.ClockSettings.Step first = meeting == null ? null : meeting.steps().get(0);
            String due = first == null ? "soon" : first.workingDays() != null ? "within " + first.workingDays()
                    + " working day" + (first.workingDays() == 1 ? "" : "s") : "within " + org.ypsa.hub.domain.Wording.duration(first.after());
            return new org.ypsa.hub.domain.intake.Replies.Facts(teams,
                    p.voidReturn().deadline().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")), due,
                    "every " + org.ypsa.hub.domain.Wording.period(p.schedules().progressReview().every()));
        }

        /** The intake policy's settings from this configuration; texting says whether texts can be sent at all. */
        public IntakePolicy.Settings intakeSettings(boolean texting) {
            Directory.Team emergencyTeam = props.directory().teams().get(props.alerts().emergencyReferralTeam());
            return new IntakePolicy.Settings(props.queues().routes(), props.queues().rejected(),
                    props.queues().unrecognised(), props.queues().clocks(),
                    emergencyTeam == null ? null : emergencyTeam.mailbox(), props.schedules().clocks(),
                    props.directory(), dutyRota, replies, texting,
                    new VoidPolicy.Settings(timetable, recipients, props.schedules().voidReturn().lateTo()));
        }

        public static Snapshot of(HubProperties p) throws IOException {
            BankHolidays holidays;
            try (InputStream in = Files.newInputStream(p.bankHolidaysFile())) {
                holidays = BankHolidays.fromGovUkJson(in);
            }
            HubProperties.OutOfHours o = p.outOfHours();
            DutyRota rota = new DutyRota(p.directory(), holidays, p.zone(), new DutyRota.Windows(o.workStart(),
                    o.workEnd(), o.edtFrom(), o.edtUntil(), o.inHoursTeam(), o.reocTeam(), o.edtTeam()));
            FormLibrary forms = org.ypsa.hub.domain.intake.KnownForms.load(p.formsDir()).orThrow();
            return new Snapshot(p, holidays, new Intake(p.directory(), forms, p.zone(), p.voidReturn().deadline(),
                    holidays),
                    rota, new Timetable(p.schedules(), holidays, p.zone(), p.voidReturn().deadline()),
                    new Recipients(p.directory(), rota), new org.ypsa.hub.domain.intake.Replies(p.zone(), facts(p),
                    new org.ypsa.hub.domain.Wording(p.wording())));
        }
    }

    private final AtomicReference<Snapshot> current;

    public LiveConfig(Snapshot initial) {
        this.current = new AtomicReference<>(initial);
    }

    public Snapshot get() {
        return current.get();
    }

    public HubProperties props() {
        return current.get().props();
    }

    public void replace(Snapshot next) {
        current.set(next);
    }
}
