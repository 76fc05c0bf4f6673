package org.ypsa.hub.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Timetable;
import org.ypsa.hub.domain.duty.BankHolidays;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.intake.Intake;

/**
 * The configuration the hub is running now: the bound "hub:" settings and the domain built from them. An
 * admin's edit to config/ replaces it whole, once it has passed every check (ConfigReloader); until then, and
 * when it fails, the hub keeps running the last good one. Each mail and each tick reads it once, at its start.
 */
public final class LiveConfig {

    /** One consistent configuration: the settings and what the domain made of them. */
    public record Snapshot(HubProperties props, BankHolidays holidays, Intake intake, DutyRota dutyRota,
            Timetable timetable, Recipients recipients) {

        public static Snapshot of(HubProperties p) throws IOException {
            BankHolidays holidays;
            try (InputStream in = Files.newInputStream(p.bankHolidaysFile())) {
                holidays = BankHolidays.fromGovUkJson(in);
            }
            HubProperties.OutOfHours o = p.outOfHours();
            DutyRota rota = new DutyRota(p.directory(), holidays, p.zone(), new DutyRota.Windows(o.workStart(),
                    o.workEnd(), o.edtFrom(), o.edtUntil(), o.inHoursTeam(), o.reocTeam(), o.edtTeam()));
            FormLibrary forms = FormLibrary.load(p.formsDir()).orThrow();
            return new Snapshot(p, holidays, new Intake(p.directory(), forms, p.zone(), p.voidReturn().deadline(),
                    holidays),
                    rota, new Timetable(p.schedules(), holidays, p.zone(), p.voidReturn().deadline()),
                    new Recipients(p.directory(), rota));
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

    void replace(Snapshot next) {
        current.set(next);
    }
}
