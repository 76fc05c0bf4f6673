package org.ypsa.hub.adapter.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML mail body as the lines its reader sees, the way Outlook, Word and webmail write forms into mail:
 * <ul>
 * <li>a table row is a line, its cells split by tabs (an empty cell before a filled one stays an empty column, so a
 * pasted void table keeps its columns); a row whose cell holds a table of its own (a section table inside an outer layout table) or
 * that has one cell gives that cell's lines one by one, innermost tables first;</li>
 * <li>a paragraph, a heading, a list item or a {@code <br>} ends a line; several paragraphs in one cell beside a
 * label are one answer, joined by spaces;</li>
 * <li>a paragraph that opens with a bold label and goes on with its answer is "label: answer";</li>
 * <li>an empty paragraph ({@code <p>&nbsp;</p>}, {@code <div><br></div>}) is a blank line, as the writer saw it;
 * the breaks between paragraphs and the source's own line breaks are not.</li>
 * </ul>
 */
final class HtmlText {
    /** Stands for a blank line the writer made, until the lines are cleaned. */
    private static final String BLANK = "\u2060";
    private static final Set<String> SKIPPED = Set.of("head", "style", "script", "title", "xml");
    private static final Set<String> BOLD = Set.of("b", "strong");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "blockquote", "pre", "address", "center", "section", "article", "header", "footer", "dl", "dt",
            "dd", "hr");

    private HtmlText() {
    }

    /** Paragraphs opening in bold that make a form of labels in bold. */
    private static final int BOLD_LABELS = 3;

    /**
     * The body a mail is read from: its HTML part, read as its writer saw it, where there is no plain part or the HTML
     * lays the form out in a way plain text loses (a table, or labels in bold opening paragraphs: Outlook's plain part
     * parts every paragraph by a blank line and drops both); else its plain part. The HTML is parsed once.
     */
    static String bodyOf(String html, String plain) {
        Element body = html == null ? null : Jsoup.parse(html).body();
        if (body == null) {
            return plain == null ? "" : plain;
        }
        boolean plainWillDo = plain != null && !isLaidOut(body);
        if (plainWillDo && longLinesGoingOn(plain).isEmpty()) {
            return plain; // nothing a client could have wrapped: the HTML is not rendered
        }
        StringBuilder out = new StringBuilder();
        render(body, out);
        String rendered = clean(out.toString());
        return plainWillDo && !wrappedByTheClient(plain, rendered) ? plain : rendered;
    }

    /** A plain line at least this long may have been wrapped by the mail client (Gmail wraps at 76 to 78). */
    private static final int WRAP_WIDTH = 60;

    /**
     * Whether the mail client wrapped the plain part's long lines where the HTML part keeps them whole, as Gmail does
     * (and marks nowhere): a long plain line and the line under it are together one line of the HTML. The HTML is then
     * the text as its writer typed it, and a value is not cut where the client broke its line.
     */
    private static boolean wrappedByTheClient(String plain, String rendered) {
        StringBuilder flat = new StringBuilder();
        for (String line : rendered.split("\n")) {
            flat.append('\n').append(collapsed(line)).append('\n');
        }
        // the two lines as one line of the HTML, not each a line of their own
        return longLinesGoingOn(plain).stream().anyMatch(pair -> flat.indexOf(pair[0] + " " + pair[1]) >= 0
                && flat.indexOf("\n" + pair[0] + "\n") < 0);
    }

    /** The plain part's long lines with a line under them, each with that line (collapsed), the first few only. */
    private static List<String[]> longLinesGoingOn(String plain) {
        List<String[]> pairs = new ArrayList<>();
        String[] lines = plain.split("\r?\n");
        for (int i = 0; i + 1 < lines.length && pairs.size() < MAX_WRAPS_TRIED; i++) {
            String a = collapsed(lines[i]);
            String b = collapsed(lines[i + 1]);
            if (a.length() >= WRAP_WIDTH && !b.isEmpty()) {
                pairs.add(new String[] {a, b});
            }
        }
        return pairs;
    }

    /** Long lines looked at for a client's wrapping: a wrapped mail shows it in its first few. */
    private static final int MAX_WRAPS_TRIED = 40;

    private static String collapsed(String line) {
        return line.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    static String of(String html) {
        return bodyOf(html, null);
    }

    private static boolean isLaidOut(Element body) {
        return !body.select("table td").isEmpty()
                || body.select("p, div, li").stream().filter(p -> openingBold(p) != null).count() >= BOLD_LABELS;
    }

    /** The bold run a paragraph opens with (spaces aside), or null. */
    private static Element openingBold(Element paragraph) {
        for (Node child : paragraph.childNodes()) {
            if (child instanceof TextNode t && t.text().replace('\u00a0', ' ').isBlank()) {
                continue;
            }
            return child instanceof Element b && BOLD.contains(b.normalName()) && !b.text().isBlank() ? b : null;
        }
        return null;
    }

    private static void render(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText().replaceAll("[ \\t\\r\\n]+", " "));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName().toLowerCase(Locale.ROOT);
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            out.append('\n');
            return;
        }
        if (tag.equals("tr")) {
            out.append('\n').append(row(e)).append('\n');
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block && (tag.equals("p") || tag.equals("div")) && isEmptyParagraph(e)) {
            out.append('\n').append(BLANK).append('\n');
            return;
        }
        if (block) {
            out.append('\n');
        }
        Element boldLabel = block ? boldLabel(e) : null;
        for (Node child : e.childNodes()) {
            render(child, out);
            if (child == boldLabel) {
                out.append(':');
            }
        }
        if (block) {
            out.append('\n');
        }
    }

    /**
     * A paragraph that opens with a bold run and goes on in plain text on the same line is a label and its answer,
     * as its writer meant it: "<b>Risk we cannot manage</b> fire setting". The bold run, when it does not already
     * end in a colon, is given one.
     */
    private static Element boldLabel(Element paragraph) {
        Element first = openingBold(paragraph);
        if (first == null || first.text().replace('\u00a0', ' ').strip().endsWith(":")) {
            return null;
        }
        boolean after = false;
        for (Node child = first.nextSibling(); child != null && !after; child = child.nextSibling()) {
            if (child instanceof Element b && b.normalName().equals("br")) {
                break;
            }
            String text = child instanceof TextNode t ? t.text() : child instanceof Element el ? el.text() : "";
            after = !text.replace('\u00a0', ' ').isBlank();
        }
        return after ? first : null;
    }

    /** No text but spaces, and nothing in it but line breaks and empty inline runs: a paragraph left blank. */
    private static boolean isEmptyParagraph(Element e) {
        return e.text().replace('\u00a0', ' ').isBlank() && e.select("img, table, input").isEmpty()
                && e.select("p, div").size() <= 1;
    }

    private static String row(Element tr) {
        List<List<String>> cells = new ArrayList<>();
        boolean nested = false;
        for (Element cell : tr.children()) {
            String tag = cell.normalName();
            if (!tag.equals("td") && !tag.equals("th")) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (Node child : cell.childNodes()) {
                render(child, sb);
            }
            cells.add(lines(sb.toString()));
            nested |= !cell.select("table").isEmpty();
        }
        long filled = cells.stream().filter(c -> !c.isEmpty()).count();
        if (nested || filled == 1 && cells.stream().anyMatch(c -> c.size() > 1)) {
            List<String> all = new ArrayList<>();
            cells.forEach(all::addAll);
            return String.join("\n", all);
        }
        if (cells.size() > 1 && filled == 1 && !cells.get(0).isEmpty()) {
            // a label whose answer cell is empty: nothing answered, and the next row is no answer to it
            return String.join(" ", cells.get(0)) + "\n" + BLANK;
        }
        List<String> joined = cells.stream().map(c -> String.join(" ", c)).toList();
        // empty cells at the row's end shift no column
        return String.join("\t", joined).replaceAll("\t+$", "");
    }

    /** A cell's own lines: trimmed, without the blank ones. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String l = spacesOff(line.replace('\u00a0', ' ').replace(BLANK, ""));
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines;
    }

    /** A line without the spaces around it; its tabs are kept, as an empty first or last cell is a column. */
    private static String spacesOff(String line) {
        return line.replaceAll("^ +| +$", "");
    }

    /** Lines trimmed; the writer's blank lines kept, one at most in a row; every other empty line dropped. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder();
        boolean blankPending = false;
        for (String line : text.split("\n", -1)) {
            String l = line.replace('\u00a0', ' ');
            if (l.contains(BLANK)) {
                blankPending = out.length() > 0;
                l = l.replace(BLANK, "");
            }
            l = spacesOff(l);
            if (l.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(blankPending ? "\n\n" : "\n");
            }
            blankPending = false;
            out.append(l);
        }
        return out.toString();
    }
}
