package org.ypsa.hub.domain.referrals;

/** The fields of the Supported Accommodation Assessment and Referral form (seed 001); the wordings people use for them are in config/forms/. */
public enum ReferralField {
    FULL_NAME("Young person's full name"),
    DATE_OF_BIRTH("Date of birth"),
    GENDER("Gender"),
    LCS_NUMBER("LCS number"),
    CURRENT_ADDRESS("Current address"),
    PREFERRED_LOCALITY("Preferred locality"),
    LEGAL_STATUS("Legal status"),
    UASC("UASC"),
    PARENT("Parent"),
    REFERRER_NAME("Referrer name"),
    REFERRER_ROLE("Referrer role"),
    ORGANISATION("Organisation/team"),
    REFERRER_EMAIL("Referrer email"),
    REFERRER_PHONE("Referrer phone"),
    SOCIAL_WORKER_NAME("Social worker / PA name"),
    SOCIAL_WORKER_EMAIL("Social worker / PA email"),
    FGC_OFFERED("Family Group Conference offered"),
    FGC_DATE("Date FGC offered"),
    DIVERSION("Diversion explored"),
    REASON("Reason for referral"),
    SAFETY_CONCERN("Immediate safety concern"),
    RISK_TO_SELF("Risk to self"),
    RISK_TO_OTHERS("Risk to others"),
    RISK_FROM_OTHERS("Risk from others"),
    EXPLOITATION("Exploitation"),
    SUBSTANCE_MISUSE("Substance misuse"),
    OFFENDING("Offending"),
    MENTAL_HEALTH("Mental health"),
    SUPPORT_NEEDS("Support needs"),
    DATE_NEEDED("Date accommodation needed"),
    CONSENT("Consent to referral and information sharing"),
    SAFEGUARDING_BASIS("Safeguarding basis for sharing without consent"),
    VARIANT("Referral type");

    private final String label;

    ReferralField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
