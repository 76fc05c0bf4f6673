package org.ypsa.hub.support;

import java.nio.charset.StandardCharsets;

/**
 * Rich Text Format documents written for tests, as case systems export forms: a body of paragraphs ({@code \pard ...
 * \par}) and table rows of cells, in one Arial font.
 */
public final class RichTextDocs {
    private RichTextDocs() {
    }

    /** An RTF document holding the body as written (RTF control words and text). */
    public static byte[] rtf(String body) {
        return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22 " + body + "}").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One table row whose cells are the given texts, the first 3000 twips wide, the others to 9000. */
    public static String row(String... cells) {
        StringBuilder r = new StringBuilder("\\trowd\\cellx3000\\cellx9000 ");
        for (String c : cells) {
            r.append("\\pard\\intbl ").append(c).append("\\cell ");
        }
        return r.append("\\row ").toString();
    }
}
