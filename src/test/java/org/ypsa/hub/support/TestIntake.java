package org.ypsa.hub.support;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.ypsa.hub.domain.FormRecord;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.Intake;
import org.ypsa.hub.domain.intake.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake as shipped, a mail to it as a test writes one, and the form a routed outcome carries. */
public final class TestIntake {
    private TestIntake() {
    }

    /** The shipped directory and bank holidays, London time, void returns due by 10:00. */
    public static Intake shipped() {
        return new Intake(TestDirectory.shipped(), ZoneId.of("Europe/London"), LocalTime.of(10, 0),
                TestDirectory.bankHolidays());
    }

    /** A mail to the intake mailbox from this sender, received at this instant ("2026-12-04T09:00:00Z"). */
    public static InboundMail mail(String from, String subject, String receivedAt, String body,
            InboundMail.Attachment... attachments) {
        return new InboundMail("intake@ypsa.test", "<test@ypsa.test>", from, subject, Instant.parse(receivedAt), body,
                List.of(attachments), false);
    }

    /** The form of an outcome that must have been routed; the outcome is shown when it was not. */
    public static <T extends FormRecord> T routed(Outcome o, Class<T> form) {
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Routed.class);
        return form.cast(((Outcome.Routed) o).fields());
    }
}
