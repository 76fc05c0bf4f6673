package org.ypsa.hub.domain.intake;

/**
 * What a form the hub recognised but rejected still tells that cannot wait for its sender to mend it (issue 14: a
 * critical incident or a bed needed tonight reaches the people on duty whatever field was not read). Read by
 * {@link Intake} with the routed form's own rules, raised by {@link IntakePolicy}; the form stays rejected.
 * <p>
 * Present danger told in a rejected referral, risk concern or MASH referral is not (yet) an alarm: screened as
 * intelligence is, ordinary referral text ("historic self harm", "verbal aggression towards carers") rings the duty
 * phone and would tell a social worker to call 999 (docs/variation-corpus.md, "## Merge of stop 53").
 *
 * @param incidentSeverity a safeguarding incident's severity the hub read as High or Critical, from its provider's
 *        registered address (as a routed incident's alert is), or null
 * @param providerId that incident's provider (whose duty contact is alerted), or null
 * @param emergencyReferral a referral the hub read as the emergency one, from a referrer address
 */
public record Alarm(String incidentSeverity, String providerId, boolean emergencyReferral) {
    public static final Alarm NONE = new Alarm(null, null, false);

    public static Alarm ofSeriousIncident(String severity, String providerId) {
        return new Alarm(severity, providerId, false);
    }

    public static Alarm ofEmergencyReferral() {
        return new Alarm(null, null, true);
    }

    public boolean seriousIncident() {
        return incidentSeverity != null;
    }
}
