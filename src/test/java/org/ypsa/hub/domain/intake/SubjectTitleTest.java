package org.ypsa.hub.domain.intake;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail's subject that names a form by its title says which form the mail carries, for every form (issue 14): a form
 * whose own heading names it otherwise ("Hysbysiad / Notice") is still the form its subject names. Wordings invented
 * for the test.
 */
class SubjectTitleTest {
    private final Intake intake = new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
            TestDirectory.bankHolidays());

    private Outcome handle(String subject, String body) {
        return intake.handle(new InboundMail("intake@ypsa.test", "<s@test>", "duty@key2.provider.test", subject,
                Instant.parse("2026-11-30T12:00:00Z"), body, List.of(), false));
    }

    @Test
    void aSubjectNamingTheFormByItsTitleTitlesTheFormInTheBody() {
        String body = "Gorse House notice\n\nResident: Tegid Amberley\nWhat went on: Tegid left at night and has not come back.\n"
                + "How serious: High\n";
        assertThat(handle("Incident notification - GH-02", body).formType()).isEqualTo(FormType.SAFEGUARDING_INCIDENT);
    }
}
