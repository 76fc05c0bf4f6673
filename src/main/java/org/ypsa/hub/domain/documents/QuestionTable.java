package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A form set out as a table of questions and responses: a header row naming its columns ("Question | Response",
 * "Item | Detail", "No. | Question | Answer", "Prompt | Reply", "Heading | Entry") is no label and value, and a first column that only numbers the
 * questions ("1 | Full name | ...") is not the label.
 */
final class QuestionTable {
    private static final Set<String> COLUMN_TITLES = Set.of("question", "questions", "item", "items", "field", "fields",
            "section / question", "section/question", "answer", "answers", "response", "responses", "your answer",
            "your response", "detail", "details", "information", "value", "no", "no.", "#", "number", "ref", "q",
            "prompt", "prompts", "reply", "replies", "your reply", "heading", "headings", "entry", "entries", "label",
            "labels");

    private QuestionTable() {
    }

    /** A row whose every filled cell names a column ("Question", "Response"). */
    static boolean isHeaderRow(List<String> cells) {
        List<String> filled = cells.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        return filled.size() >= 2 && filled.stream()
                .allMatch(c -> COLUMN_TITLES.contains(c.toLowerCase(Locale.ROOT).replaceAll("[:*]+$", "").strip()));
    }

    /** The row without its first cell when that only numbers the question ("1", "12.", "3a)", "Q4"). */
    static List<String> withoutNumberCell(List<String> cells) {
        if (cells.size() >= 3 && cells.get(0).strip().matches("(?i)(q\\s*)?\\d{1,2}[a-z]?[.)]?")) {
            return cells.subList(1, cells.size());
        }
        return cells;
    }
}
