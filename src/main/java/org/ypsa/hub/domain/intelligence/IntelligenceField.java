package org.ypsa.hub.domain.intelligence;

/** The fields of the Partnership Agency Intelligence Sharing Submission (seed 002, section 4); the wordings people use for them are in config/forms/. */
public enum IntelligenceField {
    AGENCY("Submitting agency"),
    WORKER("Worker name"),
    ROLE("Role"),
    EMAIL("Contact email"),
    PHONE("Contact phone"),
    WHEN("Date and time of information"),
    INFO_DATE("Date of information"),
    INFO_TIME("Time of information"),
    LOCATION("Location"),
    PERSONS("Persons involved"),
    VEHICLES("Vehicles"),
    INFORMATION("Information"),
    SOURCE("Source"),
    GRADING("Information grading"),
    HANDLING("Handling code");

    private final String label;

    IntelligenceField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
