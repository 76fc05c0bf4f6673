package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class DocumentViewsTest {
    private static final LabelledDocument FORM = new LabelledDocument("Sam Wilde referral.docx", "Name: Sam Wilde",
            List.of(new LabelledDocument.Entry("Name", "Sam Wilde", "line 1")));

    @Test
    void aDocumentWhoseTablesCannotBeReadAsRowsIsStillReadAsAForm() {
        DocumentViews read = DocumentViews.of(FORM, "Word", () -> {
            throw new IllegalStateException("a table the reader did not foresee");
        });

        assertThat(read.form()).isSameAs(FORM);
        assertThat(read.tables().rows()).isEmpty();
    }

    @Test
    void aTableViewThatFailsIsLoggedWithTheDocumentsKindOnlyNeverItsNameOrWhatTheFailureQuotes() {
        var logger = (Logger) LoggerFactory.getLogger(DocumentViews.class);
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        logger.addAppender(logged);
        try {
            DocumentViews.of(FORM, "Word", () -> {
                throw new IllegalStateException("cell 'Sam Wilde' of table 2 has no row");
            });
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).contains("Word", "IllegalStateException").doesNotContain("Sam", "Wilde",
                    "referral.docx");
            assertThat(e.getThrowableProxy()).as("a stack trace would carry the failure's message").isNull();
        });
    }

    @Test
    void aWordDocumentGivesItsFormAndItsTablesRowsFromOneReading() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Weekly void return");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Provider");
            table.getRow(0).getCell(1).setText("Brightways Housing");
            table.getRow(1).getCell(0).setText("RSP-CH-01");
            table.getRow(1).getCell(1).setText("2");
            doc.write(out);
            docx = out.toByteArray();
        }

        DocumentViews read = WordReader.readWithTables("return.docx", docx);

        assertThat(read.form().entries()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("Provider");
            assertThat(e.value()).isEqualTo("Brightways Housing");
        });
        assertThat(read.tables().rows()).anySatisfy(r -> assertThat(r.cells()).containsExactly("RSP-CH-01", "2"));
    }
}
