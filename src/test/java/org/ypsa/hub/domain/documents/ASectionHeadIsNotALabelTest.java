package org.ypsa.hub.domain.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.intelligence.IntelligenceField;
import org.ypsa.hub.domain.safeguarding.SafeguardingField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ypsa.hub.domain.documents.Tables.row;
import static org.ypsa.hub.domain.documents.Tables.word;

/**
 * Yardstick of stop 56 (incidents56): a Word table headed "Section | Question | Answer" (in English, Welsh or both)
 * writes each section's head once, down a merged first column; the head is no label of the row it starts, and that
 * row's question is read with its own answer. Invented wordings and values, incident and intelligence forms.
 */
class ASectionHeadIsNotALabelTest {
    private static final FieldCatalog<SafeguardingField> INCIDENT = FieldCatalog.shipped(SafeguardingField.class,
            "safeguarding-incident");
    private static final FieldCatalog<IntelligenceField> INTELLIGENCE = FieldCatalog.shipped(IntelligenceField.class,
            "intelligence-submission");

    private record Case<F extends Enum<F>>(String name, FieldCatalog<F> form, List<List<List<String>>> rows,
            Map<F, String> expected) {
    }

    private static List<Case<?>> cases() {
        return List.of(
                new Case<>("intelligence, head in two languages", INTELLIGENCE, List.of(
                        row("Section / Adran", "Question / Cwestiwn", "Answer / Ateb"),
                        row("ABOUT YOU / AMDANOCH", "Which organisation are you with?", "Northgate Housing"),
                        row("", "Your name", "Priya Odell"),
                        row("WHAT YOU KNOW / BETH RYDYCH YN EI WYBOD", "Where is this about?", "Rail station car park"),
                        row("", "What is the information?", "Two adults were seen giving a resident cash and a phone.")),
                        Map.of(IntelligenceField.AGENCY, "Northgate Housing", IntelligenceField.WORKER, "Priya Odell",
                                IntelligenceField.LOCATION, "Rail station car park",
                                IntelligenceField.INFORMATION, "Two adults were seen giving a resident cash and a phone.")),
                new Case<>("intelligence, numbered parts", INTELLIGENCE, List.of(
                        row("Part", "Question", "Response"),
                        row("1 - You", "Agency", "Youth Justice Service"),
                        row("", "Name of worker", "Dan Moss"),
                        row("2 - The information", "Intelligence", "A resident says she is being asked to carry parcels.")),
                        Map.of(IntelligenceField.AGENCY, "Youth Justice Service", IntelligenceField.WORKER, "Dan Moss",
                                IntelligenceField.INFORMATION, "A resident says she is being asked to carry parcels.")),
                new Case<>("incident, Welsh head", INCIDENT, List.of(
                        row("Adran", "Cwestiwn", "Ateb"),
                        row("THE YOUNG PERSON", "Name of young person", "Keira Lund"),
                        row("", "Date of birth", "02/02/2008"),
                        row("WHAT HAPPENED", "Description of incident", "Keira came back with a cut hand and would not say how.")),
                        Map.of(SafeguardingField.NAME, "Keira Lund",
                                SafeguardingField.DESCRIPTION, "Keira came back with a cut hand and would not say how.")));
    }

    @Test
    void aSectionsHeadInTheFirstColumnIsNoLabelOfItsFirstRow() throws Exception {
        List<String> misses = new ArrayList<>();
        int passed = 0;
        for (Case<?> c : cases()) {
            Map<?, String> read = read(c);
            boolean ok = c.expected().entrySet().stream().allMatch(e -> e.getValue().equals(read.get(e.getKey())));
            if (ok) {
                passed++;
            } else {
                misses.add(c.name() + ": read " + read);
            }
        }
        System.out.println("section column yardstick: " + passed + " of " + cases().size());
        misses.forEach(m -> System.out.println("  NOT_YET " + m));
        assertThat(passed).isGreaterThanOrEqualTo(FLOOR);
    }

    private static <F extends Enum<F>> Map<F, String> read(Case<F> c) throws Exception {
        return c.form().read(word(c.rows())).values();
    }

    /**
     * The cases the hub reads now; raise it as rules land. NOT_YET: "Where is this about?" under the head "WHAT YOU
     * KNOW" is left unplaced in the table (it names the location as a lone label), not looked at in stop 56.
     */
    private static final int FLOOR = 2;
}
