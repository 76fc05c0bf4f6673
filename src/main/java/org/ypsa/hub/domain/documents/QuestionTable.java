package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A form set out as a table of questions and responses: a header row naming its columns ("Question | Response",
 * "Item | Detail", "No. | Question | Answer", "Prompt | Reply", "Heading | Entry", a case system's "Name | Entry" or
 * "FLD_CODE | FLD_NAME | FLD_VALUE") is no label and value, and a first column that only numbers the questions
 * ("1 | Full name | ...") or gives their codes ("Q002 | Provider | ...") is not the label.
 */
final class QuestionTable {
    private static final Set<String> COLUMN_TITLES = Set.of("question", "questions", "item", "items", "field", "fields",
            "section / question", "section/question", "answer", "answers", "response", "responses", "your answer",
            "your response", "detail", "details", "information", "value", "no", "no.", "#", "number", "ref", "q",
            "prompt", "prompts", "reply", "replies", "your reply", "heading", "headings", "entry", "entries", "label",
            "labels", "name", "code", "id", "qid", "key", "text", "data",
            // the columns of a form printed in Welsh and English: "Cymraeg | Saesneg / English | Ateb"
            "cymraeg", "saesneg", "english", "welsh", "maes", "cwestiwn", "manylion", "ateb", "eich ateb", "ymateb");
    /** A case system's export names its columns as codes: "FLD_CODE", "FIELD_NAME", "FLD_VALUE", "QID". */
    private static final String EXPORT_PREFIX = "(fld|field|col|column|attr|attribute|question|q)[ _]+";
    /** The title of a column that holds the answers: "Answer", "Ateb / Answer", "Manylion / Details". */
    private static final Set<String> ANSWER_TITLES = Set.of("answer", "answers", "your answer", "response", "responses",
            "your response", "detail", "details", "value", "reply", "replies", "your reply", "entry", "entries",
            "information", "ateb", "eich ateb", "manylion", "ymateb");

    private QuestionTable() {
    }

    /**
     * A row whose every filled cell names a column ("Question", "Response", "Cwestiwn / Question"); or a row of two that
     * names the labels' column ("Heading", "Information requested") and the answers' column by its title or by who is
     * to fill it in ("Please type here", "To be completed by referrer"), as a form with a table to each section heads
     * each one.
     */
    static boolean isHeaderRow(List<String> cells) {
        List<String> filled = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (filled.size() == 2 && (titles(filled.get(0), COLUMN_TITLES)
                || LABEL_COLUMN_TITLES.contains(columnTitle(filled.get(0))))
                && (titles(filled.get(1), COLUMN_TITLES) || FILL_IN.matcher(filled.get(1)).matches())
                && !columnTitle(filled.get(0)).equals("name")) {
            return true;
        }
        return filled.size() >= 2 && filled.stream().allMatch(c -> titles(c, COLUMN_TITLES))
                && !filled.stream().map(QuestionTable::columnTitle).allMatch(t -> t.equals("name"));
    }

    /** The title of a column of the sections' heads, in English or Welsh: "Section", "Part", "Adran", "Rhan". */
    private static final Set<String> SECTION_TITLES = Set.of("section", "sections", "part", "parts", "adran", "rhan");

    /**
     * A head row whose first column holds the sections ("Section / Adran | Question / Cwestiwn | Answer / Ateb",
     * "Part | Question | Response"): each section's head, written once down a merged cell, is no label of the row it
     * starts, but the heading of the rows under it.
     */
    static boolean headsASectionColumn(List<String> cells) {
        List<String> filled = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        boolean sections = !cells.get(0).isBlank() && java.util.Arrays.stream(columnTitle(filled.get(0)).split("\\s*/\\s*"))
                .allMatch(h -> SECTION_TITLES.contains(h.strip()));
        return filled.size() >= 3 && sections
                && filled.subList(1, filled.size()).stream().allMatch(c -> titles(c, COLUMN_TITLES));
    }

    /**
     * A line that is a table's column-heading row as a PDF's text or a text layout gives it, its cells joined by a tab
     * or a space ("Information requested Details", "Heading\tPlease type here"): no label and no answer, and no answer
     * to the section heading over it.
     */
    static boolean isHeaderLine(String line) {
        String l = line == null ? "" : line.replace('\u00a0', ' ').strip();
        if (l.isEmpty() || l.length() > 60) {
            return false;
        }
        if (l.contains("\t")) {
            return isHeaderRow(List.of(l.split("\t")));
        }
        String[] words = l.split("\\s+");
        for (int i = 1; i < words.length && words.length <= 8; i++) {
            String left = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String right = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            // "No response", "No details" are answers: a column of numbers heads no row joined into one line
            if (!titles(left, NUMBER_TITLES) && isHeaderRow(List.of(left, right))) {
                return true;
            }
        }
        return false;
    }

    /** The title of a column of labels in words of its own: "Information requested", "Details required". */
    private static final Set<String> LABEL_COLUMN_TITLES = Set.of("information requested", "information required",
            "details requested", "details required", "question asked", "questions asked");
    /** The title of a column of answers saying who fills it in, or where: "Please type here", "To be completed by SW". */
    private static final java.util.regex.Pattern FILL_IN = java.util.regex.Pattern.compile("(?i)(?:please\\s+)?(?:type|write|"
            + "enter|complete|fill\\s+in|answer)(?:\\s+\\w+){0,2}\\s+(?:here|below|in\\s+this\\s+column)\\.?"
            + "|(?:to\\s+be|for)\\s+(?:completed|filled\\s+in|answered)\\s+by\\b.{0,40}");

