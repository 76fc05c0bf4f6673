package org.ypsa.hub.domain.forms;

import java.util.List;
import java.util.Map;

/**
 * How a form's answers are said in a letter rather than on the form (a form's letter:, read by
 * documents.RiskLetter): what the writer says they cannot do ("we are struggling to manage", "we cannot hold"), and
 * the words a paragraph opens with to say one of the form's fields ("What would help is ..."), by the field's id.
 * Each wording is a phrase ({@link Phrases}: words, "(a|b)" one of them, "(a|b|)" one or none, "…" a few words).
 *
 * @param cannot     what the writer cannot do: "(not|no longer) (feel|be|) able to", "struggling to"
 * @param cannotThen words that may come between it and what ("safely", "continue to")
 * @param cannotDo   what they cannot do it to the young person's risk or placement: "manage", "hold", "accept"
 * @param opens      by a field's id, the words a paragraph saying that field opens with
 * @param headings   by a field's id, the words of a heading over a paragraph saying that field ("Why we cannot")
 * @param closing    the words a paragraph ending the letter opens with ("Kind regards", "Please call")
 */
public record LetterWords(List<String> cannot, List<String> cannotThen, List<String> cannotDo,
        Map<String, List<String>> opens, Map<String, List<String>> headings, List<String> closing) {

    /** A form no letter says. */
    public static final LetterWords NONE = new LetterWords(List.of(), List.of(), List.of(), Map.of(), Map.of(),
            List.of());

    public LetterWords {
        cannot = List.copyOf(cannot);
        cannotThen = List.copyOf(cannotThen);
        cannotDo = List.copyOf(cannotDo);
        opens = Map.copyOf(opens);
        headings = Map.copyOf(headings);
        closing = List.copyOf(closing);
    }

    /** Whether a form says nothing of letters. */
    public boolean isEmpty() {
        return cannot.isEmpty() && opens.isEmpty();
    }
}
