package org.ypsa.hub.domain.risk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.FormRecord;

/**
 * A provider's answer to a referral it cannot safely accept (seed 001, 3.2). The referral's reference is in any
 * scheme: the hub's own (YPSA-…), or Brokerage's or the referrer's (BRK/2026/0312).
 */
public record RiskConcern(String referralReference, String providerId, String providerName, String riskUnableToManage,
        String whyItCannotBeManaged, String whatWouldEnableIt) implements FormRecord {

    private static final Pattern HUB = Pattern.compile("(?i)\\bYPSA-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}\\b");
    /** Letters and digits joined by / or -, with at least one of each: BRK/2026/0312, REF-12345; never a date. */
    private static final Pattern ANY_SCHEME = Pattern.compile("(?i)(?<![\\w/-])(?=[a-z0-9/-]*[0-9])(?=[a-z0-9/-]*[a-z])"
            + "[a-z0-9]{1,12}(?:[/-][a-z0-9]{1,12}){1,4}(?![\\w/-])");
    private static final Pattern LABELLED = Pattern.compile("(?i)(\\b(?:referral|brokerage|our|your|case)\\s+"
            + "(?:ref(?:erence)?|no\\.?|number|id)|\\bref(?:erence)?)\\b(?:\\.?\\s*(?:no|number|id)\\b)?\\.?\\s*[:#-]?\\s*"
            + "([A-Z0-9][A-Z0-9/-]{3,30})");
    private static final Pattern NOT_A_REFERRAL = Pattern.compile("(?i)\\b(police|crime|incident|property|lcs|nhs|ni)\\s*$");

    /** Whether this is the hub's own reference, which links the concern to the hub's case. */
    public boolean hubReferenceQuoted() {
        return isHubReference(referralReference);
    }

    public static boolean isHubReference(String ref) {
        return ref != null && HUB.matcher(ref.strip()).matches();
    }

    /**
     * The reference in a reference field's value that has words round it ("REFERENCE OF THE REFERRAL YPSA-…",
     * "no. (referral) BRK-2026-5360", "REF68352 Enw'r darparwr /"): the hub's, else one in any scheme, else the one
     * word of letters and three or more digits, or of figures in parts ("26/0911 (LCS 1170493)": a number another word
     * names, such as the LCS number, is not the referral's). A value of one word is the reference as written, unless it is a
     * telephone number. Words with no such one among them ("Key 2 Futures", "07700 900 608") are no reference: "".
     */
    public static String referenceToken(String value) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("(?s).*\\s.*")) {
            return PHONE.matcher(v).matches() ? "" : v;
        }
        Optional<String> scheme = referenceIn(v);
        if (scheme.isPresent()) {
            return scheme.get();
        }
        String[] words = v.split("\\s+");
        List<String> coded = new java.util.ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("^[(\\[]+|[)\\].,;:]+$", "");
            // another number named by the word before it is no referral's ("26/0911 (LCS 1170493)")
            boolean another = i > 0 && NOT_A_REFERRAL.matcher(words[i - 1].replaceAll("^[(\\[]+|[:.]+$", "")).find();
            if (!another && (w.matches("(?i)[a-z]{0,6}[0-9][a-z0-9]*") || FIGURES_SCHEME.matcher(w).matches()
                    && !Dates.couldBeADate(w)) && w.chars().filter(Character::isDigit).count() >= 3) {
                coded.add(w);
            }
        }
        return coded.size() == 1 ? coded.get(0) : "";
    }

    /** A reference of figures only, in parts: "26/0911", "4471/26", "2026-0388". */
    private static final Pattern FIGURES_SCHEME = Pattern.compile("\\d{1,8}(?:[/-]\\d{1,8}){1,3}");

    /** A UK telephone number in one word: "07700900608", "+447700900608", "01865-817456". */
    private static final Pattern PHONE = Pattern.compile("(?:\\+44|0)[\\d-]{9,12}");

    /** A referral reference in a subject line: the hub's first, else one in any scheme. */
    public static Optional<String> referenceIn(String subject) {
        Matcher hub = HUB.matcher(subject);
        if (hub.find()) {
            return Optional.of(hub.group().toUpperCase(Locale.ROOT));
        }
        Matcher any = ANY_SCHEME.matcher(subject);
        while (any.find()) {
            if (any.group().chars().filter(Character::isDigit).count() >= 3) {
                return Optional.of(any.group());
            }
        }
        return Optional.empty();
    }

    /**
     * A band of labels across a page opened by the referral's reference label, its answers on the next line in the same
     * order: "Our reference for the referral: Provider name (your organisation) Name of the YP:" over "BRK/2026/0973
     * Sanctuary Housing ...". The label line holds no figure (labels only); the answer line's first word is the
     * reference when it is one in a scheme.
     */
    private static final Pattern BAND_OPENED_BY_THE_REFERENCE = Pattern.compile("(?im)^[^\\d\\n:]{0,30}?\\b(?:referral\\s+"
            + "ref(?:erence)?|ref(?:erence)?\\s+(?:of|for)\\s+(?:the\\s+)?referral)\\b(?:\\s*(?:no\\.?|number|id))?\\s*[:*]"
            + "[^\\d\\n]*\\R[ \\t]*([^\\s]+)");

    /** The reference a band of labels opened by the reference label gives under it, when the word is one in a scheme. */
    private static Optional<String> referenceUnderABand(String text) {
        Matcher band = BAND_OPENED_BY_THE_REFERENCE.matcher(text);
        while (band.find()) {
            String first = band.group(1).replaceAll("[.,;:]+$", "");
            Matcher any = ANY_SCHEME.matcher(first);
            if (HUB.matcher(first).matches()) {
                return Optional.of(first.toUpperCase(Locale.ROOT));
            }
            if (any.matches() && first.chars().filter(Character::isDigit).count() >= 3) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /**
     * A reference the text labels as one ("Referral ref: BRK/2026/0312"), or the hub's anywhere in it, or the one
     * under a band of labels opened by the reference's label.
     */
    public static Optional<String> labelledReferenceIn(String text) {
        Matcher hub = HUB.matcher(text);
        if (hub.find()) {
            return Optional.of(hub.group().toUpperCase(Locale.ROOT));
        }
        Optional<String> underABand = referenceUnderABand(text);
        if (underABand.isPresent()) {
            return underABand;
        }
        Matcher m = LABELLED.matcher(text);
        while (m.find()) {
            String candidate = m.group(2);
            String before = text.substring(Math.max(0, m.start() - 20), m.start());
            if (candidate.chars().filter(Character::isDigit).count() >= 3 && !NOT_A_REFERRAL.matcher(before).find()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
