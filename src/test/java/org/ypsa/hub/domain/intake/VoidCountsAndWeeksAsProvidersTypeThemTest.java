package org.ypsa.hub.domain.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.adapter.store.OriginalStore;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.voids.VoidReturn;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Void returns as providers type them (issue 14, stop 43): counts typed as text with what they count ("6 units", "5
 * occ", "2 tenants", "1 spare", "nil"), the provider and the week typed into text cells over the column headings, a
 * label's hint that repeats the label ("Provider: - provider:"), and the week as people write it. Wordings invented for
 * these tests from the field list of SPEC.md "Void return".
 */
class VoidCountsAndWeeksAsProvidersTypeThemTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String HEAD = "Provider:,Key2 Futures\r\nW/c:,07/12/2026\r\n";
    private static final String COLUMNS = "Unit ref,Area,Service,Total units,Occupied,Vacant,Available from,Notes\r\n";

    /** Two properties; the first one's counts as given. */
    private static String table(String total, String occupied, String vacant) {
        return COLUMNS + "K2F-CHE-01,Cherwell,18+ Single Self Contained," + total + "," + occupied + "," + vacant
                + ",09/12/2026,\r\n" + "K2F-OXC-01,Oxford City,18+ Single Self Contained,2,2,0,,Full\r\n";
    }

    private Outcome mail(String subject, String body, String fileName, String csv) {
        byte[] b = csv.getBytes(StandardCharsets.UTF_8);
        return intake.handle(new InboundMail("intake@ypsa.test", "<v@test>", "returns@key2.provider.test", subject,
                Instant.parse("2026-12-07T08:00:00Z"), body,
                List.of(new InboundMail.Attachment(fileName, "text/csv", b, OriginalStore.sha256(b))), false));
    }

    private Outcome mail(String csv) {
        return mail("Beds", "Attached.", "beds.csv", csv);
    }

    private static VoidReturn routed(Outcome o) {
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Routed.class);
        return (VoidReturn) ((Outcome.Routed) o).fields();
    }

    private static List<Problem> problems(Outcome o) {
        assertThat(o).as("outcome %s", o).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected) o).problems();
    }

    @Nested
    class Counts {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"6 units|5 occ|1 void", "6 flats|5 tenants|1 spare",
            "6 bedspaces|5 in|1 vacant", "6 beds|5 residents|1 free", "6 rooms|5 let|1 empty", "6 Units|5 Occupied|1 Void",
            "6 units|5 young people|1 vacancy", "6 units|5 occ.|1 vac.", "6 flats|5 occupied|1 flat void",
            "6 units|5 beds taken|1 bed spare", "six units|five occupied|one void"})
        void aCountTypedWithTheWordForWhatItCountsIsThatNumber(String total, String occupied, String vacant) {
            VoidReturn r = routed(mail(HEAD + table(total, occupied, vacant)));
            assertThat(r.properties()).extracting(VoidReturn.PropertyLine::totalUnits, VoidReturn.PropertyLine::occupied,
                    VoidReturn.PropertyLine::vacant).containsExactly(tuple(6, 5, 1), tuple(2, 2, 0));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"5 units|nil|5 void", "5 units|none|5 vacant", "5 flats|5 tenants|nil",
            "5 units|5 occupied|None", "5 units|5 occupied|no voids", "5 units|5 occupied|zero", "5 units|5 in|0 spare",
            "5 units|5 occupied|Nil void"})
        void nilOrNoneInACountIsNought(String total, String occupied, String vacant) {
            VoidReturn r = routed(mail(HEAD + table(total, occupied, vacant).replace(",09/12/2026,", ",,")));
            assertThat(r.properties().get(0).totalUnits()).isEqualTo(5);
            assertThat(r.properties().get(0).occupied() + r.properties().get(0).vacant()).isEqualTo(5);
            assertThat(List.of(r.properties().get(0).occupied(), r.properties().get(0).vacant())).contains(0);
        }

        @Test
        void nilOrNoneOutsideTheCountsIsNoNought() {
            String csv = HEAD + table("4", "1", "3").replace("09/12/2026,", "nil,nil");
            VoidReturn r = routed(mail(csv));
            assertThat(r.properties().get(0).availableFrom()).isNull();
            assertThat(r.properties().get(0).notes()).isEqualTo("nil");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2 beds", "1 void", "three units"})
        void aCountsWordsInTheNotesAreLeftAsTyped(String note) {
            String csv = HEAD + table("4", "1", "3").replace("09/12/2026,", "09/12/2026," + note);
            assertThat(routed(mail(csv)).properties().get(0).notes()).isEqualTo(note);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"4 units|3 vacant|1 void|Occupied", "4 units|3 occupied|1 occupied|Vacant",
            "4 units|3 tenants|1 in|Vacant", "4 units|1 spare|3 in|Occupied"})
        void aCountWhoseWordNamesTheOtherCountIsRefusedNamingThePropertyAndRow(String total, String occupied,
                String vacant, String field) {
            List<Problem> problems = problems(mail(HEAD + table(total, occupied, vacant)));
            assertThat(problems).anyMatch(p -> p.field().equals(field) && p.where().matches("K2F-CHE-01 \\((?:row|line) \\d+\\)"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"about 3", "3?", "3-4", "3 (1 on hold)", "3 units 1 held", "lots", "three-ish"})
        void aCountThatCannotBeReadIsRefusedNamingThePropertyAndRowNeverReadAsAnotherNumber(String vacant) {
            List<Problem> problems = problems(mail(HEAD + table("4", "1", vacant)));
            assertThat(problems).anyMatch(p -> p.field().equals("Vacant") && p.where().matches("K2F-CHE-01 \\((?:row|line) \\d+\\)") && p.problem().contains(vacant));
        }

        @Test
        void aPropertysBlockOfLinesReadsItsCountsWithTheirWords() {
            String body = "Provider: Key2 Futures\nWeek commencing: 07/12/2026\n\nRef: K2F-CHE-01\nArea: Cherwell\n"
                    + "Service: 18+ Single Self Contained\nTotal: 4 flats\nOccupied: nil\nVacant: 4 void\n";
            VoidReturn r = routed(intake.handle(new InboundMail("intake@ypsa.test", "<v@test>",
                    "returns@key2.provider.test", "Beds", Instant.parse("2026-12-07T08:00:00Z"), body, List.of(), false)));
            assertThat(r.properties()).extracting(VoidReturn.PropertyLine::totalUnits, VoidReturn.PropertyLine::occupied,
                    VoidReturn.PropertyLine::vacant).containsExactly(tuple(4, 0, 4));
        }
    }

    @Nested
    class Heading {
        @ParameterizedTest
        @ValueSource(strings = {"Provider: - provider:", "PROVIDER: - PROVIDER", "Provider name: (provider)",
            "Organisation: - organisation name:"})
        void aLabelsHintThatRepeatsTheLabelIsNoValueAndTheValueIsInTheNextCell(String label) {
            String csv = "\"Weekly void return\",,\r\n\"" + label + "\",\"Key2 Futures\",\r\n\"W/C - w/c:\",\"07/12/2026\"\r\n"
                    + ",,\r\n" + table("4", "1", "3");
            VoidReturn r = routed(mail(csv));
            assertThat(r.providerId()).isEqualTo("key2-futures");
            assertThat(r.weekCommencing()).isEqualTo("2026-12-07");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Available", "Ar gael / Available", "Available (dd/mm/yyyy)"})
        void aColumnHeadedAvailableOverDatesIsTheDateAvailable(String heading) {
            String csv = HEAD + table("4", "1", "3").replace("Available from", heading);
            assertThat(routed(mail(csv)).properties().get(0).availableFrom()).isEqualTo("2026-12-09");
        }

        @Test
        void aColumnHeadedAvailableOverCountsIsStillTheVacantCount() {
            String csv = HEAD + "Unit ref,Area,Service,Total,Occupied,Available\r\n"
                    + "K2F-CHE-01,Cherwell,18+ Single Self Contained,4,1,3\r\n";
            assertThat(routed(mail(csv)).properties()).extracting(VoidReturn.PropertyLine::vacant).containsExactly(3);
        }
    }

    @Nested
    class Weeks {
        @ParameterizedTest
        @ValueSource(strings = {"Week 50", "wk 50", "Week no. 50", "WEEK 50"})
        void aWeeksNumberAloneIsTheMondayOfThatWeekOfTheYearNearTheDayTheReturnArrived(String week) {
            String csv = "Provider:,Key2 Futures\r\nWeek:,\"" + week + "\"\r\n" + table("4", "1", "3");
            assertThat(routed(mail(csv)).weekCommencing()).isEqualTo("2026-12-07");
        }

        @Test
        void aWeeksNumberInATitleOrTheSubjectIsTheWeek() {
            String csv = "\"Key2 Futures voids - week 50\"\r\n\r\n" + table("4", "1", "3");
            assertThat(routed(mail(csv)).weekCommencing()).isEqualTo("2026-12-07");
            assertThat(routed(mail("Voids wk 50", "", "beds.csv", table("4", "1", "3"))).weekCommencing())
                    .isEqualTo("2026-12-07");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Week 36", "Week 20", "Week 60"})
        void aWeeksNumberFarFromTheDayTheReturnArrivedIsNoWeekTheHubGuesses(String week) {
            // a council's financial year numbers its weeks from April: week 36 is no ISO week 36 in December
            String csv = "Provider:,Key2 Futures\r\nWeek:,\"" + week + "\"\r\n" + table("4", "1", "3");
            assertThat(problems(mail(csv))).anyMatch(p -> p.field().equals("Week commencing"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"Voids|voids_wc_07.12.26.csv", "Voids|Beds w-c 07-12-2026.csv",
            "Bed availability w/c 7th Dec|beds.csv", "Voids week beginning Monday 7 December|beds.csv",
            "Voids 07/12 - 13/12|beds.csv"})
        void aWeekNamedInTheSubjectOrTheFilesNameIsTheWeek(String subject, String file) {
            Outcome o = mail(subject, "Attached.", file, "Provider:,Key2 Futures\r\n" + table("4", "1", "3"));
            assertThat(routed(o).weekCommencing()).isEqualTo("2026-12-07");
        }
    }
}
