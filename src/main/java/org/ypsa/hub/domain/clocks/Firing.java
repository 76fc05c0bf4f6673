package org.ypsa.hub.domain.clocks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.notify.PhoneNumber;
import org.ypsa.hub.domain.notify.TextAlert;

/**
 * What firing a due clock does: effects, carried out in order in the broker transaction that takes the clock off
 * the queue, and notes, written once that transaction has committed.
 */
public record Firing(List<Effect> effects, List<Note> notes) {

    public Firing {
        effects = List.copyOf(effects);
        notes = List.copyOf(notes);
    }

    /** A clock that does nothing when it fires, and why. */
    static Firing nothing(String subject, AuditEvent event, Map<String, ?> detail) {
        return new Firing(List.of(), List.of(new Audited(subject, event, detail)));
    }

    public sealed interface Effect permits TakeVoidReturns, Alert, Text, Next {
    }

    /**
     * The week's void return records leave the queue: the summary has counted them.
     *
     * @param counted how many it counted: a record that arrived after they were read is not taken uncounted (the
     *        firing is tried again instead)
     */
    public record TakeVoidReturns(LocalDate week, int counted) implements Effect {
    }

    /** An email to each address, and an alert record for each, under ids made from idBase. */
    public record Alert(String reference, String kind, List<String> to, String subject, String text, String idBase)
            implements Effect {
        public Alert {
            to = List.copyOf(to);
        }
    }

    /** A text to each number (none: nothing is sent), under ids made from idBase. */
    public record Text(String reference, String kind, List<PhoneNumber> to, TextAlert alert, String idBase)
            implements Effect {
        public Text {
            to = List.copyOf(to);
        }
    }

    /** The clock's next step, waiting on the queue until it falls due. */
    public record Next(DueClock clock) implements Effect {
    }

    public sealed interface Note permits Audited, Counted {
    }

    /** A line in the audit trail. */
    public record Audited(String subject, AuditEvent event, Map<String, ?> detail) implements Note {
    }

    /** Alerts of a kind counted by the hub.alerts meter. */
    public record Counted(String kind, int alerts) implements Note {
    }
}
