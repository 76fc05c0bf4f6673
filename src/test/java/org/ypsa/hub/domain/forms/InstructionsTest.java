package org.ypsa.hub.domain.forms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a form tells its writer to do is neither a label's meaning nor an answer. Wordings invented for these tests. */
class InstructionsTest {
    @Test
    void textThatOnlyTellsHowToAnswerIsAnInstruction() {
        assertThat(Instructions.isOnlyOne("please describe")).isTrue();
        assertThat(Instructions.isOnlyOne("Give details.")).isTrue();
        assertThat(Instructions.isOnlyOne("(please specify)")).isTrue();
        assertThat(Instructions.isOnlyOne("- enter full date")).isTrue();
    }

    @Test
    void anAnswerIsNoInstruction() {
        assertThat(Instructions.isOnlyOne("Arguments at home")).isFalse();
        assertThat(Instructions.isOnlyOne("Gave her number to the police on 3/3/2026")).isFalse();
        assertThat(Instructions.isOnlyOne(null)).isFalse();
    }

    @Test
    void aLabelEndingInABracketedHintOrAnInstructionAfterADashEndsThere() {
        assertThat(Instructions.endALabel("Sex (as recorded)")).isTrue();
        assertThat(Instructions.endALabel("Date needed (dd/mm/yyyy)")).isTrue();
        assertThat(Instructions.endALabel("Why now? \u2013 please describe")).isTrue();
        assertThat(Instructions.endALabel("Needed from - enter full date")).isTrue();
        assertThat(Instructions.endALabel("Sex (male)")).isFalse();
        assertThat(Instructions.endALabel("Lives with mum - moved 3 May")).isFalse();
    }

    @Test
    void anInstructionAfterADashIsNotPartOfTheLabel() {
        assertThat(Instructions.withoutOneAfterADash("Needed from - enter full date")).isEqualTo("Needed from");
        assertThat(Instructions.withoutOneAfterADash("Needed from")).isEqualTo("Needed from");
    }

    @Test
    void aDateOfBirthToBeCheckedIsStillTheDateOfBirth() {
        assertThat(Instructions.WORDS).containsAll(Words.of("please check"));
    }

    @Test
    void howToWriteADateLeftWhereTheAnswerGoesIsNoAnswer() {
        assertThat(Instructions.isOnlyOne("DD / MM / YYYY please")).isTrue();
        assertThat(Instructions.isOnlyOne("dd/mm/yy")).isTrue();
        assertThat(Instructions.isOnlyOne("(dd.mm.yyyy only)")).isTrue();
        assertThat(Instructions.isOnlyOne("- dd/mm/yyyy hh:mm")).isTrue();
        assertThat(Instructions.isOnlyOne("12/03/2027")).isFalse();
        assertThat(Instructions.isOnlyOne("DD/MM/YYYY 13/10/09")).as("a hint before its date").isFalse();
    }
}
