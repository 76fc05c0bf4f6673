package org.ypsa.hub.domain.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ypsa.hub.support.RichTextDocs.row;
import static org.ypsa.hub.support.RichTextDocs.rtf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.Problem;
import org.ypsa.hub.domain.intake.InboundMail;
import org.ypsa.hub.domain.intake.Intake;
import org.ypsa.hub.domain.intake.Outcome;
import org.ypsa.hub.domain.intelligence.IntelligenceValidator;
import org.ypsa.hub.support.TestDirectory;
import org.ypsa.hub.domain.grid.UnreadableDocument;

/**
 * A form in Rich Text Format (.rtf), as councils' case systems export forms and Word opens them: its paragraphs and its
 * tables' cells are read as a Word form's are (stop 44: before, an RTF was no form at all, and danger in it unscreened).
 */
class FormsExportedAsRichTextTest {
    @Test
    void anRtfFormsTableRowsAreItsLabelsAndAnswers() throws Exception {
        byte[] form = rtf("\\pard Partnership intelligence submission\\par Printed from the case system\\par "
                + row("Submitting agency", "Stonewater") + row("Worker name", "Nia Fenwick")
                + row("Information", "Seen with an older male at the bus station\\par on Saturday afternoon.")
                + "\\pard Thank you\\par ");
        LabelledDocument d = WordReader.read("export.rtf", form);
        assertThat(d.text()).startsWith("Partnership intelligence submission").contains("Thank you");
        assertThat(d.entries()).extracting(LabelledDocument.Entry::label, LabelledDocument.Entry::value).contains(
                tuple("Submitting agency", "Stonewater"), tuple("Worker name", "Nia Fenwick"));
        assertThat(d.entries()).filteredOn(e -> e.label().equals("Information")).singleElement()
                .satisfies(e -> assertThat(e.value()).contains("older male", "Saturday afternoon"));
    }

    @Test
    void presentDangerInAnRtfAttachmentIsScreenedAsUrgent() {
        byte[] form = rtf("\\pard Partnership intelligence submission\\par " + row("Submitting agency", "Stonewater")
                + row("Worker name", "Nia Fenwick") + row("Information", "Two men are kicking her door in right now and "
                        + "say they will stab her."));
        var intake = new Intake(TestDirectory.shipped(),
                ZoneId.of("Europe/London"), LocalTime.of(10, 0),
                TestDirectory.bankHolidays());
        var outcome = intake.handle(new InboundMail("intake@ypsa.test", "<r@test>",
                "n.fenwick@stonewater.provider.test", "Intelligence", Instant.parse("2026-12-02T09:40:00Z"),
                "Attached.", List.of(new InboundMail.Attachment("export.rtf",
                        "application/rtf", form, "sha")), false));
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Rejected.class, r ->
                assertThat(r.problems()).extracting(Problem::field).containsExactly(
                        IntelligenceValidator.URGENT_FIELD));
    }

    @Test
    void anRtfsEscapedCharactersAreReadAsTheyShow() throws Exception {
        byte[] form = rtf(row("Young person\\rquote s name", "Si\\'e2n O\\rquote Driscoll") + row("Notes", "Flat 2 \\u8211? ground floor"));
        LabelledDocument d = WordReader.read("export.rtf", form);
        assertThat(d.text()).contains("Si\u00e2n O\u2019Driscoll", "Flat 2 \u2013 ground floor");
    }

    @Test
    void aDamagedOrHostileRtfIsReadForWhatItHoldsOrRefusedWithTheReasonNeverMore() {
        for (byte[] bad : new byte[][] {"{\\rtf1\\ansi {\\fonttbl".getBytes(StandardCharsets.ISO_8859_1),
            ("{\\rtf1 " + "{".repeat(200_000) + "x").getBytes(StandardCharsets.ISO_8859_1),
            ("{\\rtf1 " + "\\cell ".repeat(50_000) + "}").getBytes(StandardCharsets.ISO_8859_1)}) {
            try {
                WordReader.read("export.rtf", bad);
            } catch (UnreadableDocument e) {
                assertThat(e.getMessage()).contains("export.rtf");
            }
        }
    }
}
