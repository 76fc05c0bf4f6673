package org.ypsa.hub.domain.intelligence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.support.Fixtures;

/** Prints what the learnt screen, the listed signs and either of them catch of a held-out author's texts (research). */
class LearnedScreenOnAHeldOutAuthorTest {
    @Test
    void printsTheFiguresOnAuthorG() {
        LearnedScreen learnt = LearnedScreen.shipped();
        for (double threshold : new double[] {0.3, 0.5, 0.7}) {
            int urgent = 0, model = 0, rules = 0, either = 0, ordinary = 0, mHeld = 0, rHeld = 0, eHeld = 0;
            for (String line : new String(Fixtures.bytes("wordings/screen-g.txt"), StandardCharsets.UTF_8).lines().toList()) {
                int bar = line.indexOf('|');
                if (bar < 0) {
                    continue;
                }
                boolean u = line.substring(0, bar).strip().equals("urgent");
                String text = line.substring(bar + 1);
                boolean m = learnt.urgency(text) >= threshold;
                boolean r = Screening.screen(text, LocalDate.of(2026, 12, 5)).urgent();
                if (u) {
                    urgent++; model += m ? 1 : 0; rules += r ? 1 : 0; either += m || r ? 1 : 0;
                } else {
                    ordinary++; mHeld += m ? 1 : 0; rHeld += r ? 1 : 0; eHeld += m || r ? 1 : 0;
                }
            }
            System.out.printf("G at %.1f: learnt %d/%d urgent, %d/%d held; signs %d, %d; either %d, %d%n", threshold, model,
                    urgent, mHeld, ordinary, rules, rHeld, either, eHeld);
        }
    }
}
