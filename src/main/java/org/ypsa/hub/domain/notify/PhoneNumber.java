package org.ypsa.hub.domain.notify;

import java.util.Optional;

/**
 * A UK mobile number in one form (+447xxxxxxxxx), however it was written: 07700 900123, +44 7700 900123,
 * 447700900123, (07700) 900-123. Two spellings of one number compare equal, so a text from +447700900123 is
 * recognised as from the 07700 900123 in the directory.
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+447\\d{9}")) {
            throw new IllegalArgumentException("not a UK mobile number in +447 form");
        }
    }

    /** The number as written, normalised; empty when it is not a UK mobile number. */
    public static Optional<PhoneNumber> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String digits = written.replaceAll("[\\s()\\-.]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        } else if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (!digits.matches("\\d+")) {
            return Optional.empty();
        }
        if (digits.startsWith("0")) {
            digits = "44" + digits.substring(1);
        }
        if (digits.startsWith("440")) {
            digits = "44" + digits.substring(3); // +44 (0)7700 ...
        }
        return digits.matches("447\\d{9}") ? Optional.of(new PhoneNumber("+" + digits)) : Optional.empty();
    }

    /** For logs and the audit trail: the last three digits only. */
    public String masked() {
        return "+447*******" + e164.substring(e164.length() - 3);
    }

    /** How a number is kept among the addresses a clock was sent to (ClosingRights). */
    public String asRecipient() {
        return "tel:" + e164;
    }

    @Override
    public String toString() {
        return masked();
    }
}
