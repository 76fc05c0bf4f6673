package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leaders and rules of a paper form typed over: "Name of young person ........ Jane Smith", "DOB: ____12/03/2009____",
 * "Label:.......value......", "Label __value__________", a dotted rule under a long answer. They are where the pen was
 * to write, no part of the label or of the value: a leader between a label and its answer is the colon a typed form
 * would have, one at the edges of an answer is nothing, a line of them is a blank line. Three dots in a sentence
 * ("he said... then left") are the writer's, left as they are.
 */
final class Leaders {
    /** Two or more underscores, four or more dots (spaced or not), or an ellipsis with dots or another ellipsis. */
    private static final String RUN = "(?:_{2,}|(?:\\.\\s?){3,}\\.|\u2026[.\u2026]+|\\.{2,}\u2026)";
    /** A leader run with whatever leader marks, dots and spaces run on around it. */
    private static final Pattern LEADER = Pattern.compile("[ \\t]*[._\u2026]*" + RUN + "[._\u2026 \\t]*");
    /** Only leaders and spaces: a rule to write on, or under a long answer. */
    private static final Pattern RULE = Pattern.compile("[\\s._\u2026]*" + RUN + "[\\s._\u2026]*");
    /** An answer between two leaders whose first is short ("...14/01/2027......", "..Jane Smith__"). */
    private static final Pattern WRAPPED = Pattern.compile("^\\s*[._\u2026]{2,}\\s*(\\S.*?)\\s*" + RUN + "[._\u2026\\s]*$");

    /** A leader closing an answer and a gap of two spaces or more before the next field on the line. */
    private static final Pattern BETWEEN_FIELDS = Pattern.compile("[ \\t]*" + RUN + "[._\u2026]*[ \\t\u00a0]{2,}(?=\\S)");

    /** A leader run anywhere in a line. */
    private static final Pattern ANY_RUN = Pattern.compile(RUN);

    /** Leader marks, two or more, straight after a colon. */
    private static final Pattern AFTER_COLON = Pattern.compile(":[ \\t]*[._\u2026]{2,}[ \\t]*(?=\\S)");
    /** Dots or an ellipsis opening a line, straight before a capital or a number. */
    private static final Pattern OPENING = Pattern.compile("^\\s*(?:\\.{2,}|\u2026)\\s*(?=[\\p{Lu}\\d])");

    private Leaders() {
    }

    /** The line with its leaders read as a form typed over means them; a line of leaders only is blank. */
    static String inLine(String line) {
        if (line == null || line.isEmpty() || line.indexOf('.') < 0 && line.indexOf('_') < 0 && line.indexOf('\u2026') < 0) {
            return line;
        }
        if (RULE.matcher(line).matches() || line.strip().matches("_+")) {
            // a rule to write on, or what is left of one after a page's text was read (a lone underscore)
            return "";
        }
        Matcher wrapped = WRAPPED.matcher(line);
        // dots straight after a label's colon, or opening a line before a capital or a number, are leaders however
        // few: "Date of birth:...31/10/2009", "...Gwion Price" ("...and then" in small letters is the writer's)
        String l = AFTER_COLON.matcher(wrapped.matches() ? wrapped.group(1) : line).replaceAll(": ");
        l = OPENING.matcher(l).replaceFirst("");
        Matcher m = LEADER.matcher(l);
        if (!m.find()) {
            return l;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            String before = l.substring(last, m.start());
            out.append(before);
            boolean atStart = out.toString().isBlank();
            boolean atEnd = m.end() >= l.length() || l.substring(m.end()).isBlank();
            String soFar = out.toString().stripTrailing();
            if (!atStart && !atEnd) {
                // between a label and its answer: the colon a typed form would have
                out.setLength(0);
                out.append(soFar).append(soFar.endsWith(":") ? " " : ": ");
            } else if (atEnd) {
                out.setLength(0);
                out.append(soFar);
            } else {
                out.setLength(0);
            }
            last = m.end();
        } while (m.find());
        out.append(l.substring(last));
        return out.toString();
    }

    /** Whether the text holds a leader ("Name ......", "DOB ____"; three dots in a sentence are none). */
    static boolean holdsLeader(String text) {
        return text != null && ANY_RUN.matcher(text).find();
    }

    /**
     * Each line as {@link #inLine} reads it; a line holding two fields ("Name ____Jo Bloggs____&nbsp;&nbsp;DOB:
     * ___1/2/09___") read as two lines, one a field.
     */
    static String[] inLines(String[] lines) {
        List<String> out = new ArrayList<>(lines.length);
        for (String line : lines) {
            for (String field : fields(line)) {
                out.add(inLine(field));
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * The fields of a line of a paper form typed over: a leader closing an answer, a gap of two spaces or more after
     * it, then another label with its own colon or leader, is where one field ends and the next begins. A leader with
     * a gap before a plain answer ("Name ______&nbsp;&nbsp;&nbsp;Jo Bloggs") is the label's, the line one field.
     */
    static List<String> fields(String line) {
        if (line == null || line.indexOf('_') < 0 && line.indexOf('.') < 0 && line.indexOf('\u2026') < 0) {
            return List.of(line == null ? "" : line);
        }
        List<String> out = new ArrayList<>();
        Matcher m = BETWEEN_FIELDS.matcher(line);
        int from = 0;
        while (m.find()) {
            String before = line.substring(from, m.start());
            String rest = line.substring(m.end());
            if (before.replace('\u00a0', ' ').isBlank() || RULE.matcher(before).matches()
                    || !rest.contains(":") && !ANY_RUN.matcher(rest).find()) {
                continue;
            }
            out.add(before);
            from = m.end();
        }
        out.add(line.substring(from));
        return out;
    }

    /** A label or a value with its leaders taken off its edges: "Name ......" is "Name", "__Jane Smith__" Jane Smith. */
    static String atEdges(String text) {
        if (text == null || text.indexOf('.') < 0 && text.indexOf('_') < 0 && text.indexOf('\u2026') < 0) {
            return text;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = inLine(lines[i]);
        }
        return String.join("\n", lines).strip();
    }
}
