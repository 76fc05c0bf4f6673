package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A paper form copied into a table as boxes: each cell holds its label, a line break and the answer under it, two or
 * three boxes to a row ("Date of birth" over "03/07/2008" | "Gender" over "Male"), a long answer's box across the row
 * ("What has led to this referral?" over the paragraph that answers it). Each box is one label and its answer, never
 * one box's label and answer taken as the label of the box beside it.
 * <p>
 * A row is read as boxes when every cell with text in it holds a label line over its answer, and the row cannot be
 * label | answer pairs: its cells are an odd number, or every box's label is marked as one (a colon, question mark or
 * star). A box across the row on its own is read so only when its label asks a question ("Who else is working with
 * him?" over its answer); a label with a colon over its answer is read as any "Label:" line is. A lone box filled in a
 * row of an odd number of boxes, the others left empty ("Is the YP a parent" over "No" | | ), is a box as well; in a
 * row of boxes, a cell holding only a marked label ("E-mail of their SW:") is a box left unanswered. A label line over its
 * hint in brackets, a heading, a guidance note or a label over another label is no box.
 */
final class AnswerBoxes {
    private static final int MAX_LABEL_WORDS = 16;

    private AnswerBoxes() {
    }

    /** The row's boxes as label and answer entries, or null when the row is no row of boxes. */
    static List<LabelledDocument.Entry> of(List<String> cells, String where, String section) {
        List<String> filled = cells.stream().map(c -> c.replace('\u00a0', ' ').strip()).filter(c -> !c.isEmpty()).toList();
        if (filled.isEmpty()) {
            return null;
        }
        List<LabelledDocument.Entry> out = new ArrayList<>();
        boolean allMarked = true;
        boolean answered = false;
        for (String cell : filled) {
            List<String> lines = Arrays.stream(cell.split("\\s*\\R\\s*")).filter(l -> !l.isBlank()).toList();
            if (lines.size() == 1 && marked(lines.get(0)) && isBoxLabel(lines.get(0))) {
                // a box left unanswered: its marked label alone
                out.add(new LabelledDocument.Entry(lines.get(0).replaceAll("[:*\\s]+$", "").strip(), "", where, section));
                continue;
            }
            if (lines.size() < 2) {
                return null;
            }
            answered = true;
            String label = lines.get(0);
            String answer = String.join("\n", lines.subList(1, lines.size()));
            if (!isBoxLabel(label) || !isBoxAnswer(lines.subList(1, lines.size()))) {
                return null;
            }
            allMarked &= marked(label);
            out.add(new LabelledDocument.Entry(label.replaceAll("[:*\\s]+$", "").strip(), answer, where, section));
        }
        if (!answered) {
            return null;
        }
        if (filled.size() == 1) {
            String label = out.get(0).label();
            return asks(label) || cells.size() > 1 && cells.size() % 2 == 1 ? out : null;
        }
        return cells.size() % 2 == 1 || allMarked ? out : null;
    }

    /**
     * Boxes whose labels are set apart from their answers by type ({@link BoldBoxes}): read whatever the labels'
     * punctuation and the row's number of cells; null when a label is a heading, a guidance note or a marking, or the
     * plain type under every label is only its hint or nothing.
     */
    static List<LabelledDocument.Entry> setApart(List<String[]> boxes, String where, String section) {
        List<LabelledDocument.Entry> out = new ArrayList<>();
        if (boxes.stream().anyMatch(b -> GuidanceNotes.onlyHints(b[1]))
                && boxes.stream().allMatch(b -> GuidanceNotes.onlyHints(b[1]) || FieldValues.isBlank(b[1]))) {
            // labels with the form's hints under them in plain type, and no answer ("Full name" over "(first name,
            // SURNAME)" beside "Date of birth"): their answers are in the row under them (a box still showing its hint
            // beside an answered box is a box left unanswered, and the row is boxes)
            return null;
        }
        for (String[] box : boxes) {
            if (!isBoxLabel(box[0])) {
                return null;
            }
            out.add(new LabelledDocument.Entry(box[0].replaceAll("[:*\\s]+$", "").strip(), box[1], where, section));
        }
        return out;
    }

    private static boolean isBoxLabel(String label) {
        return label.split("\\s+").length <= MAX_LABEL_WORDS && !SectionHeading.is(label)
                && !GuidanceNotes.isGuidance(label) && !DocumentMarkings.isMarking(label);
    }

    /** The lines under a box's label are its answer: no hint in brackets, guidance or label of their own. */
    private static boolean isBoxAnswer(List<String> lines) {
        String first = lines.get(0);
        String last = lines.get(lines.size() - 1);
        return !first.matches("[(\\[].*[)\\]]") && !GuidanceNotes.tellsTheWriter(first) && !marked(last)
                && lines.stream().noneMatch(WordReader::isLabelAndValue);
    }

    /** A label marked as one: it ends with a colon, a question mark or the star of a required box. */
    private static boolean marked(String label) {
        return label.strip().matches("(?s).*[:?*]$");
    }

    /** A label asking a question, a hint in brackets or a colon after it allowed ("A parent? (Y/N):"). */
    private static boolean asks(String label) {
        return label.matches(".*\\?(?:\\s*\\([^)]*\\))?");
    }
}
