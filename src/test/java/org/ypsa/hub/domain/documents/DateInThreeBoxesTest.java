package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date asked in three boxes, day, month and year, is one answer (issue 14, tuned16's split fields). The wordings
 * are invented here.
 */
class DateInThreeBoxesTest {
    private static LabelledDocument.Entry row(String label, String value) {
        return new LabelledDocument.Entry(label, value, "table row 6", "About the child");
    }

    @Test
    void aRowsDayMonthAndYearCellsAreOneDateUnderTheDatesLabel() {
        LabelledDocument doc = new LabelledDocument("f.docx", "", List.of(row("Born on (DD / MM / YYYY)", "07"),
                row("11", "2008"), row("Key worker", "Ola Brennan")));
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Born on (DD / MM / YYYY)", "07/11/2008"),
                        org.assertj.core.groups.Tuple.tuple("Key worker", "Ola Brennan"));
    }

    @Test
    void labelledBoxesAreOneDateInACellOrALine() {
        LabelledDocument doc = new LabelledDocument("f.pdf", "Birthday Day: 3 Month: June Year: 2010\nOther: x",
                List.of(row("Birthday", "DD: 3"), row("MM: June", "YYYY: 2010"),
                        new LabelledDocument.Entry("Date born", "Day: 3 Month: 06 Year: 2010", "line 4")));
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::value).containsExactly("3 June 2010", "3/06/2010");
        assertThat(doc.text()).startsWith("Birthday 3 June 2010\n");
    }

    @Test
    void pairsThatAreNotADatesBoxesAreLeftAsTheyAre() {
        LabelledDocument doc = new LabelledDocument("f.docx", "", List.of(row("Beds", "4"), row("Occupied", "2009"),
                row("Room", "12"), new LabelledDocument.Entry("11", "2008", "table row 7")));
        assertThat(doc.entries()).extracting(LabelledDocument.Entry::value).containsExactly("4", "2009", "12", "2008");
    }
}
