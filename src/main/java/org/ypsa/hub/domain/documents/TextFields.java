package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Label: value" lines in free text: an email body, a PDF's text, a paragraph. */
public final class TextFields {
    private static final Pattern LABEL_VALUE = Pattern.compile("^\\s*([^:]{1,80}?)\\s*:\\s*(.*)$");

    private TextFields() {
    }

    public static List<LabelledDocument.Entry> labelValues(String text, String where) {
        List<LabelledDocument.Entry> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length && i < 5_000; i++) {
            Matcher m = LABEL_VALUE.matcher(lines[i]);
            // "Time 14:00" is a time, not a label "Time 14" with the value "00"
            if (m.matches() && !(m.group(1).matches(".*\\d") && m.group(2).matches("\\d.*"))) {
                out.add(new LabelledDocument.Entry(m.group(1).trim(), m.group(2).trim(), where + " " + (i + 1)));
            }
        }
        return out;
    }
}
