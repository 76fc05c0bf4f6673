package org.ypsa.hub.domain.documents;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's or referrer's name must name someone: words left over from a label or a value ("mobile / landline",
 * "observation") are refused so the form goes back to its sender; a name with a rank, a role or a note is one.
 */
class StaffNamesTest {
    private enum F { WHO }

    @ParameterizedTest
    @ValueSource(strings = {"mobile / landline", "observation", "landline", "tel no", "e-mail address", "of allocated",
        "07700 900123", "staff@provider.test", "MASH"})
    void wordsThatNameNoOneAreNoWorkersName(String value) {
        assertThat(FieldValues.noStaffName(Map.of(F.WHO, value), F.WHO)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kian Hart", "PC 4412 Jones", "DS Amy Hale", "Sam Jones, key worker", "Sam Jones - support worker",
        "Sam Jones / Senior Practitioner", "Sam Jones (Team Manager)", "jo smith", "O'NEILL, Siân", "Wren Rusholme, 07700 900732"})
    void aNameWithARankRoleOrNoteIsAWorkersName(String value) {
        assertThat(FieldValues.noStaffName(Map.of(F.WHO, value), F.WHO)).isEmpty();
    }
}
