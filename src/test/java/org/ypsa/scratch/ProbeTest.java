package org.ypsa.scratch;

import org.junit.jupiter.api.Test;
import org.ypsa.hub.domain.forms.FormLibrary;
import org.ypsa.hub.domain.forms.LabelMatcher;
import org.ypsa.hub.domain.forms.QuestionAsked;

class ProbeTest {
    @Test
    void probe() {
        FormLibrary lib = FormLibrary.shipped();
        for (String line : System.getProperty("probe", "").split(";;")) {
            String[] p = line.split("\\|", 2);
            if (p.length < 2) continue;
            LabelMatcher m = new LabelMatcher(lib.form(p[0]));
            System.out.println("PROBE " + p[1] + " => " + m.match(p[1]) + " ranked " + m.ranked(p[1]) + " asked " + QuestionAsked.of(p[1])
                + " typos " + m.rankedAllowingTypos(p[1]) + " mended " + m.withSlipsMended(p[1]));
        }
    }
}
