package org.ypsa.hub.domain;

import java.util.regex.Pattern;

/**
 * The reference a sender and staff quote: "YPSA-" and ten Crockford base-32 characters (50 bits) of the
 * de-duplication key, so the same email always gets the same reference.
 */
public final class Reference {
    /** A hub reference as quoted in a subject, a reply or a text. */
    public static final Pattern PATTERN = Pattern.compile("YPSA-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Reference() {
    }

    public static String of(String dedupKeyHex) {
        long bits = Long.parseUnsignedLong(dedupKeyHex.substring(0, 13), 16) >>> 2;
        char[] out = new char[10];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (bits & 31)];
            bits >>>= 5;
        }
        return "YPSA-" + new String(out, 0, 5) + "-" + new String(out, 5, 5);
    }
}
