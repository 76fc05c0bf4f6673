package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PDF prints on every page around the form rather than in it (issue 14: a Word form printed to PDF): the running
 * header and footer, found by comparing the pages (a line at the top or bottom of a page that another page prints at
 * the same height with the same words, its figures aside: "Page 1 of 2" and "Page 2 of 2"), and a page's number printed
 * alone at its top or bottom ("Page 3 of 4", "- 3 -", "3/4", the page's own number). A line printed once is never
 * furniture (a one-page form's header may be its title, and an answer is printed once), and the header is looked for
 * from the page's edge inwards only, so a line in the form that happens to repeat stays.
 */
final class PageFurniture {
    /** How many lines from a page's top or bottom edge a header or footer holds at most. */
    private static final int MAX_EDGE_LINES = 4;
    /** How far apart two pages may print the same header line and still be the same (points). */
    private static final float SAME_HEIGHT = 1.5f;
    /** A line with fewer letters than this ("Yes", "N/A", a date) could be an answer, however often printed. */
    private static final int MIN_LETTERS = 4;
    private static final Pattern LABEL_AND_ANSWER = Pattern.compile("[^:]{2,}:\\s*\\S.*");

    /** A line of a page: its page (from 1), where its glyphs' baselines lie (points from the top) and its words. */
    record Line(int page, float from, float to, String text, boolean atTop, boolean inATable) {
        boolean holds(int onPage, float baseline) {
            return onPage == page && baseline >= from - 0.5f && baseline <= to + 0.5f;
        }
    }

    private final List<Line> lines;

    private PageFurniture(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The furniture's lines, top ones first per page. */
    List<Line> lines() {
        return lines;
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The furniture line of that page at that baseline, or null. */
    Line at(int page, float baseline) {
        return lines.stream().filter(l -> l.holds(page, baseline)).findFirst().orElse(null);
    }

    /** The pages' furniture, from each page's glyphs as one reading of it gave them. */
    static PageFurniture of(List<PdfTables.Page> pages) {
        List<List<Line>> byPage = new ArrayList<>();
        for (PdfTables.Page p : pages) {
            List<Line> out = new ArrayList<>();
            for (List<PdfTables.Glyph> l : PdfTables.lines(p.glyphs())) {
                String text = PdfTables.lineText(l);
                if (text.isBlank()) {
                    continue;
                }
                float from = Float.MAX_VALUE;
                float to = -Float.MAX_VALUE;
                for (PdfTables.Glyph g : l) {
                    from = Math.min(from, g.baseline());
                    to = Math.max(to, g.baseline());
                }
                float top = from;
                float bottom = to;
                boolean inATable = p.bands().stream().anyMatch(b -> top >= b.top() && bottom <= b.bottom());
                out.add(new Line(p.number(), from, to, text, false, inATable));
            }
            byPage.add(out);
        }
        List<Line> found = new ArrayList<>();
        for (int k = 0; k < byPage.size(); k++) {
            List<Line> page = byPage.get(k);
            int top = 0;
            for (; top < Math.min(MAX_EDGE_LINES, page.size()); top++) {
                Line l = page.get(top);
                if (!(!l.inATable() && carriesPageNumber(l.text(), l.page(), pages.size())) && !repeated(l, k, byPage, true)) {
                    break;
                }
                found.add(new Line(l.page(), l.from(), l.to(), l.text(), true, false));
            }
            for (int i = page.size() - 1; i >= Math.max(top, page.size() - MAX_EDGE_LINES); i--) {
                Line l = page.get(i);
                if (!(!l.inATable() && carriesPageNumber(l.text(), l.page(), pages.size())) && !repeated(l, k, byPage, false)) {
                    break;
                }
                found.add(l);
            }
        }
        return new PageFurniture(found);
    }

    /**
     * Another page prints the line at the same height, among its own lines at the same edge. A line could be the form's
     * own when it stands in a drawn table's row, reads as a label and its answer ("Completed by: R Okafor"; unless it is
     * a marking, "Classification: OFFICIAL"), or has fewer than a few letters ("Yes", a date): such a line is no
     * furniture, however often it is printed.
     */
    private static boolean repeated(Line line, int page, List<List<Line>> byPage, boolean top) {
        String key = key(line.text());
        if (line.inATable() || key.replaceAll("[^\\p{L}]", "").length() < MIN_LETTERS
                || LABEL_AND_ANSWER.matcher(line.text()).matches() && !DocumentMarkings.isMarking(line.text())) {
            return false;
        }
        for (int q = 0; q < byPage.size(); q++) {
            List<Line> other = byPage.get(q);
            if (q == page) {
                continue;
            }
            int from = top ? 0 : Math.max(0, other.size() - MAX_EDGE_LINES);
            int to = top ? Math.min(MAX_EDGE_LINES, other.size()) : other.size();
            for (int i = from; i < to; i++) {
                Line o = other.get(i);
                if (Math.abs(o.from() - line.from()) <= SAME_HEIGHT && key.equals(key(o.text()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line's words for comparing pages: letters and figures only, each run of figures one mark. */
    static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").replaceAll("\\p{N}+", "#");
    }

    private static final Pattern PAGE_OF = Pattern.compile("(?i)(?:page|pg\\.?|p\\.|tudalen)?\\s*(\\d{1,3})\\s*(?:of|/|o)"
            + "\\s*(\\d{1,3})");
    private static final Pattern PAGE_ALONE = Pattern.compile("(?i)(?:(?:page|pg\\.?|p\\.|tudalen)\\s*\\|?\\s*(\\d{1,3})"
            + "|(\\d{1,3})\\s*\\|\\s*page|[-\u2013\u2014]\\s*(\\d{1,3})\\s*[-\u2013\u2014])");

    /**
     * A page's number printed alone: "Page 3 of 4", "3 of 4", "3/4" (the page's own number of as many pages as the
     * document has), "Page 3", "3 | Page", "- 3 -" (its own number).
     */
    static boolean isPageNumber(String line, int page, int pages) {
        String l = line.replace('\u00a0', ' ').strip();
        Matcher of = PAGE_OF.matcher(l);
        if (of.matches()) {
            return Integer.parseInt(of.group(1)) == page && Integer.parseInt(of.group(2)) == pages;
        }
        Matcher alone = PAGE_ALONE.matcher(l);
        if (alone.matches()) {
            String n = alone.group(1) != null ? alone.group(1) : alone.group(2) != null ? alone.group(2) : alone.group(3);
            return Integer.parseInt(n) == page;
        }
        return false;
    }

    private static final String NUMBERED = "(?:(?:page|pg\\.?|tudalen)\\s*(\\d{1,3})\\s*(?:of|/|o)\\s*(\\d{1,3})"
            + "|(\\d{1,3})\\s*\\|\\s*page|page\\s*\\|\\s*(\\d{1,3})|[-\u2013\u2014]\\s*(\\d{1,3})\\s*[-\u2013\u2014])";
    private static final Pattern OPENS_NUMBERED = Pattern.compile("(?i)^\\s*" + NUMBERED + "(?:\\s+|\\s*[|,]\\s*)\\S.*");
    private static final Pattern ENDS_NUMBERED = Pattern.compile("(?i).*\\S(?:\\s+|\\s*[|,]\\s*)" + NUMBERED + "\\s*$");

    /**
     * A page's number printed alone ({@link #isPageNumber}), or opening or ending a line that a footer prints beside it
     * ("Page 1 of 1 Form CS/04 v3 (Jan 2026)", "Form CS/04 v3 1 | Page", "YPSA-REF-01 - 2 -"): the page's own number,
     * with the word page or between dashes, of as many pages as the document has.
     */
    static boolean carriesPageNumber(String line, int page, int pages) {
        if (isPageNumber(line, page, pages) || isBrowserFooter(line, page, pages)) {
            return true;
        }
        String l = line.replace('\u00a0', ' ').strip();
        for (Pattern p : List.of(OPENS_NUMBERED, ENDS_NUMBERED)) {
            Matcher m = p.matcher(l);
            if (m.matches()) {
                boolean of = m.group(1) != null;
                String n = of ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
                return Integer.parseInt(n) == page && (!of || Integer.parseInt(m.group(2)) == pages);
            }
        }
        return false;
    }

    private static final Pattern BROWSER_FOOTER = Pattern.compile("(?i)\\s*(?:https?://|www\\.)\\S+\\s+(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*");

    /**
     * What a browser prints at the foot of each page of a web page it prints: the page's address and the page's own
     * number of as many pages as the document has ("https://forms.council.test/apply?submission=284683 1/2"). It is
     * no part of the form, even on a page printed alone.
     */
    static boolean isBrowserFooter(String line, int page, int pages) {
        Matcher m = BROWSER_FOOTER.matcher(line.replace('\u00a0', ' '));
        return m.matches() && Integer.parseInt(m.group(1)) == page && Integer.parseInt(m.group(2)) == pages;
    }

    /** "(continued)", "(cont.)", "cont'd", "continued from previous page", "continued overleaf": a page break's mark. */
    private static final String MARK = "(?:cont(?:inued|inue|'d|\u2019d|d|/d|\\.)?)(?:\\s+(?:from|on|onto|to)\\s+(?:the\\s+)?"
            + "(?:previous|last|next|following|over)?\\s*(?:page|sheet)?(?:\\s*\\d{1,3})?|\\s+overleaf|\\s+below)?";
    private static final Pattern CONTINUED = Pattern.compile("(?i)^\\s*(?:\\(\\s*" + MARK + "\\s*\\)|\\[\\s*" + MARK
            + "\\s*]|" + MARK + "(?=$|\\s*(?:[:\u2026]|\\.\\.\\.|\\s[-\u2013\u2014]\\s)))\\s*(?:[:\u2026]|\\.\\.\\.|[-\u2013\u2014]\\s)?\\s*");

    /** The line without the mark of an answer going on from another page at its start; as it is without one. */
    static String withoutContinuedMark(String line) {
        Matcher m = CONTINUED.matcher(line);
        return m.find() && m.end() > 0 ? line.substring(m.end()) : line;
    }

    /** A line that is only a page break's "(continued)" mark. */
    static boolean isContinuedMark(String line) {
        return !line.isBlank() && withoutContinuedMark(line).isBlank();
    }
}
