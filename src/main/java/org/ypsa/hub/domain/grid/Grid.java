package org.ypsa.hub.domain.grid;

import java.util.List;

/**
 * A table of text cells as it was laid out by the sender: a sheet, a CSV file or the lines of a body.
 *
 * @param source where it came from, for messages ("attachment voids.xlsx, sheet Voids")
 * @param rows   the non-empty rows, each with the row number the sender sees
 */
public record Grid(String source, String rowWord, List<Row> rows) {

    public record Row(int number, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** A number cell as the sender sees it: a whole number without ".0" (a unit count, a phone number's digits). */
    public static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /** A true/false cell as a form's answer. */
    public static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }
}
