package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.grid.Grid;

class DocumentViewsTest {
    private static final LabelledDocument FORM = new LabelledDocument("referral.docx", "Name: Sam",
            List.of(new LabelledDocument.Entry("Name", "Sam", "line 1")));

    @Test
    void aDocumentWhoseTablesCannotBeReadAsRowsIsStillReadAsAForm() {
        DocumentViews read = DocumentViews.of(FORM, "Word", () -> {
            throw new IllegalStateException("a table the reader did not foresee");
        });

        assertThat(read.form()).isSameAs(FORM);
        assertThat(read.tables().rows()).isEmpty();
    }

    @Test
    void aDocumentGivesItsFormAndItsTablesFromOneReading() {
        Grid tables = new Grid("return.docx", "Row", List.of(new Grid.Row(1, List.of("RSP-01", "2"))));

        DocumentViews read = DocumentViews.of(FORM, "Word", () -> tables);

        assertThat(read.form()).isSameAs(FORM);
        assertThat(read.tables()).isSameAs(tables);
    }
}
