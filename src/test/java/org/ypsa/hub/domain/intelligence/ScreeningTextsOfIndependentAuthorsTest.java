package org.ypsa.hub.domain.intelligence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ypsa.hub.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intelligence and incident texts written by authors who never saw the hub's rules or its phrasing sets, screened as the
 * hub screens a submission ({@link Screening#screen(String, String, LocalDate)}: the listed signs, and beside them the
 * screen learnt from people's accounts). Each author was given SPEC.md alone and wrote 60 to 80 urgent texts (danger now
 * or within hours, some understated) and 160 to 240 ordinary ones made hard on purpose (patterns in the present tense,
 * past danger, negations, plans, "emergency", "knife" or "tonight" in ordinary use).
 *
 * <p>The listed signs fit the authors they were written from: C, D, E and F (stops 63-64) were each held out first and
 * then read and mended, and every new author's present danger was still missed one time in four or five (G, held out:
 * 59/80; I and J, stop 65, written to other briefs: 64/80, 63/80; H, stop 65, a brief without a list of hard kinds:
 * 67/80). The learnt screen (stop 65) is trained on C, D, E, F, I, J and the phrasing rounds ({@code
 * screening/examples/}); G and H are held out of it and were never read (only these counts are printed): with it, G
 * 76/80 urgent caught and 27/160 ordinary held back (signs alone 59/80, 25/160), H 77/80 and 19/160 (67/80, 19/160). I and J were not
 * read either: they are shipped for training, so their figures here are the screen's own examples. Recall on urgent texts
 * must never fall; ordinary texts held back as emergencies keep information from the police, and their count must not
 * grow.
 */
class ScreeningTextsOfIndependentAuthorsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /**
     * Each author's file, whether it was read (its misses are printed; a held-out file prints only its counts), and the
     * floors: the urgent texts the hub caught and the most ordinary ones it held back when the file was last changed.
     */
    @ParameterizedTest(name = "{0}: urgent caught at least {2}, ordinary held back at most {3}")
    @CsvSource({
        "author-c.txt, true, 60, 43",
        "author-d.txt, true, 60, 47",
        "author-e.txt, true, 80, 26",
        "author-f1.txt, true, 40, 3",
        "author-f2.txt, true, 40, 11",
        "author-i.txt, false, 80, 34",
        "author-j.txt, false, 80, 12",
        "screen-g.txt, false, 76, 27",
        "screen-h.txt, false, 77, 19",
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
        for (LearnedScreen.Example example : examples(file)) {
            boolean expected = example.urgent();
            String text = example.text();
            Screening.Result r = Screening.screen(text, text, TODAY);
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

    /** A shipped author's examples, or a held-out author's texts (test fixtures, never shipped). */
    private static List<LearnedScreen.Example> examples(String file) {
        return LearnedScreen.SHIPPED.contains(file) ? LearnedScreen.examples(file)
                : LearnedScreen.parse(file, new String(Fixtures.bytes("wordings/" + file), StandardCharsets.UTF_8));
    }
}
