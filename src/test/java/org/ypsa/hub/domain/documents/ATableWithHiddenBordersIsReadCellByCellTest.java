package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.TestPdfPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form laid out in a table whose borders are hidden (an office suite told not to draw them, a template's borders
 * set in a style sheet the converter ignores), printed to PDF: no ruling lines, the cells' text standing in two
 * columns, each cell a label in bold over its answer, a short cell set in the middle of its row's height, rows parted
 * by the cells' padding. Each column's lines of one row are one cell, as a drawn table's would be. Wordings invented
 * for the test.
 */
class ATableWithHiddenBordersIsReadCellByCellTest {
    private static final float LEFT = 50;
    private static final float SECOND = 320;
    private static final float LEADING = 11.5f;
    private static final float PADDING = 3f;

    @Test
    void twoLabelOverAnswerCellsSideBySideAreTwoPairsNotOneLabelRunTogether() throws Exception {
        Map<String, String> read = entries(page(
                row(cell("Date of the event", "14/02/2026"), cell("Time of the event", "22:15")),
                row(cell("Worker's name", "Odile Fairweather"), cell("Worker's team", "Night support")),
                row(cell("Site", "Harbour Lane"), cell("Room", "Flat 3"))));
        assertThat(read).containsEntry("Date of the event", "14/02/2026").containsEntry("Time of the event", "22:15")
                .containsEntry("Worker's name", "Odile Fairweather").containsEntry("Room", "Flat 3");
    }

    @Test
    void twoAnswersWrappedSideBySideAreEachReadWholeNotInterleaved() throws Exception {
        Map<String, String> read = entries(page(
                row(cell("Date of the event", "14/02/2026"), cell("Time of the event", "22:15")),
                row(cell("What happened", "The young man came back late and", "shouted at the night worker in the",
                        "hall before going to his room."),
                        cell("What we did next", "Spoke with him in the morning and", "agreed a plan with his worker.")),
                row(cell("Worker's name", "Odile Fairweather"), cell("Worker's team", "Night support"))));
        assertThat(read).containsEntry("What happened",
                "The young man came back late and shouted at the night worker in the hall before going to his room.");
        assertThat(read).containsEntry("What we did next", "Spoke with him in the morning and agreed a plan with his worker.");
    }

    @Test
    void aTickListBesideAnotherTickListKeepsEachListUnderItsOwnLabel() throws Exception {
        Map<String, String> read = entries(page(
                row(cell("Date of the event", "14/02/2026"), cell("Time of the event", "22:15")),
                row(cell("Kind of event", "[ ] Missing [X] Damage to property [ ] Theft", "[ ] Other"),
                        cell("How serious", "[ ] Low [X] Medium [ ] High")),
                row(cell("Worker's name", "Odile Fairweather"), cell("Worker's team", "Night support"))));
        assertThat(read.get("Kind of event")).contains("[X] Damage to property").doesNotContain("Medium");
        assertThat(read.get("How serious")).contains("[X] Medium").doesNotContain("Damage");
    }

    @Test
    void labelAndAnswerLinesWithAGapBetweenThemReadAsTheyDidWithoutAnyTable() throws Exception {
        byte[] pdf = plainLines(List.of("Name:", "Date of birth:", "Current address:", "Phone:"),
                List.of("Aurelio Banks", "03/07/2008", "4 Mill Row, Eastby", "07700 900123"));
        assertThat(PdfReader.readWithTables("form.pdf", pdf).tables().rows()).allMatch(r -> r.number() == 0);
    }

    private static Map<String, String> entries(byte[] pdf) throws Exception {
        return PdfReader.readWithTables("form.pdf", pdf).form().entries().stream()
                .collect(Collectors.toMap(e -> e.label(), e -> e.value().replace('\n', ' '), (a, b) -> a));
    }

    private record Cell(String label, String[] answer) {
        int lines() {
            return 1 + answer.length;
        }
    }

    private record Row(Cell left, Cell right) {
    }

    private static Cell cell(String label, String... answer) {
        return new Cell(label, answer);
    }

    private static Row row(Cell left, Cell right) {
        return new Row(left, right);
    }

    /** A title, then each row's two cells, no borders drawn, the shorter cell centred in its row's height. */
    private static byte[] page(Row... rows) throws Exception {
        return TestPdfPage.pdf(p -> {
            p.bold(14, LEFT, 750, "Event report");
            float top = 720;
            for (Row r : rows) {
                int lines = Math.max(r.left().lines(), r.right().lines());
                for (var pair : List.of(Map.entry(LEFT, r.left()), Map.entry(SECOND, r.right()))) {
                    Cell c = pair.getValue();
                    float y = top - (lines - c.lines()) * LEADING / 2;
                    p.bold(10, pair.getKey(), y, c.label());
                    for (int k = 0; k < c.answer().length; k++) {
                        p.plain(10, pair.getKey(), y - (k + 1) * LEADING, c.answer()[k]);
                    }
                }
                top -= lines * LEADING + PADDING;
            }
        });
    }

    /** Label and answer on one line each, the answers standing in a column of their own, a blank line before the last. */
    private static byte[] plainLines(List<String> labels, List<String> answers) throws Exception {
        return TestPdfPage.pdf(p -> {
            float y = 720;
            for (int k = 0; k < labels.size(); k++) {
                p.plain(10, LEFT, y, labels.get(k));
                p.plain(10, 200, y, answers.get(k));
                y -= k == 1 ? 2 * LEADING : LEADING;
            }
        });
    }
}
