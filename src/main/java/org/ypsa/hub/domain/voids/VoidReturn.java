package org.ypsa.hub.domain.voids;

import java.util.List;

import org.ypsa.hub.domain.FormRecord;

/** A validated weekly void return: the beds a provider has, property by property. */
public record VoidReturn(
        String providerId,
        String providerName,
        String weekCommencing,
        String deadline,
        boolean late,
        List<PropertyLine> properties,
        Totals totals) implements FormRecord {

    public record PropertyLine(
            String where,
            String propertyReference,
            String locality,
            String serviceType,
            int totalUnits,
            int occupied,
            int vacant,
            String availableFrom,
            Boolean emergencyBed,
            String notes,
            boolean knownProperty) {
    }

    public record Totals(int totalUnits, int occupied, int vacant, int emergencyBeds) {
    }
}
