package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A paper form typed over: its leaders and rules are no part of a label or a value. */
class LeadersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Surname of tenant ............ Okonjo|Surname of tenant: Okonjo",
            "Moving in on: ______03/04/2027______|Moving in on: 03/04/2027",
            "Keyworker:........Priya Lal.........|Keyworker: Priya Lal",
            "Home town __Witney__________|Home town: Witney",
            "Placement start \u2026\u2026\u2026 next Monday|Placement start: next Monday",
            "Room number . . . . . 12|Room number: 12",
            "..05/06/2011.......|05/06/2011",
            "Moved out:...02/02/2027|Moved out: 02/02/2027",
            "...Ffion Rowlands|Ffion Rowlands",
            "...and then he left|...and then he left",
            "She said she was fine... then went out|She said she was fine... then went out"})
    void aLeaderBetweenALabelAndItsAnswerIsTheColonAndAtTheEdgesIsNothing(String typed, String read) {
        assertThat(Leaders.inLine(typed)).isEqualTo(read);
    }

    @Test
    void aLineOfLeadersIsBlank() {
        assertThat(Leaders.inLine("________________________________")).isEmpty();
        assertThat(Leaders.inLine("  . . . . . . . . . . . .  ")).isEmpty();
    }

    @Test
    void aCellsValueAndLabelLoseTheirLeadersWhereverTheDocumentWasRead() {
        LabelledDocument doc = new LabelledDocument("form.docx", "Tenant name ......... Ola Briggs\n.........\nNext line",
                List.of(new LabelledDocument.Entry("Date of move ........", "___ 14/02/2027 ___", "table row 2")));
        assertThat(doc.entries().get(0).label()).isEqualTo("Date of move");
        assertThat(doc.entries().get(0).value()).isEqualTo("14/02/2027");
        assertThat(doc.text()).isEqualTo("Tenant name: Ola Briggs\n\nNext line");
    }
}
