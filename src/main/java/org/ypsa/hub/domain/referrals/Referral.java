package org.ypsa.hub.domain.referrals;

import org.ypsa.hub.domain.FormRecord;

/** A validated Supported Accommodation Assessment and Referral form (seed 001; SPEC.md). */
public record Referral(
        String variant,
        String pathway,
        int ageOnDateNeeded,
        YoungPerson youngPerson,
        Referrer referrer,
        Contact socialWorkerOrPa,
        FamilyGroupConference familyGroupConference,
        String diversionExplored,
        String reasonForReferral,
        String immediateSafetyConcern,
        Risks risks,
        String supportNeeds,
        String dateNeeded,
        boolean consent,
        String safeguardingBasis) implements FormRecord {

    public static final String EMERGENCY = "emergency";
    public static final String NON_EMERGENCY = "non-emergency";

    public record YoungPerson(String fullName, String dateOfBirth, String gender, String lcsNumber, String currentAddress,
            String preferredLocality, String legalStatus, Boolean uasc, boolean parent) {
    }

    public record Referrer(String name, String role, String organisation, String email, String phone) {
    }

    public record Contact(String name, String email) {
    }

    public record FamilyGroupConference(Boolean offered, String date) {
    }

    public record Risks(String toSelf, String toOthers, String fromOthers, String exploitation, String substanceMisuse,
            String offending, String mentalHealth) {
    }

    public boolean isEmergency() {
        return EMERGENCY.equals(variant);
    }
}
