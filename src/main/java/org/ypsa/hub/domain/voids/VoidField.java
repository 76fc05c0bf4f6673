package org.ypsa.hub.domain.voids;

/** The fields of a void return; the labels providers use for them are in config/forms/void-return.yml. */
public enum VoidField {
    PROVIDER("Provider"),
    WEEK_COMMENCING("Week commencing"),
    PROPERTY_REFERENCE("Property reference"),
    LOCALITY("Locality"),
    SERVICE_TYPE("Service type"),
    TOTAL_UNITS("Total units"),
    OCCUPIED("Occupied"),
    VACANT("Vacant"),
    AVAILABLE_FROM("Available from"),
    EMERGENCY_BED("Emergency bed"),
    NOTES("Notes");

    private final String label;

    VoidField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Fields that belong to the whole return rather than to one property. */
    public boolean isHeading() {
        return this == PROVIDER || this == WEEK_COMMENCING;
    }
}
