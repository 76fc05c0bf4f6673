package org.ypsa.hub.domain.safeguarding;

/** The fields of a safeguarding incident report (seed 000, 3.1); the wordings people use for them are in config/forms/. */
public enum SafeguardingField {
    PROVIDER("Provider"),
    PROPERTY("Property"),
    NAME("Young person's name"),
    DATE_OF_BIRTH("Date of birth"),
    LCS_NUMBER("LCS number"),
    WORKER_NAME("Social worker / Leaving Care PA name"),
    WORKER_EMAIL("Social worker / Leaving Care PA email"),
    WHEN("Incident date and time"),
    INCIDENT_DATE("Date of incident"),
    INCIDENT_TIME("Time of incident"),
    CATEGORY("Category"),
    SEVERITY("Severity"),
    DESCRIPTION("Description"),
    ACTIONS("Immediate actions taken"),
    POLICE_REFERENCE("Police reference");

    private final String label;

    SafeguardingField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
