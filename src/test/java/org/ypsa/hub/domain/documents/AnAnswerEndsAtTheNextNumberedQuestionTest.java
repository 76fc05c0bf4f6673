package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a form whose questions are numbered by section ("1.3", "2.1"), an answer under its question ends where the next
 * numbered question starts, though that question has no colon ("1.4 DOB of young person – dd/mm/yyyy"): the name is
 * the name, not the name and the questions after it.
 */
class AnAnswerEndsAtTheNextNumberedQuestionTest {
    @Test
    void aNameUnderItsQuestionEndsAtTheNextSectionNumberedQuestion() {
        String text = """
                1. Provider and scheme
                1.2 Scheme reference \u2013 if applicable:
                RSP-CHE-01 (Cherwell)
                1.3 Resident (YP) name (as on birth certificate):
                Ifan Tregarth
                1.4 DOB of young person \u2013 dd/mm/yyyy
                21 March 2008
                1.5 LCS no. (if known) \u2013 7 digits
                N/A
                2. Allocated worker details
                2.1 Named SW or PA:
                Dara Nwosu
                2.2 SW/PA email address (write N/A if none)
                d.nwosu@council.test
                3. What happened
                Tick one box per question where boxes are shown.
                3.1 Day of incident \u2013 dd/mm/yyyy:
                15/12/2026
                3.2 Incident time (please complete)
                9:55 pm
                3.5 Account of events \u2013 facts only
                Ifan said a member of staff took photos of them on a personal phone.
                """;
        Map<SafeguardingField, String> read = FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident")
                .read(new LabelledDocument("incident.pdf", text, TextFields.labelValues(text, "line"))).values();
        assertThat(read.get(SafeguardingField.NAME)).isEqualTo("Ifan Tregarth");
        assertThat(read.get(SafeguardingField.WORKER_NAME)).isEqualTo("Dara Nwosu");
        assertThat(read.get(SafeguardingField.WORKER_EMAIL)).isEqualTo("d.nwosu@council.test");
        // "3. What happened" heads the section's numbered questions: no label of the description
        assertThat(read.get(SafeguardingField.DESCRIPTION)).startsWith("Ifan said");
    }
}
