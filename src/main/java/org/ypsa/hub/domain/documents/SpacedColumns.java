package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ypsa.hub.domain.forms.Words;

/**
 * A form's table pasted into a plain mail as text lined up with spaces: each label in a column of its own, wrapped over
 * two or three lines ("Enw'r person ifanc / Name of" / "young person"), its answer beside the label's first line
 * ("Harvey Nowicki"). Read a line at a time, a wrapped label's second line is a label of its own and the answer lands
 * on the wrong field. Set out as "label: answer" lines, the form reads as any other body. A table whose columns are
 * parted by a bar, as a case record system prints one ("Client name      | Amber Rees", "| DOB | 07/07/2006 |"),
 * is read the same way, its heading row over a ruled line ("Field | Value" / "-----+-----") no label.
 */
public final class SpacedColumns {
    /** A line of a label, a gap of two spaces or more, and an answer. */
    private static final Pattern ROW = Pattern.compile("^(\\S.*?\\S|\\S)\\s{2,}(\\S.*)$");
    /** A table of three columns or more (a weekly return pasted with spaces) is no label | answer table. */
    private static final Pattern WIDE_GAP = Pattern.compile("\\S\\s{3,}\\S");
    /** This many rows with their answers starting in one column make a table; fewer are lines that happen to line up. */
    private static final int ROWS = 5;
    /** The words a label does not end with: the line after such a line is the label's end. */
    private static final Pattern RUNS_ON = Pattern.compile("(?i).*(?:\\b(?:of|the|a|an|and|or|to|for|by|on|in|with|from)|[/,&-])$");

    private SpacedColumns() {
    }

    /** The body with a table lined up with spaces set out as "label: answer" lines; unchanged when it holds none. */
    public static String lines(String body) {
        if (body == null || body.isBlank()) {
            return body;
        }
        String[] raw = body.split("\\R", -1);
        String[] lines = unbarred(raw);
        int column = answerColumn(lines);
        if (column < 0) {
            return lines == raw ? body : String.join("\n", lines);
        }
        int width = 0;
        for (String l : lines) {
            if (startsARow(l, column)) {
                width = Math.max(width, l.substring(0, column).stripTrailing().length());
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder label = null;
        StringBuilder answer = null;
        String lastLabelLine = "";
        for (String l : lines) {
            boolean inRow = label != null;
            if (startsARow(l, column)) {
                flush(out, label, answer);
                lastLabelLine = l.substring(0, column).strip();
                label = new StringBuilder(lastLabelLine);
                answer = new StringBuilder(l.substring(column).strip());
            } else if (inRow && !l.isBlank() && l.length() > column && l.substring(0, column).isBlank()) {
                answer.append(answer.isEmpty() ? "" : " ").append(l.strip()); // the answer's next line
            } else if (inRow && !l.isBlank() && l.strip().length() <= column && l.length() <= column + 1) {
                String words = l.strip();
                if (!words.matches("(?s).*\\p{L}.*") || endOfLabel(lastLabelLine, words, width)) {
                    label.append(' ').append(words);
                } else {
                    flush(out, label, answer); // a label whose answer was left empty
                    label = new StringBuilder(words);
                    answer = new StringBuilder();
                }
                lastLabelLine = words;
            } else {
                flush(out, label, answer);
                label = null;
                answer = null;
                out.add(l);
            }
        }
        flush(out, label, answer);
        return String.join("\n", out);
    }

    /** A row of two cells parted by a bar, the outer bars optional: "Client name   | Amber Rees", "| DOB | 07/07/2006 |". */
    private static final Pattern BARRED = Pattern.compile("^\\s*\\|?\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|?\\s*$");
    /** A ruled line under a table's heading row: "-----+-----", "|---|---|", "=====". */
    private static final Pattern RULE = Pattern.compile("^\\s*[-=+|: ]*[-=]{3,}[-=+|: ]*$");

    /**
     * The lines with a table of two columns parted by bars set out as "label: answer" lines, when this many rows are
     * so parted: a row with no label is more of the answer above ("     | and more words"), a heading row over a ruled
     * line and the ruled lines go. A barred line alone (a signature's "Personal Adviser | Cwm Tawel CBC") and lines of
     * no such table are as they were.
     */
    private static String[] unbarred(String[] lines) {
        Matcher[] barred = new Matcher[lines.length];
        boolean[] rule = new boolean[lines.length];
        int rows = 0;
        for (int i = 0; i < lines.length; i++) {
            rule[i] = RULE.matcher(lines[i]).matches();
            Matcher m = BARRED.matcher(lines[i]);
            barred[i] = !rule[i] && lines[i].indexOf('|') >= 0 && m.matches() ? m : null;
            rows += barred[i] != null ? 1 : 0;
        }
        if (rows < ROWS) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            boolean ruleUnder = i + 1 < lines.length && rule[i + 1];
            boolean barredAbove = i > 0 && barred[i - 1] != null;
            Matcher m = barred[i];
            boolean inTable = m != null && (barredAbove || ruleUnder || i + 1 < lines.length && barred[i + 1] != null);
            if (rule[i] || inTable && ruleUnder) {
                continue; // a ruled line, or the heading row over it ("Field | Value")
            }
            if (!inTable) {
                out.add(lines[i]);
            } else if (m.group(1).isEmpty() && barredAbove && !out.isEmpty()) {
                out.set(out.size() - 1, (out.get(out.size() - 1) + " " + m.group(2)).strip());
            } else {
                out.add(m.group(1).replaceFirst("\\s*:$", "") + ": " + m.group(2));
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * Whether a line holding only words in the label column ends the label above: it starts in lower case or with a
     * bracket, the line above leaves a bracket open or ends on a word no label ends with, or the line above could not
     * have held this line's first word (the label was wrapped there).
     */
    private static boolean endOfLabel(String above, String words, int width) {
        String first = words.split("\\s+")[0];
        return Character.isLowerCase(words.codePointAt(0)) || words.startsWith("(") || words.startsWith(")")
                || Words.count(above, '(') > Words.count(above, ')') || RUNS_ON.matcher(above).matches()
                || above.length() + 1 + first.length() > width;
    }

    private static void flush(List<String> out, StringBuilder label, StringBuilder answer) {
        if (label != null) {
            out.add(label.toString().replaceFirst("\\s*:$", "") + ": " + answer);
        }
    }

    private static boolean startsARow(String line, int column) {
        return line.length() > column && line.charAt(column) != ' ' && line.charAt(column - 1) == ' '
                && line.charAt(column - 2) == ' ' && !line.substring(0, column).isBlank();
    }

    /** The column most rows' answers start in, when enough do and the table has two columns; -1 otherwise. */
    private static int answerColumn(String[] lines) {
        Map<Integer, Integer> byColumn = new HashMap<>();
        Map<Integer, Integer> wider = new HashMap<>();
        for (String l : lines) {
            Matcher m = ROW.matcher(l);
            if (m.matches() && !l.contains("\t")) {
                byColumn.merge(m.start(2), 1, Integer::sum);
                if (WIDE_GAP.matcher(m.group(2)).find()) {
                    wider.merge(m.start(2), 1, Integer::sum);
                }
            }
        }
        return byColumn.entrySet().stream()
                .filter(e -> e.getValue() >= ROWS && 2 * wider.getOrDefault(e.getKey(), 0) < e.getValue())
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }
}
