package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intelligence submissions whose information is labelled as staff shorten it: "intel" is intelligence ("Intel:",
 * "info/intel", "infomation / intel" with a slip), as police and partner agencies say it. The wordings are ours,
 * written for this test (stop 42, intel42).
 */
class IntelligenceLabelsStaffShortenTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private static final String BODY = "hiya\n\n"
            + "agency submitting  Stonewater\n"
            + "worker name  Priya Okonjo\n"
            + "role  Support Worker\n"
            + "email  p.okonjo@stonewater.provider.test\n"
            + "phone  01632 960412\n"
            + "date of info  02/12/2026\n"
            + "time  19:30\n"
            + "location  Bus station, Banbury\n"
            + "persons  Kai Dunmore, 03/03/2009\n"
            + "%s  Kai was seen getting into a car with two older males he calls his cousins; he came back two hours later with new trainers.\n"
            + "source  Staff member\n"
            + "handling  P\n\n"
            + "cheers\nPriya\n";

    @ParameterizedTest
    @ValueSource(strings = {"intel", "infomation/intel", "info / intel", "intel (what was seen)", "informaton / intel"})
    void intelIsIntelligenceInAnInformationLabel(String label) {
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<i@test>", "p.okonjo@stonewater.provider.test",
                "intel for police", Instant.parse("2026-12-04T09:00:00Z"), BODY.formatted(label), List.of(), false));
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        IntelligenceSubmission s = (IntelligenceSubmission) ((Outcome.Routed) o).fields();
        assertThat(s.information()).startsWith("Kai was seen getting into a car");
    }
}
