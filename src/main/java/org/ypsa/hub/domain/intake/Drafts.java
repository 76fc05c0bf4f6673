package org.ypsa.hub.domain.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form attached twice, a draft beside the final ("the top one is an old draft, the second one is the completed
 * version"): the draft is set aside whole, never mixed field by field with the final. What says which is which, in
 * this order: the covering line naming an attachment by its place ("first", "second", "top", "the other one") with
 * a word of a draft ("draft", "old", "ignore", "working copy") or of the final ("final", "completed", "up to date");
 * else the file names ("form DRAFT" beside "form FINAL v2", "v1" beside "v2"); else the document headed as a draft
 * ("WORKING COPY - ...", "... [draft - do not use]"). When nothing says so, nothing is set aside.
 */
final class Drafts {

    private static final Pattern DRAFT_WORDS = Pattern.compile(
            "\\b(drafts?|old|older|earlier|previous|out of date|outdated|superseded|working cop(?:y|ies)|ignore|"
                    + "disregard|do not use|don'?t use|not the right one|wrong one)\\b");
    private static final Pattern FINAL_WORDS = Pattern.compile(
            "\\b(final|finished|completed?|up to date|up-to-date|current|latest|correct|right one|correct one|"
                    + "(?:please )?use (?:the|this)|newer|new version|updated)\\b");
    /** A place in the list of attachments: 1 is the first, -1 the last, 0 "the other one". */
    private static final Pattern PLACE = Pattern.compile(
            "\\b(first|1st|top|upper|second|2nd|bottom|lower|last|other)\\b(?:\\s+(?:one|file|attachment|doc(?:ument)?|"
                    + "form|version|copy))?");
    private static final Pattern VERSION = Pattern.compile("(?i)(?:^|[^a-z])v(?:er(?:sion)?)?\\s?\\.?\\s?(\\d{1,2})(?!\\d)");
    private static final Pattern NAME_DRAFT = Pattern.compile(
            "(?i)(?:^|[^a-z])(draft|old|working|ignore|superseded|wip)(?:[^a-z]|$)");
    private static final Pattern NAME_FINAL = Pattern.compile(
            "(?i)(?:^|[^a-z])(final|completed?|current|finished|latest|updated)(?:[^a-z]|$)");
    private static final Pattern HEADED_DRAFT = Pattern.compile(
            "(?i)(?:^|[^a-z])(draft|working copy)(?:[^a-z]|$)");

    private Drafts() {
    }

    /**
     * The places (0-based) of the documents to set aside as drafts, of documents read from the attachments in the
     * order attached, by their file names and texts; the covering text is the sender's own words above any quoted
     * mail. Empty unless two or more documents and something says which is the draft; never all of them.
     */
    static Set<Integer> setAside(List<String> names, List<String> texts, List<Set<String>> labels, String covering) {
        int n = names.size();
        if (n < 2 || !alike(labels)) {
            return Set.of(); // a form and the risk assessment or care plan attached to it are no draft and final
        }
        Optional<Set<Integer>> said = byCoveringLine(n, covering == null ? "" : covering);
        if (said.isPresent()) {
            return said.get();
        }
        Set<Integer> named = byNames(names);
        if (!named.isEmpty()) {
            return named;
        }
        return byHeadings(texts);
    }

    /** Every document holds most of the first's labels and the first most of each one's: the same form twice. */
    static boolean alike(List<Set<String>> labels) {
        Set<String> first = labels.get(0);
        if (first.size() < 3) {
            return false;
        }
        for (Set<String> other : labels.subList(1, labels.size())) {
            long shared = other.stream().filter(first::contains).count();
            if (shared < 0.6 * first.size() || shared < 0.6 * other.size()) {
                return false;
            }
        }
        return true;
    }

    /** "the top one is an old draft", "Ignore the second file", "the finished form is the second file". */
    private static Optional<Set<Integer>> byCoveringLine(int n, String covering) {
        Set<Integer> drafts = new LinkedHashSet<>();
        Set<Integer> finals = new LinkedHashSet<>();
        boolean otherIsDraft = false;
        boolean otherIsFinal = false;
        for (String clause : covering.toLowerCase(Locale.ROOT).split("[.;!?\\n]|,\\s+(?:and|but|so)\\b|\\s[-\u2013]\\s")) {
            boolean draft = DRAFT_WORDS.matcher(clause).find();
            boolean fin = FINAL_WORDS.matcher(clause).find();
            if (draft == fin) {
                continue; // neither, or both in one clause ("the second is the final, not the draft"): unclear
            }
            Matcher m = PLACE.matcher(clause);
            Set<Integer> places = new LinkedHashSet<>();
            boolean other = false;
            while (m.find()) {
                switch (m.group(1)) {
                    case "first", "1st", "top", "upper" -> places.add(0);
                    case "second", "2nd" -> places.add(1);
                    case "bottom", "lower", "last" -> places.add(n - 1);
                    default -> other = true;
                }
            }
            if (places.size() > 1) {
                continue;
            }
            if (places.size() == 1) {
                (draft ? drafts : finals).addAll(places);
            } else if (other) {
                otherIsDraft |= draft;
                otherIsFinal |= fin;
            }
        }
        if (n == 2) {
            // "the first attachment is the up to date form; the other one is an earlier draft"
            if (otherIsDraft && finals.size() == 1 && drafts.isEmpty()) {
                drafts.add(1 - finals.iterator().next());
            }
            if (otherIsFinal && drafts.size() == 1 && finals.isEmpty()) {
                finals.add(1 - drafts.iterator().next());
            }
        }
        if (drafts.stream().anyMatch(finals::contains) || drafts.stream().anyMatch(p -> p >= n)
                || finals.stream().anyMatch(p -> p >= n) || drafts.isEmpty() && finals.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> aside = new LinkedHashSet<>(drafts);
        if (!finals.isEmpty()) {
            for (int i = 0; i < n; i++) {
                if (!finals.contains(i)) {
                    aside.add(i);
                }
            }
        }
        return aside.size() < n ? Optional.of(aside) : Optional.empty();
    }

    /** "form DRAFT" beside "form FINAL v2", "old version - ignore 023" beside "current version 023", "v1" beside "v2". */
    private static Set<Integer> byNames(List<String> names) {
        int n = names.size();
        Set<Integer> draftNamed = new LinkedHashSet<>();
        Set<Integer> finalNamed = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            String name = names.get(i) == null ? "" : names.get(i).replaceAll("\\.[A-Za-z0-9]{2,4}$", "");
            boolean d = NAME_DRAFT.matcher(name).find();
            boolean f = NAME_FINAL.matcher(name).find();
            if (d && !f) {
                draftNamed.add(i);
            } else if (f && !d) {
                finalNamed.add(i);
            }
        }
        if (!draftNamed.isEmpty() && draftNamed.size() < n) {
            return draftNamed;
        }
        if (finalNamed.size() == 1) {
            Set<Integer> aside = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                if (!finalNamed.contains(i)) {
                    aside.add(i);
                }
            }
            return aside;
        }
        // versions: every document numbered, one highest
        List<Integer> versions = new ArrayList<>();
        for (String name : names) {
            Matcher m = VERSION.matcher(name == null ? "" : name);
            if (!m.find()) {
                return Set.of();
            }
            versions.add(Integer.parseInt(m.group(1)));
        }
        int top = versions.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (versions.stream().filter(v -> v == top).count() != 1) {
            return Set.of();
        }
        Set<Integer> aside = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            if (versions.get(i) != top) {
                aside.add(i);
            }
        }
        return aside;
    }

    /** The documents whose first lines call them a draft or a working copy, when another does not. */
    private static Set<Integer> byHeadings(List<String> texts) {
        Set<Integer> aside = new LinkedHashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            if (HEADED_DRAFT.matcher(firstLines(texts.get(i))).find()) {
                aside.add(i);
            }
        }
        return aside.size() < texts.size() ? aside : Set.of();
    }

    private static String firstLines(String text) {
        StringBuilder sb = new StringBuilder();
        int seen = 0;
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            sb.append(line).append('\n');
            if (++seen >= 3) {
                break;
            }
        }
        return sb.toString();
    }
}
