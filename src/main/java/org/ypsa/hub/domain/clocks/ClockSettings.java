package org.ypsa.hub.domain.clocks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.ypsa.hub.domain.notify.Channel;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The schedules of SPEC.md "Schedules", from config/schedules.yml: when reminders and escalations fall due and
 * who receives them. Recipients are written as in {@link Recipients}.
 *
 * @param tick how often the hub looks for clocks that have fallen due (the latest a reminder can be)
 * @param clocks the clocks a form starts, by id: each a list of steps measured from when it started
 */
public record ClockSettings(
        @NotNull Duration tick,
        @NotNull @Valid VoidReturns voidReturn,
        @NotEmpty Map<String, @Valid Steps> clocks,
        @NotNull @Valid ProgressReview progressReview,
        @NotNull @Valid ProviderForum providerForum) {

    public static final String EMERGENCY_REFERRAL = "emergency-referral";
    public static final String SAFEGUARDING = "safeguarding-incident";
    public static final String URGENT_INTELLIGENCE = "urgent-intelligence";
    public static final String MASH_JOINT_ASSESSMENT = "mash-joint-assessment";
    public static final String CARE_PLANNING_MEETING = "care-planning-meeting";
    public static final String PROGRESS_REVIEW = "progress-review";

    /** Reminders before the weekly deadline, and who gets the summary, the missing list and late returns. */
    public record VoidReturns(@NotEmpty List<@Valid Reminder> reminders, @NotEmpty List<String> remindTo,
            @NotEmpty List<String> summaryTo, @NotEmpty List<String> missingTo, @NotEmpty List<String> lateTo) {
    }

    /** A reminder this many working days before the deadline day (0: the deadline day itself), at a time. */
    public record Reminder(@Min(0) int workingDaysBefore, @NotNull LocalTime at) {
    }

    /**
     * A clock: what it is about, in the words of its reminders' subjects, its steps in order, and for a clock that
     * starts with an alert to the duty contact (a high or critical safeguarding incident, urgent intelligence) how
     * that first alert goes: by email, and by text out of hours when not set.
     */
    public record Steps(@jakarta.validation.constraints.NotBlank String title, @Valid Channels alert,
            @NotEmpty List<@Valid Step> steps) {
        public Steps {
            alert = alert == null ? Channels.TEXT_OUT_OF_HOURS : alert;
        }
    }

    /**
     * How a message reaches people in and out of working hours: email, and sms for a text through GOV.UK Notify
     * as well. Email alone when not set; out of hours as in hours when not set. The email always goes.
     */
    public record Channels(List<Channel> channels, List<Channel> outOfHoursChannels) {
        /** An alert to the duty contact unless its clock says otherwise: out of hours an email wakes nobody. */
        public static final Channels TEXT_OUT_OF_HOURS = new Channels(List.of(Channel.EMAIL),
                List.of(Channel.EMAIL, Channel.SMS));

        public Channels {
            channels = channels == null || channels.isEmpty() ? List.of(Channel.EMAIL) : List.copyOf(channels);
            outOfHoursChannels = outOfHoursChannels == null || outOfHoursChannels.isEmpty() ? channels
                    : List.copyOf(outOfHoursChannels);
        }

        /** Whether it is texted as well at a moment in or out of working hours. */
        public boolean texts(boolean workingTime) {
            return (workingTime ? channels : outOfHoursChannels).contains(Channel.SMS);
        }
    }

    /**
     * One reminder or escalation: due a duration after the clock started, or a number of working days after it
     * (at a time of day); sent to "to", or to "out-of-hours-to" when it falls outside working hours, by the
     * channels given for that time (email, and sms for a text through GOV.UK Notify; email alone when not set;
     * out of hours as in hours when not set). The email always goes.
     */
    public record Step(@NotNull String name, Duration after, Integer workingDays, LocalTime at,
            @NotEmpty List<String> to, List<String> outOfHoursTo, List<Channel> channels,
            List<Channel> outOfHoursChannels) {
        public Step {
            outOfHoursTo = outOfHoursTo == null ? List.of() : List.copyOf(outOfHoursTo);
            Channels by = new Channels(channels, outOfHoursChannels);
            channels = by.channels();
            outOfHoursChannels = by.outOfHoursChannels();
        }

        /** Who the step goes to at a moment in or out of working hours. */
        public List<String> targets(boolean workingTime) {
            return !workingTime && !outOfHoursTo.isEmpty() ? outOfHoursTo : to;
        }

        /** Whether the step is also texted at a moment in or out of working hours. */
        public boolean texts(boolean workingTime) {
            return new Channels(channels, outOfHoursChannels).texts(workingTime);
        }
    }

    /** Every period from move-in, a reminder some time before, at a time of day. */
    public record ProgressReview(@NotNull Period every, @NotNull Period remindBefore, @NotNull LocalTime at,
            @NotEmpty List<String> to) {
    }

    /**
     * Forum dates set by the council, a reminder some time before each.
     *
     * @param agendaTo the directory team that collects agenda items, named in the reminder (none named when not set)
     */
    public record ProviderForum(List<LocalDate> dates, @NotNull Period remindBefore, @NotNull LocalTime at,
            @NotEmpty List<String> to, String agendaTo) {
        public ProviderForum {
            dates = dates == null ? List.of() : List.copyOf(dates);
        }
    }
}
