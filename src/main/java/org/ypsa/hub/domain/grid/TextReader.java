package org.ypsa.hub.domain.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text of an email body as a grid: tab- or bar-separated tables, or "Label: value" lines. */
public final class TextReader {
    private static final Pattern LABEL_VALUE = Pattern.compile("^\\s*([^:]{1,60}?)\\s*[:=]\\s*(.*)$");

    private TextReader() {
    }

    /** A body pasted from a spreadsheet: cells split on tabs or vertical bars. */
    public static Grid table(String source, String text) {
        List<Grid.Row> rows = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length && i < SpreadsheetReader.MAX_ROWS; i++) {
            String line = lines[i];
            String[] cells = line.contains("\t") ? line.split("\t", -1)
                    : line.contains("|") ? line.replaceAll("^\\s*\\|", "").split("\\|", -1) : new String[] {line};
            Grid.Row row = new Grid.Row(i + 1, new ArrayList<>(Arrays.stream(cells).map(String::trim).toList()));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new Grid(source, "Line", rows);
    }

    /** One "Label: value" pair a line, in order, with its line number; other lines are left out. */
    public static List<LabelValue> labelValues(String text) {
        List<LabelValue> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length && i < SpreadsheetReader.MAX_ROWS; i++) {
            Matcher m = LABEL_VALUE.matcher(lines[i]);
            if (m.matches()) {
                out.add(new LabelValue(i + 1, m.group(1).trim(), m.group(2).trim()));
            }
        }
        return out;
    }

    public record LabelValue(int line, String label, String value) {
    }
}
