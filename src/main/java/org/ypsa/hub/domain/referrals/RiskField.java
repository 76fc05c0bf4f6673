package org.ypsa.hub.domain.referrals;

import java.util.List;

/** The parts of a provider's risk concern (seed 001, 3.2): the three parts are all required. */
public enum RiskField {
    REFERRAL_REFERENCE("Referral reference", "referral reference", "referral ref", "reference", "ypsa reference",
            "our reference", "brokerage reference"),
    PROVIDER("Provider", "provider", "provider name", "organisation"),
    RISK("Risk unable to manage", "risk unable to manage", "risk we are unable to manage", "risk that cannot be managed",
            "risk identified", "the risk", "risk", "risks unable to manage", "identified risk"),
    REASON("Reason the risk cannot be managed", "reason the risk cannot be managed", "why the risk cannot be managed",
            "reason risk cannot be managed", "reason", "reasons", "why"),
    RESOURCES("Resources or support that would enable the risk to be managed",
            "resources or support that would enable the risk to be managed", "resources or support that would enable",
            "resources or support", "what would enable the risk to be managed", "support that would enable",
            "resources required", "what would help", "resources");

    private final String label;
    private final List<String> synonyms;

    RiskField(String label, String... synonyms) {
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
