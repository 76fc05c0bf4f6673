package org.ypsa.hub.domain.risk;

/** The parts of a provider's risk concern (seed 001, 3.2): the three parts are all required; the wordings people use for them are in config/forms/. */
public enum RiskField {
    REFERRAL_REFERENCE("Referral reference"),
    PROVIDER("Provider"),
    /** Not needed by the rules, but on most forms: read so that "Name of YP" is not taken for the provider's name. */
    YOUNG_PERSON("Young person's name"),
    RISK("Risk unable to manage"),
    REASON("Reason the risk cannot be managed"),
    RESOURCES("Resources or support that would enable the risk to be managed");

    private final String label;

    RiskField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
