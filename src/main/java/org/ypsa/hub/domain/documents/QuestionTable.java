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
            "labels", "name", "code", "id", "qid", "key", "text", "data");
    /** A case system's export names its columns as codes: "FLD_CODE", "FIELD_NAME", "FLD_VALUE", "QID". */
    private static final String EXPORT_PREFIX = "(fld|field|col|column|attr|attribute|question|q)[ _]+";

    private QuestionTable() {
    }

    /** A row whose every filled cell names a column ("Question", "Response"). */
    static boolean isHeaderRow(List<String> cells) {
        List<String> filled = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        return filled.size() >= 2 && filled.stream().map(QuestionTable::columnTitle).allMatch(COLUMN_TITLES::contains)
                && !filled.stream().map(QuestionTable::columnTitle).allMatch(t -> t.equals("name"));
    }

    private static String columnTitle(String cell) {
        String t = cell.toLowerCase(Locale.ROOT).replaceAll("[:*]+$", "").strip().replace('_', ' ');
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
