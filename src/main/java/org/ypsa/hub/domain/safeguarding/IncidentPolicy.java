package org.ypsa.hub.domain.safeguarding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ypsa.hub.domain.AuditEvent;
import org.ypsa.hub.domain.Wording;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.ClockSettings;
import org.ypsa.hub.domain.clocks.ClosingRights;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.directory.Directory;
import org.ypsa.hub.domain.duty.DutyRota;

/**
 * What a routed safeguarding incident sets going besides its queues and reply (seed 000, 3): the social worker or
 * PA named on it is sent the incident; a high or critical one alerts the provider's duty contact at once (by text
 * too when its clock says so), and its clock escalates it unacknowledged. Pure (IncidentPolicyTest).
 */
public final class IncidentPolicy {

    private IncidentPolicy() {
    }

    public static List<Action> actions(SafeguardingIncident si, FlowContext c) {
        String reference = c.reference();
        Wording words = c.wording();
        List<Action> out = new ArrayList<>();
        if (si.socialWorkerEmail() != null) {
            out.add(new Action.Email(AuditEvent.DISCLOSED_TO_SOCIAL_WORKER, "disclosure", si.socialWorkerEmail(),
                    words.say(Phrase.INCIDENT_FOR_SOCIAL_WORKER_SUBJECT, "reference", reference, "category",
                            si.category(), "severity", si.severity()),
                    forSocialWorker(si, c), false, ":social-worker"));
        }
        if (si.isHighOrCritical()) {
            String severity = si.severity().toUpperCase(Locale.ROOT);
            String queues = String.join(" and ", c.queues());
            out.addAll(dutyAlarm(si.severity(), c.provider(si.providerId()), "reported", queues,
                    words.say(Phrase.INCIDENT_ALERT_SUBJECT, "reference", reference, "severity", severity, "category",
                            si.category()),
                    words.say(Phrase.INCIDENT_ALERT, "severity", si.severity(), "provider", si.providerName(),
                            "property", si.property() == null ? "" : " (property " + si.property() + ")",
                            "category", si.category(), "time", si.incidentAtInWords(), "queue", queues,
                            "reference", reference), c));
        }
        return out;
    }

    /**
     * A report the hub rejected (a field it could not read) that its provider rated High or Critical, sent from that
     * provider's registered address: its duty contact of that moment is alerted as for a routed one, by text too when
     * the clock says so, and the same clock starts, which only those alerted may close (its sender raised it and never
     * can). The alert says the report is incomplete and held on c.queues() (the rejected queue): never a word of what it
     * says.
     */
    public static List<Action> rejectedButSerious(String severity, String providerId, FlowContext c) {
        String queue = c.queues().get(0);
        Directory.Provider provider = c.provider(providerId);
        List<Action> out = new ArrayList<>(dutyAlarm(severity, provider, "reported incomplete", queue,
                c.wording().say(Phrase.REJECTED_INCIDENT_ALERT_SUBJECT, "reference", c.reference(), "severity",
                        severity.toUpperCase(Locale.ROOT)),
                c.wording().say(Phrase.REJECTED_INCIDENT_ALERT, "severity", severity, "provider", provider.name(),
                        "sender", c.from(), "queue", queue, "reference", c.reference()), c));
        out.add(clock(severity, null, provider.name(), provider.id(), queue, Action.alerted(out), c));
        return out;
    }

    /**
     * A High or Critical incident's alarm, one for a routed report and a rejected one: the provider's duty contact of
     * that moment texted where the clock says (never a word of the report: its level, what happened to it, its queue)
     * and emailed the given alert.
     */
    private static List<Action> dutyAlarm(String severity, Directory.Provider provider, String happened,
            String queues, String subject, String text, FlowContext c) {
        String kind = "safeguarding-" + severity.toLowerCase(Locale.ROOT);
        DutyRota.Duty duty = c.rota().dutyFor(c.now(), provider);
        List<Action> out = new ArrayList<>();
        c.textAsConfigured(ClockSettings.SAFEGUARDING, kind, duty.mobile(), severity.toUpperCase(Locale.ROOT)
                + " safeguarding incident " + happened, "queue " + queues).ifPresent(out::add);
        out.add(c.alert(ClockSettings.SAFEGUARDING, kind, duty.address(), subject, text));
        return out;
    }

    /** What the young person's social worker or PA is sent (seed 000, 3.1): the incident as reported. */
    static String forSocialWorker(SafeguardingIncident si, FlowContext c) {
        StringBuilder t = new StringBuilder(c.wording().say(Phrase.INCIDENT_FOR_SOCIAL_WORKER)).append("\n\n");
        t.append("Reference: ").append(c.reference()).append("\n");
        t.append("Provider: ").append(si.providerName()).append(si.property() == null ? "" : ", property " + si.property())
                .append("\n");
        t.append("Young person: ").append(si.youngPersonName()).append("\n");
        t.append("Incident time: ").append(si.incidentAtInWords()).append("\n");
        t.append("Category: ").append(si.category()).append("; severity: ").append(si.severity()).append("\n\n");
        t.append("Description:\n").append(si.description()).append("\n\n");
        if (si.immediateActions() != null) {
            t.append("Immediate actions taken:\n").append(si.immediateActions()).append("\n\n");
        }
        if (si.policeReference() != null) {
            t.append("Police reference: ").append(si.policeReference()).append("\n");
        }
        return t.append("\n").append(c.wording().say(Phrase.INCIDENT_FOR_SOCIAL_WORKER_END, "teams",
                Wording.list(c.teams()), "have", Wording.have(c.teams()))).append("\n").toString();
    }

    /** A high or critical incident's clock, which only those {@code alerted} at once may close. */
    public static List<Action> starts(SafeguardingIncident si, FlowContext c, List<String> alerted) {
        if (!si.isHighOrCritical()) {
            return List.of();
        }
        return List.of(clock(si.severity(), si.category(), si.providerName(), si.providerId(), null, alerted, c));
    }

    /**
     * The safeguarding clock of a routed report (its category known) or a rejected one (its queue, hub.rejected,
     * named): what its escalations say and whom they reach; only those {@code alerted} at once may close it.
     */
    private static Action.StartClock clock(String severity, String category, String providerName, String providerId,
            String rejectedQueue, List<String> alerted, FlowContext c) {
        Map<String, Object> clock = new LinkedHashMap<>();
        clock.put(ClockContext.SEVERITY, severity);
        if (category != null) {
            clock.put(ClockContext.CATEGORY, category);
        }
        clock.put(ClockContext.PROVIDER, providerName);
        if (rejectedQueue != null) {
            clock.put(ClockContext.QUEUE, rejectedQueue);
        }
        if (providerId != null) {
            clock.put(Recipients.PROVIDER_ID, providerId);
        }
        clock.putAll(ClosingRights.forNew(alerted, c.from(), null));
        return new Action.StartClock(ClockSettings.SAFEGUARDING, clock);
    }
}
