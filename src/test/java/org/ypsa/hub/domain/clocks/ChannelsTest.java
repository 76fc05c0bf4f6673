package org.ypsa.hub.domain.clocks;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.notify.Channel;

import static org.assertj.core.api.Assertions.assertThat;

/** How reminders, escalations and a clock's first alert reach people, as config/schedules.yml says. */
class ChannelsTest {

    @Test
    void aClocksFirstAlertIsTextedOutOfHoursWhenItsClockSaysNothing() {
        ClockSettings.Steps clock = new ClockSettings.Steps("Incident not acknowledged", null, List.of(step(null, null)));
        assertThat(clock.alert().texts(false)).isTrue();
        assertThat(clock.alert().texts(true)).isFalse();
    }

    @Test
    void anAdminMayTextTheFirstAlertInWorkingHoursToo() {
        ClockSettings.Channels alert = new ClockSettings.Channels(List.of(Channel.EMAIL, Channel.SMS), null);
        assertThat(alert.texts(true)).isTrue();
        assertThat(alert.texts(false)).as("out of hours as in hours when not set").isTrue();
    }

    @Test
    void anAdminMayEmailTheFirstAlertOnlyEvenAtNight() {
        ClockSettings.Channels alert = new ClockSettings.Channels(List.of(Channel.EMAIL), List.of(Channel.EMAIL));
        assertThat(alert.texts(false)).isFalse();
    }

    @Test
    void aStepWithoutChannelsIsEmailedOnlyAndOneTextedAtNightOnlyThen() {
        assertThat(step(null, null).texts(false)).isFalse();
        ClockSettings.Step night = step(null, List.of(Channel.EMAIL, Channel.SMS));
        assertThat(night.texts(false)).isTrue();
        assertThat(night.texts(true)).isFalse();
        assertThat(night.channels()).containsExactly(Channel.EMAIL);
    }

    private static ClockSettings.Step step(List<Channel> channels, List<Channel> outOfHours) {
        return new ClockSettings.Step("escalation", Duration.ofHours(1), null, null, List.of("duty"), null, channels,
                outOfHours);
    }
}
