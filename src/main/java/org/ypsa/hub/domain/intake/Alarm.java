package org.ypsa.hub.domain.intake;

/**
 * What a form the hub recognised but rejected still tells that cannot wait for its sender to mend it (issue 14: a
 * critical incident or a bed needed tonight reaches the people on duty whatever field was not read). Read by
 * {@link Intake} with the routed form's own rules, raised by {@link IntakePolicy}, told to the sender by
 * {@link Replies}; the form stays rejected.
 * <p>
 * Present danger told in a rejected referral, risk concern or MASH referral is not (yet) an alarm: screened as
 * intelligence is, ordinary referral text ("historic self harm", "verbal aggression towards carers") rings the duty
 * phone and would tell a social worker to call 999 (docs/variation-corpus.md, "## Merge of stop 53").
 */
public sealed interface Alarm {
    Alarm NONE = new None();

    /** Nothing that cannot wait. */
    record None() implements Alarm {
    }

    /**
     * A safeguarding incident the hub read as High or Critical, from its provider's registered address (as a routed
     * incident's alert is).
     *
     * @param providerId whose duty contact is alerted
     */
    record SeriousIncident(String severity, String providerId) implements Alarm {
    }

    /** A referral the hub read as the emergency one, from a referrer address: the emergency team is told. */
    record EmergencyReferral() implements Alarm {
    }
}
