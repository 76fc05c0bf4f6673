package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A checklist laid out as "Question | Yes | No | Details": a yes/no question answered by a mark (X, ✓, ✔) in its Yes
 * or No column, every other question answered in the details column after them. The head row names the two columns
 * in either language or both ("Yes / Ydy", "Ie / Yes", "✓ Y") and is no label; each row under it is one pair, the
 * question and its answer. One column may serve both ("No. | Question | Y/N | Details"), the letter written in it.
 */
record YesNoColumns(int head, int yes, int no) {
    private static final Set<String> YES = Set.of("yes", "y", "ie", "ydy", "oes", "do");
    private static final Set<String> NO = Set.of("no", "n", "na", "nac ydy", "nac oes", "naddo");
    /** A checklist's head row is one of its first rows. */
    private static final int HEAD_WITHIN = 3;

    /** The table's yes and no columns and its head row, or null when the table is no such checklist. */
    static YesNoColumns of(List<List<String>> rows) {
        for (int r = 0; r < Math.min(HEAD_WITHIN, rows.size()); r++) {
            List<String> cells = rows.get(r);
            for (int c = 1; c + 1 < cells.size(); c++) {
                // a head marks both columns alike ("✓ Yes | ✓ No"); a tick row's boxes differ ("■ Y | □ N")
                if (titles(cells.get(c), YES) && titles(cells.get(c + 1), NO)
                        && marks(cells.get(c)).equals(marks(cells.get(c + 1)))) {
                    return new YesNoColumns(r, c, c + 1);
                }
                if (titlesBoth(cells.get(c))) {
                    return new YesNoColumns(r, c, c); // "No. | Question | Y/N | Details": one column for both
                }
            }
        }
        return null;
    }

    /** The symbols and brackets of a cell: a box, marked or open, or the tick printed over a column. */
    private static String marks(String cell) {
        return cell.replaceAll("[^\\p{So}\\[\\]]", "");
    }

    /** A head cell naming the column: "Yes", "✓ Y", "Yes / Ydy", "Ie / Yes". */
    private static boolean titles(String cell, Set<String> words) {
        String c = cell.toLowerCase(Locale.ROOT).replaceAll("[\\p{So}\\[\\]()*:]", " ").strip();
        if (c.isEmpty()) {
            return false;
        }
        for (String half : c.split("\\s*/\\s*")) {
            if (!words.contains(half.strip().replaceAll("\\s+", " "))) {
                return false;
            }
        }
        return true;
    }

    /** A head cell naming one column for both answers, the letter written in it: "Y/N", "Yes / No". */
    private static boolean titlesBoth(String cell) {
        String[] halves = cell.toLowerCase(Locale.ROOT).strip().split("\\s*/\\s*");
        return halves.length == 2 && YES.contains(halves[0]) && NO.contains(halves[1]);
    }

    /** Whether the row is the checklist's head row. */
    boolean isHead(int at) {
        return at == head;
    }

    /**
     * The row's question and answer: "Yes" or "No" by the column marked (with the details after it, when given), else the
     * details after the two columns; null
     * for a row that is no question of the checklist (a section across the table, a row before the head).
     */
    String[] pair(int at, List<String> row) {
        if (at <= head || row.size() <= no) {
            return null;
        }
        String label = String.join(" ", row.subList(0, yes).stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (label.isEmpty()) {
            return null;
        }
        String written = row.get(yes).toLowerCase(Locale.ROOT).strip();
        // one column for both holds the letter or word ("Y", "No"); two columns a mark in the one that is the answer
        boolean y = yes == no ? YES.contains(written) : TickList.isMarkAlone(row.get(yes));
        boolean n = yes == no ? NO.contains(written) : TickList.isMarkAlone(row.get(no));
        String details = String.join(" ", row.subList(no + 1, row.size()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        // a mark with a comment beside it is the answer marked, with its comment ("Yes - arrived March 2025")
        String answer = y == n ? details : (y ? "Yes" : "No") + (details.isEmpty() ? "" : " - " + details);
        return new String[] {label.replaceAll("[:*\\s]+$", "").strip(), answer};
    }
}
