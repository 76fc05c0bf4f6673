package org.ypsa.hub.domain;

/**
 * One thing wrong with a form, in words a provider understands.
 *
 * @param where    the row or part of the form ("Row 6", "Property 2", "Return")
 * @param field    the field as the form names it
 * @param problem  what is wrong
 * @param expected what the hub expected instead
 */
public record Problem(String where, String field, String problem, String expected) {

    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (where != null && !where.isBlank()) {
            sb.append(where).append(", ");
        }
        sb.append(field).append(": ").append(problem);
        if (expected != null && !expected.isBlank()) {
            sb.append(". Expected: ").append(expected);
        }
        return sb.append('.').toString();
    }
}
