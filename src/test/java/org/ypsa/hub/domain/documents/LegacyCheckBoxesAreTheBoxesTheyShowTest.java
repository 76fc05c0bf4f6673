package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Word form of legacy check-box form fields (FORMCHECKBOX, "☐ Yes ☒ No"), in Word 97-2003 (.doc) and Word 2007
 * (.docx): each box is read as the box it shows, ticked or empty, so that the yes or no ticked is the answer. Before,
 * a .doc's box was read as the field's code ("FORMCHECKBOX Yes FORMCHECKBOX No") and a .docx's by its default only
 * ("|_|Yes |_|No", a ticked box read as empty). The fixtures are our own wording, saved by LibreOffice.
 */
class LegacyCheckBoxesAreTheBoxesTheyShowTest {

    @ParameterizedTest
    @ValueSource(strings = {"legacy-check-boxes.doc", "legacy-check-boxes.docx"})
    void aTickedCheckBoxFieldIsATickedBoxAndAnEmptyOneEmpty(String file) throws Exception {
        byte[] sent = Files.readAllBytes(Path.of("src/test/resources/fixtures/forms", file));

        LabelledDocument read = WordReader.read(file, sent);

        assertThat(read.text()).doesNotContain("FORMCHECKBOX").doesNotContain("|_|").doesNotContain("|X|");
        assertThat(value(read, "Has a tenancy been offered?")).isEqualTo("☐ Yes ☒ No");
        assertThat(value(read, "Is a key worker allocated?")).isEqualTo("☒ Yes ☐ No");
        assertThat(read.text()).contains("☒ Agreed");
    }

    private static String value(LabelledDocument read, String label) {
        return read.entries().stream().filter(e -> e.label().strip().startsWith(label.replace("?", "")))
                .map(e -> e.value().strip().replaceAll("\\s+", " ")).findFirst().orElse("(no entry; text: " + read.text() + ")");
    }
}
