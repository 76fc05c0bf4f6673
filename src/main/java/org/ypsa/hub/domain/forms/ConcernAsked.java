package org.ypsa.hub.domain.forms;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.TwoLanguages;

/**
 * Which part of a provider's risk concern a question asks, by its kind rather than by the words it shares with a
 * listed wording (stop 50, risk50): a question why the provider cannot, is unable or is struggling asks the reason; a
 * question what would help, be needed, or make the placement work or safe asks the resources or support; a question
 * what is happening, what the concern or the risk is, asks the risk. Only a question is read so - a label ending in a
 * question mark, short enough to be a label - and only on a form that asks all three parts ({@link LabelMatcher}); a
 * question about what was done already ("What help has been offered?") asks none of them.
 */
final class ConcernAsked {
    private ConcernAsked() {
    }

    /** The three parts of a risk concern, by the form's field ids. */
    enum Part {
        RISK("risk"), REASON("reason"), RESOURCES("resources");

        final String fieldId;

        Part(String fieldId) {
            this.fieldId = fieldId;
        }
    }

    /** A question is a label of at most this many words. */
    private static final int MOST_WORDS = 14;

    /** "Why can the risk not be managed?", "Why are you struggling?", "What stops / prevents you managing it?" */
    private static final Pattern WHY_NOT = Pattern.compile("^(?:why\\b.*\\b(?:not|cannot|can't|can\u2019t|unable|struggl\\w*|"
            + "beyond|no longer|difficult|ending|end|notice|\\w+n't|\\w+n\u2019t)\\b|what\\s+(?:stops|prevents|is\\s+(?:stopping|preventing))\\b"
            // "What makes it unmanageable?", "What makes this too difficult to hold?"
            + "|what\\s+makes\\b.*\\b(?:unmanageable|unsafe|difficult|hard|impossible|too)\\b)");

    /** "What would help?", "What is needed ...?", "What would make the placement work / safe?", "What would reduce ...?" */
    private static final Pattern WHAT_WOULD_HELP = Pattern.compile("^(?:what|which|how)\\b.*\\b(?:help|helps|need|needed|needs|let|resources?|"
            + "require|required|enable|in place|allow|reduce|mitigate|make\\b.*\\b(?:work|safe|safer|manageable|possible|"
            + "sustainable)|keep\\b.*\\b(?:placement|going|safe))\\b");

    /** What was done already, which asks no part: "What help has been offered?", "What support have you tried?" */
    private static final Pattern DONE_ALREADY = Pattern.compile("\\b(?:has|have|had|was|were)\\s+(?:been\\s+)?"
            + "(?:\\w+ed|given|done|tried|offered|put)\\b|\\b(?:already|so far|currently|in the past)\\b");

    /** "What is happening?", "What is the concern?", "What risk is presented?", "What behaviour is causing concern?" */
    private static final Pattern WHAT_IS_HAPPENING = Pattern.compile("^(?:what|which|describe)\\b.*\\b(?:happening|happened|"
            + "going on|concern|concerns|concerned|worr\\w*|risk|risks|behaviour|behaviours|danger)\\b");

