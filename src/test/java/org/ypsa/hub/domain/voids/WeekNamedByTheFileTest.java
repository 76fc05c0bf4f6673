package org.ypsa.hub.domain.voids;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A void return that gives its week nowhere but in the name of its file or sheet (stop 42, date42):
 * "Voids_wc_30.11.26.xlsx", a sheet titled "Voids w/c 30-11-2026". When the return, the subject and the body name no
 * week, that name's week is the return's; a name with a date but no words saying it heads a week ("Voids
 * 30-11-2026.xlsx") is no week, and two files naming two weeks give none. Wordings invented for the test.
 */
class WeekNamedByTheFileTest {

    private static VoidReturnReader.Draft draft(String source) {
        Map<VoidField, String> heading = new EnumMap<>(VoidField.class);
        heading.put(VoidField.PROVIDER, "Key2 Futures");
        Map<VoidField, String> row = new EnumMap<>(VoidField.class);
        row.put(VoidField.PROPERTY_REFERENCE, "K2-01");
        return new VoidReturnReader.Draft(source, heading, List.of(new VoidReturnReader.DraftRow("Row 2", row)));
    }

    private static String weekOf(String... sources) {
        List<VoidReturnReader.Draft> drafts = java.util.Arrays.stream(sources).map(WeekNamedByTheFileTest::draft).toList();
        return VoidReturnReader.withWeekFromMail(drafts, "Voids", "Please find attached.").get(0).heading()
                .get(VoidField.WEEK_COMMENCING);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Voids_wc_30.11.26.xlsx, sheet Sheet1", "voids.xlsx, sheet Voids w/c 30-11-2026",
            "Key2 Voids w/comm 30.11.2026.xlsx, sheet Return", "Void+return+week+commencing+30+Nov+2026.csv"})
    void aWeekInTheNameOfTheFileOrSheetIsTheReturnsWeek(String source) {
        assertThat(VoidReturnValidator.dateOf(weekOf(source), java.time.LocalDate.of(2026, 11, 30)))
                .contains(java.time.LocalDate.of(2026, 11, 30));
    }

    @Test
    void aDateInANameWithNoWeekWordsIsNoWeek() {
        assertThat(weekOf("Voids 30-11-2026.xlsx, sheet Sheet1")).isNull();
    }

    @Test
    void twoFilesNamingTwoWeeksGiveNone() {
        assertThat(weekOf("Voids wc 30.11.26.xlsx, sheet Sheet1", "Voids wc 7.12.26.xlsx, sheet Sheet1")).isNull();
    }
}
