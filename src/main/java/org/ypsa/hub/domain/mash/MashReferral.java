package org.ypsa.hub.domain.mash;

import org.ypsa.hub.domain.FormRecord;

/** A homeless or threatened 16/17-year-old's referral to the MASH, or a notice that mediation prevented it. */
public record MashReferral(String kind, String youngPersonName, String dateOfBirth, Integer age, String address,
        String presentingAgency, String homelessOrThreatened, Boolean mediationAttempted, String mediationOutcome,
        String mediationDate, String concerns, Boolean knownToSocialCare, String parentOrGuardianContact) implements FormRecord {

    public static final String REFERRAL = "referral";
    public static final String MEDIATION_PREVENTED = "mediation-prevented";
}
