package org.ypsa.hub.domain.safeguarding;

import java.util.List;

/** Fields of a MASH referral for a homeless or threatened 16/17-year-old, and of a mediation notice (seed 003). */
public enum MashField {
    NAME("Young person's name", "young person's name", "name", "full name", "young person"),
    DATE_OF_BIRTH("Date of birth", "date of birth", "dob"),
    ADDRESS("Address", "address", "current address"),
    AGENCY("Presenting agency", "presenting agency", "referring agency", "agency"),
    STATUS("Homeless or threatened with homelessness", "homeless or threatened with homelessness",
            "homeless or threatened", "homelessness status", "homeless"),
    MEDIATION("Mediation attempted", "mediation attempted", "mediation"),
    MEDIATION_OUTCOME("Mediation outcome", "mediation outcome", "outcome of mediation", "outcome"),
    MEDIATION_DATE("Mediation date", "mediation date", "date of mediation"),
    CONCERNS("Welfare or safeguarding concerns", "welfare or safeguarding concerns", "safeguarding concerns",
            "welfare concerns", "concerns"),
    KNOWN("Known to social care", "known to social care", "known to children's social care"),
    PARENT_CONTACT("Parent or guardian contact", "parent or guardian contact", "parent/guardian contact",
            "parent contact", "guardian contact");

    private final String label;
    private final List<String> synonyms;

    MashField(String label, String... synonyms) {
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
