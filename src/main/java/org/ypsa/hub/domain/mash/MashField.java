package org.ypsa.hub.domain.mash;

/** Fields of a MASH referral for a homeless or threatened 16/17-year-old, and of a mediation notice (seed 003); the wordings people use for them are in config/forms/. */
public enum MashField {
    NAME("Young person's name"),
    DATE_OF_BIRTH("Date of birth"),
    ADDRESS("Address"),
    AGENCY("Presenting agency"),
    STATUS("Homeless or threatened with homelessness"),
    MEDIATION("Mediation attempted"),
    MEDIATION_OUTCOME("Mediation outcome"),
    MEDIATION_DATE("Mediation date"),
    CONCERNS("Welfare or safeguarding concerns"),
    KNOWN("Known to social care"),
    PARENT_CONTACT("Parent or guardian contact");

    private final String label;

    MashField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
