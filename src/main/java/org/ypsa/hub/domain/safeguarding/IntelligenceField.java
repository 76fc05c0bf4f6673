package org.ypsa.hub.domain.safeguarding;

import java.util.List;

/** The fields of the Partnership Agency Intelligence Sharing Submission (seed 002, section 4). */
public enum IntelligenceField {
    AGENCY("Submitting agency", "submitting agency", "agency", "organisation", "partner agency"),
    WORKER("Worker name", "worker name", "name of worker", "submitted by", "your name", "officer name"),
    ROLE("Role", "role", "job title", "worker role"),
    EMAIL("Contact email", "contact email", "email", "email address", "worker email"),
    PHONE("Contact phone", "contact phone", "phone", "telephone", "contact number"),
    WHEN("Date and time of information", "date and time of information", "date and time", "date of information",
            "date/time of information", "when"),
    LOCATION("Location", "location", "address", "place", "location of information"),
    PERSONS("Persons involved", "persons involved", "people involved", "subjects", "person involved", "names"),
    VEHICLES("Vehicles", "vehicles", "vehicle", "vehicle details"),
    INFORMATION("Information", "information", "intelligence", "details", "the information", "information to share"),
    SOURCE("Source", "source", "source of information"),
    GRADING("Information grading", "information grading", "grading", "3x5x2 grading", "evaluation"),
    HANDLING("Handling code", "handling code", "handling", "handling conditions");

    private final String label;
    private final List<String> synonyms;

    IntelligenceField(String label, String... synonyms) {
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    public String label() {
        return label;
    }

    public List<String> synonyms() {
        return synonyms;
    }
}
