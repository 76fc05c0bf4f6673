package org.ypsa.hub.domain.action;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ypsa.hub.domain.Wording;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;

/**
 * What a flow's policy knows when it decides what a mail sets going: the mail, where its form goes, and the
 * partnership's configuration in force. With the two things every flow that alerts does the same way: the first
 * alert and its text.
 *
 * @param reference the mail's hub reference
 * @param now when it is decided
 * @param from its sender
 * @param queues the queues its form goes to, its team's first (for a submission held back: the rejected queue)
 * @param teams the names of the teams its form goes to
 * @param clocks the clocks as schedules.yml has them (each first alert's channels)
 * @param texting whether texts can be sent at all (GOV.UK Notify set up)
 */
public record FlowContext(String reference, Instant now, String from, List<String> queues, List<String> teams,
        Directory directory, DutyRota rota, Map<String, ClockSettings.Steps> clocks, Wording wording,
        boolean texting) {

    /**
     * An alert raised by this mail, to be acknowledged by a reply quoting its reference with one of the words that
     * close its clock (as its escalations say).
     */
    public Action.Alert alert(String clock, String kind, String to, String subject, String text) {
        return new Action.Alert(kind, to, subject, text + "\n\n" + wording.say(Phrase.ALERT_ACK, "words",
                directory.closingWords(clock)) + "\n");
    }

    /**
     * The first alert goes by text as well when its clock's `alert:` says so for this moment (out of hours by
     * default: at 03:00 an email wakes nobody), texting is set up and the person has a mobile (docs/notify.md).
     * The email always goes. No personal data in the text.
     */
    public Optional<Action.Text> textAsConfigured(String clock, String kind, String mobile, String what,
            String where) {
        ClockSettings.Steps clockOf = clocks.get(clock);
        ClockSettings.Channels by = clockOf == null ? ClockSettings.Channels.TEXT_OUT_OF_HOURS : clockOf.alert();
        if (!texting || !by.texts(rota.isWorkingTime(now))) {
            return Optional.empty();
        }
        return PhoneNumber.parse(mobile).map(p -> new Action.Text(kind, p, TextAlert.forAlert(reference, what, where)));
    }

    /** The provider of this id in the directory, or null. */
    public Directory.Provider provider(String id) {
        return directory.providers().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }
}
