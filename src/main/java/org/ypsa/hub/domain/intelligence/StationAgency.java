package org.ypsa.hub.domain.intelligence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.documents.FieldValues;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.FormSpec;

/**
 * Reading an intelligence submission's agency from a police report: the officer's station or unit stands as the
 * submitting agency when the report names no partner agency. Part of the reading, not of the validation: the validator
 * judges the fields as read, and a report with no agency and no station is told its agency is missing. The station's
 * line is worded as config/forms/intelligence-submission.yml words the agency ("station / unit", "police station",
 * "police force"): an admin sees and edits it there.
 */
public final class StationAgency {
    private StationAgency() {
    }

    /** A wording of the agency that names where an officer works: "Station / unit", "Police station", "Police force". */
    private static final Pattern OF_A_STATION = Pattern.compile("(?i)\\b(?:station|unit|force)\\b");
    /** The words that make a name a police station's, unit's or force's: "Abingdon Police Station", "Thames Valley Police". */
    private static final Pattern POLICE_NAME = Pattern.compile("(?i)\\b(?:police|constabulary|station|force|cid|command)\\b");
    private static final Map<List<String>, Pattern> LINES = new ConcurrentHashMap<>();

    /**
     * A police report's line naming the officer's station or unit, then its name: "Station / unit Abingdon Police
     * Station", "Police station: Witney", "Force\tThames Valley Police". Its label is one of the agency's wordings that
     * names a station, unit or force, or that wording's last word alone ("Station", "Unit", "Force"), on the line's start,
     * then a colon, a tab or spaces; the name one line's words.
     */
    static Pattern stationLine(FormSpec form) {
        List<String> wordings = new ArrayList<>();
        form.field("agency").ifPresent(a -> a.labels().stream().filter(l -> OF_A_STATION.matcher(l).find())
                .forEach(l -> {
                    wordings.add(l.strip().toLowerCase(Locale.ROOT));
                    String[] words = l.strip().split("[\\s/]+");
                    wordings.add(words[words.length - 1].toLowerCase(Locale.ROOT));
                }));
        return LINES.computeIfAbsent(List.copyOf(wordings), w -> {
            List<String> alternatives = w.stream().distinct().sorted((x, y) -> y.length() - x.length())
                    .map(l -> Pattern.quote(l).replace(" ", "\\E\\s*\\Q").replace("/", "\\E\\s*/\\s*\\Q")).toList();
            return Pattern.compile("(?im)^[ \\t]*(?:" + String.join("|", alternatives)
                    + ")[ \\t]*(?::[ \\t]*|\\t[ \\t]*|[ \\t]+)([^\\n\\t:]{3,80}?)[ \\t]*$");
        });
    }

    /** As {@link #withTheStationAsAgency(Map, String, FormSpec)}, worded as the shipped form words the agency. */
    public static Map<IntelligenceField, String> withTheStationAsAgency(Map<IntelligenceField, String> f, String wholeText) {
        return withTheStationAsAgency(f, wholeText, FormLibrary.shipped().form("intelligence-submission"));
    }

    /**
     * The fields with the officer's station or unit as the submitting agency, when the form names no other: a report
     * in the police's own format gives the officer's "Station / unit" and no partner agency, and the station is who
     * submits it. A form naming its agency keeps it; a station's line whose answer names no police station, unit or
     * force ("Unit: 3" of an address) gives none.
     */
    public static Map<IntelligenceField, String> withTheStationAsAgency(Map<IntelligenceField, String> f, String wholeText,
            FormSpec form) {
        if (FieldValues.noValue(f, IntelligenceField.AGENCY).isEmpty() || wholeText == null) {
            return f;
        }
        Matcher m = stationLine(form).matcher(wholeText);
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
