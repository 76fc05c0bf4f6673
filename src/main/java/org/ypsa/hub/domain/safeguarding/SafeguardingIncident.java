package org.ypsa.hub.domain.safeguarding;

import org.ypsa.hub.domain.FormRecord;

/** A validated safeguarding incident (seed 000, 3.1). */
public record SafeguardingIncident(String providerId, String providerName, String property, String youngPersonName,
        String dateOfBirth, String lcsNumber, String socialWorkerName, String socialWorkerEmail, String incidentAt,
        String category, String severity, String description, String immediateActions, String policeReference) implements FormRecord {

    public boolean isHighOrCritical() {
        return "High".equals(severity) || "Critical".equals(severity);
    }
}
