package org.ypsa.hub.domain.duty;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is on duty (seed 000, 3.2), with the bank holidays shipped in config/. */
class DutyRotaTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Directory directory = TestDirectory.shipped();
    private final DutyRota rota = new DutyRota(directory, shipped(), LONDON, new DutyRota.Windows(LocalTime.of(9, 0),
            LocalTime.of(17, 0), LocalTime.of(23, 0), LocalTime.of(8, 0), "brokerage", "reoc-duty", "edt"));

    private static BankHolidays shipped() {
        try (InputStream in = Files.newInputStream(Path.of("config/bank-holidays.json"))) {
            return BankHolidays.fromGovUkJson(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    @ParameterizedTest(name = "in-house at {0} goes to {1}")
    @CsvSource({
        "2026-11-23T10:00, brokerage@ypsa.test",   // Monday, working hours
        "2026-11-23T16:59, brokerage@ypsa.test",
        "2026-11-23T17:00, reoc.duty@ypsa.test",   // weekday evening: REoC duty
        "2026-11-23T22:59, reoc.duty@ypsa.test",
        "2026-11-23T23:00, edt@ypsa.test",         // 23:00 to 08:00: EDT
        "2026-11-24T07:59, edt@ypsa.test",
        "2026-11-24T08:00, reoc.duty@ypsa.test",   // 08:00 to 09:00 is REoC duty's
        "2026-11-28T12:00, reoc.duty@ypsa.test",   // Saturday daytime
        "2026-11-28T23:30, edt@ypsa.test",         // Saturday night
        "2026-12-28T11:00, reoc.duty@ypsa.test",   // Boxing Day substitute bank holiday
        "2027-03-29T10:00, reoc.duty@ypsa.test",   // Easter Monday 2027 (BST)
        "2027-03-30T10:00, brokerage@ypsa.test"})
    void inHouseServiceOutOfHoursGoesToReocDutyThenEdt(String when, String expected) {
        assertThat(rota.dutyFor(london(when), directory.provider("OCC in-house YPSA").orElseThrow()).address())
                .isEqualTo(expected);
    }

    @Test
    void otherProvidersOutOfHoursGoToTheirOwnRota() {
        Directory.Provider response = directory.provider("Response").orElseThrow();
        assertThat(rota.dutyFor(london("2026-11-23T23:30"), response).address()).isEqualTo("oncall@response.provider.test");
        assertThat(rota.dutyFor(london("2026-11-23T11:00"), response).address()).isEqualTo("brokerage@ypsa.test");
    }

    @Test
    void overnightTheEdtDutyIsWhoeverHoldsThePhoneThatNightWithTheirMobileOrTheTeams() {
        Directory.Team shippedEdt = directory.teams().get("edt");
        Directory.Team edt = new Directory.Team(shippedEdt.name(), shippedEdt.mailbox(), shippedEdt.manager(),
                shippedEdt.mobile(), shippedEdt.managerMobile(), java.util.List.of(
                        new Directory.OnCall(java.time.LocalDate.of(2027, 6, 14), java.time.LocalDate.of(2027, 6, 15),
                                "a.worker@ypsa.test", "07700 900104"),
                        new Directory.OnCall(java.time.LocalDate.of(2027, 6, 16), java.time.LocalDate.of(2027, 6, 16),
                                "b.worker@ypsa.test", null)));
        java.util.Map<String, Directory.Team> teams = new java.util.HashMap<>(directory.teams());
        teams.put("edt", edt);
        Directory d = new Directory(directory.localities(), directory.serviceTypes(), teams, directory.providers(),
                directory.referrerDomains(), directory.policeReaders(), directory.policeContact(), directory.replies());
        DutyRota withRota = new DutyRota(d, shipped(), LONDON, new DutyRota.Windows(LocalTime.of(9, 0),
                LocalTime.of(17, 0), LocalTime.of(23, 0), LocalTime.of(8, 0), "brokerage", "reoc-duty", "edt"));
        // 03:00 on the 16th is the night of the 15th: a.worker's; the night of the 16th is b.worker's, on the team phone.
        assertThat(withRota.dutyFor(london("2027-06-16T03:00"), null))
                .isEqualTo(new DutyRota.Duty("edt", "a.worker@ypsa.test", "07700 900104"));
        assertThat(withRota.dutyFor(london("2027-06-16T23:30"), null))
                .isEqualTo(new DutyRota.Duty("edt", "b.worker@ypsa.test", "07700 900102"));
        assertThat(withRota.dutyFor(london("2027-06-18T01:00"), null))
                .isEqualTo(new DutyRota.Duty("edt", "edt@ypsa.test", "07700 900102"));
        assertThat(new org.ypsa.hub.domain.clocks.Recipients(d, withRota).contacts(java.util.List.of("duty"),
                london("2027-06-16T03:00"), java.util.Map.of())).containsExactly(
                        new org.ypsa.hub.domain.clocks.Recipients.Contact("a.worker@ypsa.test", "07700 900104"));
    }
}
