package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.TestPdfPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form laid out in a table whose borders are hidden, each row a label cell beside its answer cell, and a few rows
 * parting the answer's room into a "Y" and an "N" column, a mark under one of them (the label cells in one typeface and
 * bold, the answers in another): each label beside its answer is one row, an answer long enough to run over where the
 * Y and N columns start is still its label's answer. Wordings invented for the test.
 */
class ABorderlessTableBesideYesNoColumnsIsReadCellByCellTest {
    private static final float LEFT = 50;
    private static final float ANSWER = 200;
    private static final float NO = 380;
    private static final float RIGHT = 560;
    private static final float LEADING = 11.5f;
    private static final float PADDING = 3f;

    @Test
    void aLabelInBoldBesideItsAnswerInAnotherTypeOnOneBaselineIsOneRowOfTwoCells() throws Exception {
        Map<String, String> read = entries(page(Standard14Fonts.FontName.TIMES_ROMAN,
                row(List.of("Name of the young person"), List.of("Idris Penhallow")),
                row(List.of("Date of birth"), List.of("11/09/2009")),
                row(List.of("Where they are staying", "tonight"), List.of("With a friend's family, on a sofa,", "for one night only")),
                row(List.of("Team"), List.of("Intake and Duty")),
                row(List.of("Legal status"), List.of("Accommodated (s.20)")),
                row(List.of("What has happened", "recently"), List.of("Asked to leave by his father after an", "argument last night."))));
        assertThat(read).containsEntry("Name of the young person", "Idris Penhallow")
                .containsEntry("Team", "Intake and Duty").containsEntry("Legal status", "Accommodated (s.20)");
    }

    @Test
    void anAnswerRunningOverWhereTheYesAndNoColumnsStartIsItsLabelsAnswerNotALineAcrossThePage() throws Exception {
        Map<String, String> read = entries(page(Standard14Fonts.FontName.HELVETICA,
                row(List.of("Name of the young person"), List.of("Idris Penhallow")),
                row(List.of("Date of birth"), List.of("11/09/2009")),
                yesNo(),
                row(List.of("Is he a young parent?"), List.of(), true),
                row(List.of("Has he been in care?"), List.of(), true),
                row(List.of("Reason for the", "referral"), List.of("Asked to leave by his father after an argument late last night,",
                        "he has slept at a friend's house and he cannot stay there again.")),
                yesNo(),
                row(List.of("Consent to share"), List.of(), true),
                yesNo(),
                row(List.of("Known to the police?"), List.of(), true),
                row(List.of("Why he is not safe", "where he is now"), List.of("The friend's parents have said that he must leave them today and",
                        "he has nowhere else to go tonight; his father will not have him back."))));
        assertThat(read.get("Reason for the referral")).isEqualTo("Asked to leave by his father after an argument late "
                + "last night, he has slept at a friend's house and he cannot stay there again.");
        assertThat(read.get("Why he is not safe where he is now")).startsWith("The friend's parents have said")
                .endsWith("his father will not have him back.");
    }

    private static Map<String, String> entries(byte[] pdf) throws Exception {
        return PdfReader.readWithTables("form.pdf", pdf).form().entries().stream()
                .collect(Collectors.toMap(e -> e.label(), e -> e.value().replace('\n', ' '), (a, b) -> a));
    }

    /** A row: its label's lines, its answer's lines, or a mark under "N" for a yes/no row. */
    private record Row(List<String> label, List<String> answer, boolean no, boolean heading) {
        int lines() {
            return Math.max(Math.max(label.size(), answer.size()), 1);
        }
    }

    private static Row row(List<String> label, List<String> answer) {
        return new Row(label, answer, false, false);
    }

    private static Row row(List<String> label, List<String> answer, boolean no) {
        return new Row(label, answer, no, false);
    }

    private static Row yesNo() {
        return new Row(List.of(), List.of(), false, true);
    }

    /**
     * A title, then each row's cells side by side, no borders drawn, the shorter cell centred in its row's height:
     * labels in bold Helvetica, answers in the given type; a yes/no heading's "Y" and "N" at the start of their columns,
     * a mark centred under the "N".
     */
    private static byte[] page(Standard14Fonts.FontName answers, Row... rows) throws Exception {
        return TestPdfPage.pdf(p -> {
            p.bold(14, LEFT, 750, "Referral for a place to stay");
            float top = 720;
            for (Row r : rows) {
                int lines = r.lines();
                if (r.heading()) {
                    p.bold(10, ANSWER, top, "Y");
                    p.bold(10, NO, top, "N");
                }
                if (r.no()) {
                    p.plain(10, (NO + RIGHT) / 2 - p.width(false, 10, "X") / 2, top, "X");
                }
                List<Map.Entry<Float, List<String>>> cells = new ArrayList<>();
                cells.add(Map.entry(LEFT, r.label()));
                cells.add(Map.entry(ANSWER, r.answer()));
                for (var cell : cells) {
                    float y = top - (lines - cell.getValue().size()) * LEADING / 2;
                    for (int k = 0; k < cell.getValue().size(); k++) {
                        String text = cell.getValue().get(k);
                        if (cell.getKey() == LEFT) {
                            p.bold(10, LEFT, y - k * LEADING, text);
                        } else {
                            p.text(answers, 10, ANSWER, y - k * LEADING, text);
                        }
                    }
                }
                top -= lines * LEADING + PADDING;
            }
        });
    }
}
