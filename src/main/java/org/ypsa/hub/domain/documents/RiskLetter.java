package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.LetterWords;
import org.ypsa.hub.domain.forms.Phrases;

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
        RISK("risk", "Risk we are unable to manage"),
        REASON("reason", "Why the risk cannot be managed"),
        RESOURCES("resources", "What would enable the risk to be managed");

        /** The form's field (its id in risk-concern.yml) and the label the part is set out under. */
        private final String field;
        private final String label;

        Part(String field, String label) {
            this.field = field;
            this.label = label;
        }
    }

    /**
     * A heading or a form's label on its own line, no sentence: it ends with a colon, a question mark or the star of a
     * required answer ("Risk(s) we are unable to safely manage *"), or is a few words with no full stop ("The risk",
     * "Why we cannot manage it", "Kind regards,").
     */
    private static final Pattern LABEL_SHAPED = Pattern.compile("^(?:.*[*:?]|[^.!]+)$");
    /** The referral's reference as a letter names it: "referral BRK/2026/0522", "Ref: YPSA-FJWF2-WW4TH". */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(?:referral|ref(?:erence)?\\.?)(?:\\s+(?:no\\.?|number))?"
            + "\\s*[:-]?\\s*((?=[A-Z0-9/-]*\\d)[A-Z0-9]+(?:[/-][A-Z0-9]+)+)");
    private static final int HEADING_WORDS = 8;
    /** A form's label and its answer on a line: the label, its colon or question mark (no time's "22:30"), the answer. */
    private static final Pattern LABEL_ANSWER = Pattern.compile("^([^.!?:]*\\p{L}[^.!?:]*?)\\s*(?:\\?|(?<!\\d):|:(?!\\d))\\s*(.*)$");
    /** This many labels with their answers make a text a form typed in a mail, no letter. */
    private static final int FORM_LABELS = 2;
    /** A question's number before its label: "1.4 ", "3. ", "2a) " (its full stop is no sentence's end). */
    private static final Pattern QUESTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){0,2}[a-z]?[.)]?\\s+(?=\\p{L})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:*]$");

    /** The writer saying they cannot do it: "we are not able to offer", "we at A2 Dominion do not feel able to accept". */
    private final Pattern inability;
    /** By the part, the words a paragraph saying it opens with: "Our concern is", "This is because", "What would help is". */
    private final Map<Part, Pattern> openings = new EnumMap<>(Part.class);
    /** By the part, a heading's words naming it: "The risk", "Why we cannot manage it", "What would help". */
    private final Map<Part, Pattern> headings = new EnumMap<>(Part.class);
    /** The letter's end: an offer to talk, thanks, a sign-off in English or Welsh ("Kind regards", "Diolch"). */
    private final Pattern closing;

    /**
     * A reader of letters by the risk concern's wordings (risk-concern.yml's letter:). The writer says so of themselves
     * in a sentence: "we" or "I", up to three words, what they cannot do. Said before a colon it is a form's label with
     * its answer ("Risk(s) we can't safely manage: Arson"), no letter.
     */
    public RiskLetter(LetterWords words) {
        String cannot = words.cannot().isEmpty() ? "(?!)" : Phrases.longestFirst(words.cannot()) + "\\s+"
                + (words.cannotThen().isEmpty() ? "" : "(?:" + Phrases.longestFirst(words.cannotThen()) + "\\s+)?")
                + Phrases.longestFirst(words.cannotDo());
        this.inability = Pattern.compile("(?i)\\b(?:we|i)\\b(?: at [^,.]{1,40}?)?(?:\\s+[\\p{L}'\u2019]+){0,3}?\\s+"
                + cannot + "\\b(?=[^.!?:]*(?:[.!?]|$))");
        for (Part part : Part.values()) {
            List<String> opens = words.opens().getOrDefault(part.field, List.of());
            if (!opens.isEmpty()) {
                openings.put(part, Pattern.compile("(?i)^" + Phrases.longestFirst(opens) + "\\s+(\\S.*)$"));
            }
            List<String> named = words.headings().getOrDefault(part.field, List.of());
            if (!named.isEmpty()) {
                headings.put(part, Pattern.compile("(?i)\\b" + Phrases.longestFirst(named)));
            }
        }
        this.closing = Pattern.compile(words.closing().isEmpty() ? "(?!)" : "(?i)^" + Phrases.longestFirst(words.closing()));
    }

    /** The letter set out as the risk concern's lines, or empty when the text is no provider's risk letter. */
    public Optional<String> asForm(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (labelledAnswers(text) >= FORM_LABELS) {
            return Optional.empty(); // a form typed in a mail, its answers sentences ("Reason - describe: We cannot ...")
        }
        List<String> paragraphs = paragraphs(text);
        List<String> answers = answersUnderLabels(text);
        int opener = -1;
        for (int i = 0; i < paragraphs.size() && opener < 0; i++) {
            String p = paragraphs.get(i);
            if (!labelShaped(p) && inability.matcher(p).find() && answers.stream().noneMatch(p::startsWith)) {
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
            if (closing.matcher(p).find()) {
                break;
            }
            if (labelShaped(p)) { // a heading names the part under it; another is the form's label, no answer
                underHeading = heading(p);
                continue;
            }
            Part said = underHeading;
            String value = p;
            underHeading = null;
            for (Map.Entry<Part, Pattern> opening : openings.entrySet()) {
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

    /**
     * How many of the text's lines, up to its sign-off, are a form's label with its answer: a label of a few words (no
     * sentence's full stop in it) ending in a colon or a question mark, answered after it on its line or on the next line
     * ("Reason - describe: We cannot keep her safe.", "What is the risk?" over its answer). A time ("22:30") is no label,
     * nor a mail's header ("Sent: ...") nor a sign-off's contact line under it. A letter has one at most, "Re: ..." or
     * "Our ref: ..."; a form has {@value #FORM_LABELS} or more, whatever its answers say.
     */
    private static int labelledAnswers(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n");
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (MailTail.signOff(l)) {
                break;
            }
            Matcher m = LABEL_ANSWER.matcher(l);
            if (!m.matches() || m.group(1).split("\\s+").length > HEADING_WORDS || QuotedHeaders.isHeaderLine(l)) {
                continue;
            }
            String answer = !m.group(2).isBlank() ? m.group(2) : i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (!answer.isEmpty() && !LABEL_ANSWER.matcher(answer).matches()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The first lines of a form's answers under their labels: a line straight under a label alone on its line ("Risk
     * identified - describe" over "She has set fire to bedding ... We cannot keep her safe."). Such an answer opens no
     * letter, whatever it says. A greeting ("Dear Brokerage,") or a line with its answer after a colon ("Re: referral
     * BRK/2026/0750") is no label over the line under it.
     */
    private static List<String> answersUnderLabels(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String label = lines[i - 1].strip();
            if (!lines[i].isBlank() && !label.isEmpty() && labelShaped(label) && !label.endsWith(",")
                    && !label.matches(".*:.*\\S")) {
                out.add(lines[i].strip());
            }
        }
        return out;
    }

    /** Whether a paragraph is a heading or a label on its own line, not a sentence of the letter. */
    private static boolean labelShaped(String p) {
        String s = QUESTION_NUMBER.matcher(p.strip()).replaceFirst(""); // "1.4 Why we can't cope with this" is a label
        return LABEL_SHAPED.matcher(s).matches() && (s.matches(".*[*:?]") || s.split("\\s+").length <= HEADING_WORDS);
    }

    /**
     * The part a heading names by its words ("What would help", "Why", "The risk"), or null for none; a heading with
     * words of more than one part names the last of them in the form's order ("Support needed to manage the risk").
     */
    private Part heading(String p) {
        Part[] parts = Part.values();
        for (int i = parts.length - 1; i >= 0; i--) {
            Pattern named = headings.get(parts[i]);
            if (named != null && named.matcher(p).find()) {
                return parts[i];
            }
        }
        return null;
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