    /** A star, colon or space at a label's end; a run of spaces; question marks at a half's end. */
    private static final Pattern TRAILING = Pattern.compile("[*:\\s]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern QUESTION_MARKS = Pattern.compile("[?]+$");

    /** The part this label asks by its kind, if it is a question of one of these kinds. */
    static Optional<Part> of(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String plain = SPACES.matcher(TRAILING.matcher(LabelMatcher.withoutHints(label)).replaceFirst("")).replaceAll(" ")
                .strip();
        boolean question = plain.endsWith("?");
        // a bilingual question ("Pam ...? / Why ...?") is asked by either half: the English half is read
        String[] halves = TwoLanguages.halves(plain);
        for (int i = halves.length - 1; i >= 0; i--) {
            String half = QUESTION_MARKS.matcher(halves[i]).replaceFirst("").strip().toLowerCase(Locale.ROOT)
                    .replace('\u2019', '\'');
            Optional<Part> part = question ? ofQuestion(half) : ofHeading(half);
            if (part.isPresent()) {
                return part;
            }
        }
        return Optional.empty();
    }

    /** Who may be unable: "we", "I", "the service", "staff". */
    private static final String WE = "(?:we|i|staff|the (?:service|provider|scheme|project|team|staff|placement))";
    /** Being unable: "can't", "cannot", "are unable to", "are not able to". */
    private static final String UNABLE = "(?:can't|cannot|can not|could not|couldn't|(?:are|am|is) (?:unable|not able) to)";

    /** A heading put as the thing that cannot be managed: "What we can't manage", "The risk the service cannot hold". */
    private static final Pattern WHAT_WE_CANNOT = Pattern.compile("^(?:what|the (?:risks?|behaviours?|issues?))\\s+"
            + WE + "\\s+" + UNABLE + "\\s+(?:manage|hold|contain|keep safe)(?:\\s+(?:safely|any longer|now))?$");
    /** A heading put as why it cannot be: "Why we can't manage it", "Why the service is unable to continue". */
    private static final Pattern WHY_WE_CANNOT = Pattern.compile("^why\\s+" + WE + "\\s+" + UNABLE
            + "\\s+\\w+(?:\\s+(?:it|this|the risk|the placement|safely|any longer)){0,2}$");
    /** A heading put as what would help: "What would keep it", "What would help us", "What we need". */
    private static final Pattern WHAT_WOULD = Pattern.compile("^what\\s+(?:(?:would|could|will|might)\\s+(?:help|keep|enable|"
            + "make|allow|let)|(?:we|i)\\s+(?:would\\s+)?need)\\b(?:\\s+\\S+){0,5}$");

    /**
     * A heading put as the provider's yes on a condition, the condition left for the answer: "Would be OK if...",
     * "We'd say yes if we had...", "Placement could work if", "We could accept with": what would enable it.
     */
    private static final Pattern YES_ON_CONDITION = Pattern.compile("^(?:(?:we|i|it|this|that|(?:the )?placement|"
            + "(?:the )?referral)(?:'d|\\s+(?:would|could|can|might|will))|would|could)\\b(?:\\s+\\S+){0,4}?\\s+"
            + "(?:yes|ok|okay|fine|accept|take|manage|work|possible|able|consider|offer)\\b(?:\\s+\\S+){0,3}?\\s+"
            + "(?:if|with|provided|once)(?:\\s+(?:we|i|there)(?:\\s+(?:had|have|got|was|were|is))?)?$");
    /** Dots or an ellipsis at a heading's end, left for the answer. */
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.{2,}|\u2026)$");

    /** A heading with no question mark asks a part only when it is put as one of these, whole. */
    private static Optional<Part> ofHeading(String h) {
        if (h.isEmpty() || h.split(" ").length > MOST_WORDS || DONE_ALREADY.matcher(h).find()) {
            return Optional.empty();
        }
        if (WHY_WE_CANNOT.matcher(h).matches()) {
            return Optional.of(Part.REASON);
        }
        if (WHAT_WE_CANNOT.matcher(h).matches()) {
            return Optional.of(Part.RISK);
        }
        if (WHAT_WOULD.matcher(h).matches() || YES_ON_CONDITION.matcher(ELLIPSIS.matcher(h).replaceFirst("")).matches()) {
            return Optional.of(Part.RESOURCES);
        }
        return Optional.empty();
    }

    private static Optional<Part> ofQuestion(String q) {
        if (q.isEmpty() || q.split(" ").length > MOST_WORDS || q.contains("?")) {
            return Optional.empty();
        }
        if (q.matches(".*\\b(?:barriers?|obstacles?)\\b.*")) {
            return Optional.empty(); // "Which risk is the barrier?" and "What is the barrier to ...?": the usual reading
        }
        if (WHY_NOT.matcher(q).find()) {
            return Optional.of(Part.REASON);
        }
        if (q.startsWith("why") || DONE_ALREADY.matcher(q).find()) {
            return Optional.empty();
        }
        if (WHAT_WOULD_HELP.matcher(q).find()) {
            return Optional.of(Part.RESOURCES);
        }
        if (WHAT_IS_HAPPENING.matcher(q).find()) {
            return Optional.of(Part.RISK);
        }
        return Optional.empty();
    }
}
