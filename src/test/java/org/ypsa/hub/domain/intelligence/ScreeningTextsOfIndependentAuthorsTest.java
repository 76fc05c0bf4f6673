package org.ypsa.hub.domain.intelligence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intelligence and incident texts written by two authors who never saw the hub's rules or its phrasing sets (stop 63):
 * each was given SPEC.md alone and wrote 60 to 80 urgent texts (danger now or within hours, some understated) and 160 to 240
 * ordinary ones made hard on purpose (patterns in the present tense, past danger, negations, plans, the words
 * "emergency", "knife" or "tonight" in ordinary use). Authors D and E were each held out first and scored before
 * their texts were read (D: urgent caught 54/60 before and after tuning on C; E, written later: 67/80 before, 69/80
 * after tuning on C and D), then, an urgent text missed being a safety defect, read and mended: all three are now
 * tuned on. A fourth author, F (stop 64), wrote 80 urgent and 160 ordinary texts; alternate lines make F1 (tuned on)
 * and F2 (held out). Before tuning F1 caught 27/40, F2 33/40 (F as a whole 60/80: the 98% of C, D and E did not carry
 * to a new author); tuned on F1, F2 still caught 33/40. A fifth author, G, was then written and held out (only its counts
 * are printed): 58/80 on the code before stop 64, 57/80 after F1's tuning; the two urgent texts lost were read and
 * mended (59/80); F2 was then read and mended too (40/40), and G stayed at 59/80. Signs learnt from one author carry
 * little to the next: the next stop should hold out G and try a reading that does not list signs. Recall on urgent
 * texts must never fall; ordinary texts held back as emergencies keep information from the police, and their count must
 * not grow.
 */
class ScreeningTextsOfIndependentAuthorsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /**
     * Each author's file, whether it was read (its misses are printed; a held-out file prints only its counts), and the
     * floors: the urgent texts the hub caught and the most ordinary ones it held back when the file was last changed.
     */
    @ParameterizedTest(name = "{0}: urgent caught at least {2}, ordinary held back at most {3}")
    @CsvSource({
        "screen-c.txt, true, 60, 45",
        "screen-d.txt, true, 60, 49",
        "screen-e.txt, true, 80, 27",
        "screen-f1.txt, true, 39, 3",
        "screen-f2.txt, true, 40, 12",
        "screen-g.txt, false, 59, 27",
    })
    void eachAuthorsUrgentTextsAreCaughtAndOrdinaryOnesNotHeldBackBeyondTheFloors(String file, boolean read,
            int urgentCaught, int ordinaryHeldAtMost) {
        Score s = score(file, read);
        assertThat(s.urgentCaught).isGreaterThanOrEqualTo(urgentCaught);
        assertThat(s.ordinaryHeld).isLessThanOrEqualTo(ordinaryHeldAtMost);
    }

    private record Score(int urgent, int urgentCaught, int ordinary, int ordinaryHeld) {
    }

    private static Score score(String file, boolean showMisses) {
        int urgent = 0;
        int caught = 0;
        int ordinary = 0;
        int held = 0;
        for (String line : read(file)) {
            int bar = line.indexOf('|');
            if (bar < 0) {
                continue;
            }
            boolean expected = line.substring(0, bar).strip().equals("urgent");
            String text = line.substring(bar + 1).strip();
            Screening.Result r = Screening.screen(text, TODAY);
            if (expected) {
                urgent++;
                caught += r.urgent() ? 1 : 0;
            } else {
                ordinary++;
                held += r.urgent() ? 1 : 0;
            }
            if (showMisses && r.urgent() != expected) {
                System.out.println("    " + (expected ? "MISSED urgent: " : "HELD ordinary: ") + text + " " + r.signs());
            }
        }
        System.out.printf("%s: urgent caught %d/%d (recall %.1f%%), ordinary held back %d/%d%n", file, caught, urgent,
                100.0 * caught / Math.max(1, urgent), held, ordinary);
        return new Score(urgent, caught, ordinary, held);
    }

    private static List<String> read(String file) {
        return new String(Fixtures.bytes("wordings/" + file), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
