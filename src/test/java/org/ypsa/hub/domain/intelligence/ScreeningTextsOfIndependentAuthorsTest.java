package org.ypsa.hub.domain.intelligence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
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
 * little to the next: the next stop should hold out G and try a reading that does not list signs. Recall on urgent texts must never fall; ordinary texts held
 * back as emergencies keep information from the police, and their count must not grow.
 */
class ScreeningTextsOfIndependentAuthorsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    /** The floors: what the hub caught and held back when each file was added. */
    private static final int AUTHOR_C_URGENT_CAUGHT = 60;
    private static final int AUTHOR_C_ORDINARY_HELD_AT_MOST = 45;
    private static final int AUTHOR_D_URGENT_CAUGHT = 60;
    private static final int AUTHOR_D_ORDINARY_HELD_AT_MOST = 49;
    private static final int AUTHOR_E_URGENT_CAUGHT = 80;
    private static final int AUTHOR_E_ORDINARY_HELD_AT_MOST = 27;
    private static final int AUTHOR_F1_URGENT_CAUGHT = 39;
    private static final int AUTHOR_F1_ORDINARY_HELD_AT_MOST = 3;
    private static final int AUTHOR_F2_URGENT_CAUGHT = 40;
    private static final int AUTHOR_F2_ORDINARY_HELD_AT_MOST = 12;
    private static final int AUTHOR_G_URGENT_CAUGHT = 59;
    private static final int AUTHOR_G_ORDINARY_HELD_AT_MOST = 27;

    @Test
    void textsOfAnAuthorTunedOnAreScreenedAsTheyAre() {
        Score s = score("screen-c.txt", true);
        assertThat(s.urgentCaught).isGreaterThanOrEqualTo(AUTHOR_C_URGENT_CAUGHT);
        assertThat(s.ordinaryHeld).isLessThanOrEqualTo(AUTHOR_C_ORDINARY_HELD_AT_MOST);
    }

    @Test
    void textsOfASecondAuthorTunedOnAreScreenedAsTheyAre() {
        Score s = score("screen-d.txt", true);
        assertThat(s.urgentCaught).isGreaterThanOrEqualTo(AUTHOR_D_URGENT_CAUGHT);
        assertThat(s.ordinaryHeld).isLessThanOrEqualTo(AUTHOR_D_ORDINARY_HELD_AT_MOST);
    }

    @Test
    void textsOfAThirdAuthorAreScreenedAsTheyAre() {
        Score s = score("screen-e.txt", true);
        assertThat(s.urgentCaught).isGreaterThanOrEqualTo(AUTHOR_E_URGENT_CAUGHT);
        assertThat(s.ordinaryHeld).isLessThanOrEqualTo(AUTHOR_E_ORDINARY_HELD_AT_MOST);
    }

    @Test
    void textsOfAFourthAuthorTunedOnAreScreenedAsTheyAre() {
        Score s = score("screen-f1.txt", true);
        assertThat(s.urgentCaught).isGreaterThanOrEqualTo(AUTHOR_F1_URGENT_CAUGHT);
        assertThat(s.ordinaryHeld).isLessThanOrEqualTo(AUTHOR_F1_ORDINARY_HELD_AT_MOST);
    }

    @Test
    void textsOfTheFourthAuthorsOtherHalfAreScreenedAsTheyAre() {
        Score s = score("screen-f2.txt", true);
        assertThat(s.urgentCaught).isGreaterThanOrEqualTo(AUTHOR_F2_URGENT_CAUGHT);
        assertThat(s.ordinaryHeld).isLessThanOrEqualTo(AUTHOR_F2_ORDINARY_HELD_AT_MOST);
    }

    @Test
    void textsOfAFifthAuthorHeldOutAreScreenedAsTheyAre() {
        Score s = score("screen-g.txt", false);
        assertThat(s.urgentCaught).isGreaterThanOrEqualTo(AUTHOR_G_URGENT_CAUGHT);
        assertThat(s.ordinaryHeld).isLessThanOrEqualTo(AUTHOR_G_ORDINARY_HELD_AT_MOST);
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
