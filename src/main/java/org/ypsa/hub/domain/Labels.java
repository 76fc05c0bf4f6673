package org.ypsa.hub.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Lenient label and value matching: case, punctuation, spacing and bracketed hints do not matter. */
public final class Labels {
    private Labels() {
    }

    /** "Emergency Bed (Y/N):" and "emergency bed" both become "emergencybed"; "18+" keeps its plus as "plus". */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\([^)]*\\)", " ");
        s = s.replace("&", "and").replace("+", "plus");
        return s.replaceAll("[^a-z0-9]", "");
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
