package org.ypsa.hub.adapter.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.AuditEvent;

class DispatchKindTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDispatchIsJournalledWithTheEventIdTheAuditTrailWritesAndReadsBackTheSame() throws Exception {
        Dispatch clock = new Dispatch(Dispatch.Kind.clockStarted("emergency-referral"), "hub.clocks", "REF:clock", "{}",
                Dispatch.NORMAL_PRIORITY, Map.of());
        String written = json.writeValueAsString(clock);
        assertThat(written).contains("\"kind\":\"clock-emergency-referral\"");
        Dispatch read = json.readValue(written, Dispatch.class);
        assertThat(read).isEqualTo(clock);
        assertThat(read.kind().is(AuditEvent.CLOCK_STARTED)).isTrue();

        Dispatch alert = new Dispatch(Dispatch.Kind.of(AuditEvent.ALERT_RECORDED), "hub.alerts", "REF:alert", "{}", 9,
                Map.of());
        assertThat(json.readValue(json.writeValueAsString(alert), Dispatch.class).kind())
                .isEqualTo(Dispatch.Kind.of(AuditEvent.ALERT_RECORDED));
    }

    @Test
    void aClockStartedCannotBeMadeWithoutSayingWhichClock() {
        assertThatThrownBy(() -> Dispatch.Kind.of(AuditEvent.CLOCK_STARTED)).isInstanceOf(IllegalArgumentException.class);
    }
}
