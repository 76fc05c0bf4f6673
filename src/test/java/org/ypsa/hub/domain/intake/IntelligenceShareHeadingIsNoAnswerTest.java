package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceSubmission;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 49 (prose49): a form's heading that calls it a "share" ("Partner Information Share - Cuckooing and Drugs") names the form,
 * as "form" or "report" would; the words after its dash are not the information. Wordings invented for this test.
 */
class IntelligenceShareHeadingIsNoAnswerTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    @Test
    void aHeadingCallingTheFormAShareIsNotTheInformation() {
        String body = """
                Hello, see below.
                Partner Information Share - Cuckooing and Drugs
                Organisation\tStonewater
                Name of worker\tPriya Okafor
                Role\tSupport Worker
                Email\tp.okafor@stonewater.provider.test
                Phone\t01865 400100
                Date and time\t30/11/2026 19:00
                Location\tBanbury Road, Oxford
                People involved\tTwo males, about 20
                Information\tStaff saw two older males giving a resident a package outside the foyer on Monday evening.
                """;
        Outcome o = intake.handle(new InboundMail("intake@ypsa.test", "<h@test>", "returns@stonewater.provider.test",
                "Info share", Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));

        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        IntelligenceSubmission s = (IntelligenceSubmission) ((Outcome.Routed) o).fields();
        assertThat(s.information()).contains("two older males");
    }
}
