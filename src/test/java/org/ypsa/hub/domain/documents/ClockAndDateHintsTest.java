package org.ypsa.hub.domain.documents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Dates;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's hint on how to write a date or a time (stop 41, date41): "hh:mm" in a label is no label's colon, a hint
 * run into the answer ("DD/MM/YYYY 13/10/09", "24 hour clock: 05.20") says nothing of it, and a clock's note after a
 * dash ("At what time \u2013 24 hour clock") is a hint. The wordings are invented for these tests.
 */
class ClockAndDateHintsTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT =
            FieldCatalog.shipped(SafeguardingField.class, "safeguarding-incident");

    private static LabelledDocument text(String body) {
        return new LabelledDocument("a.pdf", body, TextFields.labelValues(body, "line"));
    }

    @Test
    void aClocksHintInALabelIsNoColonOfTheLabel() {
        // tuned16 read "mm" and "mm:" as incidents' dates and times
        Map<SafeguardingField, String> f = INCIDENT.read(text("Date and time of incident \u2013 dd/mm/yyyy hh:mm: 03/12/2026 21:40\n"
                + "Description: Sam left the scheme.\n")).values();
        assertThat(f).containsEntry(SafeguardingField.WHEN, "03/12/2026 21:40");
        f = INCIDENT.read(text("Occurred (DD/MM/YYYY HH:MM:SS): 03/12/2026 21:40:00\nDescription: Sam left.\n")).values();
        assertThat(f).containsEntry(SafeguardingField.WHEN, "03/12/2026 21:40:00");
    }

    @Test
    void aLabelInSmallLettersEndingInAClocksHintIsALabelOverItsAnswerWithATime() {
        Map<String, Double> labels = Map.of("name of yp", 2.0, "date / time \u2013 dd/mm/yyyy hh.mm", 2.0, "severity", 2.0);
        ToDoubleFunction<String> score = w -> labels.getOrDefault(w.toLowerCase(java.util.Locale.ROOT), 0.0);
        String body = "name of yp\nSam Jones\n\ndate / time \u2013 dd/mm/yyyy hh:mm\n3 December 2026, 9:40 pm\n\nseverity\nHigh\n";
        assertThat(HurriedLines.labelsOverAnswers(body, score))
                .contains("date / time \u2013 dd/mm/yyyy hh.mm:\n3 December 2026, 9:40 pm");
    }

    @Test
    void aFormsHintRunIntoTheAnswerSaysNothingOfTheDateOrTime() {
        assertThat(Dates.parse("DD/MM/YYYY 13/10/09")).contains(LocalDate.of(2009, 10, 13));
        assertThat(Dates.parse("dd/mm/yyyy 30 November 2009")).contains(LocalDate.of(2009, 11, 30));
        assertThat(Dates.parseTime("24 hour clock: 05.20")).contains(LocalTime.of(5, 20));
        assertThat(Dates.parseDateTime("dd/mm/yyyy hh:mm 21/12/2026 22:40")).contains(LocalDate.of(2026, 12, 21).atTime(22, 40));
        // a hint alone is still no date
        assertThat(Dates.parse("DD/MM/YYYY")).isEmpty();
        assertThat(Dates.parseDateTime("dd/mm/yyyy hh:mm")).isEmpty();
    }

    @Test
    void aClocksNoteAfterADashIsAHintOfTheTimesLabel() {
        for (String label : new String[] {"At what time \u2013 24 hour clock", "Time - 24hr", "Time it happened \u2013 hh:mm"}) {
            assertThat(INCIDENT.read(Tables.table("Date it happened", "16/12/2026", label, "05.20")).values())
                    .as(label).containsEntry(SafeguardingField.INCIDENT_TIME, "05.20");
        }
    }

    @Test
    void aLabelNamingTheTimeAndTheDescriptionAlikeIsReadByItsWordsBeforeItsHint() {
        // "What happened \u2013 facts only" was read as the incident's date and time (tuned16 t16-sg-008)
        for (String label : new String[] {"What happened \u2013 facts only", "Describe what happened - facts only"}) {
            assertThat(INCIDENT.match(label)).as(label).contains(SafeguardingField.DESCRIPTION);
        }
    }
}
