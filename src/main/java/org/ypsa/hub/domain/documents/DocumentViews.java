package org.ypsa.hub.domain.documents;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ypsa.hub.domain.grid.Grid;

/**
 * A Word or PDF document read once, two ways: as a form (its labels and answers) and as its tables' rows (a weekly
 * void return typed as a table). A document whose tables cannot be read as rows is still read as a form; the failure
 * is logged with the document's kind only (never its name or content, which may name a child).
 */
public record DocumentViews(LabelledDocument form, Grid tables) {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentViews.class);

    static DocumentViews of(LabelledDocument form, String kind, Supplier<Grid> tables) {
        try {
            return new DocumentViews(form, tables.get());
        } catch (RuntimeException e) {
            LOG.warn("The tables of a {} document could not be read as rows ({}); it is read as a form only", kind,
                    e.getClass().getSimpleName());
            return new DocumentViews(form, new Grid(form.source(), "Row", List.of()));
        }
    }
}
