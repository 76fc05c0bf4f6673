package org.ypsa.hub.domain.safeguarding;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** A provider's safeguarding incident report (seed 000, 3.1), as the hub accepts or refuses it. */
class SafeguardingValidatorTest {
    private static final String PROVIDER_ADDRESS = "returns@response.provider.test";
    private final SafeguardingValidator validator = new SafeguardingValidator(TestDirectory.shipped());

    private static Map<SafeguardingField, String> complete() {
        Map<SafeguardingField, String> f = new EnumMap<>(SafeguardingField.class);
        f.put(SafeguardingField.PROVIDER, "Response");
        f.put(SafeguardingField.PROPERTY, "RSP-CHE-01");
        f.put(SafeguardingField.NAME, "Test Person");
        f.put(SafeguardingField.DATE_OF_BIRTH, "14/03/2009");
        f.put(SafeguardingField.WORKER_EMAIL, "A.Worker@Council.Test");
        f.put(SafeguardingField.WHEN, "21/11/2026 22:40");
        f.put(SafeguardingField.CATEGORY, "Missing");
        f.put(SafeguardingField.SEVERITY, "High");
        f.put(SafeguardingField.DESCRIPTION, "Did not return by curfew.");
        return f;
    }

    @Test
    void aCompleteReportFromTheProvidersAddressIsAccepted() {
        var v = validator.validate(complete(), PROVIDER_ADDRESS);
        assertThat(v.isValid()).isTrue();
        assertThat(v.value().providerId()).isEqualTo("response");
        assertThat(v.value().incidentAt()).isEqualTo("2026-11-21T22:40");
        assertThat(v.value().socialWorkerEmail()).as("kept in lower case").isEqualTo("a.worker@council.test");
        assertThat(v.value().isHighOrCritical()).isTrue();
    }

