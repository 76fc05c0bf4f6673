package org.ypsa.hub.domain;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail's events: one list, each read back from the trail as it was written. */
class AuditEventTest {

    @Test
    void eachEventHasItsOwnIdAndIsReadBackFromTheTrailAsWritten() {
        assertThat(Arrays.stream(AuditEvent.values()).map(AuditEvent::id)).doesNotHaveDuplicates();
        for (AuditEvent e : AuditEvent.values()) {
            if (e != AuditEvent.CLOCK_STARTED) {
                assertThat(AuditEvent.of(e.id())).contains(e);
            }
            assertThat(e.what()).isNotBlank();
        }
    }

    @Test
    void aClockStartedIsWrittenWithItsKindAndReadBackAsAClockStarted() {
        assertThat(AuditEvent.clockStarted("emergency-referral")).isEqualTo("clock-emergency-referral");
        assertThat(AuditEvent.of("clock-emergency-referral")).contains(AuditEvent.CLOCK_STARTED);
        assertThat(AuditEvent.of("clock-closed")).contains(AuditEvent.CLOCK_CLOSED);
    }

    @Test
    void anIdTheHubNeverWritesIsNoEvent() {
        assertThat(AuditEvent.of("something-else")).isEmpty();
        assertThat(AuditEvent.of(null)).isEmpty();
    }
}
