package org.ypsa.hub.domain.referrals;

import java.util.List;

/** The fields of the Supported Accommodation Assessment and Referral form (seed 001), with common wordings. */
public enum ReferralField {
    FULL_NAME("Young person's full name", "young person's full name", "full name", "name", "young person's name",
            "name of young person", "young person", "yp name", "yp full name", "client name"),
    DATE_OF_BIRTH("Date of birth", "date of birth", "dob", "d.o.b", "birth date"),
    GENDER("Gender", "gender", "sex"),
    LCS_NUMBER("LCS number", "lcs number", "lcs", "lcs no", "lcs id", "lcs reference"),
    CURRENT_ADDRESS("Current address", "current address", "address", "home address", "present address"),
    PREFERRED_LOCALITY("Preferred locality", "preferred locality", "locality", "preferred area", "area"),
    LEGAL_STATUS("Legal status", "legal status", "status", "care status"),
    UASC("UASC", "uasc", "unaccompanied asylum seeking child"),
    PARENT("Parent", "parent", "is the young person a parent", "young parent"),
    REFERRER_NAME("Referrer name", "referrer name", "referrer", "name of referrer", "referred by", "referrer's name"),
    REFERRER_ROLE("Referrer role", "referrer role", "role", "job title", "referrer's role"),
    ORGANISATION("Organisation/team", "organisation/team", "organisation", "team", "organization", "service",
            "organisation / team", "referrer organisation"),
    REFERRER_EMAIL("Referrer email", "referrer email", "email", "email address", "referrer email address",
            "referrer's email"),
    REFERRER_PHONE("Referrer phone", "referrer phone", "phone", "telephone", "contact number", "referrer telephone",
            "phone number", "referrer's phone"),
    SOCIAL_WORKER_NAME("Social worker / PA name", "social worker / pa name", "social worker or pa name",
            "social worker name", "pa name", "social worker", "personal adviser", "leaving care pa", "sw/pa name"),
    SOCIAL_WORKER_EMAIL("Social worker / PA email", "social worker / pa email", "social worker or pa email",
            "social worker email", "pa email", "sw/pa email"),
    FGC_OFFERED("Family Group Conference offered", "family group conference offered", "fgc offered", "fgc",
            "family group conference", "has a family group conference been offered"),
    FGC_DATE("Date FGC offered", "date fgc offered", "fgc date", "date of fgc", "date family group conference offered",
            "family group conference date"),
    DIVERSION("Diversion explored", "diversion explored", "diversion", "diversion explored (family and friends, mediation)",
            "diversion opportunities explored"),
    REASON("Reason for referral", "reason for referral", "reason", "reasons for referral"),
    SAFETY_CONCERN("Immediate safety concern", "immediate safety concern", "immediate safety concerns",
            "safety concern", "reason for emergency", "why is this an emergency", "immediate concerns for safety"),
    RISK_TO_SELF("Risk to self", "risk to self", "risks to self"),
    RISK_TO_OTHERS("Risk to others", "risk to others", "risks to others"),
    RISK_FROM_OTHERS("Risk from others", "risk from others", "risks from others"),
    EXPLOITATION("Exploitation", "exploitation", "risk of exploitation"),
    SUBSTANCE_MISUSE("Substance misuse", "substance misuse", "drugs and alcohol", "substance use"),
    OFFENDING("Offending", "offending", "offending history"),
    MENTAL_HEALTH("Mental health", "mental health", "mental health needs"),
    SUPPORT_NEEDS("Support needs", "support needs", "support required", "support needed"),
    DATE_NEEDED("Date accommodation needed", "date accommodation needed", "date needed", "accommodation needed from",
            "date required", "required from", "date accommodation required"),
    CONSENT("Consent to referral and information sharing", "consent to referral and information sharing", "consent",
            "consent given", "consent to referral", "consent to information sharing", "young person consents"),
    SAFEGUARDING_BASIS("Safeguarding basis for sharing without consent", "safeguarding basis for sharing without consent",
            "safeguarding basis", "reason for sharing without consent", "sharing without consent"),
    VARIANT("Referral type", "referral type", "type of referral", "emergency or non-emergency", "emergency");

    private final String label;
    private final List<String> synonyms;

    ReferralField(String label, String... synonyms) {
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
