package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop 51 (word51): Word council templates lay a choice out as a table row, the label in the first cell and each
 * option in a cell of its own with its box ("Legal status | ☐ Looked after | ☒ Care leaver | ☐ CIN"). The row is one
 * field: the option in the one ticked cell is its answer, and no option cell is a label of its own. A section row
 * between the fields ("Part 2b: Lead professional", "Section C - Prevention") is a heading, never a label and its
 * answer; a content control's placeholder left in a cell is a blank answer. Layouts and wordings invented.
 */
class ATickRowNamesTheOneOptionTickedTest {

    /** Label, then option cells; the option expected ticked ("-" for none). */
    private static final List<String[]> TICK_ROWS = List.of(
            new String[] {"Legal status", "\u2610 Looked after", "\u2612 Care leaver", "\u2610 CIN", "\u2610 s.20",
                    "\u2610 None", "Care leaver"},
            new String[] {"Sex recorded at birth and gender now:", "\u25a1 Female", "\u25a1 Male", "\u25a0 Non-binary",
                    "\u25a1 Prefer not to say", "Non-binary"},
            new String[] {"Arrived in the UK alone and seeking asylum?", "[ ] Y", "[X] N", "N"},
            new String[] {"Known to children's social care", "\u2611 Yes", "\u2610 No", "\u2610 Not known", "Yes"},
            new String[] {"Which district would suit best?", "[ ] Cherwell", "[ ] West Oxfordshire", "[x] Oxford City",
                    "[ ] Vale of White Horse", "[ ] Anywhere", "Oxford City"},
            new String[] {"Risk level (provider's view)", "( ) Low", "(x) Medium", "( ) High", "Medium"},
            new String[] {"Pregnant, or already a mum or dad?", "\u2610 Yes", "\u2612 No", "No"},
            new String[] {"Gender", "Male \u2610", "Female \u2612", "Other \u2610", "Female"},
            new String[] {"Type of concern", "[ ] Exploitation", "[ ] Violence", "[x] Missing", "[ ] Other",
                    "Missing"},
            new String[] {"Placement wanted", "\u2610 Emergency", "\u2610 Planned", "-"});

    @Test
    void aRowOfBoxedOptionsIsOneFieldAnsweredByTheOneTicked() throws Exception {
        int passed = 0;
        List<String> failed = new ArrayList<>();
        for (String[] c : TICK_ROWS) {
            String label = c[0].replaceAll("[:*]+$", "").strip();
            String expected = c[c.length - 1];
            List<List<List<String>>> rows = List.of(Tables.row("Young person's name", "Ioana Pritchard"),
                    Tables.row(Arrays.copyOf(c, c.length - 1)), Tables.row("Referrer's email", "a.b@council.test"));
            LabelledDocument doc = Tables.word(rows);
            Optional<LabelledDocument.Entry> e = doc.entries().stream().filter(x -> x.label().equals(label)).findFirst();
            boolean noOptionLabel = doc.entries().stream().noneMatch(x -> TickList.isBoxLine(x.label())
                    || TickList.endsWithBox(x.label()));
            Optional<String> ticked = e.flatMap(x -> TickList.marked(x.value()));
            boolean ok = e.isPresent() && noOptionLabel
                    && (expected.equals("-") ? ticked.isEmpty() && TickList.noneMarked(e.get().value())
                            : ticked.equals(Optional.of(expected)));
            if (ok) {
                passed++;
            } else {
                failed.add(label + " -> " + e.map(LabelledDocument.Entry::value).orElse("(no entry)"));
            }
        }
        System.out.println("Yardstick tick rows: " + passed + "/" + TICK_ROWS.size() + " " + failed);
        assertThat(failed).isEmpty();
    }

    /** A section row, then a label | answer row: the row under the heading is the label's. */
    private static final List<String> SECTION_ROWS = List.of("Part 2b: Lead professional", "Part 2B - Lead professional",
            "Section C - Prevention", "SECTION 3: WHO IS REFERRING", "Part 4a", "Section D: Risks");

