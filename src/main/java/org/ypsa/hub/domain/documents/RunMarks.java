package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How a Word form's writer marks a choice in the text's formatting rather than its words, read into words the hub
 * reads everywhere else:
 * <ul>
 * <li>an option struck through ("Yes / <s>No</s>", "(delete as appropriate)"): the writer deleted it, so it is no
 * part of the answer; the separators left dangling ("Yes / ") go with it;</li>
 * <li>a check box typed in a symbol font (Insert Symbol: "þ" in Wingdings is a ticked box, "¨" an empty one, "S" and
 * "£" in Wingdings 2): the box it shows (☒, ☐), as the font's letters mean nothing as text. Word keeps such a
 * character as the letter, as the letter moved into the private use area (U+F0FE), or as a {@code w:sym} element.</li>
 * <li>a check-box form field (FORMCHECKBOX, a legacy form's "☒ Yes ☐ No"): the box it shows, ticked when the field's
 * {@code w:checked} says so, or, with none, its {@code w:default} (POI's own text gives the default only).</li>
 * </ul>
 */
final class RunMarks {
    /** Word's main namespace (WordprocessingML), for reading a document's XML where POI gives no text. */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final char TICKED = '\u2612';
    private static final char EMPTY = '\u2610';
    /** Wingdings' boxes and marks: þ ý x boxes with a tick or cross, n a filled square, ¨ o q empty boxes. */
    private static final Map<Character, Character> WINGDINGS = Map.of('\u00fe', TICKED, '\u00fd', TICKED, 'x', TICKED,
            'n', '\u25a0', '\u00fc', '\u2713', '\u00fb', '\u2717', '\u00a8', EMPTY, 'o', EMPTY, 'q', EMPTY);
    /** Wingdings 2's: R a box with a tick, S and T boxes with a cross, Q a box with a cross, £ an empty box. */
    private static final Map<Character, Character> WINGDINGS_2 = Map.of('R', '\u2611', 'S', TICKED, 'T', TICKED,
            'Q', TICKED, 'P', '\u2713', 'O', '\u2717', '\u00a3', EMPTY);
    /** Where an option ends: "/", "|", "," or the word "or", spaces round it. */
    private static final String SEPARATOR = "(?:/|\\||,|\\bor\\b)";
    private static final Pattern DANGLING = Pattern.compile("^\\s*(?:" + SEPARATOR + "\\s*)+|(?:\\s*" + SEPARATOR
            + ")+\\s*$|(?<=\\S)\\s*(?:" + SEPARATOR + "\\s*){2,}(?=\\S)");

    private RunMarks() {
    }

    /** The document with its struck options taken out and its symbol-font boxes as boxes. */
    static void read(XWPFDocument doc) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            paragraph(p);
        }
        for (XWPFTable t : doc.getTables()) {
            table(t, 0);
        }
    }

    private static void table(XWPFTable t, int depth) {
        if (depth > 5) {
            return;
        }
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell c : row.getTableCells()) {
                for (XWPFParagraph p : c.getParagraphs()) {
                    paragraph(p);
                }
                for (XWPFTable inner : c.getTables()) {
                    table(inner, depth + 1);
                }
            }
        }
    }

    private static void paragraph(XWPFParagraph p) {
        List<XWPFRun> runs = p.getRuns();
        boolean struck = false;
        for (XWPFRun r : runs) {
            String text = r.text();
            if ((r.isStrikeThrough() || r.isDoubleStrikeThrough()) && !text.isBlank()) {
                setText(r, "");
                struck = true;
                continue;
            }
            if (!checkBox(r)) {
                symbols(r);
            }
        }
        if (struck) {
            StringBuilder kept = new StringBuilder();
            runs.forEach(r -> kept.append(r.text()));
            String tidy = withoutDanglingSeparators(kept.toString());
            if (!tidy.contentEquals(kept)) {
                boolean first = true;
                for (XWPFRun r : runs) {
                    setText(r, first ? tidy : "");
                    first = false;
                }
            }
        }
    }

    /** The options left once the struck ones are taken out: "Yes / " is "Yes", " / Medium / / " is "Medium". */
    static String withoutDanglingSeparators(String kept) {
        return DANGLING.matcher(kept).replaceAll(m -> m.start() == 0 || m.end() == kept.length() ? "" : " / ").strip();
    }

    /** A run in a symbol font: its box characters as the boxes they show, a space before a box that follows a word. */
    private static void symbols(XWPFRun r) {
        String sym = symElement(r);
        Map<Character, Character> font = font(r.getFontFamily());
        if (font == null && sym == null) {
            return;
        }
        String text = sym != null ? sym : r.text();
        StringBuilder out = new StringBuilder();
        for (char ch : text.toCharArray()) {
            char c = ch >= '\uf000' && ch <= '\uf0ff' ? (char) (ch - 0xf000) : ch;
            Character box = font == null ? null : font.get(c);
            out.append(box != null ? box : ch);
        }
        String boxes = out.toString();
        if (!boxes.equals(text) || sym != null) {
            setText(r, " " + boxes.strip() + " ");
        }
    }

    /** A run that opens a check-box form field: the box it shows as its text, its field data gone. */
    private static boolean checkBox(XWPFRun r) {
        for (Node n = r.getCTR().getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
            Element box = n instanceof Element e && W.equals(e.getNamespaceURI()) && "fldChar".equals(e.getLocalName())
                    ? child(child(e, "ffData"), "checkBox") : null;
            if (box != null) {
                Element checked = child(box, "checked");
                Element state = checked != null ? checked : child(box, "default");
                boolean ticked = state != null && onOff(state);
                n.removeChild(child((Element) n, "ffData"));
                setText(r, " " + (ticked ? TICKED : EMPTY) + " ");
                return true;
            }
        }
        return false;
    }

    /** The first child element of that name in Word's namespace, or null. */
    private static Element child(Element parent, String name) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** An on/off element: on with no w:val ({@code <w:checked/>}), or with "1", "true" or "on". */
    private static boolean onOff(Element e) {
        String v = e.getAttributeNS(W, "val").strip();
        return v.isEmpty() || v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
    }

    /**
     * A {@code w:sym} element's character in Wingdings or Wingdings 2 (its w:char in hex, F0FE or FE), with the font it
     * is in as the run's: null when the run has none.
     */
    private static String symElement(XWPFRun r) {
        for (Node n = r.getCTR().getDomNode().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && "sym".equals(e.getLocalName())) {
                Map<Character, Character> font = font(e.getAttributeNS(W, "font"));
                try {
                    char c = (char) (Integer.parseInt(e.getAttributeNS(W, "char").strip(), 16) & 0xff);
                    Character box = font == null ? null : font.get(c);
                    return box == null ? null : String.valueOf(box);
                } catch (NumberFormatException x) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Map<Character, Character> font(String family) {
        String f = family == null ? "" : family.strip().toLowerCase(java.util.Locale.ROOT);
        return f.equals("wingdings") ? WINGDINGS : f.equals("wingdings 2") ? WINGDINGS_2 : null;
    }

    private static void setText(XWPFRun r, String s) {
        int n = r.getNumberOfTexts();
        if (n == 0) {
            r.setText(s);
            return;
        }
        r.setText(s, 0);
        for (int i = 1; i < n; i++) {
            r.setText("", i);
        }
    }
}
