package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A form's table pasted into a mail with its columns parted by tabs, a column of notes beside the answers
 * ("Question | Answer | Notes" over "Date of birth | 15/12/2008 | turns 18 on the 15th"): each note is a remark on its
 * row's answer, set in brackets after it ("15/12/2008 (turns 18 on the 15th)"), never run on into the answer, so
 * that a date or a yes or no stays readable and the remark still reaches whoever reads the field.
 */
public final class NotesColumn {
    /** The titles of a column of remarks beside the answers. */
    private static final Set<String> NOTES_TITLES = Set.of("notes", "note", "comments", "comment", "remarks", "remark",
            "additional notes", "additional comments", "further notes", "further comments", "nodiadau", "sylwadau");

    private NotesColumn() {
    }

    /** The body with each row under such a head set out as its label and its answer, the note after it in brackets. */
    public static String lines(String body) {
        if (body == null || !body.contains("\t")) {
            return body;
        }
        String[] lines = body.split("\\R", -1);
        List<String> out = new ArrayList<>(lines.length);
        boolean changed = false;
        int notesAt = -1;
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (notesAt < 0) {
                notesAt = notesColumn(cells);
                out.add(line);
                continue;
            }
            if (!line.contains("\t")) {
                notesAt = -1; // the table has ended
                out.add(line);
                continue;
            }
            if (cells.length != notesAt + 1) {
                out.add(line);
                continue;
            }
            String note = cells[notesAt].replace('\u00a0', ' ').strip();
            String answer = cells[notesAt - 1].strip();
            List<String> kept = new ArrayList<>(Arrays.asList(cells).subList(0, notesAt));
            if (!note.isEmpty()) {
                kept.set(notesAt - 1, answer.isEmpty() ? "(" + note + ")" : answer + " (" + note + ")");
            }
            out.add(String.join("\t", kept));
            changed = true;
        }
        return changed ? String.join("\n", out) : body;
    }

    /** The index of the notes column when the cells head a table of questions, answers and notes; else -1. */
    private static int notesColumn(String[] cells) {
        int last = cells.length - 1;
        if (cells.length < 3 || !NOTES_TITLES.contains(cells[last].strip().toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        return QuestionTable.isHeaderRow(Arrays.asList(cells).subList(0, last)) ? last : -1;
    }
}