    @Test
    void theDateAndTheTimeMayComeInTwoFields() {
        var f = complete();
        f.remove(SafeguardingField.WHEN);
        f.put(SafeguardingField.INCIDENT_DATE, "21 Nov 2026");
        f.put(SafeguardingField.INCIDENT_TIME, "10.40pm");
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().incidentAt()).isEqualTo("2026-11-21T22:40");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"21/11/2026|''", "Sat 21st November 2026|''", "21 Nov 2026|-",
            "21/11/2026|unknown", "21/11/2026|Not known", "21.11.2026|N/K", "21/11/2026|not recorded"})
    void anIncidentDayWithoutATimeIsRecordedAsTheDayAloneNotAsMidnightAndTheSenderIsTold(String date, String time) {
        var f = complete();
        f.remove(SafeguardingField.WHEN);
        f.put(SafeguardingField.INCIDENT_DATE, date);
        f.put(SafeguardingField.INCIDENT_TIME, time);
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().incidentAt()).isEqualTo("2026-11-21");
        assertThat(v.value().incidentAtInWords()).isEqualTo("Sat 21 Nov 2026 (time not given)");
        assertThat(v.warnings()).singleElement().asString()
                .contains("no time the hub could read", "21/11/2026 with the time not known");
    }

    @ParameterizedTest
    @CsvSource({"21/11/2026 00:00", "2026-11-21T00:00"})
    void anIncidentAtMidnightWrittenAsSuchKeepsItsTime(String when) {
        var f = complete();
        f.put(SafeguardingField.WHEN, when);
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().incidentAt()).isEqualTo("2026-11-21T00:00");
        assertThat(v.value().incidentAtInWords()).isEqualTo("Sat 21 Nov 2026, 00:00");
        assertThat(v.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"midnight on 21/11/2026|''", "21/11/2026 around midnight|''",
            "''|midnight"})
    void aMidnightBesideADayIsRefusedAskingWhichNight(String when, String time) {
        // decided in round tuneW: "midnight on Saturday" is as often the night of Saturday into Sunday as its first minute
        var f = complete();
        f.put(SafeguardingField.WHEN, when);
        if (when.isEmpty()) {
            f.put(SafeguardingField.INCIDENT_DATE, "21/11/2026");
        }
        f.put(SafeguardingField.INCIDENT_TIME, time);
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("Incident date and time");
            assertThat(p.problem()).endsWith("says midnight but not which night");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"night of 30/11/2026 at 1am|''", "'30/11/2026 night'|01:30"})
    void aTimeAfterMidnightInANightOfOneDayIsRefusedAskingWhichDay(String when, String time) {
        // stop 43 (inc43): 1am in "the night of the 30th" is as often the 1st as the 30th
        assertThat(theOneProblemOfTheIncidentsTime(when, time))
                .endsWith("gives a night and a time after midnight but not which day that time fell on");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'4.40am'|''", "''|08:35 (24hr)", "''|around 11.40pm"})
    void aTimeWithNoDateAnywhereIsRefusedSayingTheDateIsNotGiven(String when, String time) {
        assertThat(theOneProblemOfTheIncidentsTime(when, time)).endsWith("is a time with no date");
    }

    /** The problem of a form whose incident is given as these words, when it is the form's only one, and about when. */
    private String theOneProblemOfTheIncidentsTime(String when, String time) {
        var f = complete();
        f.put(SafeguardingField.WHEN, when);
        f.put(SafeguardingField.INCIDENT_TIME, time);
        var problems = validator.validate(f, PROVIDER_ADDRESS).problems();
        assertThat(problems).singleElement().extracting(p -> p.field()).isEqualTo("Incident date and time");
        return problems.get(0).problem();
    }

    @Test
    void eachMissingRequiredFieldIsNamed() {
        var f = complete();
        f.remove(SafeguardingField.WHEN);
        f.remove(SafeguardingField.NAME);
        f.put(SafeguardingField.DESCRIPTION, " ");
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Incident date and time",
                "Young person's name", "Description");
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource({"Missing from placement, Missing", "Assault on staff, Violence", "Taken to A&E, Hospital admission",
            "county lines concern, Exploitation", "overdose, Self-harm"})
    void aCategoryAsProvidersWriteItIsReadAsTheFormsOwn(String written, String category) {
        assertThat(categoryOf(written)).isEqualTo(category);
    }

    private String categoryOf(String written) {
        var f = complete();
        f.put(SafeguardingField.CATEGORY, written);
        return validator.validate(f, PROVIDER_ADDRESS).value().category();
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource({"Very high, Critical", "Serious, High", "Moderate, Medium", "minor, Low", "CRITICAL, Critical"})
    void aSeverityAsProvidersWriteItIsReadAsTheFormsOwn(String written, String severity) {
        assertThat(severityOf(written)).isEqualTo(severity);
    }

    private String severityOf(String written) {
        var f = complete();
        f.put(SafeguardingField.SEVERITY, written);
        return validator.validate(f, PROVIDER_ADDRESS).value().severity();
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {"X Medium _ High | Medium", "_ Low  X Medium  _ High  _ Critical | Medium",
            "Low _ Medium _ High X Critical _ | High", "_ Low _ Medium _ High X Critical | Critical", "x Low / _ Medium / _ High | Low",
            "N Low Y Medium N High | Medium", "Low N  Medium N  High Y | High", "Red | High", "RAG: red | High",
            "Low/Medium/High/Critical: High | High", "Severity (low, medium, high): medium | Medium",
            "High - immediate risk | High", "HIGH - police called | High", "Level 3 (high) | High",
            "very high | Critical", "Med. | Medium"})
    void aSeverityTypedAsMarksOrWithWordsAroundItIsTheOneChosen(String written, String severity) {
        assertThat(severityOf(written)).isEqualTo(severity);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"Medium to high", "High, was medium until police came", "low/medium", "Med-High",
            "Low _ Medium _ High _", "_ Low _ Medium _ High", "X Low X High _ Critical", "Y Low Y High N Critical",
            "Low  Medium  HIGH  Critical", "not low, high"})
    void aSeverityNamingTwoLevelsOrNoneChosenIsRefusedNotGuessed(String written) {
        var f = complete();
        f.put(SafeguardingField.SEVERITY, written);
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.isValid()).as(written).isFalse();
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Severity");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"not high", "Not urgent", "Medium - not high", "isn't critical", "not high risk",
            "Low - not urgent but not low either", "non-serious"})
    void aSeverityWordSaidNotToBeSoIsRefusedNeverRoutedAsIt(String written) {
        var f = complete();
        f.put(SafeguardingField.SEVERITY, written);
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.isValid()).as(written).isFalse();
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Severity");
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {"Low - no serious injury | Low", "Medium - no harm done | Medium"})
    void aLevelsWordOfAThingDeniedIsNoLevelDenied(String written, String severity) {
        assertThat(severityOf(written)).isEqualTo(severity);
    }

    @Test
    void aSeverityTheFormReadsAsNotSoIsNotTakenAsThatChoice() {
        var catalog = org.ypsa.hub.domain.documents.FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");
        var doc = new org.ypsa.hub.domain.documents.LabelledDocument("body", "", java.util.List.of(
                new org.ypsa.hub.domain.documents.LabelledDocument.Entry("Severity", "not high", "line 1", "")));
        assertThat(catalog.read(doc).values().get(SafeguardingField.SEVERITY)).isNotEqualTo("High");
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {"X Violence _ Missing | Violence", "_ Missing X Violence _ Other | Violence",
            "_ Missing _ Exploitation X Self-harm _ Violence | Self-harm", "Missing _ Violence X Other _ | Violence",
            "MFH | Missing", "Categories (missing/violence/other): violence | Violence"})
    void aCategoryTypedAsMarksIsTheOneChosenNotTheFirstNamed(String written, String category) {
        assertThat(categoryOf(written)).isEqualTo(category);
    }

    /** The choices printed whole, one mark typed beside the one chosen (tuned36's w18-inc-08): before it, or after it. */
    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {
            "Missing Exploitation Self harm Violence Allegation against staff Police involvement Hospital admission Other \u2713 | Other",
            "Missing Violence \u2713 Other | Violence", "\u2713 Missing Violence Other | Missing",
            "Missing Allegation against staff \u2612 Other | Allegation against staff"})
    void aCategoryListedWholeWithOneMarkBesideItIsTheOneMarked(String written, String category) {
        assertThat(categoryOf(written)).isEqualTo(category);
    }

    @ParameterizedTest(name = "\"{0}\" is read as {1}")
    @CsvSource(delimiter = '|', value = {"Low \u2713 Medium High Critical | Low", "Low Medium High \u2612 Critical | High"})
    void aSeverityListedWholeWithOneMarkBesideItIsTheOneMarked(String written, String severity) {
        assertThat(severityOf(written)).isEqualTo(severity);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"Low \u2713 Medium \u2713 High Critical", "Low Medium \u2713 High \u2713 Critical"})
    void aListWithTwoMarksIsNotReadByEitherMark(String written) {
        var f = complete();
        f.put(SafeguardingField.SEVERITY, written);
        assertThat(validator.validate(f, PROVIDER_ADDRESS).isValid()).isFalse();
    }

    @Test
    void aSeverityTheFormDoesNotUseIsRefusedWithTheList() {
        var f = complete();
        f.put(SafeguardingField.SEVERITY, "Purple");
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.isValid()).isFalse();
        assertThat(v.problems().get(0).field()).isEqualTo("Severity");
        assertThat(v.problems().get(0).expected()).contains("Low, Medium, High, Critical");
    }

    @Test
    void aReportForAProviderSentFromAnotherProvidersAddressIsRefused() {
        var v = validator.validate(complete(), "returns@key2.provider.test");
        assertThat(v.isValid()).isFalse();
        assertThat(v.problems().get(0).problem()).contains("not registered for it");
    }

    @Test
    void anUnknownProviderNameIsReadAsTheProviderOfTheSendersAddress() {
        var f = complete();
        f.put(SafeguardingField.PROVIDER, "Response Supported Living Ltd (North)");
        assertThat(validator.validate(f, PROVIDER_ADDRESS).value().providerId()).isEqualTo("response");
    }

    @Test
    void aSocialWorkersEmailThatIsNotAnAddressIsRefusedAndAnEmptyOneIsAllowed() {
        var f = complete();
        f.put(SafeguardingField.WORKER_EMAIL, "ask the duty desk");
        assertThat(validator.validate(f, PROVIDER_ADDRESS).problems()).extracting(Problem::field)
                .containsExactly("Social worker / Leaving Care PA email");
        f.remove(SafeguardingField.WORKER_EMAIL);
        assertThat(validator.validate(f, PROVIDER_ADDRESS).value().socialWorkerEmail()).isNull();
    }

    @Test
    void aDateOfBirthThatIsNotADateIsRefused() {
        var f = complete();
        f.put(SafeguardingField.DATE_OF_BIRTH, "about 16");
        assertThat(validator.validate(f, PROVIDER_ADDRESS).problems()).extracting(Problem::field)
                .containsExactly("Date of birth");
    }

    @Test
    void anIncidentDateWithoutItsYearIsTheLatestSuchDayNotAfterTheReportAndATimeSpanIsItsStart() {
        var f = complete();
        f.remove(SafeguardingField.WHEN);
        f.put(SafeguardingField.INCIDENT_DATE, "Tuesday 29th Dec");
        f.put(SafeguardingField.INCIDENT_TIME, "between 22:40 and 23:10");
        var v = validator.validate(f, PROVIDER_ADDRESS, java.time.LocalDate.of(2027, 1, 4));
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().incidentAt()).isEqualTo("2026-12-29T22:40");
    }

    @Test
    void aChoiceAnsweredAfterTheQuestionThatListsTheChoicesIsTheAnswer() {
        var f = complete();
        f.put(SafeguardingField.SEVERITY, "is it low, medium, high or critical? medium");
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.isValid()).as(String.valueOf(v.problems())).isTrue();
        assertThat(v.value().severity()).isEqualTo("Medium");
    }

    @Test
    void aValueThatListsTheChoicesPicksNone() {
        var f = complete();
        f.put(SafeguardingField.SEVERITY, "low / medium / high / critical");
        var v = validator.validate(f, PROVIDER_ADDRESS);
        assertThat(v.isValid()).isFalse();
        assertThat(v.problems()).extracting(Problem::field).containsExactly("Severity");
    }
}
