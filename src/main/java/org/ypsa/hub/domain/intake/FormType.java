package org.ypsa.hub.domain.intake;

/** The forms the hub recognises; the id is what appears on the queues and in configuration. */
public enum FormType {
    VOID_RETURN("void-return", "Void return"),
    REFERRAL("referral", "Referral"),
    RISK_CONCERN("risk-concern", "Risk concern"),
    SAFEGUARDING_INCIDENT("safeguarding-incident", "Safeguarding incident"),
    INTELLIGENCE_SUBMISSION("intelligence-submission", "Intelligence submission"),
    MASH_REFERRAL("mash-referral", "MASH referral"),
    MASH_NOTICE("mash-notice", "Mediation outcome notice"),
    STAFF_REPLY("staff-reply", "Reply"),
    UNKNOWN("unknown", "Form");

    private final String id;
    private final String title;

    FormType(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
