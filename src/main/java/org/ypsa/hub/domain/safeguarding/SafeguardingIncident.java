package org.ypsa.hub.domain.safeguarding;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ypsa.hub.domain.FormRecord;

/**
 * A validated safeguarding incident (seed 000, 3.1). {@code incidentAt} is an ISO date and time ("2026-11-21T22:40"),
 * or an ISO date alone ("2026-11-21") when the report gave no time: a time the sender did not write is not made up.
 */
public record SafeguardingIncident(String providerId, String providerName, String property, String youngPersonName,
        String dateOfBirth, String lcsNumber, String socialWorkerName, String socialWorkerEmail, String incidentAt,
        String category, String severity, String description, String immediateActions, String policeReference) implements FormRecord {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.UK);

    /** Whether the report gave the time of day, not only the date. */
    public boolean timeGiven() {
        return incidentAt.contains("T");
    }

    /** When it happened as staff read it: "Sat 21 Nov 2026, 22:40", or "Sat 21 Nov 2026 (time not given)". */
    public String incidentAtInWords() {
        return timeGiven() ? LocalDateTime.parse(incidentAt).format(DAY_AND_TIME)
                : LocalDate.parse(incidentAt).format(DAY) + " (time not given)";
    }

    public boolean isHighOrCritical() {
        return isHighOrCritical(severity);
    }

    /** Whether a severity the form's list offers calls for the duty contact at once. */
    public static boolean isHighOrCritical(String severity) {
        return "High".equals(severity) || "Critical".equals(severity);
    }
}
