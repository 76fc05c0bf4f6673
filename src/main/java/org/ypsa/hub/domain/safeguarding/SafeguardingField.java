package org.ypsa.hub.domain.safeguarding;

import java.util.List;

/** The fields of a safeguarding incident report (seed 000, 3.1). */
public enum SafeguardingField {
    PROVIDER("Provider", "provider", "organisation", "provider name"),
    PROPERTY("Property", "property", "property reference", "property ref", "scheme", "address of property"),
    NAME("Young person's name", "young person's name", "young person", "name", "full name", "young person's full name"),
    DATE_OF_BIRTH("Date of birth", "date of birth", "dob"),
    LCS_NUMBER("LCS number", "lcs number", "lcs"),
    WORKER_NAME("Social worker / Leaving Care PA name", "social worker / leaving care pa name", "social worker name",
            "social worker / pa name", "leaving care pa name", "pa name", "social worker", "social worker or pa"),
    WORKER_EMAIL("Social worker / Leaving Care PA email", "social worker / leaving care pa email", "social worker email",
            "social worker / pa email", "leaving care pa email", "pa email"),
    WHEN("Incident date and time", "incident date and time", "date and time of incident", "incident date",
            "date and time", "date/time of incident"),
    CATEGORY("Category", "category", "incident category", "type of incident", "incident type"),
    SEVERITY("Severity", "severity", "level of concern", "risk level", "severity level"),
    DESCRIPTION("Description", "description", "description of incident", "what happened", "details"),
    ACTIONS("Immediate actions taken", "immediate actions taken", "immediate actions", "actions taken", "action taken"),
    POLICE_REFERENCE("Police reference", "police reference", "police ref", "crime reference", "police incident number");

    private final String label;
    private final List<String> synonyms;

    SafeguardingField(String label, String... synonyms) {
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