    @Test
    void aSectionRowIsAHeadingAndTheRowsUnderItKeepTheirLabels() throws Exception {
        int passed = 0;
        List<String> failed = new ArrayList<>();
        for (String heading : SECTION_ROWS) {
            for (boolean vertical : List.of(false, true)) {
                List<List<List<String>>> rows = new ArrayList<>(List.of(Tables.row("Young person's name", "Ioana Pritchard"),
                        Tables.row(heading)));
                if (vertical) {
                    // label row over answer row; the label marked by its colon
                    rows.add(Tables.row("Name of the lead professional (SW / PA):"));
                    rows.add(Tables.row("Jo Bloggs"));
                } else {
                    rows.add(Tables.row("Name of the lead professional (SW / PA)", "Jo Bloggs"));
                }
                rows.add(Tables.row("Email of the lead professional", "j.bloggs@council.test"));
                LabelledDocument doc = Tables.word(rows);
                String marker = heading.split("[:\\-]")[0].strip();
                boolean headingNoLabel = doc.entries().stream().noneMatch(x -> x.label().strip().equalsIgnoreCase(marker)
                        || x.label().strip().equalsIgnoreCase(heading.strip()));
                boolean answered = doc.entries().stream().anyMatch(x -> x.label().equals("Name of the lead professional (SW / PA)")
                        && x.value().equals("Jo Bloggs"));
                if (headingNoLabel && answered) {
                    passed++;
                } else {
                    failed.add((vertical ? "vertical " : "") + heading + " -> " + doc.entries());
                }
            }
        }
        System.out.println("Yardstick section rows: " + passed + "/" + 2 * SECTION_ROWS.size() + " " + failed);
        assertThat(failed).isEmpty();
    }

    /**
     * Vertical templates: a label row asking for a name over the row holding the name, with no colon ("Name of the
     * person completing this form" over "Ffion-Mai Abdi"), the table's first row included.
     */
    private static final List<String[]> NAME_ROWS = List.of(
            new String[] {"Young person's name as it appears on Mosaic", "Ioana PRITCHARD"},
            new String[] {"Name of the person completing this form", "Ffion-Mai Abdi"},
            new String[] {"Name of the YP's allocated SW or PA", "Gwenllian Penhaligon"},
            new String[] {"Full name of the lead professional (SW / PA)", "Mohammed Farrow"},
            new String[] {"Referrer name", "Callum Thistlethwaite"});

    @Test
    void aNameLabelRowOverANameIsThatNamesLabel() throws Exception {
        int passed = 0;
        List<String> failed = new ArrayList<>();
        for (String[] c : NAME_ROWS) {
            for (boolean first : List.of(true, false)) {
                List<List<List<String>>> rows = new ArrayList<>();
                if (!first) {
                    rows.add(Tables.row("Date of birth:"));
                    rows.add(Tables.row("23/05/09"));
                }
                rows.add(Tables.row(c[0]));
                rows.add(Tables.row(c[1]));
                rows.add(Tables.row("Team or service you work for:"));
                rows.add(Tables.row("Family Solutions Plus"));
                LabelledDocument doc = Tables.word(rows);
                if (doc.entries().stream().anyMatch(x -> x.label().equals(c[0]) && x.value().equals(c[1]))
                        && doc.entries().stream().noneMatch(x -> x.label().equals(c[1]))) {
                    passed++;
                } else {
                    failed.add((first ? "first row " : "") + c[0] + " -> " + doc.entries());
                }
            }
        }
        System.out.println("Yardstick name rows: " + passed + "/" + 2 * NAME_ROWS.size() + " " + failed);
        assertThat(failed).isEmpty();
    }

    private static final List<String> PLACEHOLDERS = List.of("Click here to enter text.",
            "Click or tap here to enter text.", "Choose an item.", "Click or tap to enter a date.",
            "Click here to enter a date.", "Click or tap here to enter a date.");

    @Test
    void aContentControlsPlaceholderIsABlankAnswer() throws Exception {
        int passed = 0;
        List<String> failed = new ArrayList<>();
        for (String placeholder : PLACEHOLDERS) {
            LabelledDocument doc = Tables.word(List.of(Tables.row("Young person's name", "Ioana Pritchard"),
                    Tables.row("Date of birth", placeholder), Tables.row("Referrer's email", "a.b@council.test")));
            boolean blank = doc.entries().stream().filter(x -> x.label().equals("Date of birth"))
                    .allMatch(x -> FieldValues.isBlank(x.value()))
                    && doc.entries().stream().anyMatch(x -> x.label().equals("Date of birth"));
            if (blank) {
                passed++;
            } else {
                failed.add(placeholder);
            }
        }
        System.out.println("Yardstick placeholders: " + passed + "/" + PLACEHOLDERS.size() + " " + failed);
        assertThat(failed).isEmpty();
    }
}
