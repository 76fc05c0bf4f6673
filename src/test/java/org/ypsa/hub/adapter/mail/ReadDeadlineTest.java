package org.ypsa.hub.adapter.mail;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intake.FormType;
import org.ypsa.hub.domain.intake.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadDeadlineTest {
    private final ReadDeadline deadline = new ReadDeadline(Duration.ofMillis(300));

    @Test
    void aReadThatTakesTooLongIsRejectedWithAReasonWithoutWaitingForIt() throws Exception {
        long start = System.nanoTime();
        Outcome o = deadline.read(() -> {
            Thread.sleep(60_000);
            return new Outcome.Unrecognised("never");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(deadline.ranOutOfTime(o)).isTrue();
        assertThat(((Outcome.Rejected) o).problems().get(0).describe()).contains("could not read it within");
    }

    @Test
    void aReadInTimeGivesItsOwnOutcome() throws Exception {
        Outcome mine = new Outcome.Rejected(FormType.VOID_RETURN, List.of(), List.of());
        Outcome o = deadline.read(() -> mine);
        assertThat(o).isSameAs(mine);
        assertThat(deadline.ranOutOfTime(o)).isFalse();
    }

    @Test
    void aReadThatFailsThrowsItsOwnFailure() {
        assertThatThrownBy(() -> deadline.read(() -> {
            throw new IllegalStateException("broken document");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken document");
    }
}
