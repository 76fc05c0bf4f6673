package org.ypsa.hub.domain.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.ypsa.hub.domain.directory.Directory;

/**
 * Who is on duty at a moment (seed 000, 3.2; SPEC.md "Out of hours"): in working hours the in-hours team;
 * outside them, for the in-house service, REoC duty until the EDT hand-over and EDT overnight; other
 * providers' own rota contact.
 */
public final class DutyRota {

    /** The windows and team ids, from YAML. */
    public record Windows(LocalTime workStart, LocalTime workEnd, LocalTime edtFrom, LocalTime edtUntil,
            String inHoursTeam, String reocTeam, String edtTeam) {
    }

    /**
     * Who to alert: a team id or "provider-rota", the address, and the mobile number texts go to (null: none in
     * the directory). For a team with an on-call rota, the person holding its phone that night or day.
     */
    public record Duty(String who, String address, String mobile) {
    }

    private final Directory directory;
    private final BankHolidays holidays;
    private final ZoneId zone;
    private final Windows w;

    public DutyRota(Directory directory, BankHolidays holidays, ZoneId zone, Windows windows) {
        this.directory = directory;
        this.holidays = holidays;
        this.zone = zone;
        this.w = windows;
    }

    public boolean isWorkingTime(Instant when) {
        ZonedDateTime t = when.atZone(zone);
        LocalDate d = t.toLocalDate();
        boolean workingDay = holidays.isWorkingDay(d);
        LocalTime time = t.toLocalTime();
        return workingDay && !time.isBefore(w.workStart()) && time.isBefore(w.workEnd());
    }

    /** The duty contact for the provider (null: the in-house arrangement) at that moment. */
    public Duty dutyFor(Instant when, Directory.Provider provider) {
        if (isWorkingTime(when)) {
            return team(w.inHoursTeam(), when);
        }
        boolean inHouse = provider == null || provider.outOfHours() == null
                || !"own-rota".equals(provider.outOfHours().mode());
        if (!inHouse) {
            return new Duty("provider-rota", provider.outOfHours().rota(), provider.outOfHours().mobile());
        }
        LocalTime time = when.atZone(zone).toLocalTime();
        boolean overnight = !time.isBefore(w.edtFrom()) || time.isBefore(w.edtUntil());
        return team(overnight ? w.edtTeam() : w.reocTeam(), when);
    }

    private Duty team(String id, Instant when) {
        Directory.Team t = directory.teams().get(id);
        if (t == null) {
            throw new IllegalStateException("no team " + id + " in the directory");
        }
        return t.onCallOn(dutyDate(when)).map(o -> new Duty(id, o.email(), o.mobile() != null && !o.mobile().isBlank()
                ? o.mobile() : t.mobile())).orElse(new Duty(id, t.mailbox(), t.mobile()));
    }

    /** The date a duty shift belongs to: a night, until the morning hand-over (edt-until), is the evening's. */
    LocalDate dutyDate(Instant when) {
        ZonedDateTime t = when.atZone(zone);
        return t.toLocalTime().isBefore(w.edtUntil()) ? t.toLocalDate().minusDays(1) : t.toLocalDate();
    }
}
