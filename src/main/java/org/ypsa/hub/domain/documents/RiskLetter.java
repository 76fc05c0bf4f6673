package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provider's risk concern written as a letter rather than on the form (SPEC.md, risk concern): "Thank you for
 * referral BRK/2026/0522 ... we are not able to offer a placement", then a paragraph for each of the form's three
 * parts - the risk it cannot manage, why it cannot, what would enable it - then the sign-off. A letter is one only
 * where the writer says that they (we, I) cannot manage, hold, accept or offer: a referral letter ("his mum can no
 * longer manage him") or an incident told in prose is none. A paragraph that opens with a part's words ("Our concern
 * is", "This is because", "What would help is") or stands under a heading naming it is that part wherever it stands;
 * the paragraphs that say neither fill the parts left, in the form's order. The letter is set out as the form's
 * "Label: value" lines; the provider is still read from the sender's address.
 */
public final class RiskLetter {
    /** The three parts of a risk concern, in the order the form asks them, and the label each is set out under. */
    private enum Part {
        RISK("Risk we are unable to manage"),
        REASON("Why the risk cannot be managed"),
        RESOURCES("What would enable the risk to be managed");

        private final String label;

        Part(String label) {
            this.label = label;
        }
    }

    /** What a provider cannot do with a young person's risk or placement: "not able to offer", "struggling to manage". */
    private static final String CANNOT = "(?:(?:not|no longer) (?:feel |be |really )?able to|unable to|cannot|can ?not|can't"
            + "|can\u2019t|can no longer|struggling to|not in a position to|not confident (?:that )?we can) "
            + "(?:safely |continue to |any longer |go on to )?(?:manage|hold|accept|offer|keep|support|meet|continue|cope)";
    /**
     * The writer saying so of themselves in a sentence: "we are not able to offer", "we at A2 Dominion do not feel able
     * to accept". Said before a colon it is a form's label with its answer ("Risk(s) we can't safely manage: Arson"),
     * no letter.
     */
    private static final Pattern INABILITY = Pattern.compile("(?i)\\b(?:we|i)\\b(?: at [^,.]{1,40}?)?(?:\\s+[\\p{L}'\u2019]+){0,3}?\\s+"
            + CANNOT + "\\b(?=[^.!?:]*(?:[.!?]|$))");
    /** A paragraph opening with the risk: "Our concern is", "The risk we do not feel able to manage is". */
    private static final Pattern RISK = Pattern.compile("(?i)^(?:our (?:main |biggest )?concerns? (?:is|are)(?: that)?"
            + "|the (?:main )?(?:risk|concern)s?\\b[^.:]{0,60}?\\b(?:is|are)(?: that)?"
            + "|we are (?:concerned|worried) (?:about|that|by)|what (?:we are|we're|we\u2019re) (?:worried|concerned) about is)"
            + "\\s+(\\S.*)$");
    /** A paragraph opening with why: "This is because", "We cannot manage this because", "The reason ... is that". */
    private static final Pattern REASON = Pattern.compile("(?i)^(?:(?:this|that) is because|(?:we|i)\\b[^.]{0,60}?\\bbecause"
            + "|the reasons?\\b[^.:]{0,60}?\\b(?:is|are)(?: that)?|because|the barriers? (?:is|are))\\s+(\\S.*)$");
    /** A paragraph opening with what would help: "What would help is", "We would need", "We could manage it with". */
    private static final Pattern RESOURCES = Pattern.compile("(?i)^(?:what would (?:help|make (?:it|this) (?:possible|manageable|work)"
            + "|enable us[^.]{0,40}?|allow us[^.]{0,40}?|need to (?:be in place|change))(?: is| would be)"
            + "|what we (?:would )?need is|we would need|to (?:manage|hold) (?:this|it|the risk)[^.]{0,40}?we would need"
            + "|we (?:could|would be able to)\\b[^.]{0,50}?\\b(?:if|with))\\s+(\\S.*)$");
    /** The letter's end: an offer to talk, thanks, a sign-off in English or Welsh. */
    private static final Pattern CLOSING = Pattern.compile("(?i)^(?:please\\b|we are happy|we're happy|we\u2019re happy|happy to"
            + "|any questions|if you (?:would|have|need|want)|do (?:call|ring|get in touch)|thank(?:s|\\s+you)|kind regards"
            + "|best wishes|with (?:thanks|best)|regards|many thanks|grateful|yours|diolch|yn gywir|cofion|gyda diolch)\\b");
    /**
     * A heading or a form's label on its own line, no sentence: it ends with a colon, a question mark or the star of a
     * required answer ("Risk(s) we are unable to safely manage *"), or is a few words with no full stop ("The risk",
     * "Why we cannot manage it", "Kind regards,").
     */
    private static final Pattern LABEL_SHAPED = Pattern.compile("^(?:.*[*:?]|[^.!]+)$");
    private static final Pattern HEADING_RESOURCES = Pattern.compile("(?i)\\b(?:help|resources?|support|needed|need|enable"
            + "|mitigation|make it (?:possible|manageable))\\b");
    private static final Pattern HEADING_REASON = Pattern.compile("(?i)\\b(?:why|reasons?|because|barriers?)\\b");
    private static final Pattern HEADING_RISK = Pattern.compile("(?i)\\b(?:risks?|concerns?|behaviour)\\b");
    /** The referral's reference as a letter names it: "referral BRK/2026/0522", "Ref: YPSA-FJWF2-WW4TH". */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:referral|ref(?:erence)?\\.?)(?:\\s+(?:no\\.?|number))?"
            + "\\s*[:-]?\\s*((?=[A-Z0-9/-]*\\d)[A-Z0-9]+(?:[/-][A-Z0-9]+)+)");
    private static final int HEADING_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:*]$");

    private RiskLetter() {
    }

    /** The letter set out as the risk concern's lines, or empty when the text is no provider's risk letter. */
    public static Optional<String> asForm(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> paragraphs = paragraphs(text);
        int opener = -1;
        for (int i = 0; i < paragraphs.size() && opener < 0; i++) {
            if (!labelShaped(paragraphs.get(i)) && INABILITY.matcher(paragraphs.get(i)).find()) {
                opener = i;
            }
        }
        if (opener < 0) {
            return Optional.empty();
        }
        Map<Part, String> parts = new EnumMap<>(Part.class);
        List<String> unsaid = new ArrayList<>();
        Part underHeading = null;
        for (int i = opener + 1; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (CLOSING.matcher(p).find()) {
                break;
            }
            if (labelShaped(p)) { // a heading names the part under it; another is the form's label, no answer
                underHeading = heading(p);
                continue;
            }
            Part said = underHeading;
            String value = p;
            underHeading = null;
            for (Map.Entry<Part, Pattern> opening : List.of(Map.entry(Part.RISK, RISK), Map.entry(Part.REASON, REASON),
                    Map.entry(Part.RESOURCES, RESOURCES))) {
                Matcher m = opening.getValue().matcher(p);
                if (said == null && m.matches()) {
                    said = opening.getKey();
                    value = m.group(1);
                }
            }
            if (said == null) {
                unsaid.add(p);
            } else {
                parts.merge(said, value, (a, b) -> a + " " + b);
            }
        }
        for (String p : unsaid) {
            for (Part part : Part.values()) {
                if (!parts.containsKey(part)) {
                    parts.put(part, p);
                    break;
                }
            }
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        Matcher ref = REFERENCE.matcher(text);
        if (ref.find()) {
            out.append("Referral reference: ").append(ref.group(1)).append('\n');
        }
        parts.forEach((part, value) -> out.append(part.label).append(": ").append(value.strip()).append('\n'));
        return Optional.of(out.toString());
    }

    /** Whether a paragraph is a heading or a label on its own line, not a sentence of the letter. */
    private static boolean labelShaped(String p) {
        String s = p.strip();
        return LABEL_SHAPED.matcher(s).matches() && (s.matches(".*[*:?]") || s.split("\\s+").length <= HEADING_WORDS);
    }

    /** The part a heading names (by its words: what would help, why, the risk), or null for none. */
    private static Part heading(String p) {
        if (HEADING_RESOURCES.matcher(p).find()) {
            return Part.RESOURCES;
        }
        if (HEADING_REASON.matcher(p).find()) {
            return Part.REASON;
        }
        return HEADING_RISK.matcher(p).find() ? Part.RISK : null;
    }

    /**
     * The letter's paragraphs: blocks between blank lines, each joined onto one line; a text with no blank lines (a
     * Word letter, a paragraph to a line) has a paragraph to each line. A heading or label on its own line, at a
     * block's start or after a sentence's end, is a paragraph of its own.
     */
    private static List<String> paragraphs(String text) {
        String unix = text.replace("\r\n", "\n");
        boolean blocks = unix.contains("\n\n");
        List<String> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String l : unix.split("\n")) {
            String s = l.strip();
            boolean ownParagraph = !blocks || labelShaped(s) && (block.length() == 0 || SENTENCE_END.matcher(block).find());
            if (s.isEmpty() || ownParagraph) {
                if (block.length() > 0) {
                    out.add(block.toString());
                    block.setLength(0);
                }
                if (!s.isEmpty()) {
                    out.add(s);
                }
            } else {
                block.append(block.length() == 0 ? "" : " ").append(s);
            }
        }
        if (block.length() > 0) {
            out.add(block.toString());
        }
        return out;
    }
}
