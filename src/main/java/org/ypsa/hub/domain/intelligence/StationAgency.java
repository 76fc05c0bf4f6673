package org.ypsa.hub.domain.intelligence;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.documents.FieldValues;

/**
 * Reading an intelligence submission's agency from a police report: the officer's station or unit stands as the
 * submitting agency when the report names no partner agency. Part of the reading, not of the validation: the validator
 * judges the fields as read, and a report with no agency and no station is told its agency is missing.
 */
public final class StationAgency {
    private StationAgency() {
    }

    /**
     * A police report's line naming the officer's station or unit, then its name: "Station / unit Abingdon Police
     * Station", "Police station: Witney", "Force\tThames Valley Police". The label alone on the line's start, then a
     * colon, a tab or spaces; the name one line's words.
     */
    private static final Pattern STATION_LINE = Pattern.compile("(?im)^[ \\t]*(?:station\\s*/\\s*unit|police\\s+station"
            + "|station|unit|(?:police\\s+)?force)[ \\t]*(?::[ \\t]*|\\t[ \\t]*|[ \\t]+)([^\\n\\t:]{3,80}?)[ \\t]*$");
    /** The words that make a name a police station's, unit's or force's: "Abingdon Police Station", "Thames Valley Police". */
    private static final Pattern POLICE_NAME = Pattern.compile("(?i)\\b(?:police|constabulary|station|force|cid|command)\\b");

    /**
     * The fields with the officer's station or unit as the submitting agency, when the form names no other: a report
     * in the police's own format gives the officer's "Station / unit" and no partner agency, and the station is who
     * submits it. A form naming its agency keeps it; a station's line whose answer names no police station, unit or
     * force ("Unit: 3" of an address) gives none.
     */
    public static Map<IntelligenceField, String> withTheStationAsAgency(Map<IntelligenceField, String> f, String wholeText) {
        if (FieldValues.noValue(f, IntelligenceField.AGENCY).isEmpty() || wholeText == null) {
            return f;
        }
        Matcher m = STATION_LINE.matcher(wholeText);
        while (m.find()) {
            String station = m.group(1).strip();
            if (POLICE_NAME.matcher(station).find()) {
                Map<IntelligenceField, String> out = new EnumMap<>(IntelligenceField.class);
                out.putAll(f);
                out.put(IntelligenceField.AGENCY, station);
                return out;
            }
        }
        return f;
    }
}
