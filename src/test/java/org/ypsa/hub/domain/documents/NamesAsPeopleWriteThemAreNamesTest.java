package org.ypsa.hub.domain.documents;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Yardstick (pdf50, stop 50): names as people write them on English and Welsh council, provider and police forms are
 * names - Gaelic "Mac an tSaoir" and "Ó hUiginn", Welsh "ap" and "ferch", "O'Neill", "SURNAME, Forename", hyphens and
 * particles ("de la", "van der", "bin", "al-") - and a form's guidance line, a phone number, a label or a yes/no is
 * never one. Wordings written from knowledge of the work, not taken from the corpus.
 */
class NamesAsPeopleWriteThemAreNamesTest {

    static List<String> names() {
        return List.of("Eluned MAC AN TSAOIR", "Ioana Mac an tSaoir", "Siobhán O'Neill", "Rhys ap Dafydd",
                "PRITCHARD, Ioana", "Mary-Jane Smith-Jones", "Ana de la Cruz", "Lotte van der Berg", "Omar bin Said",
                "Layla al-Hassan", "Niamh Nic Giolla Phádraig", "Tomás Ó hUiginn", "Nia ferch Rhys",
                "Abdul-Rahman El-Sayed", "D'Arcy McAllister", "Ffion MAC GREGOR-LEWIS", "Seán Mac an Bhaird",
                "ap GWILYM, Callum", "Aoife Ní Bhriain", "Jean-Luc de Sousa");
    }

    static List<String> notNames() {
        return List.of("every box; write N/A where a question does not apply.",
                "Please complete every box in block capitals", "Complete Every Box", "Write N/A If Not Known",
                "07700 900183", "(01295) 410457", "Referral filled in by (name)",
                "Young person - first name(s) and family name *", "Meleri HAQUE Referring professional's job",
                "Young person's Date the YP was", "false", "YES", "N/A", "Social Worker",
                "Leave blank if you are the allocated worker", "Use Block Capitals");
    }

    @ParameterizedTest
    @MethodSource("names")
    void aNameAsPeopleWriteItReadsAsAName(String name) {
        assertThat(FieldValues.namesSomeone(FieldValues.forenameFirst(name))).as(name).isTrue();
    }

    @ParameterizedTest
    @MethodSource("notNames")
    void aGuidanceLineANumberOrALabelIsNeverAName(String words) {
        assertThat(FieldValues.namesSomeone(FieldValues.forenameFirst(words))).as(words).isFalse();
    }
}
