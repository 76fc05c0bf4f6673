package org.ypsa.hub.domain.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Void returns as providers keep them (issue 14), found by probing the reader with workbooks of invented wordings,
 * layouts and value styles: the week named only in the mail or in a title line, column headings cut short, ticks,
 * beds free "now" and dates without their year. Providers' wordings and figures invented for these tests.
 */
class VoidReturnsAsProvidersKeepThemTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String TABLE = "Unit ref,Area,Service,Beds,Taken,Free,Free from,Emergency?,Comments\r\n"
            + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3,09/12/2026,Y,\r\n"
            + "K2F-OXC-01,Oxford City,18+ Single Self Contained,2,2,0,,N,Full\r\n";

    private Outcome mail(String subject, String body, String csv) {
        byte[] b = csv.getBytes(StandardCharsets.UTF_8);
        return intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", "returns@key2.provider.test", subject,
                Instant.parse("2026-12-07T08:00:00Z"), body,
                List.of(new InboundMail.Attachment("beds.csv", "text/csv", b, OriginalStore.sha256(b))), false));
    }

    private Outcome bodyOnly(String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", "returns@key2.provider.test", "Beds",
                Instant.parse("2026-12-07T08:00:00Z"), body, List.of(), false));
    }

    private static VoidReturn routed(Outcome o) {
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        return (VoidReturn) ((Outcome.Routed) o).fields();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Key2 Futures voids w/c 07/12/2026|Attached.",
        "Bed availability - wk beg. 7th December|Figures attached.",
        "RE: weekly return|Hi, please find our beds for week commencing Monday 7 December 2026 attached. Thanks",
        "Beds|Here is the return for w/b 7.12.26 - one room is being decorated."})
    void aWeekNamedOnlyInTheMailsSubjectOrBodyIsTheReturnsWeek(String subject, String body) {
        assertThat(routed(mail(subject, body, TABLE)).weekCommencing()).isEqualTo("2026-12-07");
    }

    @Test
    void twoWeeksNamedInTheMailAreNotGuessedBetween() {
        Outcome o = mail("Beds", "Last week's return (w/c 30/11/2026) was wrong; this is for w/c 07/12/2026.", TABLE);
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) o).problems()).anyMatch(p -> p.field().equals("Week commencing"));
    }

    @Test
    void aWeekTheReturnGivesIsNotReplacedByOneInTheSubject() {
        String csv = "Provider:,Key2 Futures\r\nWeek beginning:,07/12/2026\r\n" + TABLE;
        assertThat(routed(mail("FW: voids w/c 30/11/2026", "", csv)).weekCommencing()).isEqualTo("2026-12-07");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Key2 Futures - Void Return - Week Commencing 07/12/2026",
        "Weekly beds return wb 7.12.26", "Availability for w/c Monday 7th December 2026 (all schemes)"})
    void aWeekNamedInATitleLineAboveTheTableIsTheReturnsWeek(String title) {
        String csv = "\"" + title + "\"\r\n\r\n" + TABLE;
        assertThat(routed(mail("Beds", "Attached.", csv)).weekCommencing()).isEqualTo("2026-12-07");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Tot|Occ|Vac", "Beds|Occ|Vac", "Tot|Filled|Vac", "Capacity|Full|Vac"})
    void aCountsHeadingCutShortWithoutItsDotNamesThatCount(String total, String occupied, String vacant) {
        String csv = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n"
                + "Ref,Area,Service," + total + "," + occupied + "," + vacant + "\r\n"
                + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n"
                + "K2F-OXC-01,Oxford City,18+ Single Self Contained,5,3,2\r\n";
        VoidReturn r = routed(mail("Beds", "", csv));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::totalUnits, VoidReturn.PropertyLine::occupied,
                VoidReturn.PropertyLine::vacant).containsExactly(org.assertj.core.groups.Tuple.tuple(4, 1, 3),
                        org.assertj.core.groups.Tuple.tuple(5, 3, 2));
    }

    @Test
    void aTickIsYesAndACrossInTheSameColumnIsNo() {
        String csv = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n" + TABLE.replace(",Y,", ",\u2713,")
                .replace(",N,", ",x,");
        VoidReturn r = routed(mail("Beds", "", csv));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::emergencyBed).containsExactly(true, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Crash bed", "Crash pad?"})
    void aCrashBedIsTheEmergencyBed(String heading) {
        String csv = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n" + TABLE.replace("Emergency?", heading);
        VoidReturn r = routed(mail("Beds", "", csv));
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::emergencyBed).containsExactly(true, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Now", "Immediately", "Available now", "today"})
    void aBedFreeNowIsAvailableFromTheDayTheReturnArrived(String now) {
        String csv = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n" + TABLE.replace("09/12/2026", now);
        Outcome o = mail("Beds", "", csv);
        VoidReturn r = routed(o);
        assertThat(r.properties().get(0).availableFrom()).isEqualTo("2026-12-07");
        assertThat(((Outcome.Routed) o).warnings()).anyMatch(w -> w.contains("the day the return arrived"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wed 9 Dec", "09/12", "9th December", "Weds 9/12"})
    void aDateAvailableWithoutItsYearIsTheOneNearestTheDayTheReturnArrived(String date) {
        String csv = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n" + TABLE.replace("09/12/2026", date);
        assertThat(routed(mail("Beds", "", csv)).properties().get(0).availableFrom()).isEqualTo("2026-12-09");
    }

    @Test
    void aWordForADateAvailableThatIsNoDateIsStillAskedAbout() {
        String csv = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n" + TABLE.replace("09/12/2026", "when repaired");
        assertThat(mail("Beds", "", csv)).isInstanceOf(Outcome.Rejected.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4 rooms|1|3 rooms", "4 beds|1 bed|3 beds", "4 units|1 occupied|3 vacant"})
    void aCountWrittenWithWhatItCountsIsThatNumber(String total, String occupied, String vacant) {
        String csv = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n" + TABLE.replace(",4,1,3,", "," + total + ","
                + occupied + "," + vacant + ",");
        VoidReturn r = routed(mail("Beds", "", csv));
        assertThat(r.properties().get(0).totalUnits()).isEqualTo(4);
        assertThat(r.properties().get(0).vacant()).isEqualTo(3);
    }

    @Test
    void aCountWithANoteBesideItIsNotReadAsANumber() {
        String csv = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n" + TABLE.replace(",4,1,3,", ",4,1,3 (one held),");
        assertThat(mail("Beds", "", csv)).isInstanceOf(Outcome.Rejected.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Total|Occ|Vac", "Beds|Residents|Free", "Capacity|In use|Free"})
    void aPropertysBlockOfLinesNamesItsCountsAsItsTableWould(String total, String occupied, String vacant) {
        String body = "Provider: Key2 Futures\nWeek commencing: 07/12/2026\n\nRef: K2F-CHE-01\nArea: Cherwell\n"
                + "Service: 18+ Single Self Contained\n" + total + ": 4\n" + occupied + ": 1\n" + vacant + ": 3\n"
                + "Ready from: 09/12/2026\n";
        Outcome o = bodyOnly(body);
        VoidReturn r = routed(o);
        assertThat(r.properties()).extracting(VoidReturn.PropertyLine::totalUnits, VoidReturn.PropertyLine::occupied,
                VoidReturn.PropertyLine::vacant).containsExactly(org.assertj.core.groups.Tuple.tuple(4, 1, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"07/12/2026 - 13/12/2026", "7th to 13th December 2026", "Mon 7 Dec – Fri 11 Dec",
        "07.12.26 until 11.12.26"})
    void aWeekWrittenAsItsFirstAndLastDaysIsTheWeekOfItsFirstDay(String range) {
        String csv = "Provider:,Key2 Futures\r\nWeek:,\"" + range + "\"\r\n" + TABLE;
        assertThat(routed(mail("Beds", "", csv)).weekCommencing()).isEqualTo("2026-12-07");
    }

    @Test
    void twoDaysMoreThanAWeekApartAreNoWeek() {
        String csv = "Provider:,Key2 Futures\r\nWeek:,07/12/2026 - 31/12/2026\r\n" + TABLE;
        assertThat(mail("Beds", "", csv)).isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void twoLabelsWithTheirValuesInOneCellAreReadAsTwo() {
        String csv = "\"Provider: Key2 Futures     Week commencing: 07/12/2026\"\r\n" + TABLE;
        VoidReturn r = routed(mail("Beds", "", csv));
        assertThat(r.providerId()).isEqualTo("key2-futures");
        assertThat(r.weekCommencing()).isEqualTo("2026-12-07");
    }

    @Test
    void twoLabelsWithTheirValuesOnOneLineOfABlockAreReadAsTwo() {
        String body = "Provider: Key2 Futures   Week commencing: 07/12/2026\n\nRef: K2F-CHE-01\nArea: Cherwell\n"
                + "Service: 18+ Single Self Contained\nTotal units: 4\nOccupied: 1\nVacant: 3\n";
        Outcome o = bodyOnly(body);
        assertThat(routed(o).weekCommencing()).isEqualTo("2026-12-07");
    }

    @Test
    void labelsInARowAboveTheTableHaveTheirValuesInTheRowBeneath() {
        String csv = "Provider,,Week commencing\r\nKey2 Futures,,07/12/2026\r\n\r\n" + TABLE;
        VoidReturn r = routed(mail("Beds", "", csv));
        assertThat(r.providerId()).isEqualTo("key2-futures");
        assertThat(r.weekCommencing()).isEqualTo("2026-12-07");
    }

    @Test
    void aLineOfProseAboveALineIsNoLabelOverItsValue() {
        String body = "Hi,\nPlease find our voids for week commencing 7th December attached.\nThanks\n\n"
                + TABLE.replace(",", "\t");
        Outcome o = bodyOnly(body);
        assertThat(routed(o).weekCommencing()).isEqualTo("2026-12-07");
    }

    @Test
    void aWeekWrittenWithItsOwnLabelBesideALabelIsTheLabelsValue() {
        String csv = "Provider:,Key2 Futures\r\nReturn week,W/C 07-12\r\n\r\n" + TABLE;
        assertThat(routed(mail("Beds", "", csv)).weekCommencing()).isEqualTo("2026-12-07");
    }
}
