package org.ypsa.hub.domain.voids;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.Validated;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a void return, on drafts as the readers produce them; no mail, no Spring. */
class VoidReturnValidatorTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String RESPONSE = "returns@response.provider.test";
    private final VoidReturnValidator validator = new VoidReturnValidator(TestDirectory.shipped(), LONDON,
            LocalTime.of(10, 0), TestDirectory.bankHolidays());

    private static VoidReturnReader.DraftRow row(String where, String ref, String locality, String type, String total,
            String occupied, String vacant) {
        Map<VoidField, String> v = new EnumMap<>(VoidField.class);
        v.put(VoidField.PROPERTY_REFERENCE, ref);
        v.put(VoidField.LOCALITY, locality);
        v.put(VoidField.SERVICE_TYPE, type);
        v.put(VoidField.TOTAL_UNITS, total);
        v.put(VoidField.OCCUPIED, occupied);
        v.put(VoidField.VACANT, vacant);
        return new VoidReturnReader.DraftRow(where, v);
    }

    private static VoidReturnReader.DraftRow withProvider(VoidReturnReader.DraftRow r, String provider) {
        Map<VoidField, String> v = new EnumMap<>(r.values());
        v.put(VoidField.PROVIDER, provider);
        return new VoidReturnReader.DraftRow(r.where(), v);
    }

    private static VoidReturnReader.Draft draft(String provider, String week, VoidReturnReader.DraftRow... rows) {
        Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
        if (provider != null) {
            heading.put(VoidField.PROVIDER, provider);
        }
        if (week != null) {
            heading.put(VoidField.WEEK_COMMENCING, week);
        }
        return new VoidReturnReader.Draft("test", heading, List.of(rows));
    }

    private Validated<VoidReturn> validate(VoidReturnReader.Draft d, String sender, String receivedAt) {
        return validator.validate(List.of(d), sender, Instant.parse(receivedAt));
    }

    private static final String ON_TIME = "2026-11-23T09:59:00Z";

    private static VoidReturnReader.Draft sheet(String source, String week, VoidReturnReader.DraftRow... rows) {
        VoidReturnReader.Draft d = draft("Response", week, rows);
        return new VoidReturnReader.Draft(source, d.heading(), d.rows());
    }

    @Test
    void aWorkbooksSheetOfAnEarlierWeekIsLastWeeksAndTheLatestWeeksSheetIsTheReturn() {
        var v = validator.validate(List.of(sheet("voids.xlsx, sheet This week", "23/11/2026", GOOD),
                sheet("voids.xlsx, sheet Archive", "16/11/2026", row("Row 6", "RSP-CHE-01", "Cherwell", "18+ Shared",
                        "4", "4", "0"))), RESPONSE, Instant.parse(ON_TIME));
        assertThat(v.problems()).isEmpty();
        assertThat(v.value().properties()).singleElement().satisfies(l -> assertThat(l.vacant()).isEqualTo(1));
        assertThat(v.warnings()).as("the provider is told which sheet was not read").singleElement().asString()
                .contains("\"Archive\"", "earlier week", "not read");
    }

    @Test
    void twoFilesGivingTwoWeeksAreStillMoreThanOneWeek() {
        var v = validator.validate(List.of(sheet("a.xlsx, sheet 1", "23/11/2026", GOOD),
                sheet("b.xlsx, sheet 1", "16/11/2026", GOOD)), RESPONSE, Instant.parse(ON_TIME));
        assertThat(v.problems()).extracting(Problem::problem).contains("the return gives more than one week");
    }
    private static final VoidReturnReader.DraftRow GOOD = row("Row 6", "RSP-CHE-01", "Cherwell", "18+ Shared", "4", "3",
            "1");

    @Nested
    class Totals {
        @Test
        void occupiedPlusVacantMustEqualTotalUnits() {
            var v = validate(draft("Response", "23/11/2026", row("Row 6", "RSP-CHE-01", "Cherwell", "18+ Shared", "4",
                    "3", "2")), RESPONSE, ON_TIME);
            assertThat(v.problems()).extracting(Problem::where, Problem::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RSP-CHE-01 (row 6)", "Total units"));
            assertThat(v.problems().get(0).problem()).contains("makes 5 but total units is 4");
        }

        @Test
        void noCountMayBeNegative() {
            var v = validate(draft("Response", "23/11/2026", row("Row 6", "RSP-CHE-01", "Cherwell", "18+ Shared", "0",
                    "-1", "1")), RESPONSE, ON_TIME);
            assertThat(v.problems()).extracting(Problem::field).contains("Occupied");
            assertThat(v.problems().get(0).expected()).isEqualTo("0 or more");
        }

        @Test
        void aCountThatIsNotANumberIsNamed() {
            var v = validate(draft("Response", "23/11/2026", row("Row 6", "RSP-CHE-01", "Cherwell", "18+ Shared", "four",
                    "3", "1")), RESPONSE, ON_TIME);
            assertThat(v.problems().get(0).problem()).isEqualTo("\"four\" is not a number");
        }

        @Test
        void countsWrittenAsDecimalsBySpreadsheetsAreAccepted() {
            var v = validate(draft("Response", "23/11/2026", row("Row 6", "RSP-CHE-01", "Cherwell", "18+ Shared", "4.0",
                    "3", "1.0")), RESPONSE, ON_TIME);
            assertThat(v.isValid()).isTrue();
        }
    }

    @Nested
    class Wording {
        @Test
        void voidProblemsNameThePropertyByItsReference() {
            var v = validate(draft("Response", "23/11/2026", GOOD, row("Row 7", "RSP-OXC-01", "Oxford City", "18+ Shared",
                    "4", "3", "1.5")), RESPONSE, ON_TIME);
            assertThat(v.problems()).extracting(Problem::describe).containsExactly(
                    "RSP-OXC-01 (row 7), Vacant: \"1.5\" is not a whole number. Expected: a whole number, 0 or more.");
        }

        @Test
        void aBrokenSpreadsheetsProblemsNameEachPropertyWithItsRow() throws Exception {
            var grids = org.ypsa.hub.domain.grid.SpreadsheetReader.read("stonewater-broken.xlsx",
                    org.ypsa.hub.support.Fixtures.bytes("voids/stonewater-broken.xlsx"));
            var d = VoidReturnReader.fromGrid(grids.get(0)).orElseThrow();
            var v = validator.validate(List.of(d), "returns@stonewater.provider.test", Instant.parse(ON_TIME));
            assertThat(v.problems()).extracting(Problem::describe).anyMatch(p -> p.startsWith("STW-WOX-01 (row 6), "
                    + "Total units: occupied (2) + vacant (2) makes 4")).anyMatch(p -> p.startsWith("STW-VWH-01 (row 7), "
                    + "Locality: \"Narnia\"")).anyMatch(p -> p.startsWith("STW-VWH-02 (row 8), Available from"));
        }

        @Test
        void aPropertyGivenAsLinesIsNamedWithItsLine() {
            var v = validate(draft("Response", "23/11/2026", row("Property 2 (line 14)", "RSP-OXC-01", "Oxford City",
                    "18+ Shared", "4", "-1", "1")), RESPONSE, ON_TIME);
            assertThat(v.problems()).extracting(Problem::where).containsExactly("RSP-OXC-01 (line 14)");
        }

        @Test
        void aRowWithoutAReferenceIsNamedByItsRow() {
            var v = validate(draft("Response", "23/11/2026", row("Row 9", "", "Cherwell", "18+ Shared", "4", "3", "1")),
                    RESPONSE, ON_TIME);
            assertThat(v.problems()).extracting(Problem::where, Problem::field).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Row 9", "Property reference"));
        }

        @Test
        void aRepeatedPropertyNamesTheRowItFirstAppearedIn() {
            var v = validate(draft("Response", "23/11/2026", GOOD, row("Row 8", "RSP-CHE-01", "Cherwell", "18+ Shared",
                    "4", "3", "1")), RESPONSE, ON_TIME);
            assertThat(v.problems()).extracting(Problem::describe).containsExactly("RSP-CHE-01 (row 8), Property "
                    + "reference: appears more than once (also row 6). Expected: one row per property.");
        }
    }

    @Nested
    class Lists {
        @Test
        void localityAndServiceTypeMatchLeniently() {
            var v = validate(draft("response", "2026-11-23", row("Row 6", "rsp-oxc-01", "oxford CITY", "18 + shared", "4",
                    "4", "0")), RESPONSE, ON_TIME);
            assertThat(v.isValid()).isTrue();
            assertThat(v.value().properties().get(0).locality()).isEqualTo("Oxford City");
            assertThat(v.value().properties().get(0).serviceType()).isEqualTo("18+ Shared");
        }

        @Test
        void unknownLocalityIsRejectedWithTheListExpected() {
            var v = validate(draft("Response", "23/11/2026", row("Row 6", "RSP-CHE-01", "Narnia", "18+ Shared", "4", "3",
                    "1")), RESPONSE, ON_TIME);
            assertThat(v.problems().get(0).expected()).contains("Cherwell", "Vale of White Horse");
        }

        @Test
        void unknownPropertyIsAWarningNotAProblem() {
            var v = validate(draft("Response", "23/11/2026", row("Row 6", "RSP-NEW-99", "Cherwell", "18+ Shared", "1",
                    "0", "1")), RESPONSE, ON_TIME);
            assertThat(v.isValid()).isTrue();
            assertThat(v.warnings()).anyMatch(w -> w.contains("RSP-NEW-99 (row 6) is not in the directory"));
        }

        @Test
        void missingLocalityOfAKnownPropertyIsTakenFromTheDirectory() {
            var v = validate(draft("Response", "23/11/2026", row("Row 6", "RSP-SOX-01", "", "", "2", "1", "1")),
                    RESPONSE, ON_TIME);
            assertThat(v.isValid()).isTrue();
            assertThat(v.value().properties().get(0).locality()).isEqualTo("South Oxfordshire");
        }
    }

    @Nested
    class Sender {
        @Test
        void senderMustBelongToTheProviderNamed() {
            var v = validate(draft("Response", "23/11/2026", GOOD), "returns@stonewater.provider.test", ON_TIME);
            assertThat(v.problems()).extracting(Problem::field).containsExactly("Provider");
        }

        @Test
        void problemsAndWarningsNameNoTeamTheCouncilMayNotHave() {
            var wrongSender = validate(draft("Response", "23/11/2026", GOOD), "returns@stonewater.provider.test",
                    ON_TIME);
            var unknownProperty = validate(draft("Response", "23/11/2026", row("Row 6", "RSP-NEW-99", "Cherwell",
                    "18+ Shared", "1", "0", "1")), RESPONSE, ON_TIME);
            assertThat(wrongSender.problems().get(0).expected()).contains("the team that receives void returns")
                    .doesNotContain("Brokerage");
            assertThat(unknownProperty.warnings()).noneMatch(w -> w.contains("Brokerage"));
        }

        @Test
        void aProviderNotNamedIsTakenFromTheSenderWithAWarning() {
            var v = validate(draft(null, "23/11/2026", GOOD), RESPONSE, ON_TIME);
            assertThat(v.value().providerId()).isEqualTo("response");
            assertThat(v.warnings()).anyMatch(w -> w.contains("taken from your email address"));
        }

        @Test
        void aCategoryOfTheBedInTheProvidersColumnIsTheServiceTypeAndNoProvider() {
            VoidReturnReader.DraftRow underProjectName = withProvider(row("Row 6", "RSP-CHE-01", "Cherwell", "", "4",
                    "3", "1"), "18+ Shared");
            var v = validate(draft("Response Housing", "23/11/2026", underProjectName), RESPONSE, ON_TIME);
            assertThat(v.problems()).isEmpty();
            assertThat(v.value().providerId()).isEqualTo("response");
            assertThat(v.value().properties().get(0).serviceType()).isEqualTo("18+ Shared");
        }

        @Test
        void aLocalityInTheProvidersColumnIsNoProviderAndTheSenderNamesIt() {
            VoidReturnReader.DraftRow row = withProvider(row("Row 6", "RSP-CHE-01", "Cherwell", "Parents", "4", "3",
                    "1"), "Cherwell");
            var v = validate(draft(null, "23/11/2026", row), RESPONSE, ON_TIME);
            assertThat(v.problems()).isEmpty();
            assertThat(v.value().providerId()).isEqualTo("response");
            assertThat(v.value().properties().get(0).serviceType()).as("the row's own service type stays")
                    .isEqualTo("Parents");
        }

        @Test
        void aProviderColumnNamingNeitherProviderNorCategoryIsStillRejected() {
            var v = validate(draft("Response", "23/11/2026", withProvider(GOOD, "Acme Lettings")), RESPONSE, ON_TIME);
            assertThat(v.problems()).extracting(Problem::problem).contains("\"Acme Lettings\" is not a provider in the directory");
        }

        @Test
        void aLookalikeDomainDoesNotBelongToTheProvider() {
            var v = validate(draft("Response", "23/11/2026", GOOD), "returns@response.provider.test.evil.test", ON_TIME);
            assertThat(v.isValid()).isFalse();
        }
    }

    @Nested
    class Deadline {
        @Test
        void weekCommencingMustBeAMonday() {
            var v = validate(draft("Response", "24/11/2026", GOOD), RESPONSE, ON_TIME);
            assertThat(v.problems().get(0).problem()).isEqualTo("24/11/2026 is a Tuesday");
        }

        @Test
        void weekWrittenWithoutAYearIsTheMondayNearestTheDayItArrived() {
            var v = validate(draft("Response", "w/c 23.11", GOOD), RESPONSE, ON_TIME);
            assertThat(v.value().weekCommencing()).isEqualTo("2026-11-23");
        }

        @Test
        void returnBeforeMondayTenIsNotLate() {
            var v = validate(draft("Response", "23/11/2026", GOOD), RESPONSE, ON_TIME);
            assertThat(v.value().late()).isFalse();
        }

        @Test
        void returnAfterMondayTenLondonTimeIsMarkedLate() {
            var v = validate(draft("Response", "23/11/2026", GOOD), RESPONSE, "2026-11-23T10:00:01Z");
            assertThat(v.value().late()).isTrue();
        }

        @Test
        void whenMondayIsABankHolidayTheDeadlineIsTuesdayTen() {
            // 31 August 2026 is the summer bank holiday.
            var v = validate(draft("Response", "31/08/2026", GOOD), RESPONSE, "2026-08-31T11:00:00Z");
            assertThat(v.value().late()).isFalse();
            assertThat(v.value().deadline()).isEqualTo("2026-09-01T10:00+01:00");
            var late = validate(draft("Response", "31/08/2026", GOOD), RESPONSE, "2026-09-01T09:30:00Z");
            assertThat(late.value().late()).isTrue();
            assertThat(late.warnings()).anyMatch(w -> w.contains("10:00 on Tuesday 01/09/2026"));
        }

        @Test
        void deadlineFollowsBritishSummerTime() {
            // 29 June 2026 is a Monday in BST: 10:00 London is 09:00 UTC.
            var v = validate(draft("Response", "29/06/2026", GOOD), RESPONSE, "2026-06-29T09:30:00Z");
            assertThat(v.value().late()).isTrue();
            assertThat(v.value().deadline()).isEqualTo("2026-06-29T10:00+01:00");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"none", "None", "-", "N/A", "X", "\u00a0", "n/a", "TBC"})
    void anOptionalAvailableFromWrittenAsNothingIsBlank(String written) {
        VoidReturnReader.DraftRow r = row("Row 6", "RSP-CHE-01", "Cherwell", "18+ Shared", "4", "3", "1");
        Map<VoidField, String> v = new EnumMap<>(r.values());
        v.put(VoidField.AVAILABLE_FROM, written);
        var result = validate(draft("Response", "23/11/2026", new VoidReturnReader.DraftRow("Row 6", v)), RESPONSE, ON_TIME);
        assertThat(result.problems()).isEmpty();
        assertThat(result.value().properties().get(0).availableFrom()).isNull();
    }
}
