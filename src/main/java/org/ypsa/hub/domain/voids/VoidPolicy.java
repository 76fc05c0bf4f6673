package org.ypsa.hub.domain.voids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.Wording;
import org.ypsa.hub.domain.Wording.Phrase;
import org.ypsa.hub.domain.action.Action;
import org.ypsa.hub.domain.action.FlowContext;
import org.ypsa.hub.domain.clocks.ClockContext;
import org.ypsa.hub.domain.clocks.Recipients;
import org.ypsa.hub.domain.clocks.Records;
import org.ypsa.hub.domain.clocks.Timetable;

/**
 * What a routed void return starts besides its queue and reply (seed 001): the week's record the Monday summary
 * counts; or, read after that summary was written, a record for the Beds page and an alert to those the council
 * tells of late returns (schedules.yml, void-return late-to). Pure (VoidPolicyTest).
 */
public final class VoidPolicy {

    private VoidPolicy() {
    }

    /**
     * @param timetable when a return still waiting is known to be left out of its week's summary
     * @param recipients who the late-to list names at this moment
     * @param lateTo who is told of a return read after its week's summary (schedules.yml)
     */
    public record Settings(Timetable timetable, Recipients recipients, List<String> lateTo) {
    }

    public static List<Action> starts(VoidReturn v, FlowContext c, Settings s) {
        LocalDate week = LocalDate.parse(v.weekCommencing());
        if (!v.late()) {
            return List.of(new Action.KeepRecord(Records.VOID_RETURNED, returned(v, c), v.weekCommencing(),
                    s.timetable().voidReturnUncountedAfter(week)));
        }
        // after the summary: on the Beds page with the week's counted returns, and late-to told
        Wording wording = c.wording();
        String reference = c.reference();
        List<Action> out = new ArrayList<>();
        out.add(new Action.KeepRecord(Records.VOID_SUMMARISED, returned(v, c), v.weekCommencing(), null));
        out.add(new Action.Tell("void-return-late", s.recipients().resolve(s.lateTo(), c.now(),
                Map.of(Recipients.PROVIDER_ID, v.providerId())),
                wording.say(Phrase.VOID_LATE_ALERT_SUBJECT, "reference", reference, "provider", v.providerName(),
                        "week", week.format(Dates.UK)),
                wording.say(Phrase.VOID_LATE_ALERT, "provider", v.providerName(), "week", week.format(Dates.UK),
                        "queue", c.queues().get(0), "vacant", String.valueOf(v.totals().vacant()), "units",
                        String.valueOf(v.totals().totalUnits()), "reference", reference) + "\n",
                ":late"));
        return out;
    }

    /** A void return as the week's records hold it: the provider, and each property's place, type and vacancies. */
    private static Map<String, Object> returned(VoidReturn v, FlowContext c) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (VoidReturn.PropertyLine l : v.properties()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("locality", l.locality());
            line.put("serviceType", l.serviceType());
            line.put("vacant", l.vacant());
            line.put("emergencyBed", Boolean.TRUE.equals(l.emergencyBed()));
            if (l.availableFrom() != null && !l.availableFrom().isBlank()) {
                line.put("availableFrom", l.availableFrom()); // for the Beds page
            }
            lines.add(line);
        }
        return Map.of(Recipients.PROVIDER_ID, v.providerId(), ClockContext.WEEK, v.weekCommencing(),
                ClockContext.RECEIVED_AT, c.now().toString(), ClockContext.LINES, lines);
    }
}
