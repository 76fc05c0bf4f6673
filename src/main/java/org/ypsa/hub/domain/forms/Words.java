package org.ypsa.hub.domain.forms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A label as the words that carry its meaning: case, punctuation, bracketed hints, "(Y/N)" suffixes,
 * question marks and stop words dropped; abbreviations expanded (DOB, SW/PA, YP, FGC, w/c); each word
 * reduced to a rough stem, so "Needed from", "needed by" and "need from" share their words.
 */
public final class Words {
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "at", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "what", "which",
            "who", "whom", "whose", "this", "that", "these", "those", "it", "its", "if", "any", "and", "or", "with",
            "as", "please", "your", "you", "our", "we", "us", "their", "they", "them", "there", "here", "would",
            "could", "should", "will", "can", "may", "whether", "i", "me", "my", "he", "she", "his", "her", "s",
            "give", "state", "enter", "provide", "detail", "details", "about", "etc", "e", "g", "eg", "ie", "so");

    /** Abbreviations people write in labels, as whole words. */
    private static final Map<String, String> EXPAND = Map.ofEntries(
            Map.entry("dob", "date of birth"), Map.entry("yp", "young person"), Map.entry("yps", "young person"),
            Map.entry("fgc", "family group conference"), Map.entry("uasc", "unaccompanied asylum seeking child"),
            Map.entry("nrm", "national referral mechanism"), Map.entry("sw", "social worker"),
            Map.entry("pa", "personal adviser"), Map.entry("lac", "looked after child"),
            Map.entry("cin", "child in need"), Map.entry("tel", "telephone"), Map.entry("mob", "mobile"),
            Map.entry("ref", "reference"), Map.entry("refs", "reference"), Map.entry("no", "number"),
            Map.entry("num", "number"), Map.entry("nr", "number"), Map.entry("info", "information"),
            Map.entry("org", "organisation"), Map.entry("organization", "organisation"),
            Map.entry("addr", "address"), Map.entry("wc", "week commencing"), Map.entry("wk", "week"),
            Map.entry("dept", "department"), Map.entry("yrs", "years"), Map.entry("approx", "approximate"),
            Map.entry("desc", "description"), Map.entry("qty", "quantity"), Map.entry("mh", "mental health"),
            Map.entry("advisor", "adviser"), Map.entry("cse", "child sexual exploitation"),
            Map.entry("cce", "child criminal exploitation"));

    /** Words that mean the same in a form's label, after stemming. */
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("why", "reason"), Map.entry("when", "date"), Map.entry("telephon", "phone"), Map.entry("mobil", "phone"),
            Map.entry("born", "birth"), Map.entry("sex", "gender"), Map.entry("requir", "need"),
            Map.entry("wanted", "need"), Map.entry("organis", "organisation"), Map.entry("organisation", "organisation"),
            Map.entry("vacanc", "vacant"), Map.entry("vacancy", "vacant"), Map.entry("void", "vacant"),
            Map.entry("occupi", "occupied"), Map.entry("occupy", "occupied"), Map.entry("person", "person"),
            Map.entry("peopl", "person"), Map.entry("individu", "person"), Map.entry("advis", "adviser"),
            Map.entry("advic", "adviser"), Map.entry("e-mail", "email"), Map.entry("mail", "email"),
            Map.entry("safe", "safety"), Map.entry("birthday", "birth"), Map.entry("liv", "live"),
            Map.entry("stay", "live"), Map.entry("resid", "live"), Map.entry("reside", "live"),
            Map.entry("currently", "current"), Map.entry("occur", "happen"), Map.entry("occurr", "happen"));

    private Words() {
    }

    /** The label with hints, "(Y/N)" and trailing punctuation removed, in lower case: what "exact" compares. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        // a PDF or Word form field's own name: "YoungPersonFullName", "date_of_birth", "LCSNumber"
        String spaced = raw.replaceAll("\\bDoB\\b", "DOB").replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").replace('_', ' ');
        String s = Normalizer.normalize(spaced, Normalizer.Form.NFKC).replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\([^)]*\\)", " ").replaceAll("\\[[^]]*]", " ");
        // a hint opened and not closed ("Legal status (LAC / care leaver /") ends the label
        s = s.replaceAll("[(\\[].*$", " ");
        s = s.replaceAll("\\b(y\\s*/\\s*n|yes\\s*/\\s*no|tick (one|all that apply|as appropriate))\\b", " ");
        s = s.replaceAll("d\\.\\s*o\\.\\s*b\\.?", " dob ").replaceAll("\\bw\\s*/\\s*c\\b", " week commencing ")
                .replaceAll("\\bsw\\s*/\\s*pa\\b", " social worker personal adviser ")
                .replaceAll("\\be-mail\\b", "email").replace("&", " and ").replace("+", " plus ");
        return s.replaceAll("[?:*.\\s]+$", "").replaceAll("\\s+", " ").trim();
    }

    /** The label's content words, stemmed, in order. */
    public static List<String> of(String raw) {
        List<String> out = new ArrayList<>();
        for (String w : clean(raw).replaceAll("'s\\b|’s\\b", "").split("[^a-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String expanded = EXPAND.getOrDefault(w, w);
            for (String e : expanded.split(" ")) {
                if (STOP.contains(e)) {
                    continue;
                }
                String stem = stem(e);
                out.add(SAME.getOrDefault(stem, stem));
            }
        }
        return out;
    }

    /** A rough English stem: enough that "managed", "manages" and "managing" meet. */
    static String stem(String w) {
        if (w.length() <= 3 || w.chars().anyMatch(Character::isDigit)) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("sses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
