package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.documents.FieldCatalog;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.mash.MashField;
import org.ypsa.hub.domain.referrals.ReferralField;
import org.ypsa.hub.domain.risk.RiskField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

/**
 * Wordings invented for each field of each form, none of them listed in config/forms: the matcher must place
 * them by the words they share with a field's labels. A miss names the label, what it found and what it wanted.
 */
class InventedWordingsTest {
    private final java.util.List<String> misses = new java.util.ArrayList<>();

    private <F extends Enum<F>> void probe(FieldCatalog<F> c, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            var got = c.match(pairs[i]);
            if (got.isEmpty() || !got.get().name().equals(pairs[i + 1])) {
                misses.add(pairs[i] + " -> " + got + " (want " + pairs[i + 1] + ")");
            }
        }
    }

    @Test
    void everyFieldIsFoundUnderWordingsNobodyListed() {
        probe(FieldCatalog.shipped(ReferralField.class, "referral"),
                "Young person's name (in full)", "FULL_NAME", "Surname and forename", "FULL_NAME",
                "Date of Birth / Age", "DATE_OF_BIRTH", "Birthday", "DATE_OF_BIRTH",
                "Gender identity", "GENDER", "LCS ID number", "LCS_NUMBER", "Liquidlogic (LCS) ID", "LCS_NUMBER",
                "Where is the young person living at the moment?", "CURRENT_ADDRESS", "Address currently staying", "CURRENT_ADDRESS",
                "Locality preferred", "PREFERRED_LOCALITY", "Which area would the young person like to live in?", "PREFERRED_LOCALITY",
                "Legal status (tick)", "LEGAL_STATUS", "Looked after / care leaver / CIN", "LEGAL_STATUS",
                "Unaccompanied asylum-seeking child?", "UASC", "Is the young person a parent or expecting?", "PARENT",
                "Referrer", "REFERRER_NAME", "Name of person completing form", "REFERRER_NAME", "Referring professional's name", "REFERRER_NAME",
                "Job role", "REFERRER_ROLE", "Referrer's job title", "REFERRER_ROLE",
                "Team/organisation", "ORGANISATION", "Service or team", "ORGANISATION", "Referring agency", "ORGANISATION",
                "Referrer e-mail", "REFERRER_EMAIL", "Email of referrer", "REFERRER_EMAIL",
                "Referrer contact number", "REFERRER_PHONE", "Referrer mobile", "REFERRER_PHONE", "Telephone number", "REFERRER_PHONE",
                "Allocated SW / PA", "SOCIAL_WORKER_NAME", "Social worker or Leaving Care PA", "SOCIAL_WORKER_NAME",
                "SW/PA e-mail", "SOCIAL_WORKER_EMAIL", "Email address of allocated worker", "SOCIAL_WORKER_EMAIL",
                "FGC offered (Y/N)", "FGC_OFFERED", "Family group conference offered?", "FGC_OFFERED", "Has an FGC been offered", "FGC_OFFERED",
                "Date the FGC was offered", "FGC_DATE", "When was the FGC offered?", "FGC_DATE",
                "Diversion explored (family & friends, mediation)", "DIVERSION", "What diversion has been explored?", "DIVERSION",
                "Have family and friends or mediation been explored?", "DIVERSION",
                "Reason(s) for referral", "REASON", "Reasons for this referral", "REASON", "Why is the referral being made?", "REASON",
                "What is the immediate safety concern?", "SAFETY_CONCERN", "Immediate risk to safety", "SAFETY_CONCERN",
                "Risks - to self", "RISK_TO_SELF", "Risk to themselves", "RISK_TO_SELF",
                "Risk posed to others", "RISK_TO_OTHERS", "Risks from other people", "RISK_FROM_OTHERS",
                "Exploitation risk (CSE/CCE)", "EXPLOITATION", "Substance use", "SUBSTANCE_MISUSE", "Drugs/alcohol", "SUBSTANCE_MISUSE",
                "Offending behaviour", "OFFENDING", "Mental health / emotional wellbeing", "MENTAL_HEALTH",
                "Support needed", "SUPPORT_NEEDS", "Support the young person needs", "SUPPORT_NEEDS",
                "Date accommodation is required", "DATE_NEEDED", "Date required from", "DATE_NEEDED", "Move-in date needed", "DATE_NEEDED",
                "Accommodation needed by", "DATE_NEEDED", "Date placement needed", "DATE_NEEDED",
                "Consent given by young person", "CONSENT", "Has the YP consented to the referral?", "CONSENT",
                "Consent to share information", "CONSENT", "Young person's consent (Y/N)", "CONSENT",
                "If no consent, safeguarding basis", "SAFEGUARDING_BASIS", "Basis for sharing without consent", "SAFEGUARDING_BASIS",
                "Referral type (emergency / non-emergency)", "VARIANT");
        probe(FieldCatalog.shipped(RiskField.class, "risk-concern"),
                "Referral reference number", "REFERRAL_REFERENCE", "Reference of referral", "REFERRAL_REFERENCE",
                "Provider organisation", "PROVIDER", "Risk which we are unable to manage", "RISK",
                "Identified risk that cannot be managed", "RISK", "Reason the risks are unable to be managed", "REASON",
                "Why we are unable to manage the risk", "REASON", "Resources or support which would enable us to manage the risk", "RESOURCES",
                "Support that would enable the provider to manage", "RESOURCES", "What would enable you to manage it?", "RESOURCES");
        probe(FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident"),
                "Provider organisation", "PROVIDER", "Property / scheme", "PROPERTY", "Property ref", "PROPERTY",
                "Young person", "NAME", "Young person's date of birth", "DATE_OF_BIRTH", "LCS no.", "LCS_NUMBER",
                "Social worker / PA", "WORKER_NAME", "Leaving Care PA", "WORKER_NAME", "Social worker email address", "WORKER_EMAIL",
                "Date/time of incident", "WHEN", "When did the incident take place?", "WHEN", "Date incident occurred", "WHEN",
                "Time of incident", "INCIDENT_TIME", "Approx. time", "INCIDENT_TIME", "Incident type", "CATEGORY",
                "Category of incident", "CATEGORY", "Severity (low/medium/high/critical)", "SEVERITY", "Level of severity", "SEVERITY",
                "Description of what happened", "DESCRIPTION", "Details of the incident", "DESCRIPTION", "Brief description", "DESCRIPTION",
                "Actions taken immediately", "ACTIONS", "What immediate action was taken?", "ACTIONS",
                "Police ref number", "POLICE_REFERENCE", "Police reference (if any)", "POLICE_REFERENCE");
        probe(FieldCatalog.shipped(IntelligenceField.class, "intelligence-submission"),
                "Agency submitting", "AGENCY", "Name of agency", "AGENCY", "Worker's name", "WORKER", "Your job role", "ROLE",
                "Contact e-mail", "EMAIL", "Contact telephone number", "PHONE", "Date & time", "WHEN",
                "Date/time information obtained", "WHEN", "Location / address", "LOCATION", "Person(s) involved", "PERSONS",
                "Details of persons involved", "PERSONS", "Vehicle details (make, model, reg)", "VEHICLES",
                "Information / intelligence being shared", "INFORMATION", "Intelligence", "INFORMATION",
                "Source of the information", "SOURCE", "Grading (if known)", "GRADING", "Handling code", "HANDLING",
                "Handling conditions (if any)", "HANDLING");
        probe(FieldCatalog.shipped(MashField.class, "mash-referral"),
                "Young person's full name", "NAME", "DOB", "DATE_OF_BIRTH", "Current address", "ADDRESS",
                "Presenting agency / referrer", "AGENCY", "Homeless or threatened?", "STATUS", "Homelessness (homeless / threatened)", "STATUS",
                "Mediation attempted (Y/N)", "MEDIATION", "Outcome of mediation", "MEDIATION_OUTCOME", "Date of mediation", "MEDIATION_DATE",
                "Welfare / safeguarding concerns", "CONCERNS", "Known to CSC?", "KNOWN", "Known to social care (Y/N)", "KNOWN",
                "Parent or guardian contact details", "PARENT_CONTACT", "Parent/guardian name and phone", "PARENT_CONTACT");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }
}
