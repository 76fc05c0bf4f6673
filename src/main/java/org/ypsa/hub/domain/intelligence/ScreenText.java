package org.ypsa.hub.domain.intelligence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.Words;

/**
 * A sender's text made ready to screen, the same for the listed signs ({@link Screening}) and the learnt screen
 * ({@link LearnedScreen}): compatibility forms folded (NFKC), small letters, curly apostrophes and non-breaking
 * spaces made plain, a "not" wrapped onto the next line joined to it, and contractions typed without their
 * apostrophe given one.
 */
final class ScreenText {
    private ScreenText() {
    }

    /**
     * A "not" at the end of a line goes on on the next ("... Not" / "urgent."), past a label's wrapped end with
     * its required-field star that a PDF's text puts between them ("Not" / "intelligence * urgent.").
     */
    private static final Pattern WRAPPED_NEGATION = Pattern.compile("\\b(not)[ \\t]*\\n[ \\t]*(?:[a-z/&()'-]+ \\*+[ \\t]+)?");

    static String clean(String text) {
        String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC);
        t = t.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ')
                .replace("\r", "").replaceAll("[ \\t]+", " ");
        t = WRAPPED_NEGATION.matcher(t).replaceAll("$1 ");
        // a contraction typed without its apostrophe, as on a phone: "she cant leave", "shes with him"
        return Words.withApostrophes(t);
    }
}
