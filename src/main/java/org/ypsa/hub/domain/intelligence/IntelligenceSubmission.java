package org.ypsa.hub.domain.intelligence;

import org.ypsa.hub.domain.FormRecord;

/** A screened intelligence submission, ready to forward to the police readers mailbox (seed 002). */
public record IntelligenceSubmission(String agency, String worker, String role, String email, String phone,
        String when, String location, String persons, String vehicles, String information, String source,
        String grading, String handlingCode, boolean childInvolved, boolean exploitation) implements FormRecord {

    /** The submission as the readers mailbox receives it: every field, in the form's order. */
    public String asText() {
        StringBuilder sb = new StringBuilder("Partnership Agency Intelligence Sharing Submission\n\n");
        line(sb, "Submitting agency", agency);
        line(sb, "Worker name", worker);
        line(sb, "Role", role);
        line(sb, "Contact email", email);
        line(sb, "Contact phone", phone);
        line(sb, "Date and time of information", when);
        line(sb, "Location", location);
        line(sb, "Persons involved", persons);
        line(sb, "Vehicles", vehicles);
        line(sb, "Information", information);
        line(sb, "Source", source);
        line(sb, "Information grading", grading);
        line(sb, "Handling code", handlingCode);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(label).append(": ").append(value == null ? "" : value).append('\n');
    }
}
