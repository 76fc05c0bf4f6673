package org.ypsa.hub.domain.voids;

import java.util.List;
import java.util.Optional;

import org.ypsa.hub.domain.Labels;

/** The fields of a void return, with the labels providers use for them. */
public enum VoidField {
    PROVIDER("Provider", "provider", "provider name", "organisation", "organization", "provider organisation",
            "agency", "service provider"),
    WEEK_COMMENCING("Week commencing", "week commencing", "w/c", "wc", "week beginning", "week starting",
            "week commencing date", "week", "return week", "week of", "date of return", "return date", "wk commencing"),
    PROPERTY_REFERENCE("Property reference", "property reference", "property ref", "property", "property id",
            "property code", "ref", "reference", "scheme", "scheme reference", "scheme ref", "unit reference", "site"),
    LOCALITY("Locality", "locality", "area", "district", "locality area", "location"),
    SERVICE_TYPE("Service type", "service type", "service", "type", "type of service", "client group", "provision type"),
    TOTAL_UNITS("Total units", "total units", "total", "units", "total beds", "beds", "capacity", "no of units",
            "number of units", "total number of units", "total no of units", "total spaces", "bed spaces"),
    OCCUPIED("Occupied", "occupied", "occupied units", "occupied beds", "filled", "no occupied", "number occupied"),
    VACANT("Vacant", "vacant", "vacancies", "voids", "vacant units", "vacant beds", "available units", "empty",
            "no vacant", "number vacant", "available beds"),
    AVAILABLE_FROM("Available from", "available from", "available date", "date available", "availability date",
            "available from date", "date vacant from", "vacant from"),
    EMERGENCY_BED("Emergency bed", "emergency bed", "emergency", "emergency bed available", "emergency beds",
            "emergency bed y n", "emergency placement"),
    NOTES("Notes", "notes", "comments", "comment", "remarks", "additional information", "other information");

    private final String label;
    private final List<String> synonyms;

    VoidField(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms).stream().map(Labels::normalize).toList();
    }

    public String label() {
        return label;
    }

    public static Optional<VoidField> of(String rawLabel) {
        String n = Labels.normalize(rawLabel);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        for (VoidField f : values()) {
            if (f.synonyms.contains(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Fields that belong to the whole return rather than to one property. */
    public boolean isHeading() {
        return this == PROVIDER || this == WEEK_COMMENCING;
    }
}