    /** A cell that is one of these column titles, or one in each language either side of a slash ("Ateb / Answer"). */
    private static boolean titles(String cell, Set<String> titles) {
        String c = columnTitle(cell);
        if (titles.contains(c)) {
            return true;
        }
        String[] halves = c.split("\\s*/\\s*");
        return halves.length == 2 && java.util.Arrays.stream(halves).allMatch(h -> COLUMN_TITLES.contains(h.strip()))
                && java.util.Arrays.stream(halves).anyMatch(h -> titles.contains(h.strip()));
    }

    /** The title of a column that numbers the questions: "No. | Question | Answer" is no label in two columns. */
    private static final Set<String> NUMBER_TITLES = Set.of("no", "no.", "#", "number", "ref", "q");

    /** At least this many rows of three cells show a table of labels in two columns without a header saying so. */
    private static final int MIN_ROWS = 3;

    /**
     * A table whose first two columns are one label in two languages and whose third is the answer, as Welsh public
     * bodies print forms ("Enw'r darparwr | Provider name | Key 2 Futures"): its header row names three columns, the
     * last the answers ("Cymraeg | Saesneg / English | Ateb", "Maes | Field | Manylion / Details"), or, with no header,
     * most of its rows of three cells have a second cell marked as a label (a colon, a question mark, a star, a
     * bracketed hint, a question number or a field code in capitals) and a third cell that is not.
     */
    static boolean labelsInTwoColumns(List<List<String>> rows) {
        int three = 0;
        int marked = 0;
        for (List<String> row : rows) {
            List<String> cells = withoutNumberCell(row);
            if (cells.size() != 3) {
                continue;
            }
            if (isHeaderRow(cells) && titles(cells.get(2), ANSWER_TITLES) && !titles(cells.get(1), ANSWER_TITLES)
                    && !titles(cells.get(0), NUMBER_TITLES)) {
                return true;
            }
            if (cells.stream().allMatch(c -> !c.isBlank())) {
                three++;
                if (markedLabel(cells.get(1)) && !markedLabel(cells.get(2))) {
                    marked++;
                }
            }
        }
        return three >= MIN_ROWS && marked * 2 > three;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}\\d]*(?:_[\\p{Lu}\\d]+)+:?");

    /** A cell that says it is a label by its shape, whatever its words. */
    private static boolean markedLabel(String cell) {
        String c = cell.strip();
        return LabelShapes.markedAsLabel(c) || c.matches(".*\\([^)]*\\)\\s*\\*?") && c.length() < 80
                || !org.ypsa.hub.domain.forms.Words.withoutNumber(c).equals(c) && c.length() < 80 || CODE.matcher(c).matches();
    }

    /**
     * A label cell of two lines or more, each starting with a capital (after a question number), is one label in two
     * languages, the Welsh over the English ("Enw'r person ifanc" over "1.1 Young person's name"): its lines joined by
     * a slash, as a label in two languages is written on one line, each without its number. A cell with a line in small
     * letters (the label wrapped), a line with a digit or a line ending in a colon above another is left as it is.
     */
    /** A line ending in a word that joins it to the next: the label goes on below. */
    private static final java.util.regex.Pattern WRAPS = java.util.regex.Pattern.compile(
            "(?i)\\b(of|the|to|for|and|or|a|an|in|on|with|by|from|at|is|are|was|were|we|you|their|your|has|have)[,/]?$|[,/&-]$");

    static String labelLines(String cell) {
        String[] lines = cell.strip().split("\\s*\\R\\s*");
        if (lines.length < 2 || lines.length > 3) {
            return cell;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = org.ypsa.hub.domain.forms.Words.withoutNumber(lines[i]).strip();
            if (line.isEmpty() || line.split("\\s+").length > 12 || i < lines.length - 1 && line.endsWith(":")
                    || line.matches(".*\\d.*") || !Character.isUpperCase(line.codePointAt(0))
                    || !line.matches(".*\\p{Ll}.*") || i < lines.length - 1 && WRAPS.matcher(line).find()) {
                // "Name:" over its answer is a label and its value; a line in small letters, one ending in a word
                // that joins it to the next ("Name of" over "YP") or lines in capitals ("PROVIDER SUBMITTING" over
                // "CONCERN") are the label wrapped; a line with a digit is a value
                return cell;
            }
            out.append(i == 0 ? "" : " / ").append(line);
        }
        return out.toString();
    }

    private static String columnTitle(String cell) {
        // the language a column is in, in brackets, is no part of its title: "Question (English)", "Label (Saesneg)"
        String t = cell.toLowerCase(Locale.ROOT).replaceAll("[:*]+$", "").strip().replace('_', ' ')
                .replaceAll("\\s*\\((?:english|welsh|cymraeg|saesneg)\\)$", "").strip();
        return t.matches(EXPORT_PREFIX + "\\S.*") ? t.replaceFirst(EXPORT_PREFIX, "") : t;
    }

    /**
     * The row without its first cell when that only numbers the question ("1", "12.", "3a)", "Q4") or is a case
     * system's code for it ("Q002", "FLD001", "SYS01").
     */
    static List<String> withoutNumberCell(List<String> cells) {
        String first = cells.isEmpty() ? "" : cells.get(0).strip();
        if (cells.size() >= 3 && (first.matches("(?i)(q\\s*)?\\d{1,2}[a-z]?[.)]?")
                || first.matches("[A-Z]{1,5}[_-]?\\d{1,5}") && !cells.get(1).strip().isEmpty())) {
            return cells.subList(1, cells.size());
        }
        return cells;
    }
}
