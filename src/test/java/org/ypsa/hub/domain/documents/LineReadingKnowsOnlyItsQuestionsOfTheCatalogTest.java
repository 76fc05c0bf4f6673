package org.ypsa.hub.domain.documents;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a document's lines asks the form's catalog only what {@link LineQuestions} says (review of stop 49: the
 * catalog and the line reading used each other both ways). The arrow goes one way: the catalog uses the line reading.
 */
class LineReadingKnowsOnlyItsQuestionsOfTheCatalogTest {
    @Test
    void lineReadingHoldsNoCatalogOnlyItsQuestions() {
        assertThat(Arrays.stream(LineReading.class.getDeclaredFields()).map(Field::getType))
                .doesNotContain(FieldCatalog.class).contains(LineQuestions.class);
        for (Constructor<?> c : LineReading.class.getDeclaredConstructors()) {
            assertThat(c.getParameterTypes()).doesNotContain(FieldCatalog.class);
        }
    }

    @Test
    void theCatalogAnswersTheLinesQuestions() {
        assertThat(LineQuestions.class).isAssignableFrom(FieldCatalog.class);
    }
}
