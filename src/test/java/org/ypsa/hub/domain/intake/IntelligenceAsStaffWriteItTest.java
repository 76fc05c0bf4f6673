package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, round tuneR: routine intelligence as partner staff write it, with past urgency and sentences that deny,
 * is forwarded whole; present danger is still held back. Wordings invented for the test.
 */
class IntelligenceAsStaffWriteItTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String information) {
        String body = """
                Intelligence submission

                Agency: Youth Justice Service
                Reporting officer: Gethin Dunmore
                Email: g.dunmore@council.test
                Location: Cowley Road, Oxford
                Information: %s
                Source: Third party
                """.formatted(information);
        return intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", "g.dunmore@council.test", "Intel",
                Instant.parse("2026-12-03T10:00:00Z"), body, List.of(), false));
    }

    private static boolean isUrgent(Outcome o) {
        return o instanceof Outcome.Rejected r && r.problems().stream().map(Problem::field)
                .anyMatch(IntelligenceValidator.URGENT_FIELD::equals);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Staff overheard residents talking about a party on Cowley Road where adults supply alcohol. No dates were given.",
            "We previously reported the flat above the bookmakers. Residents say it has been quiet since October.",
            "A man called Dean has been asking about the new girl at the scheme. No threats were made.",
            "He went missing and returned the same night. No concerns about current safety."})
    void routineInformationOfSeveralSentencesIsForwardedWholeWithItsFullStops(String information) {
        Outcome o = handle(information);
        assertThat(o).isInstanceOf(Outcome.Routed.class);
        IntelligenceSubmission s = (IntelligenceSubmission) ((Outcome.Routed) o).fields();
        assertThat(s.information()).isEqualTo(information);
        assertThat(s.worker()).isEqualTo("Gethin Dunmore");
        assertThat(s.when()).isNull();
    }

    @Test
    void urgencyToldInThePastTenseInAMonthGoneByIsNoPresentDanger() {
        assertThat(isUrgent(handle("John had urgently asked staff in October for help moving out of the area because of a"
                + " debt; that has since been resolved and he remains at the scheme."))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "John urgently needs help: a man is outside his door with a knife.",
            "She was urgently asking for help an hour ago and is still at the flat with two adult males.",
            "He has been missing since October and was last seen with an older male.",
            "Please act urgently, she is being taken to London to deal drugs today."})
    void presentDangerIsStillHeldBack(String information) {
        assertThat(isUrgent(handle(information))).isTrue();
    }

    @Test
    void aReportTypedAsWhoWhatWhereWhenIsReadWithWhatAsItsInformation() {
        String body = """
                Intel for your records

                Agency: Youth Justice Service
                Officer: Gethin Dunmore
                Email: g.dunmore@council.test
                When: Tuesday about 4pm
                Where: the underpass by the leisure centre
                Who: two lads on bikes, one called Tyler, about 15
                What: They were handing out small bags to younger kids. One of them had a roll of cash. Nobody was hurt.
                Source: Seen by me
                """;
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<x@test>", "g.dunmore@council.test", "Intel",
                Instant.parse("2026-12-03T10:00:00Z"), body, List.of(), false));
        assertThat(o).isInstanceOf(Outcome.Routed.class);
        IntelligenceSubmission s = (IntelligenceSubmission) ((Outcome.Routed) o).fields();
        assertThat(s.information()).startsWith("They were handing out small bags").endsWith("Nobody was hurt.");
        assertThat(s.persons()).isEqualTo("two lads on bikes, one called Tyler, about 15");
    }
}
